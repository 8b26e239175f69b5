"""Pattern files load, validate (file and line in every error) and can be extended or overridden."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events import EventPatterns


def test_builtin_patterns_are_many_and_indexed_by_lemma(patterns):
    assert len(patterns) > 2000
    assert any(p.cameo == "042" for p in patterns.verbs["visit"])
    assert any(p.cameo == "195" and p.modifiers == ("air",) for p in patterns.nouns["strike"])


def test_builtin_codes_are_all_in_the_codebook():
    from eventcoder.codebook import Codebook

    known = {entry.code for entry in Codebook.load().codes()}
    assert len(EventPatterns.load(known_codes=known)) > 2000


def test_every_root_has_patterns(patterns):
    roots = {p.cameo[:2] for bucket in patterns.verbs.values() for p in bucket}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_code_names_file_and_line(tmp_path):
    path = write(tmp_path, "my_verbs.tsv", "# comment\nscold\tscold\t-\t-\t111\nbad\tberate\t-\t-\t999\n")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 3 and "my_verbs.tsv" in str(error.value) and "999" in str(error.value)


def test_code_missing_from_known_codes(tmp_path):
    path = write(tmp_path, "my_verbs.tsv", "scold\tscold\t-\t-\t111\n")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(known_codes={"042"}, extra_paths=[path])
    assert "not in the codebook" in str(error.value)


@pytest.mark.parametrize(
    "row,problem",
    [
        ("scold\tscold\t-\n", "columns"),
        ("scold\t\t-\t-\t111\n", "missing lemma"),
        ("scold\tScold!\t-\t-\t111\n", "bad lemma"),
        ("scold\tscold\t-\t-\t111\tsometimes\n", "unknown flag"),
        ("scold\tscold\t-\t-\t11a\n", "malformed"),
    ],
)
def test_malformed_verb_rows(tmp_path, row, problem):
    path = write(tmp_path, "user_verbs.tsv", row)
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert problem in str(error.value) and error.value.line == 1


def test_malformed_noun_row(tmp_path):
    path = write(tmp_path, "user_nouns.tsv", "\nraid\traid\t-\t190\tof_source,loud\n")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 2 and "unknown flag" in str(error.value)


def test_bad_grammar_file(tmp_path):
    path = write(tmp_path, "grammar.yaml", "support_verbs: [hold]\ncontrols:\n  wish:\n    verbs: [wish]\n    codes: {default: '030'}\n")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 3 and "wish" in str(error.value)


def test_missing_and_unknown_files(tmp_path):
    with pytest.raises(DataFileError):
        EventPatterns.load(extra_paths=[tmp_path / "nope.tsv"])
    with pytest.raises(DataFileError):
        EventPatterns.load(extra_paths=[write(tmp_path, "patterns.csv", "x")])


def test_user_file_adds_and_overrides(tmp_path, make_document):
    from events_stand_in_actors import simple_actor_mentions
    from eventcoder.events import find_events

    path = write(tmp_path, "extra_verbs.tsv", "rebuke\tscold\t-\t-\t111\nvisit_as_host\tvisit\t-\t-\t043\n")
    patterns = EventPatterns.load(extra_paths=[path])
    document = make_document("Iran scolded Russia. Putin visited Iran.")
    codes = [e.cameo for e in find_events(document, simple_actor_mentions(document), patterns)]
    assert codes == ["111", "043"]
    assert [p.cameo for p in patterns.verbs["visit"] if p.pattern_id == "verb:visit"] == ["043"]


def test_a_pattern_id_twice_in_one_file_names_both_lines(tmp_path):
    path = write(tmp_path, "user_verbs.tsv", "scold\tscold\t-\t-\t111\nscold\tberate\t-\t-\t111\n")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 2 and "'scold' is already used on line 1" in str(error.value)
    path = write(tmp_path, "user_nouns.tsv", "raid\traid\t-\t190\n\nraid\tincursion\t-\t190\n")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 3 and "already used on line 1" in str(error.value)
