"""The s15 user test of the store CLI: filters that cannot match, errors files, output paths, series gaps, tables."""

from __future__ import annotations

import io
import json

import click
import pandas as pd
import pytest
from click.testing import CliRunner
from store_factory import make_result
from test_store_ingest import write_articles

from eventcoder.store import EventStore, QueryError


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("s15cli") / "events.duckdb"
    with EventStore.open(path) as store:
        store.add_results([
            make_result("a1", "one", [{"date": "2020-01-05", "cameo": "190", "source": ["RUSMIL"], "target": ["UKR"],
                                       "place": "Kyiv"}], published="2020-01-06"),
            make_result("a2", "two", [{"date": "2020-04-05", "cameo": "042", "source": ["NGA"], "target": ["USA"]}],
                        published="2020-04-06"),
        ])
    return str(path)


def invoke(cli, *args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("args, says", [
    (("--plover-type", "FIGHT"), "ASSAULT"),  # the valid types are listed
    (("--status", "confirmed"), "asserted"),
    (("--cameo", "19x"), "CAMEO"),
    (("--bbox", "40,50,20,44"), "bbox"),
    (("--bbox", "0,0,200,10"), "bbox"),
    (("--start", "2023-01-01", "--end", "2020-01-01"), "after end"),
    (("--start", "2020-13"), "is not a date"),
])
def test_filters_that_cannot_match_are_usage_errors(cli, db, args, says):
    result = invoke(cli, "events", "--db", db, *args)
    assert result.exit_code == 2, result.output
    assert says in result.output and "(no rows)" not in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("option, name", [("--actor", "Russia"), ("--country", "Nigeria"), ("--source", "russia"),
                                          ("--target", "Ukraine")])
def test_country_names_resolve_to_codes(cli, db, option, name):
    result = invoke(cli, "events", "--db", db, "--format", "jsonl", option, name)
    assert result.exit_code == 0 and "warning" not in result.output
    assert len(result.output.splitlines()) == 1


def test_an_unknown_actor_code_warns(cli, db):
    result = invoke(cli, "events", "--db", db, "--actor", "RUSS")
    assert result.exit_code == 0
    assert "warning: no stored event has an actor or country coded RUSS" in result.output


def test_the_python_api_resolves_names_and_refuses_unknown_types(db):
    with EventStore.open(db, read_only=True) as store:
        assert len(store.events(country="Nigeria")) == 1
        assert store.unknown_actors(actor="RUSS", source="Russia") == ["RUSS"]
        with pytest.raises(QueryError, match="PLOVER type"):
            store.events(plover_type="FIGHT")


def test_ingest_errors_file_has_the_records_of_code_and_exit_1(cli, tmp_path):
    source = write_articles(tmp_path / "in.jsonl", 3, bad=1)
    errors = tmp_path / "errors.jsonl"
    result = invoke(cli, "ingest", source, "--db", tmp_path / "e.duckdb", "--workers", 1, "--quiet",
                    "--coder", "store_fake_coder:make_coder", "--errors", errors)
    assert result.exit_code == 1
    records = [json.loads(line) for line in errors.read_text().splitlines()]
    # The bad article and the broken JSON line that write_articles adds.
    assert len(records) == 2 and all(set(r) == {"origin", "article_id", "message"} for r in records)
    assert {r["article_id"] for r in records} == {None, "bad0"}
    assert any("cannot be coded" in r["message"] for r in records)


def test_ingest_of_a_folder_skips_files_that_are_not_news(cli, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "in.jsonl").write_text(json.dumps({"id": "n1", "text": "EVENT 190 USA SYR 2017-03-02", "published": "2017-03-03"}) + "\n")
    (folder / "README.md").write_text("# About these files\n")
    (folder / "chart.png").write_bytes(b"\x89PNG\r\n")
    result = invoke(cli, "ingest", folder, "--db", tmp_path / "f.duckdb", "--workers", 1, "--quiet",
                    "--coder", "store_fake_coder:make_coder")
    assert result.exit_code == 0, result.output
    assert "skipped 2 file(s)" in result.output and "README.md" in result.output
    assert "stored 1 articles" in result.output and "0 errors" in result.output


@pytest.mark.parametrize("command", [("plot",), ("plot", "--map"), ("export", "--format", "csv")])
def test_an_output_path_in_a_missing_folder_is_one_line(cli, db, tmp_path, command):
    out = tmp_path / "no" / "such" / "c.png" if command[0] == "plot" else tmp_path / "no" / "e.csv"
    result = invoke(cli, *command, "--db", db, "--out", out)
    assert result.exit_code == 2 and "does not exist" in result.output and "Traceback" not in result.output


def test_series_fills_empty_periods_with_zero(cli, db):
    result = invoke(cli, "series", "--db", db, "--freq", "month", "--normalise", "--format", "jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["period"] for r in rows] == ["2020-01-01", "2020-02-01", "2020-03-01", "2020-04-01"]
    assert [r["n_events"] for r in rows] == [1, 0, 0, 1]
    assert rows[1]["articles"] == 0 and rows[1]["events_per_article"] is None  # 0 articles: empty, not NaN
    grouped = invoke(cli, "series", "--db", db, "--by", "plover_type", "--format", "csv")
    frame = pd.read_csv(io.StringIO(grouped.output))
    assert len(frame) == 8 and frame["n_events"].sum() == 2


def test_tables_show_missing_values_blank_and_csv_joins_lists(cli, db):
    table = invoke(cli, "events", "--db", db, "--status", "any")
    assert "NaN" not in table.output and "None" not in table.output
    csv = invoke(cli, "events", "--db", db, "--format", "csv")
    frame = pd.read_csv(io.StringIO(csv.output))
    assert "RUSMIL" in set(frame["source_codes"]) and not frame["source_codes"].str.contains(r"\[").any()
