"""Schema: versioned migrations applied in order, once; stores newer than the code are refused."""

from __future__ import annotations

import duckdb
import pytest
from store_merge_collection import collection_results

from eventcoder.store import SCHEMA_VERSION, EventStore, StoreError
from eventcoder.store.schema import MIGRATIONS, current_version, migrate


def test_new_store_gets_every_table_and_the_current_version(tmp_path):
    with EventStore.open(tmp_path / "s.duckdb") as store:
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        tables = {row[0] for row in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"schema_version", "articles", "article_bands", "event_mentions", "canonical_events", "errors"} <= tables


def test_reopening_does_not_reapply_migrations(tmp_path):
    path = tmp_path / "s.duckdb"
    EventStore.open(path).close()
    with EventStore.open(path) as store:
        rows = store.con.execute("SELECT version FROM schema_version").fetchall()
    assert rows == [(v,) for v in range(1, SCHEMA_VERSION + 1)]


def test_later_migrations_apply_in_order_on_open():
    con = duckdb.connect()
    steps = MIGRATIONS + [
        ("add a column", ["ALTER TABLE errors ADD COLUMN hint VARCHAR"]),
        ("fill it", ["UPDATE errors SET hint = 'none'"]),
    ]
    assert migrate(con, MIGRATIONS) == SCHEMA_VERSION
    assert migrate(con, steps) == SCHEMA_VERSION + 2
    described = [row[0] for row in con.execute("SELECT description FROM schema_version ORDER BY version").fetchall()]
    assert described[-2:] == ["add a column", "fill it"]
    assert "hint" in {row[0] for row in con.execute("DESCRIBE errors").fetchall()}


def test_a_failed_migration_leaves_the_previous_version():
    con = duckdb.connect()
    migrate(con)
    with pytest.raises(duckdb.Error):
        migrate(con, MIGRATIONS + [("broken", ["ALTER TABLE nowhere ADD COLUMN x INTEGER"])])
    assert current_version(con) == SCHEMA_VERSION


def test_a_store_newer_than_the_code_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    with EventStore.open(path) as store:
        store.con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now())", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="upgrade eventcoder"):
        EventStore.open(path)


def test_read_only_open_of_a_missing_store_says_how_to_create_it(tmp_path):
    with pytest.raises(StoreError, match="eventcoder ingest"):
        EventStore.open(tmp_path / "missing.duckdb", read_only=True)


def test_version_2_backfills_the_founding_trigger():
    """Migration 2 copies each canonical event's founding trigger from its mention."""
    with EventStore.open(":memory:") as store:
        store.add_results(collection_results()[0])
        expected = store.con.execute("SELECT canonical_id, trigger_text FROM canonical_events ORDER BY 1").fetchall()
        assert all(trigger for _, trigger in expected)
        store.con.execute("UPDATE canonical_events SET trigger_text = NULL")
        backfill = MIGRATIONS[1][1][1]
        store.con.execute(backfill)
        assert store.con.execute("SELECT canonical_id, trigger_text FROM canonical_events ORDER BY 1").fetchall() == expected
