"""Session 15 (E): prefixed verbs keep their base trigger ("re-took" is "take", "co-hosted" "host"), and the codes of
acts not ruled out come from grammar.yaml."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events import EventPatterns


@pytest.mark.parametrize("text, code, source, target", [
    ("Syrian government forces re-took the town of Palmyra from Islamic State on Sunday.", "19", "SYR", None),
    ("Egypt co-hosted a visit by the Norwegian prime minister.", "043", "EGY", "NOR"),
    ("Washington re-imposed sanctions on Iran.", "163", "USA", "IRN"),
    ("Ukrainian troops counter-attacked Russian forces near Kharkiv.", "19", "UKR", "RUS"),
    ("Police in Uganda re-arrested the opposition leader Kizza Besigye on Monday.", "173", "UGA", "UGA"),
    ("Iraqi forces re-captured the Mosul airport from Islamic State militants.", "19", "IRQ", None),
])
def test_prefixed_verb_codes_as_its_base(real_events, text, code, source, target):
    events = real_events(text)
    assert [e for e in events if e[0].startswith(code) and source in e[1] and (target is None or target in e[2])], events


def test_a_prefix_that_changes_the_meaning_is_not_stripped(make_document, patterns):
    token = next(t for t in make_document("Both sides de-escalated the crisis.").doc if t.text == "de-escalated")
    assert patterns.lemma(token) != "escalate"


def test_prefix_of_an_unknown_base_keeps_its_lemma(make_document, patterns):
    token = next(t for t in make_document("France co-authored the report.").doc if t.text == "co-authored")
    assert patterns.lemma(token) == "co-author"


def test_exclusion_codes_come_from_grammar(patterns):
    assert patterns.exclusion_military_threat_code == "138" and patterns.exclusion_threat_code == "130"
    assert "12" in patterns.exclusion_rejection_roots and "03" in patterns.exclusion_intent_roots
    assert {"re", "co", "counter"} <= patterns.meaning_keeping_prefixes


def test_bad_exclusion_code_names_file_and_line(tmp_path):
    path = tmp_path / "my_grammar.yaml"
    path.write_text("# exclusions\nexclusion_threat_code: \"999\"\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 2 and "my_grammar.yaml" in str(error.value)


def test_bad_exclusion_root_names_file_and_line(tmp_path):
    path = tmp_path / "my_grammar.yaml"
    path.write_text("exclusion_rejection_roots: [\"12\", \"42\"]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 1 and "42" in str(error.value)
