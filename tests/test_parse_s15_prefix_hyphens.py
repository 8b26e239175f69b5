"""Parse stage: a verb prefix keeps its hyphen inside the word ("re-took", "co-hosted"), so the tagger sees one
verb; every other hyphenated word splits as before, and offsets still point into the text."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word, lemma", [
    ("Government forces re-took the town on Sunday.", "re-took", "re-take"),
    ("Egypt co-hosted the conference with Norway.", "co-hosted", "co-host"),
    ("The president was re-elected in 2015.", "re-elected", "re-elect"),
    ("The army re-captured the airport.", "re-captured", "re-capture"),
    ("Washington re-imposed sanctions on Iran.", "re-imposed", "re-impose"),
    ("France and Germany co-sponsored the resolution.", "co-sponsored", "co-sponsor"),
    ("Israel pre-empted the attack.", "pre-empted", None),  # "empted" is no word the lemmatizer knows
    ("The troops counter-attacked on Monday.", "counter-attacked", "counter-attack"),
    ("Re-elected in March, the president vowed reforms.", "Re-elected", "re-elect"),
])
def test_prefixed_verb_is_one_verb(make_document, text, word, lemma):
    doc = make_document(text).doc
    tokens = [t for t in doc if t.text == word]
    assert len(tokens) == 1, [t.text for t in doc]
    assert tokens[0].pos_ in ("VERB", "AUX"), (tokens[0].pos_, tokens[0].tag_)
    assert lemma is None or tokens[0].lemma_ == lemma
    assert text[tokens[0].idx:tokens[0].idx + len(word)] == word


@pytest.mark.parametrize("word", [
    "pro-Russian", "anti-government", "al-Shabab", "Bosnia-Herzegovina", "Guinea-Bissau", "well-known", "two-day",
    "cease-fire", "cross-border", "Under-Secretary-General", "over-the-counter", "Fort-de-France",
])
def test_other_hyphenated_words_still_split(make_document, word):
    text = f"Officials spoke of the {word} issue in Nairobi."
    doc = make_document(text).doc
    assert word not in [t.text for t in doc]
    start = text.index(word)
    pieces = [t for t in doc if start <= t.idx < start + len(word)]
    assert "".join(t.text_with_ws for t in pieces).rstrip() == word and len(pieces) > 1
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


def test_a_prefix_before_two_hyphens_splits(make_document):
    doc = make_document("They staged a re-run-off in the capital.").doc
    assert "re-run" not in [t.text for t in doc]


def test_actor_offsets_stay_right_around_prefixed_words(make_document):
    from eventcoder.actors import ActorDictionary, find_actors

    text = "Iraqi troops re-took the town from Islamic State, and Egypt co-hosted talks with pro-Russian Ukrainians."
    document = make_document(text)
    mentions = find_actors(document, ActorDictionary.load())
    for mention in mentions:
        assert text[mention.actor.start:mention.actor.end] == mention.actor.text
    assert {"Iraqi troops", "Egypt"} <= {m.actor.text for m in mentions}
