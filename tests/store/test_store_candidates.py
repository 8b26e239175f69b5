"""The in-memory merge candidate index gives the same merges as asking the database, in any load order."""

from __future__ import annotations

import datetime as dt

import pytest
from store_merge_collection import collection_results

from eventcoder.store import EventStore
from eventcoder.store.candidates import CandidateIndex
from eventcoder.store.writer import MATCH_FIELDS, StoreWriter


def merged_without_index(results) -> dict:
    with EventStore.open(":memory:") as store:
        writer = StoreWriter(store.con, store.rules, store.hasher, index=None)
        for result in results:
            writer.add_article(result.article, tuple(result.events))
        writer.flush()  # the writer holds its rows until the batch ends
        return dict(store.con.execute("SELECT event_id, canonical_id FROM event_mentions").fetchall())


def merged_with(store, results) -> dict:
    store.add_results(results)
    return dict(store.con.execute("SELECT event_id, canonical_id FROM event_mentions").fetchall())


@pytest.mark.parametrize("order", ["published", "reversed"])
def test_index_merges_like_the_database(order):
    results, _ = collection_results()
    if order == "reversed":
        results = results[::-1]
    expected = merged_without_index(results)
    with EventStore.open(":memory:") as store:
        assert merged_with(store, results) == expected
        assert 0 < store.candidates.queries < len(expected)  # spans are loaded once, then reused
    with EventStore.open(":memory:") as store:
        # Tiny spans and a tiny memory budget: constant eviction and reloading change nothing.
        store.candidates = CandidateIndex(MATCH_FIELDS, bucket_days=1, span_buckets=1, max_rows=3)
        store.add_results(results)
        assert dict(store.con.execute("SELECT event_id, canonical_id FROM event_mentions").fetchall()) == expected
        assert store.candidates.rows_held <= 3 + 2 * len(MATCH_FIELDS)


def test_scattered_lookups_ask_the_database_directly():
    results, _ = collection_results()
    expected = merged_without_index(results)
    with EventStore.open(":memory:") as store:
        index = store.candidates = CandidateIndex(MATCH_FIELDS, bucket_days=1, span_buckets=1)
        index.miss_rate = 0.9  # as after a run of reports scattered over the years
        assert merged_with(store, results) == expected
        assert 0 < index.direct_queries < index.lookups


def test_rollback_clears_the_index():
    results, _ = collection_results()
    expected = merged_without_index(results)

    def failing():
        yield from results[:10]
        raise RuntimeError("reader broke")

    with EventStore.open(":memory:") as store:
        with pytest.raises(RuntimeError):
            store.add_results(failing())
        assert store.counts()["canonical_events"] == 0
        assert not store.candidates.spans and store.candidates.find("anything") is None
        assert merged_with(store, results) == expected


def test_index_finds_by_root_or_type_and_sees_new_events():
    results, _ = collection_results()
    with EventStore.open(":memory:") as store:
        store.add_results(results)
        index = CandidateIndex(MATCH_FIELDS)
        march = (dt.date(2017, 3, 18), dt.date(2017, 3, 24))
        by_type = {r["canonical_id"] for r in index.candidates(store.con, None, "ASSAULT", *march)}
        by_root = {r["canonical_id"] for r in index.candidates(store.con, "19", None, *march)}
        expected = {c for (c,) in store.con.execute(
            "SELECT canonical_id FROM canonical_events WHERE plover_type = 'ASSAULT' "
            "AND date_hi >= DATE '2017-03-18' AND date_lo <= DATE '2017-03-24'").fetchall()}
        assert by_type == expected and by_root <= expected and by_root
        assert index.candidates(store.con, None, None, *march) == []
        index.add({**dict.fromkeys(MATCH_FIELDS), "canonical_id": "cnew", "cameo_root": "18", "plover_type": "ASSAULT",
                   "date_lo": dt.date(2017, 3, 20), "date_hi": dt.date(2017, 3, 20)})
        assert "cnew" in {r["canonical_id"] for r in index.candidates(store.con, None, "ASSAULT", *march)}
        assert "cnew" not in {r["canonical_id"] for r in index.candidates(store.con, "19", None, *march)}
