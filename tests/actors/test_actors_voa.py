"""Invariants of find_actors on real news (the first VOA stories of the shared dev data; skipped when absent)."""

from __future__ import annotations

import json

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def voa_results(shared_data, make_document):
    path = shared_data / "voa_stories.jsonl"
    if not path.exists():
        pytest.skip("VOA stories not present")
    dictionary = ActorDictionary.load()
    results = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number == 8:
                break
            story = json.loads(line)
            document = make_document(story["text"], published=story["published"][:10], article_id=story["id"])
            results.append((document, find_actors(document, dictionary)))
    return results


def test_mentions_are_sorted_and_only_compounds_share_tokens(voa_results):
    for _, mentions in voa_results:
        assert mentions, "every story names some actor"
        for left, right in zip(mentions, mentions[1:]):
            assert left.token_start <= right.token_start
            if left.token_end > right.token_start:
                # Only the actors of one compound mention ("the two sides") share tokens, and then all of them.
                assert (left.token_start, left.token_end) == (right.token_start, right.token_end)
                assert left.kind == right.kind == "coref"


def test_offsets_heads_and_codes_are_consistent(voa_results):
    for document, mentions in voa_results:
        doc, text = document.doc, document.article.text
        for mention in mentions:
            actor = mention.actor
            assert text[actor.start : actor.end] == actor.text
            assert actor.start == doc[mention.token_start].idx
            assert mention.token_start <= mention.head < mention.token_end
            assert actor.code and actor.code.isupper()
            if actor.country is not None:
                assert actor.code.startswith(actor.country)
            if actor.sector is not None and actor.country is not None:
                assert actor.code == actor.country + actor.sector
