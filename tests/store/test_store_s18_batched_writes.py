"""The writer holds a batch's rows in memory and appends them together: the store comes out as row-by-row writing
left it, whatever the batch size, and a remerge read in small chunks replays it unchanged."""

from __future__ import annotations

from store_factory import make_result
from store_merge_collection import collection_results

from eventcoder.records import ArticleError, ArticleResult
from eventcoder.store import EventStore
from eventcoder.store.remerge import remerge
from eventcoder.store.writer import StoreWriter

WIRE = ("Government troops shelled rebel positions outside Aleppo on Monday, killing at least twelve fighters, "
        "a monitoring group said, adding that the rebels answered with rockets fired at army posts in the west.")


def results_with_copies():
    """The merge collection plus a wire story and its reprint (one word changed) in the middle."""
    results, _ = collection_results()
    spec = dict(cameo="190", source=["SYRMIL"], target=["SYRREB"], date="2017-03-20", place="Aleppo")
    original = make_result("wire1", WIRE, [spec], published="2017-03-21", url="https://wire.example/1")
    reprint = make_result("wire2", WIRE.replace("twelve", "12"), [spec], published="2017-03-21",
                          url="https://paper.example/2")
    middle = len(results) // 2
    return results[:middle] + [original, reprint] + results[middle:]


def tables(store) -> dict:
    """Every table in its physical row order (which decides ties between merge candidates), without ingest times."""
    return {
        "canonical": store.con.execute("SELECT * EXCLUDE (first_seen, last_seen) FROM canonical_events").fetchall(),
        "mentions": store.con.execute("SELECT * FROM event_mentions").fetchall(),
        "articles": store.con.execute(
            "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY content_hash").fetchall(),
    }


def test_one_batch_stores_what_one_article_per_batch_stores():
    results = results_with_copies()
    with EventStore.open(":memory:") as store:
        for result in results:
            store.add_results([result])
        singly = tables(store)
    with EventStore.open(":memory:") as store:
        stats = store.add_results(results)
        together = tables(store)
    assert stats.articles == len(results) - 1  # the collection holds one exact duplicate
    assert together == singly
    with EventStore.open(":memory:") as store:
        # Flushed after every article inside one transaction, with no candidate index.
        writer = StoreWriter(store.con, store.rules, store.hasher, index=None, flush_rows=1)
        store.con.execute("BEGIN TRANSACTION")
        for result in results:
            writer.add_article(result.article, tuple(result.events))
        writer.flush()
        store.con.execute("COMMIT")
        assert tables(store) == singly


def test_a_reprint_in_the_same_batch_joins_its_original():
    results = results_with_copies()
    with EventStore.open(":memory:") as store:
        store.add_results(results)
        rows = dict(store.con.execute(
            "SELECT article_id, (cluster_id, near_duplicate_of, content_hash) FROM articles "
            "WHERE article_id IN ('wire1', 'wire2')").fetchall())
        reports = dict(store.con.execute(
            "SELECT article_id, canonical_id FROM event_mentions WHERE article_id IN ('wire1', 'wire2')").fetchall())
    assert rows["wire2"][0] == rows["wire1"][2] and rows["wire2"][1] == rows["wire1"][2]
    assert reports["wire1"] == reports["wire2"]


def test_a_report_joins_an_event_of_an_earlier_batch_and_recounts_it(tmp_path):
    spec = dict(cameo="190", source=["USA"], target=["SYR"], date="2017-03-20", place="Aleppo")
    first = make_result("a1", "US jets struck Syrian army positions near Aleppo on Monday.", [spec],
                        url="https://one.example/1")
    second = make_result("a2", "American aircraft hit Syrian government troops near Aleppo on Monday.", [spec],
                         url="https://two.example/2")
    bad = ArticleResult(None, (), ArticleError("feed.jsonl:3", "a3", "cannot be coded"))
    db = tmp_path / "s.duckdb"
    with EventStore.open(db) as store:
        store.add_results([first, bad])
    with EventStore.open(db) as store:  # nothing held in memory: the earlier event is read back
        # The error is found stored (a query whose row is read with fetchone): the batch's appends still run.
        stats = store.add_results([second, bad])
        assert (stats.articles, stats.errors) == (1, 1)
        events = store.con.execute("SELECT n_mentions, n_articles, n_sources, n_day_reports FROM canonical_events").fetchall()
        assert events == [(2, 2, 2, 2)]
        assert store.counts()["errors"] == 1


def test_an_article_twice_in_one_batch_is_stored_once():
    results, _ = collection_results()
    with EventStore.open(":memory:") as store:
        stats = store.add_results([results[0], results[0]])
        assert (stats.articles, stats.skipped) == (1, 1)
        assert store.counts()["articles"] == 1


def test_remerge_read_in_small_chunks_gives_back_every_event():
    with EventStore.open(":memory:") as store:
        store.add_results(results_with_copies())
        before = tables(store)
        # Two rows a chunk: articles with several reports are cut between chunks.
        stats = remerge(store, chunk_rows=2)
        assert stats.moved == 0 and stats.after == stats.before
        assert tables(store) == before
        assert store.con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'remerge_replay'").fetchone()[0] == 0
