"""The word lists added in session 9 (past_hedges, characterizing_verbs, law_nouns) are data:
validated on load, and the rules follow whatever the file says."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.records import EventMention, Span
from eventcoder.status import StatusCues, decide_status, default_cues
from eventcoder.status.cues import CUES_PATH


def write(tmp_path, text):
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def mention_on(document, word: str) -> EventMention:
    token = next(t for t in document.doc if t.text == word)
    return EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "010")


def status_of(make_document, sentence: str, word: str, cues=None):
    document = make_document(sentence)
    return decide_status(document, mention_on(document, word), cues=cues)


def without(tmp_path, key: str, word: str) -> StatusCues:
    """The packaged cues with ``word`` taken out of the one-line list ``key``."""
    lines = CUES_PATH.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    assert f" {word}," in lines[index] or f"[{word}," in lines[index]
    lines[index] = lines[index].replace(f"{word}, ", "", 1)
    return StatusCues.load(write(tmp_path, "\n".join(lines) + "\n"))


def test_packaged_lists_hold_the_new_words():
    cues = default_cues()
    assert {"likely", "probably", "may"} <= cues.past_hedges
    assert "could" not in cues.past_hedges  # "could have killed hundreds" did not happen
    assert {"describe", "brand", "term"} <= cues.characterizing_verbs
    assert {"law", "treaty"} <= cues.law_nouns


@pytest.mark.parametrize("key", ["past_hedges", "characterizing_verbs", "law_nouns"])
def test_a_new_list_that_is_not_a_list_names_its_line(tmp_path, key):
    lines = CUES_PATH.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    lines[index] = f"{key}: just one word"
    # Drop the list's continuation lines, if any, so the YAML stays valid.
    while index + 1 < len(lines) and lines[index + 1].startswith(" "):
        del lines[index + 1]
    with pytest.raises(DataFileError) as error:
        StatusCues.load(write(tmp_path, "\n".join(lines) + "\n"))
    assert error.value.line == index + 1
    assert key in str(error.value)


def test_characterization_follows_the_list(make_document, tmp_path):
    sentence = "The party expelled him for what it described as violating its rules."
    status = status_of(make_document, sentence, "violating")
    assert (status.value, status.cue) == ("alleged", "described")
    assert sentence[status.cue_start : status.cue_end] == "described"
    lists = without(tmp_path, "characterizing_verbs", "describe")
    assert status_of(make_document, sentence, "violating", lists).value == "asserted"


def test_past_hedge_follows_the_list(make_document, tmp_path):
    sentence = "The gunmen probably fled across the border."
    assert status_of(make_document, sentence, "fled").value == "alleged"
    lists = without(tmp_path, "past_hedges", "probably")
    assert status_of(make_document, sentence, "fled", lists).value == "hypothetical"


def test_a_hedge_on_a_coming_act_stays_hypothetical(make_document):
    assert status_of(make_document, "The army will probably attack the town.", "attack").value == "hypothetical"
    assert status_of(make_document, "The rebels might attack the convoy.", "attack").value == "hypothetical"


def test_law_against_follows_the_list(make_document, tmp_path):
    sentence = "Germany has a law against deporting people to Afghanistan."
    status = status_of(make_document, sentence, "deporting")
    assert status.value == "negated" and status.cue == "law against"
    lists = without(tmp_path, "law_nouns", "law")
    assert status_of(make_document, sentence, "deporting", lists).value == "asserted"
