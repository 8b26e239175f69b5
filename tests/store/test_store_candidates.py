"""The in-memory merge candidate index gives the same merges as asking the database, in any load order."""

from __future__ import annotations

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
        for result in results:
            store.add_results([result])
        assert dict(store.con.execute("SELECT event_id, canonical_id FROM event_mentions").fetchall()) == expected
        assert store.candidates.rows_held <= 3 + 2 * len(MATCH_FIELDS)


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


def test_index_refuses_unknown_key_columns():
    with EventStore.open(":memory:") as store:
        index = CandidateIndex(MATCH_FIELDS)
        import datetime as dt

        with pytest.raises(ValueError):
            index.candidates(store.con, [("status; DROP TABLE articles", "x")], dt.date(2017, 1, 1), dt.date(2017, 1, 2))
