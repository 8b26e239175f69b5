"""Writes of one batch held in memory and appended to the store together (``StoreWriter.flush``).

DuckDB spends milliseconds on every statement, however small: storing an article row by row (an
insert per report, an insert per new canonical event, an update per recount) cost 45-75 ms per
report. The writer therefore keeps a batch's new rows here, answers its own reads from them plus the
database (``StoreWriter`` asks this buffer first), and appends them with a handful of Arrow inserts
when the batch ends, inside the same transaction, so a batch still commits whole or not at all.

The database's row order decides ties between equally good merge candidates (they are read in
table order), so the buffer keeps it as row-by-row writing left it: DuckDB moves a row it updates
with list columns (a canonical event's new summary) to the end of the table, so such a row is
deleted and appended again in the order of its last change, and the overlay read before a flush
puts it there too.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Optional, Sequence

import pyarrow as pa

#: Counts recomputed for a canonical event when reports join it; written in place by one update.
COUNT_FIELDS = ("n_mentions", "n_articles", "n_clusters", "n_sources", "first_seen", "last_seen", "n_day_reports",
                "n_day_agree", "merge_reasons")

_ARROW_TYPES = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "TINYINT": pa.int8(), "SMALLINT": pa.int16(),
    "BIGINT": pa.int64(), "UBIGINT": pa.uint64(), "DOUBLE": pa.float64(), "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"), "BOOLEAN": pa.bool_(),
}


def arrow_type(duckdb_type: str) -> pa.DataType:
    if duckdb_type.endswith("[]"):
        return pa.list_(arrow_type(duckdb_type[:-2]))
    return _ARROW_TYPES[duckdb_type]


def same_kind(row: dict[str, Any], root: Optional[str], plover_type: Optional[str]) -> bool:
    """SQL's ``cameo_root = ? OR plover_type = ?`` on a held row (NULL equals nothing)."""
    return (root is not None and row.get("cameo_root") == root) or (
        plover_type is not None and row.get("plover_type") == plover_type)


def matches(row: dict[str, Any], root: Optional[str], plover_type: Optional[str], lo: dt.date, hi: dt.date) -> bool:
    """SQL's ``(cameo_root = ? OR plover_type = ?) AND date_hi >= ? AND date_lo <= ?`` on a held row."""
    if row.get("date_lo") is None or row.get("date_hi") is None:
        return False
    return same_kind(row, root, plover_type) and row["date_hi"] >= lo and row["date_lo"] <= hi


