"""Queries: every filter, paging, series, actors, injection attempts, exports and plots."""

from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest
from store_merge_collection import collection_results

from eventcoder.store import EventStore, QueryError


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("queries") / "events.duckdb"
    with EventStore.open(path) as writable:
        results, _ = collection_results()
        writable.add_results(results)
    opened = EventStore.open(path, read_only=True)
    yield opened
    opened.close()


def articles_of(frame: pd.DataFrame) -> set:
    return set(frame["title"].fillna("")) if "title" in frame else set()


def test_default_is_asserted_canonical_events(store):
    frame = store.events(limit=None)
    assert set(frame["status"]) == {"asserted"}
    assert len(frame) == store.con.execute("SELECT count(*) FROM canonical_events WHERE status = 'asserted'").fetchone()[0]
    everything = store.events(status="any", limit=None)
    assert {"planned", "negated"} <= set(everything["status"])


def test_mentions_instead_of_events(store):
    mentions = store.events(canonical=False, limit=None, status=None)
    assert len(mentions) == store.counts()["event_mentions"]
    assert "event_id" in mentions.columns


def test_actor_source_target_filters(store):
    as_source = store.events(source="USA", limit=None)
    assert all("USA" in codes[0] for codes in as_source["source_codes"])
    as_target = store.events(target="IRN", limit=None)
    assert set(as_target["target_country"]) == {"IRN"}
    either = store.events(actor="IRN", limit=None)
    assert len(either) > len(as_target)  # also Iran as a source (the Moscow meeting)
    assert len(store.events(actor="usamil", limit=None)) >= 1  # codes are case-insensitive


def test_country_type_cameo_quad_filters(store):
    nigeria = store.events(country="NGA", limit=None)
    assert len(nigeria) == 2 and set(nigeria["place_country"]) == {"NGA"}
    assert set(store.events(plover_type="PROTEST", limit=None)["plover_type"]) == {"PROTEST"}
    both = store.events(plover_type=["PROTEST", "SANCTION"], limit=None)
    assert set(both["plover_type"]) == {"PROTEST", "SANCTION"}
    assert all(c.startswith("19") for c in store.events(cameo="19", limit=None)["cameo"])
    assert set(store.events(quad_class=[1, 2], limit=None)["quad_class"]) <= {1, 2}


def test_date_place_bbox_text_confidence_filters(store):
    march = store.events(start="2017-03", end="2017-03", limit=None)
    assert len(march) > 0
    assert march["event_date"].min() >= pd.Timestamp("2017-03-01")
    assert march["event_date"].max() <= pd.Timestamp("2017-03-31")
    assert set(store.events(place="aleppo", limit=None)["place_name"]) == {"Aleppo"}
    ukraine_box = store.events(bbox=(22, 44, 41, 53), limit=None)
    assert set(ukraine_box["place_name"]) == {"Kharkiv", "Kyiv"}
    kremlin = store.events(text="kremlin", end="2017-03", limit=None)
    assert len(kremlin) == 1 and kremlin.iloc[0]["n_mentions"] == 3
    assert len(store.events(min_confidence=0.9, limit=None)) == 0


def test_paging(store):
    everything = store.events(limit=None)
    page = store.events(limit=3, offset=2)
    assert list(page["canonical_id"]) == list(everything["canonical_id"][2:5])


@pytest.mark.parametrize(
    "filters",
    [
        {"actor": "IRN' OR '1'='1"},
        {"source": "USA'); DROP TABLE articles; --"},
        {"text": "%' OR 1=1 --"},
        {"place": "Aleppo\" OR \"1\"=\"1"},
        {"plover_type": ["ASSAULT') OR ('1'='1"]},
        {"cameo": "1' OR '1'='1"},
    ],
)
def test_injection_attempts_match_nothing_and_harm_nothing(store, filters):
    # A value no code or name can have is refused before any SQL runs; free text just matches nothing.
    try:
        assert len(store.events(limit=None, **filters)) == 0
    except QueryError as error:
        assert set(filters) & {"actor", "source", "plover_type", "cameo"}, error
    assert store.counts()["articles"] > 0


