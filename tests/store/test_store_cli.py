"""The store's CLI commands, driven through click as a user would."""

from __future__ import annotations

import io
import json

import click
import pandas as pd
import pytest
from click.testing import CliRunner
from store_merge_collection import collection_results
from test_store_ingest import write_articles

from eventcoder.store import EventStore


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    with EventStore.open(path) as store:
        store.add_results(collection_results()[0])
    return str(path)


def invoke(cli, *args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_commands_are_registered(cli):
    assert {"ingest", "events", "series", "actors", "plot", "export"} <= set(cli.commands)


def test_ingest_command_with_a_custom_coder(cli, tmp_path, monkeypatch):
    source = write_articles(tmp_path / "in.jsonl", 4, bad=1)
    db = tmp_path / "new.duckdb"
    errors = tmp_path / "errors.txt"
    args = ("ingest", source, "--db", db, "--workers", 1, "--coder", "store_fake_coder:make_coder", "--errors", errors)
    first = invoke(cli, *args)
    assert first.exit_code == 1, first.output  # one article failed, as `code` reports it
    assert "stored 4 articles" in first.output
    again = invoke(cli, *args)
    assert "stored 0 articles" in again.output and "4 skipped" in again.output
    assert "cannot be coded" in errors.read_text()


def test_ingest_with_a_bad_coder_is_one_line(cli, tmp_path):
    source = write_articles(tmp_path / "in.jsonl", 1)
    result = invoke(cli, "ingest", source, "--db", tmp_path / "x.duckdb", "--coder", "no_such_module:make")
    assert result.exit_code == 2 and "cannot import no_such_module" in result.output
    assert "Traceback" not in result.output


def test_events_formats_and_filters(cli, db):
    table = invoke(cli, "events", "--db", db, "--source", "USA", "--target", "SYR")
    assert table.exit_code == 0 and "USAMIL" in table.output
    lines = invoke(cli, "events", "--db", db, "--format", "jsonl", "--plover-type", "PROTEST", "--limit", 50).output.splitlines()
    assert lines and all(json.loads(line)["plover_type"] == "PROTEST" for line in lines)
    mentions = invoke(cli, "events", "--db", db, "--format", "jsonl", "--mentions", "--status", "any", "--limit", 1000)
    with EventStore.open(db, read_only=True) as store:
        assert len(mentions.output.splitlines()) == store.counts()["event_mentions"]
    boxed = invoke(cli, "events", "--db", db, "--format", "csv", "--bbox", "22,44,41,53")
    assert set(pd.read_csv(io.StringIO(boxed.output))["place_name"]) == {"Kharkiv", "Kyiv"}


def test_user_errors_are_one_line(cli, db, tmp_path):
    missing = invoke(cli, "events", "--db", tmp_path / "none.duckdb")
    assert missing.exit_code == 1 and "no event store" in missing.output and "Traceback" not in missing.output
    bad_date = invoke(cli, "events", "--db", db, "--start", "yesterday")
    assert bad_date.exit_code == 2 and "is not a date" in bad_date.output  # a bad option, as click's own
    bad_box = invoke(cli, "events", "--db", db, "--bbox", "1,2,3")
    assert bad_box.exit_code == 2 and "--bbox" in bad_box.output


def test_series_and_actors(cli, db):
    series = invoke(cli, "series", "--db", db, "--freq", "month", "--source", "USA", "--target", "SYR", "--normalise", "--format", "csv")
    frame = pd.read_csv(io.StringIO(series.output))
    assert list(frame["n_events"]) == [3] and "events_per_article" in frame
    actors = invoke(cli, "actors", "--db", db, "--top", 3)
    assert actors.exit_code == 0 and "actors" in actors.output and "dyads" in actors.output


def test_plot_and_export(cli, db, tmp_path):
    chart, chart_map = tmp_path / "chart.png", tmp_path / "map.svg"
    assert invoke(cli, "plot", "--db", db, "--out", chart, "--by", "quad_class").exit_code == 0
    assert invoke(cli, "plot", "--db", db, "--out", chart_map, "--map").exit_code == 0
    assert chart.stat().st_size > 0 and chart_map.stat().st_size > 0
    for fmt, name in (("plover", "e.jsonl"), ("gdelt", "e.tsv"), ("csv", "e.csv"), ("parquet", "e.parquet")):
        result = invoke(cli, "export", "--db", db, "--format", fmt, "--out", tmp_path / name)
        assert result.exit_code == 0 and "wrote" in result.output
    assert len(pd.read_parquet(tmp_path / "e.parquet")) == len(pd.read_csv(tmp_path / "e.csv"))
