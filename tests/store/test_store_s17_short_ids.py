"""The short canonical id a table shows finds the event: `eventcoder show`, EventStore.event/mentions."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from store_factory import make_result

from eventcoder.store import EventStore, QueryError
from eventcoder.store.queries import UnknownEventId


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "ids.duckdb"
    with EventStore.open(path) as store:
        store.add_result(make_result("s1", "Russian troops shelled Kharkiv on Tuesday.",
                                     [{"cameo": "190", "source": ["RUSMIL"], "target": ["UKR"], "date": "2022-03-01",
                                       "place": "Kharkiv"}], published="2022-03-01"))
        store.add_result(make_result("s2", "Iran and Iraq signed a trade deal.",
                                     [{"cameo": "057", "source": ["IRN"], "target": ["IRQ"], "date": "2022-03-02"}],
                                     published="2022-03-02"))
    return path


def _ids(db):
    with EventStore.open(db, read_only=True) as store:
        return {row[0]: row[1] for row in store.con.execute(
            "SELECT canonical_id, founding_event_id FROM canonical_events").fetchall()}


def test_the_library_resolves_short_full_and_report_ids(db):
    ids = _ids(db)
    with EventStore.open(db, read_only=True) as store:
        for full, report in ids.items():
            assert store.resolve_id(full[:10]) == full == store.resolve_id(full) == store.resolve_id(report)
            assert store.event(full[:8])["canonical_id"] == full
            assert list(store.mentions(full[:10])["event_id"]) == [report]
        with pytest.raises(QueryError, match=r"'c' is the start of 2 event ids .*give more characters") as ambiguous:
            store.resolve_id("c")
        assert not isinstance(ambiguous.value, UnknownEventId) and set(ambiguous.value.allowed) == set(ids)
        with pytest.raises(UnknownEventId, match="no merged event has an id starting with 'cx'"):
            store.resolve_id("cx")


def test_show_takes_the_id_the_events_table_prints(db, cli):
    table = CliRunner().invoke(cli, ["events", "--db", str(db), "--status", "any"])
    assert table.exit_code == 0, table.output
    short = table.output.splitlines()[1].split()[0]
    assert len(short) == 10
    shown = CliRunner().invoke(cli, ["show", short, "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "canonical_id: " + short in shown.output and "reports (1)" in shown.output
    record = json.loads(CliRunner().invoke(cli, ["show", short, "--db", str(db), "--format", "jsonl"]).output)
    assert record["canonical_id"].startswith(short) and len(record["mentions"]) == 1
    assert record["mentions"][0]["canonical_id"] == record["canonical_id"]


def test_show_says_when_an_id_is_ambiguous_or_unknown(db, cli):
    ambiguous = CliRunner().invoke(cli, ["show", "c", "--db", str(db)])
    assert ambiguous.exit_code == 2
    assert "Error: EVENT_ID: 'c' is the start of 2 event ids" in ambiguous.output
    assert "give more characters" in ambiguous.output
    unknown = CliRunner().invoke(cli, ["show", "zz", "--db", str(db)])
    assert unknown.exit_code == 2 and "no merged event has an id starting with 'zz'" in unknown.output
    assert f"eventcoder events --db {db}" in unknown.output and "Traceback" not in unknown.output


def test_the_events_table_says_how_much_of_the_match_it_shows(db, cli):
    page = CliRunner().invoke(cli, ["events", "--db", str(db), "--status", "any", "--limit", "1"])
    assert page.exit_code == 0, page.output
    assert "1-1 of 2 events (no filters); --limit and --offset show more" in page.output
    rest = CliRunner().invoke(cli, ["events", "--db", str(db), "--limit", "5", "--offset", "1", "--actor", "IRN"])
    assert "none of 1 events (actor IRN; status asserted; use --status any for all)" in rest.output
    reports = CliRunner().invoke(cli, ["events", "--db", str(db), "--mentions", "--cameo", "19"])
    assert "1-1 of 1 reports (cameo 19; status asserted; use --status any for all)" in reports.output
    assert "of 2" not in CliRunner().invoke(cli, ["events", "--db", str(db), "--format", "jsonl"]).output
    with EventStore.open(db, read_only=True) as store:
        assert store.count(status="any") == 2 and store.count(actor="Iran") == 1 and store.count(canonical=False) == 2
