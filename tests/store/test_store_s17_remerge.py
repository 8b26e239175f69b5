"""`eventcoder remerge`: rebuild canonical events from the stored reports under the current merge rules."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_factory import make_article, make_event, make_result

from eventcoder.records import ArticleResult
from eventcoder.store import EventStore, MergeRules
from eventcoder.store.writer import StoreWriter

TESTS = Path(__file__).parent


def _attack(article_id: str, day: str, published: str, sentence: str):
    return make_result(article_id, sentence, [{"cameo": "190", "source": ["RUSMIL"], "target": ["UKR"], "date": day,
                                               "place": "Kharkiv"}], published=published)


ARTICLES = [
    _attack("a1", "2022-03-01", "2022-03-01", "Russian troops shelled Kharkiv on Tuesday, officials said."),
    _attack("a2", "2022-03-03", "2022-03-03", "Russian forces pounded the city of Kharkiv on Thursday."),
    _attack("a3", "2022-03-02", "2022-03-04", "Kharkiv came under Russian fire on Wednesday, residents said."),
    make_result("a4", "Iran and Iraq signed a trade deal.", [{"cameo": "057", "source": ["IRN"], "target": ["IRQ"],
                                                               "date": "2022-03-02", "place": "Tehran"}],
                published="2022-03-02"),
]


def _store_with(path: Path, rules_text: str | None, tmp_path: Path) -> None:
    rules = None
    if rules_text is not None:
        rules_file = tmp_path / "old_rules.yaml"
        rules_file.write_text(rules_text, encoding="utf-8")
        rules = MergeRules.load(rules_file)
    with EventStore.open(path, rules=rules) as store:
        for result in ARTICLES:
            store.add_result(result)


def _canonical(path: Path):
    with EventStore.open(path, read_only=True) as store:
        events = store.con.execute("SELECT * FROM canonical_events ORDER BY canonical_id").df()
        mentions = store.con.execute(
            "SELECT event_id, canonical_id, merge_reason FROM event_mentions ORDER BY event_id").fetchall()
    return events, mentions


def test_remerge_applies_the_current_rules_and_reports_counts(tmp_path, cli):
    db = tmp_path / "old.duckdb"
    _store_with(db, "day_window: 0\n", tmp_path)  # an old store merged with a narrower day window
    events, _ = _canonical(db)
    assert len(events) == 4  # three attacks on three days stayed apart

    result = CliRunner().invoke(cli, ["remerge", "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "before: 4 events from 4 reports (0 merge several reports, 0 several articles)" in result.output
    assert "after:  2 events from 4 reports (1 merge several reports, 1 several articles)" in result.output
    assert "3 report(s) changed the event they are merged into" in result.output

    events, mentions = _canonical(db)
    assert len(events) == 2
    attack = events[events["cameo_root"] == "19"].iloc[0]
    assert attack["n_mentions"] == 3 and attack["n_articles"] == 3
    assert str(attack["first_seen"])[:10] == "2022-03-01" and str(attack["last_seen"])[:10] == "2022-03-04"
    trade = events[events["cameo_root"] == "05"].iloc[0]
    assert {m[1] for m in mentions if m[0] != trade["founding_event_id"]} == {attack["canonical_id"]}
    assert all(m[2] for m in mentions if m[0] not in (trade["founding_event_id"], attack["founding_event_id"]))


def test_remerge_under_unchanged_rules_changes_nothing(tmp_path, cli):
    db = tmp_path / "same.duckdb"
    _store_with(db, None, tmp_path)
    before = _canonical(db)
    result = CliRunner().invoke(cli, ["remerge", "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "0 report(s) changed" in result.output
    after = _canonical(db)
    assert after[1] == before[1]
    assert after[0].equals(before[0])


def test_dry_run_counts_without_writing(tmp_path, cli):
    db = tmp_path / "dry.duckdb"
    _store_with(db, "day_window: 0\n", tmp_path)
    before = _canonical(db)
    result = CliRunner().invoke(cli, ["remerge", "--db", str(db), "--dry-run", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "after:  2 events" in result.output and "would change" in result.output and "nothing written" in result.output
    after = _canonical(db)
    assert after[1] == before[1] and after[0].equals(before[0])


def test_a_merge_rules_file_is_laid_over_for_the_remerge(tmp_path, cli):
    db = tmp_path / "rules.duckdb"
    _store_with(db, None, tmp_path)
    narrow = tmp_path / "narrow.yaml"
    narrow.write_text("day_window: 0\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["remerge", "--db", str(db), "--merge-rules", str(narrow), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "after:  4 events" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("day_windw: 1\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["remerge", "--db", str(db), "--merge-rules", str(bad)])
    assert result.exit_code == 1 and "day_windw" in result.output and "Traceback" not in result.output


def test_a_failing_remerge_leaves_the_old_merge(tmp_path, monkeypatch):
    db = tmp_path / "fail.duckdb"
    _store_with(db, "day_window: 0\n", tmp_path)
    before = _canonical(db)
    calls = []

    def failing(self, rows, *args):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, rows, *args)

    original = StoreWriter.add_mentions
    monkeypatch.setattr(StoreWriter, "add_mentions", failing)
    with EventStore.open(db) as store, pytest.raises(RuntimeError):
        store.remerge()
    after = _canonical(db)
    assert after[1] == before[1] and after[0].equals(before[0])


def test_a_killed_remerge_leaves_the_old_merge(tmp_path):
    """SIGKILL in the middle of the replay (after some reports were re-inserted): the store reopens as it was."""
    db = tmp_path / "killed.duckdb"
    _store_with(db, "day_window: 0\n", tmp_path)
    before = _canonical(db)
    marker = tmp_path / "halfway"
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from eventcoder.store import EventStore\n"
        "def progress(done, total):\n"
        "    if done == 2:\n"
        "        Path(sys.argv[2]).write_text('x')\n"
        "        time.sleep(60)\n"
        "with EventStore.open(sys.argv[1]) as store:\n"
        "    store.remerge(progress=progress)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(db), str(marker)])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None, "the remerge ended before it was killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    after = _canonical(db)
    assert after[1] == before[1] and after[0].equals(before[0])
    assert len(after[0]) == 4


@pytest.mark.parametrize("command", ["remerge", "optimize"])
def test_a_mistyped_store_path_is_not_created(tmp_path, cli, command):
    missing = tmp_path / "typo.duckdb"
    result = CliRunner().invoke(cli, [command, "--db", str(missing)])
    assert result.exit_code == 1 and f"no event store at {missing}" in result.output
    assert not missing.exists()


def test_reports_of_one_article_are_replayed_in_the_order_the_coder_gave_them(tmp_path):
    """The first report founds the event (its id): two reports of one fight, the second with the smaller id."""
    db = tmp_path / "order.duckdb"
    text = "Syrian and US troops clashed near Aleppo, report 1."
    events = tuple(make_event("sw", cameo=cameo, source=[a], target=[b], place="Aleppo", sentence=text,
                              published="2017-03-21") for cameo, a, b in (("190", "USA", "SYR"), ("193", "SYR", "USA")))
    result = ArticleResult(make_article("sw", text), events)  # one sentence, one trigger: only the order differs
    first, second = (event.event_id for event in result.events)
    assert second < first  # an order by id would let the second report found the event
    with EventStore.open(db) as store:
        store.add_result(result)
    before = _canonical(db)
    assert list(before[0]["founding_event_id"]) == [first]
    with EventStore.open(db) as store:
        assert store.remerge().moved == 0
    after = _canonical(db)
    assert after[1] == before[1] and after[0].equals(before[0])
