"""Merge rules come from merge_rules.yaml; a user's file is laid over it and checked line by line."""

from __future__ import annotations

import dataclasses
import json

import click
import pytest
from click.testing import CliRunner
from store_factory import make_result

from eventcoder.errors import DataFileError
from eventcoder.store import EventStore, MergeRules
from eventcoder.store.merge_rules import RULES_FILE


def write_rules(tmp_path, text: str):
    path = tmp_path / "my_rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_built_in_rules_load():
    rules = MergeRules.load()
    assert rules.day_window == 3 and rules.coarse_window_days == 14 and rules.place_km == 100.0
    assert rules.consensus_reports == 2 and rules.sentence_similarity == 0.3
    assert "19" in rules.symmetric_roots and "19" not in rules.general_roots and "01" in rules.general_roots
    assert "say" in rules.generic_triggers and "accus" not in rules.generic_triggers
    assert rules.status_group("future") == "planned" and rules.status_group("alleged") == "reported"
    assert rules.status_group("unheard-of") == "unheard-of"
    assert rules.sector_group("MIL") == "state" and rules.sector_group("REB") == "non-state"
    assert rules.sector_group("XYZ") is None and rules.sector_group(None) is None
    assert rules.irregular_lemmas["fought"] == "fight"
    # YAML would read an unquoted "on" as true: the shipped list has the word itself.
    assert {"on", "no", "tuesday"} <= rules.filler_words and all(isinstance(w, str) for w in rules.filler_words)


def test_rules_are_read_only():
    rules = MergeRules.load()
    with pytest.raises(dataclasses.FrozenInstanceError):
        rules.day_window = 5
    with pytest.raises(TypeError):
        rules.status_groups["planned"] = "reported"
    assert MergeRules.load() == rules and hash(MergeRules.load()) == hash(rules)


def test_a_user_file_changes_only_the_rules_it_names(tmp_path):
    path = write_rules(tmp_path, "# wider\nday_window: 5\ngeneric_triggers: [say, accus]\n")
    built_in, own = MergeRules.load(), MergeRules.load(path)
    assert own.day_window == 5 and own.generic_triggers == {"say", "accus"}
    assert dataclasses.replace(own, day_window=3, generic_triggers=built_in.generic_triggers) == built_in
    assert MergeRules.load(str(path)) == own