class PendingWrites:
    """Rows written by the current batch and not yet appended to the database."""

    def __init__(self) -> None:
        self.articles: list[list[Any]] = []  # ``articles`` rows in table column order
        self.article_info: dict[str, tuple[str, list[int]]] = {}  # content hash -> (cluster id, MinHash)
        self.bands: list[tuple[int, int, str]] = []
        self.band_index: dict[tuple[int, int], list[str]] = {}
        self.mentions: list[dict[str, Any]] = []
        self.mentions_by_article: dict[str, list[dict[str, Any]]] = {}
        # Canonical events to append, in table order: new ones and stored ones whose summary changed
        # (deleted and appended again, as DuckDB itself would move them). Full rows.
        self.canonical: dict[str, dict[str, Any]] = {}
        self.moved: set[str] = set()  # stored canonical events among them
        # Pending canonical events by CAMEO root and by PLOVER type, and their place in ``canonical``,
        # so ``overlay`` looks at the events of one kind only.
        self.by_kind: dict[tuple[str, Any], set[str]] = {}
        self.position: dict[str, int] = {}
        self.placed = 0
        self.counts: dict[str, dict[str, Any]] = {}  # new counts of stored events that stay in place

    def __len__(self) -> int:
        return len(self.mentions) + len(self.articles)

    # --- articles --------------------------------------------------------------------------------

    def add_article(self, values: list[Any], buckets: Sequence[tuple[int, int]]) -> None:
        digest, cluster_id, signature = values[0], values[10], values[13]
        self.articles.append(values)
        self.article_info[digest] = (cluster_id, list(signature))
        for band, bucket in buckets:
            self.bands.append((band, bucket, digest))
            self.band_index.setdefault((band, bucket), []).append(digest)

    def near_candidates(self, buckets: Iterable[tuple[int, int]]) -> list[tuple[str, str, list[int]]]:
        """(content hash, cluster id, MinHash) of pending articles sharing a band bucket."""
        found: dict[str, None] = {}
        for key in buckets:
            for digest in self.band_index.get(tuple(key), ()):
                found.setdefault(digest)
        return [(digest, *self.article_info[digest]) for digest in found]

    # --- reports ---------------------------------------------------------------------------------

    def add_mention(self, row: dict[str, Any]) -> None:
        self.mentions.append(row)
        self.mentions_by_article.setdefault(row["content_hash"], []).append(row)

    # --- canonical events ------------------------------------------------------------------------

    def _place(self, canonical_id: str, row: dict[str, Any], old: Optional[dict[str, Any]] = None) -> None:
        """Put a row at the end of ``canonical`` and file it under its kinds."""
        if old is not None:
            for kind in (("cameo_root", old.get("cameo_root")), ("plover_type", old.get("plover_type"))):
                self.by_kind.get(kind, set()).discard(canonical_id)
        self.canonical[canonical_id] = row
        self.placed += 1
        self.position[canonical_id] = self.placed
        for kind in (("cameo_root", row.get("cameo_root")), ("plover_type", row.get("plover_type"))):
            if kind[1] is not None:
                self.by_kind.setdefault(kind, set()).add(canonical_id)

    def found(self, row: dict[str, Any]) -> None:
        self._place(row["canonical_id"], row)

    def change_summary(self, canonical_id: str, values: dict[str, Any], current: dict[str, Any]) -> None:
        """A new summary: the row moves to the end of the table.

        ``current``: the event's match fields as the writer holds them; a stored event's other
        columns are read at ``flush`` (``moved``), all in one query.
        """
        row = self.canonical.pop(canonical_id, None)
        if row is None:
            row = {**current, **self.counts.pop(canonical_id, {})}
            self.moved.add(canonical_id)
        old = dict(row)
        row.update(values)
        self._place(canonical_id, row, old)

    def change_counts(self, canonical_id: str, values: dict[str, Any]) -> None:
        row = self.canonical.get(canonical_id)
        if row is not None:
            row.update(values)
        else:
            self.counts.setdefault(canonical_id, {}).update(values)

    def overlay(self, fields: Sequence[str], stored: Iterable[Sequence[Any]], root: Optional[str],
                plover_type: Optional[str], lo: dt.date, hi: dt.date) -> list[tuple[str, dict[str, Any]]]:
        """Candidate rows as the table would hold them after row-by-row writes: (canonical id, fields).

        ``stored``: rows of ``fields`` read from the database for this filter, in table order.
        Rows this batch moved are skipped there and come, with every pending one, at the end.
        """
        rows = []
        for values in stored:
            canonical_id = values[0]
            if canonical_id in self.canonical:
                continue
            row = dict(zip(fields, values))
            row.update({k: v for k, v in self.counts.get(canonical_id, {}).items() if k in row})
            rows.append((canonical_id, row))
        kind = self.by_kind.get(("cameo_root", root), set()) | self.by_kind.get(("plover_type", plover_type), set())
        for canonical_id in sorted(kind, key=self.position.__getitem__):
            held = self.canonical[canonical_id]
            if matches(held, root, plover_type, lo, hi):
                rows.append((canonical_id, {name: held.get(name) for name in fields}))
        return rows


def _arrow_table(types: dict[str, str], columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> pa.Table:
    arrays = [pa.array([row[i] for row in rows], type=arrow_type(types[name])) for i, name in enumerate(columns)]
    return pa.Table.from_arrays(arrays, names=list(columns))


def append_rows(con, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], types: dict[str, str]) -> None:
    """Append rows (sequences in ``columns`` order) to ``table`` with one Arrow insert; ``types``: column -> DuckDB type."""
    view = f"pending_{table}"
    con.register(view, _arrow_table(types, columns, rows))
    try:
        quoted = ", ".join(f'"{name}"' for name in columns)
        con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {view}")
    finally:
        con.unregister(view)


def update_rows(con, table: str, key: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                types: dict[str, str]) -> None:
    """Set ``columns`` (after ``key``, the first value of each row) of the rows whose ``key`` matches: one update."""
    view = f"pending_{table}_changes"
    con.register(view, _arrow_table(types, [key, *columns], rows))
    try:
        con.execute(
            f"UPDATE {table} SET {', '.join(f'{name} = u.{name}' for name in columns)} "
            f"FROM {view} AS u WHERE {table}.{key} = u.{key}"
        )
    finally:
        con.unregister(view)