def test_bad_filter_values_raise_query_errors(store):
    with pytest.raises(QueryError):
        store.events(start="last tuesday")
    with pytest.raises(QueryError):
        store.events(limit="10; DROP TABLE articles")
    with pytest.raises(QueryError):
        store.series(freq="minute'); DROP TABLE articles; --")
    with pytest.raises(QueryError):
        store.series(by="goldstein; DROP TABLE articles")


def test_series_counts_and_groups(store):
    monthly = store.series(freq="month")
    assert monthly["n_events"].sum() == len(store.events(limit=None))
    dyad = store.series(source="USA", target="SYR", freq="month")
    assert list(dyad["n_events"]) == [3]  # two strikes near Aleppo and one near Damascus, merged reports
    assert dyad["mean_goldstein"].iloc[0] == pytest.approx(-10.0)
    grouped = store.series(freq="month", by="quad_class")
    assert set(grouped["quad_class"]) <= {1, 2, 3, 4} and grouped["n_events"].sum() == monthly["n_events"].sum()
    normalised = store.series(freq="month", normalise=True)
    with_articles = normalised[normalised["articles"] > 0]
    assert (with_articles["events_per_article"] == with_articles["n_events"] / with_articles["articles"]).all()
    assert normalised.loc[normalised["articles"] == 0, "events_per_article"].isna().all()  # no articles: empty
    weekly = store.series(freq="week", actor="RUS")
    # Kharkiv, Kyiv, the Moscow meeting, and June 2017's phone call, Kremlin meeting and US accusation
    assert weekly["n_events"].sum() == 6


def test_actors_and_dyads(store):
    actors = store.actors(top=5)
    assert len(actors) == 5 and actors["n_events"].is_monotonic_decreasing
    assert (actors["n_as_source"] + actors["n_as_target"] == actors["n_events"]).all()
    dyads = store.dyads(start="2022-01-01", end="2022-12-31")
    assert set(dyads["source_code"]) == {"RUSMIL"}


def test_exports_are_readable(store, tmp_path):
    expected = len(store.events(limit=None))
    assert store.export("parquet", tmp_path / "e.parquet") == expected
    frame = pd.read_parquet(tmp_path / "e.parquet")
    assert len(frame) == expected and "canonical_id" in frame
    with duckdb.connect() as reader:
        assert reader.execute("SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "e.parquet")]).fetchall() == [(expected,)]
    store.export("plover", tmp_path / "e.jsonl", source="USA")
    records = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert records and all(r["actor"][0]["code"].startswith("USA") for r in records)
    assert {"id", "date", "event", "actor", "recipient", "event_loc", "cite_info", "mentions"} <= set(records[0])
    store.export("gdelt", tmp_path / "e.tsv")
    gdelt = pd.read_csv(tmp_path / "e.tsv", sep="\t", dtype=str)
    assert list(gdelt.columns[:3]) == ["GlobalEventID", "SQLDATE", "Actor1Code"] and len(gdelt) == expected
    assert gdelt["SQLDATE"].str.fullmatch(r"\d{8}").all()
    store.export("csv", tmp_path / "e.csv", plover_type="ASSAULT")
    assert set(pd.read_csv(tmp_path / "e.csv")["plover_type"]) == {"ASSAULT"}


def test_plots_write_files(store, tmp_path):
    series_png = store.plot_series(store.series(freq="month", by="quad_class"), tmp_path / "s.png")
    map_svg = store.plot_map(store.events(limit=None), tmp_path / "m.svg")
    empty_png = store.plot_series(store.series(source="ZZZ"), tmp_path / "empty.png")
    assert series_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and series_png.stat().st_size > 5000
    assert b"<svg" in map_svg.read_bytes()[:400]
    assert empty_png.stat().st_size > 0
