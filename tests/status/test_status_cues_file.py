"""StatusCues.load validates the cue file and names the file and line of any error."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.records import EventMention, Span
from eventcoder.status import StatusCues, decide_status, default_cues
from eventcoder.status.cues import CUES_PATH


def test_packaged_cues_load_once():
    cues = default_cues()
    assert cues is default_cues()
    assert cues.priority[0] == "negated"
    assert "not" in cues.modifiers["negated"] and "schedule" in cues.clause_governors["planned"]


def write(tmp_path, text):
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bare_yaml_no_is_rejected_with_its_line(tmp_path):
    text = CUES_PATH.read_text(encoding="utf-8").replace('"no", neither', "no, neither")
    with pytest.raises(DataFileError) as error:
        StatusCues.load(write(tmp_path, text))
    assert error.value.path.endswith("cues.yaml")
    expected_line = next(i for i, line in enumerate(text.splitlines(), 1) if "modifiers: [not," in line)
    assert error.value.line == expected_line
    assert "negated.modifiers" in str(error.value)


def test_support_verbs_must_be_a_list(tmp_path):
    text = CUES_PATH.read_text(encoding="utf-8").replace("support_verbs: [", "support_verbs: {").replace(
        "happen, occur, come, see]", "happen, occur, come, see}"
    )
    with pytest.raises(DataFileError, match="support_verbs"):
        StatusCues.load(write(tmp_path, text))


def test_unknown_status_section_is_rejected(tmp_path):
    text = CUES_PATH.read_text(encoding="utf-8") + "\nmaybe:\n  modifiers: [perhaps]\n"
    with pytest.raises(DataFileError, match="unknown section 'maybe'"):
        StatusCues.load(write(tmp_path, text))


def test_priority_must_list_every_status(tmp_path):
    text = CUES_PATH.read_text(encoding="utf-8").replace(
        "priority: [negated, hypothetical, alleged, planned, future]", "priority: [negated, future]"
    )
    with pytest.raises(DataFileError, match="priority"):
        StatusCues.load(write(tmp_path, text))


def test_invalid_yaml_names_a_line(tmp_path):
    with pytest.raises(DataFileError) as error:
        StatusCues.load(write(tmp_path, "priority: [negated\nnegated: {"))
    assert error.value.line is not None


def test_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="cannot read"):
        StatusCues.load(tmp_path / "absent.yaml")


def test_custom_cues_are_used(tmp_path, make_document):
    # Taking "reportedly" out of the alleged modifiers changes the decision.
    text = CUES_PATH.read_text(encoding="utf-8").replace("claimed, reportedly]", "claimed]")
    cues = StatusCues.load(write(tmp_path, text))
    document = make_document("The army reportedly shelled the town.")
    token = next(t for t in document.doc if t.text == "shelled")
    mention = EventMention(0, Span(token.text, token.idx, token.idx + 7), token.i, "195")
    assert decide_status(document, mention).value == "alleged"
    assert decide_status(document, mention, cues).value == "asserted"


def test_doubt_words_must_be_a_list_of_words(tmp_path):
    text = CUES_PATH.read_text(encoding="utf-8").replace('doubt_words: [little, "no", scant, scarce]', "doubt_words: little")
    with pytest.raises(DataFileError) as error:
        StatusCues.load(write(tmp_path, text))
    assert "doubt_words" in str(error.value)
    assert error.value.line == next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith("doubt_words"))


def test_doubt_words_come_from_the_cue_file(tmp_path, make_document):
    sentence = "There is little reason to think that the rebels will disarm."
    document = make_document(sentence)
    token = next(t for t in document.doc if t.text == "disarm")
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "087")
    assert decide_status(document, mention).value == "hypothetical"
    text = CUES_PATH.read_text(encoding="utf-8").replace('doubt_words: [little, "no", scant, scarce]', "doubt_words: []")
    assert decide_status(document, mention, StatusCues.load(write(tmp_path, text))).value == "future"


@pytest.mark.parametrize("key", ["doubt_words", "agreement_nouns", "infinitive_only", "ending_verbs"])
def test_word_lists_must_be_lists(tmp_path, key):
    lines = CUES_PATH.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    lines[index] = f"{key}: 7"
    with pytest.raises(DataFileError) as error:
        StatusCues.load(write(tmp_path, "\n".join(lines) + "\n"))
    assert key in str(error.value) and error.value.line == index + 1


def test_denying_verbs_must_be_a_list_of_words(tmp_path):
    text = CUES_PATH.read_text(encoding="utf-8").replace("denying_verbs: [deny]", "denying_verbs: deny")
    with pytest.raises(DataFileError) as error:
        StatusCues.load(write(tmp_path, text))
    assert "denying_verbs" in str(error.value)
    assert error.value.line == next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith("denying_verbs"))


def test_denying_verbs_come_from_the_cue_file(tmp_path, make_document):
    # In a story, a deed under a verb of denial is the accusers' word; without the list it is a plain negation.
    document = make_document("Villagers said soldiers burned their homes. The army denied burning any homes.")
    token = next(t for t in document.doc if t.text == "burning")
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "190")
    assert default_cues().denying_verbs == frozenset({"deny"})
    assert decide_status(document, mention).value == "alleged"
    text = CUES_PATH.read_text(encoding="utf-8").replace("denying_verbs: [deny]", "denying_verbs: []")
    assert decide_status(document, mention, StatusCues.load(write(tmp_path, text))).value == "negated"