@pytest.mark.parametrize(
    "text, line, problem",
    [
        ("day_window: 3\nplace_kms: 10\n", 2, "unknown rule 'place_kms' (did you mean 'place_km'?)"),
        ("day_window: three\n", 1, "day_window must be a whole number of days"),
        ("day_window: 2.5\n", 1, "day_window must be a whole number of days"),
        ("\n\nday_window: -1\n", 3, "day_window must be at least 0"),
        ("coarse_window_days: -14\n", 1, "coarse_window_days must be at least 0"),
        ("consensus_reports: 0\n", 1, "consensus_reports must be at least 1"),
        ("place_km: -5\n", 1, "place_km must be at least 0; got -5"),
        ("place_km: [100]\n", 1, "place_km must be a single value"),
        ("sentence_similarity: 1.5\n", 1, "sentence_similarity must be between 0 and 1"),
        ("sentence_similarity: yes\n", 1, "sentence_similarity must be a number"),
        ('general_roots: ["01", "21"]\n', 1, "general_roots: '21' is not a CAMEO root code"),
        ('symmetric_roots:\n  - "03"\n  - 04\n', 3, "symmetric_roots: 4 is not a CAMEO root code (CAMEO roots are quoted"),
        ("symmetric_roots: [\"3\"]\n", 1, "'3' is not a CAMEO root code"),
        ("generic_triggers: say\n", 1, "generic_triggers must be a list of lower-case lemmas"),
        ("generic_triggers: [say, tell,\n  say]\n", 2, "generic_triggers: 'say' listed twice (first at line 1)"),
        ("generic_triggers: [Say]\n", 1, "'Say' is not a lower-case lemma"),
        ("filler_words: [the,\n  on]\n", 2, "filler_words: True is not a lower-case word (quote words"),
        ("status_groups:\n  asserted: reported\n  plannd: planned\n", 3, "status_groups: unknown status 'plannd'"),
        ("status_groups: [asserted]\n", 1, "status_groups must be a mapping of status -> lower-case group name"),
        ("irregular_lemmas:\n  said: Say\n", 2, "irregular_lemmas: 'said' -> 'Say' is not a lower-case lemma"),
        ("state_sectors: [GOV, gov]\n", 1, "state_sectors: 'gov' is not a sector code"),
        ("\nstate_sectors: [GOV, REB]\n", 2, "sector REB is in both state_sectors and non_state_sectors"),
        ("day_window: 2\nday_window: 3\n", 2, "rule 'day_window' given twice (first at line 1)"),
        ("day_window: [3\n", 2, "invalid YAML"),
        ("- day_window\n", 1, "expected a mapping of rule name -> value"),
        ("", 1, "expected a mapping of rule name -> value"),
    ],
)
def test_bad_rules_name_the_file_and_line(tmp_path, text, line, problem):
    path = write_rules(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        MergeRules.load(path)
    assert caught.value.path == str(path) and caught.value.line == line
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_a_missing_rules_file_is_a_data_file_error(tmp_path):
    with pytest.raises(DataFileError, match="cannot read merge rules") as caught:
        MergeRules.load(tmp_path / "absent.yaml")
    assert caught.value.line is None


def test_the_shipped_file_is_checked_like_any_other(tmp_path):
    """Every key of the built-in file, with all its values, passes the same checks a user file gets."""
    path = write_rules(tmp_path, RULES_FILE.read_text(encoding="utf-8"))
    assert MergeRules.load(path) == MergeRules.load()


def strike_reports(rules):
    """Two reports of one strike, two days apart."""
    with EventStore.open(":memory:", rules=rules) as store:
        for article_id, date in (("s1", "2017-03-20"), ("s2", "2017-03-22")):
            spec = dict(cameo="195", source=["USA"], target=["SYR"], date=date, place="Aleppo", trigger="hit")
            store.add_results([make_result(article_id, f"US jets hit Aleppo ({article_id}).", [spec], published="2017-03-23")])
        return store.counts()["canonical_events"]


def test_the_store_merges_by_the_rules_it_is_given(tmp_path):
    assert strike_reports(None) == 1  # the built-in rules: within three days
    assert strike_reports(MergeRules.load(write_rules(tmp_path, "day_window: 1\n"))) == 2


def test_ingest_takes_a_merge_rules_file(cli, tmp_path):
    source = tmp_path / "in.jsonl"
    with source.open("w") as out:
        for article_id, day in (("n1", 20), ("n2", 22)):
            text = f"Report {article_id}.\nEVENT 195 USA SYR 2017-03-{day} Aleppo"
            out.write(json.dumps({"id": article_id, "text": text, "published": "2017-03-23"}) + "\n")
    narrow = write_rules(tmp_path, "day_window: 1\n")
    counts = {}
    for name, extra in (("default", ()), ("narrow", ("--merge-rules", narrow))):
        db = tmp_path / f"{name}.duckdb"
        args = ["ingest", source, "--db", db, "--workers", 1, "--quiet", "--coder", "store_fake_coder:make_coder", *extra]
        result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        with EventStore.open(db, read_only=True) as store:
            counts[name] = store.counts()["canonical_events"]
    assert counts == {"default": 1, "narrow": 2}


def test_ingest_with_a_bad_merge_rules_file_is_one_line(cli, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "n1", "text": "EVENT 195 USA SYR 2017-03-20", "published": "2017-03-23"}) + "\n")
    bad = write_rules(tmp_path, "day_window: 3\ncoarse_window_days: -1\n")
    db = tmp_path / "never.duckdb"
    args = ["ingest", source, "--db", db, "--coder", "store_fake_coder:make_coder", "--merge-rules", bad]
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 1 and f"{bad}:2: coarse_window_days must be at least 0" in result.output
    assert "Traceback" not in result.output and not db.exists()
