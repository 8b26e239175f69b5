"""Compaction: rewrite the event tables in event-date order so date filters skip most of the file.

DuckDB keeps a min/max "zone map" per row group (about 122,000 rows) and skips row groups whose
range cannot match a filter. Rows are stored in the order they were inserted; after an ingest of
news from many years in no particular order every row group spans every date and a date filter
(a page of 2010-2014 events, the merge candidates of one week) reads the whole table. Sorting by
event date makes each row group cover a short period, so those filters read a few row groups.
"""

from __future__ import annotations

import time

#: Tables rewritten and their physical order (fixed SQL, never user input).
SORTED_TABLES = {
    "canonical_events": "event_date NULLS LAST, cameo_root, canonical_id",
    "event_mentions": "event_date NULLS LAST, cameo_root, event_id",
}


def rewrite_sorted(con, table: str) -> None:
    """Rewrite one table sorted by ``SORTED_TABLES[table]``, keeping its columns, constraints and indexes.

    Runs in the caller's transaction. The table's own CREATE statements (from DuckDB's catalogue)
    are reused, so this stays right whatever migrations added.
    """
    order = SORTED_TABLES[table]
    create_table = con.execute(
        "SELECT sql FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main'", [table]
    ).fetchone()[0]
    indexes = con.execute(
        "SELECT index_name, sql FROM duckdb_indexes() WHERE table_name = ? AND schema_name = 'main'", [table]
    ).fetchall()
    unsorted = f"{table}_unsorted"
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    con.execute(f"ALTER TABLE {table} RENAME TO {unsorted}")
    con.execute(create_table)
    con.execute(f"INSERT INTO {table} SELECT * FROM {unsorted} ORDER BY {order}")
    con.execute(f"DROP TABLE {unsorted}")
    for _, statement in indexes:
        con.execute(statement)


def compact(con) -> dict[str, float]:
    """Sort the event tables by date in one transaction and reclaim the space; returns seconds per table."""
    seconds = {}
    con.execute("SET enable_progress_bar = false")  # a library call prints nothing
    con.execute("BEGIN TRANSACTION")
    try:
        for table in SORTED_TABLES:
            started = time.perf_counter()
            rewrite_sorted(con, table)
            seconds[table] = time.perf_counter() - started
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("CHECKPOINT")
    return seconds
