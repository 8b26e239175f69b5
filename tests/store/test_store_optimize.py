"""Compaction: sorting the event tables by date keeps every row, constraint and index."""

from __future__ import annotations

from click.testing import CliRunner
from store_factory import make_result
from store_merge_collection import collection_results

from eventcoder.store import EventStore
from eventcoder.store.cli import optimize_command


def snapshot(store) -> dict:
    con = store.con
    return {
        "canonical": sorted(con.execute("SELECT * FROM canonical_events").fetchall(), key=repr),
        "mentions": sorted(con.execute("SELECT * FROM event_mentions").fetchall(), key=repr),
        "indexes": sorted(con.execute("SELECT index_name, sql FROM duckdb_indexes()").fetchall()),
        # Quiet months have no mean (NaN, which never equals itself): compared as None.
        "series": store.series(freq="month").astype(object).where(lambda f: f.notna(), None).to_dict("records"),
    }


def test_optimize_sorts_by_date_and_keeps_everything(tmp_path):
    results, _ = collection_results()
    with EventStore.open(tmp_path / "s.duckdb") as store:
        store.add_results(results[::-1])  # stored newest first
        before = snapshot(store)
        seconds = store.optimize()
        assert set(seconds) == {"canonical_events", "event_mentions"}
        assert snapshot(store) == before
        dates = [d for (d,) in store.con.execute("SELECT event_date FROM canonical_events ORDER BY rowid").fetchall()]
        assert [d for d in dates if d is not None] == sorted(d for d in dates if d is not None)
        # Constraints survive: the store still takes new reports and merges them.
        stats = store.add_results([make_result("late", "A late report of the Kharkiv shelling.",
                                               [dict(cameo="194", source=["RUS"], target=["UKR"], date="2022-03-01",
                                                     place="Kharkiv")], published="2022-03-03")])
        assert stats.events == 1
        merged = store.con.execute("SELECT merge_reason FROM event_mentions WHERE article_id = 'late'").fetchone()[0]
        assert merged is not None
        not_null = store.con.execute(
            "SELECT is_nullable FROM information_schema.columns "
            "WHERE table_name = 'canonical_events' AND column_name = 'canonical_id'").fetchone()[0]
        assert not_null == "NO"


def test_optimize_command(tmp_path):
    path = tmp_path / "s.duckdb"
    with EventStore.open(path) as store:
        store.add_results(collection_results()[0])
    result = CliRunner().invoke(optimize_command, ["--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "sorted" in result.output
    with EventStore.open(path, read_only=True) as store:
        assert store.counts()["event_mentions"] > 0
