"""Session 12: the word lists the grammar used to keep in Python (ownership participles, late agent hosts, thing
pronouns) load from grammar.yaml and are validated like every other list."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events import EventPatterns


def test_moved_lists_load_from_grammar_yaml(patterns):
    assert {"own", "link", "belong"} <= patterns.ownership_participles
    # YAML reads a bare on/off as a boolean: the file quotes them, so both prepositions are there
    assert {"into", "on", "off"} <= patterns.late_agent_hosts
    assert patterns.thing_pronouns == {"its", "their", "it", "them"}


@pytest.mark.parametrize("key", ["ownership_participles", "late_agent_hosts", "thing_pronouns"])
def test_a_bad_entry_names_file_and_line(tmp_path, key):
    path = tmp_path / "my_grammar.yaml"
    # an unquoted "off" is a boolean to YAML, not a word
    path.write_text(f"# extra words\n{key}: [near, off]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 2 and "my_grammar.yaml" in str(error.value) and key in str(error.value)


def test_an_extra_file_extends_a_moved_list(tmp_path):
    path = tmp_path / "more.yaml"
    path.write_text("ownership_participles: [lease]\n", encoding="utf-8")
    patterns = EventPatterns.load(extra_paths=[path])
    assert {"lease", "own"} <= patterns.ownership_participles


def test_owner_participle_still_names_the_target(real_events):
    events = real_events("A tanker owned by a Greek company was seized by Iran on Friday.")
    assert any(code.startswith("17") and source == ("IRN",) and target == ("GRC",) for code, source, target in events)
