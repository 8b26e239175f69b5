"""The `eventcoder code` command as a user runs it: real files, real model. The installed `eventcoder` command
runs in a real subprocess for --workers (worker processes, ids equal across processes); the other runs go through
the same Click command in-process (cli_in_process, tests/conftest.py), where a new process would only load the
model again."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def installed_command() -> list[str]:
    """The `eventcoder` script pip installed beside this Python (else on PATH, else `python -m eventcoder.cli`)."""
    script = Path(sysconfig.get_path("scripts")) / "eventcoder"
    if script.is_file():
        return [str(script)]
    found = shutil.which("eventcoder")
    return [found] if found else [sys.executable, "-m", "eventcoder.cli"]


def run_cli(*args, stdin: str | None = None):
    return subprocess.run([*installed_command(), *map(str, args)],
                          capture_output=True, text=True, input=stdin, timeout=300)


@pytest.fixture(scope="module")
def example_events(cli_in_process):
    result = cli_in_process("code", EXAMPLES / "wire_stories.jsonl")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_examples_are_coded_with_evidence(example_events):
    assert {e["article_id"] for e in example_events} >= {"example-visit", "example-attack", "example-sanctions"}
    texts = {}
    for line in (EXAMPLES / "wire_stories.jsonl").read_text().splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    for event in example_events:
        trigger = event["trigger"]
        assert texts[event["article_id"]][trigger["start"]:trigger["end"]] == trigger["text"]
        assert event["sentence"] in texts[event["article_id"]]
        for actor in event["source"] + event["target"]:
            assert texts[event["article_id"]][actor["start"]:actor["end"]] == actor["text"]
        assert event["status"] in {"asserted", "planned", "future", "hypothetical", "negated", "historical", "alleged"}
        assert 0.0 <= event["confidence"] <= 1.0


def test_planned_visit_is_coded(example_events):
    visits = [e for e in example_events if e["article_id"] == "example-visit" and e["plover"]["type"] == "CONSULT"]
    assert any(
        any(a["country"] == "KEN" for a in e["source"]) and any(a["country"] == "ETH" for a in e["target"])
        and e["status"] == "planned"
        for e in visits
    ), visits


def test_ids_are_stable_across_runs(example_events, cli_in_process):  # across processes: test_two_workers_...
    again = cli_in_process("code", EXAMPLES / "wire_stories.jsonl")
    assert [json.loads(line)["event_id"] for line in again.stdout.splitlines()] == [e["event_id"] for e in example_events]
    assert len({e["event_id"] for e in example_events}) == len(example_events)


def test_text_html_table_and_csv(tmp_path, cli_in_process):
    table = cli_in_process("code", EXAMPLES / "state_visit.txt", "--published", "2021-06-11", "--format", "table")
    assert table.returncode == 0, table.stderr
    assert table.stdout.startswith("DATE") and "KEN" in table.stdout
    out = tmp_path / "events.csv"
    html = cli_in_process("code", EXAMPLES / "attack.html", "--format", "csv", "-o", out)
    assert html.returncode == 0, html.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and all(r["published"] == "2019-08-22" for r in rows)


def test_stdin(tmp_path, cli_in_process):
    text = (EXAMPLES / "state_visit.txt").read_text()
    result = cli_in_process("code", "-", "--published", "2021-06-11", stdin=text)
    assert result.returncode == 0, result.stderr
    assert any(json.loads(line)["article_id"].startswith("stdin-") for line in result.stdout.splitlines())


def test_bad_articles_are_reported_and_skipped(tmp_path, cli_in_process):
    batch = tmp_path / "batch.jsonl"
    good = json.loads((EXAMPLES / "wire_stories.jsonl").read_text().splitlines()[2])
    batch.write_text("\n".join([
        json.dumps(good),
        "{broken json",
        json.dumps({"id": "no-date", "text": "Russia attacked Ukraine."}),
        json.dumps({"id": "empty", "text": "   ", "published": "2020-01-01"}),
    ]) + "\n")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    errors = tmp_path / "errors.jsonl"
    result = cli_in_process("code", batch, tmp_path / "blob.txt", "--published", "2020-01-01", "--errors", errors)
    assert result.returncode == 1
    events = [json.loads(line) for line in result.stdout.splitlines()]
    coded = {e["article_id"] for e in events}
    assert good["id"] in coded and "empty" not in coded
    assert "Traceback" not in result.stderr
    reported = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [r["origin"].rsplit("/", 1)[-1] for r in reported] == ["batch.jsonl:2", "batch.jsonl:4", "blob.txt"]
    assert "batch.jsonl:2" in result.stderr and "binary" in result.stderr
    # --published is the default for records without one, so "no-date" is coded, not an error.


def test_missing_published_for_text_is_one_clear_line(tmp_path, cli_in_process):
    result = cli_in_process("code", EXAMPLES / "state_visit.txt")
    assert result.returncode == 1
    assert "state_visit.txt: no publication date" in result.stderr and "Traceback" not in result.stderr


def test_malformed_published_option_is_a_usage_error(cli_in_process):
    result = cli_in_process("code", EXAMPLES / "state_visit.txt", "--published", "25/03/2017")
    assert result.returncode == 2 and "malformed" in result.stderr and "Traceback" not in result.stderr


def test_bad_user_codebook_names_file_and_line(tmp_path, cli_in_process):
    bad = tmp_path / "mine.tsv"
    bad.write_text("this is not a codebook row\n")
    result = cli_in_process("code", EXAMPLES / "wire_stories.jsonl", "--codebook", bad)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "mine.tsv:1" in result.stderr


def test_two_workers_give_the_same_events_in_the_same_order(tmp_path, example_events, cli_in_process):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n")
    result = run_cli("code", EXAMPLES / "wire_stories.jsonl", bad, EXAMPLES / "attack.html", "--workers", "2")
    assert result.returncode == 1 and "bad.jsonl:1" in result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    one_process = cli_in_process("code", EXAMPLES / "attack.html")
    expected = [e["event_id"] for e in example_events] + [
        json.loads(line)["event_id"] for line in one_process.stdout.splitlines()]
    assert [e["event_id"] for e in events] == expected
