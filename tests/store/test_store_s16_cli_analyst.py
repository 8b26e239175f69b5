"""The s16 analyst test of the store CLI: short ids in tables, the errors command, what export filtered."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner
from store_factory import make_result
from test_store_ingest import write_articles

from eventcoder.store import EventStore


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("s16cli") / "events.duckdb"
    with EventStore.open(path) as store:
        store.add_results([
            make_result("a1", "one", [{"date": "2020-01-05", "cameo": "190", "source": ["RUSMIL"], "target": ["UKR"]}],
                        published="2020-01-06"),
            make_result("a2", "two", [{"date": "2020-04-05", "cameo": "042", "source": ["NGA"], "target": ["USA"],
                                       "status": "planned"}], published="2020-04-06"),
        ])
    return str(path)


def invoke(cli, *args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_the_events_table_shows_a_short_canonical_id(cli, db):
    with EventStore.open(db, read_only=True) as store:
        full = store.events(limit=1)["canonical_id"][0]
    lines = invoke(cli, "events", "--db", db).output.splitlines()
    assert lines[0].split()[0] == "id" and lines[1].split()[0] == full[:10]


def test_export_says_which_filters_it_applied(cli, db, tmp_path):
    out = tmp_path / "e.csv"
    result = invoke(cli, "export", "--db", db, "--format", "csv", "--out", out)
    assert "wrote 1 of 2 events (status asserted; use --status any for all)" in result.output
    result = invoke(cli, "export", "--db", db, "--format", "csv", "--out", out, "--status", "any", "--cameo", "19")
    assert "wrote 1 of 2 events (cameo 19)" in result.output


def test_ingest_names_where_errors_went_and_errors_lists_them(cli, tmp_path):
    source = write_articles(tmp_path / "in.jsonl", 2, bad=1)
    store = tmp_path / "e.duckdb"
    result = invoke(cli, "ingest", source, "--db", store, "--workers", 1, "--quiet",
                    "--coder", "store_fake_coder:make_coder")
    assert result.exit_code == 1
    assert f"recorded in the store's errors table (list them: eventcoder errors --db {store})" in result.output
    table = invoke(cli, "errors", "--db", store)
    assert table.exit_code == 0 and "cannot be coded" in table.output
    records = [json.loads(line) for line in invoke(cli, "errors", "--db", store, "--format", "jsonl").output.splitlines()]
    assert len(records) == 2 and {"origin", "article_id", "message", "at"} <= set(records[0])
    assert "message" in invoke(cli, "errors", "--db", store, "--format", "csv").output.splitlines()[0]
