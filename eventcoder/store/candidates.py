"""An in-memory index of canonical events for merging, kept by the process that writes the store.

Finding the canonical events a new report could join is a date-window query by CAMEO root or
PLOVER type. On a big store loaded out of date order DuckDB cannot skip row groups for it (their
date ranges all overlap), so every report would scan the whole table. This index loads the match
fields of one key (root or type) for a span of date buckets in one query, and later reports of that
key and span are answered from memory. The writer keeps it current: new canonical events are added,
refined dates and recounted reports are written through; a rolled-back transaction clears it.

Only one process writes a store at a time (DuckDB's lock), so nothing else can change the rows
behind it while it is in use.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Any, Iterable, Optional, Sequence

#: Columns an index can be keyed by: fixed names, never user input, so they may sit in SQL text.
KEY_COLUMNS = ("cameo_root", "plover_type")


class CandidateIndex:
    """Canonical events' match fields by (key column, key value, date bucket), loaded on demand.

    ``bucket_days``: width of one date bucket; ``span_buckets``: buckets loaded by one query on a
    miss (neighbouring reports usually follow); ``max_rows``: rows kept before the least recently
    used spans are dropped.
    """

    def __init__(self, fields: Sequence[str], bucket_days: int = 16, span_buckets: int = 8, max_rows: int = 400_000):
        self.fields = tuple(fields)
        self.bucket_days = bucket_days
        self.span_buckets = span_buckets
        self.max_rows = max_rows
        # (column, value, span number) -> {canonical_id: row}; least recently used first.
        self.spans: OrderedDict[tuple[str, str, int], dict[str, dict[str, Any]]] = OrderedDict()
        self.rows_held = 0
        # canonical_id -> [row, number of spans holding it]: one shared dict per event, so a
        # change written through reaches every span that holds it.
        self.by_id: dict[str, list] = {}
        self.queries = 0  # database loads so far (for benchmarks and tests)

    def clear(self) -> None:
        """Forget everything (after a rollback, or when another writer may have changed the store)."""
        self.spans.clear()
        self.by_id.clear()
        self.rows_held = 0

    def _span_of(self, day: dt.date) -> int:
        return day.toordinal() // (self.bucket_days * self.span_buckets)

    def _span_dates(self, number: int) -> tuple[dt.date, dt.date]:
        width = self.bucket_days * self.span_buckets
        return dt.date.fromordinal(max(1, number * width)), dt.date.fromordinal(number * width + width - 1)

    def _spans_for(self, lo: dt.date, hi: dt.date) -> range:
        return range(self._span_of(lo), self._span_of(hi) + 1)

    def candidates(self, con, keys: Iterable[tuple[str, Optional[str]]], lo: dt.date, hi: dt.date) -> list[dict[str, Any]]:
        """Canonical events matching any (column, value) key whose [date_lo, date_hi] meets [lo, hi]."""
        found: dict[str, dict[str, Any]] = {}
        for column, value in keys:
            if not value:
                continue
            for number in self._spans_for(lo, hi):
                found.update(self._span(con, column, value, number))
        return [row for row in found.values() if row["date_hi"] >= lo and row["date_lo"] <= hi]

    def _span(self, con, column: str, value: str, number: int) -> dict[str, dict[str, Any]]:
        key = (column, value, number)
        rows = self.spans.get(key)
        if rows is not None:
            self.spans.move_to_end(key)
            return rows
        if column not in KEY_COLUMNS:
            raise ValueError(f"cannot index canonical events by {column!r}")
        first, last = self._span_dates(number)
        self.queries += 1
        cursor = con.execute(
            f"SELECT {', '.join(self.fields)} FROM canonical_events WHERE {column} = ? AND date_hi >= ? AND date_lo <= ?",
            [value, first, last],
        )
        rows = {}
        for values in cursor.fetchall():
            canonical_id = values[0]
            rows[canonical_id] = self._hold(canonical_id, lambda: dict(zip(self.fields, values)))
        self.spans[key] = rows
        self.rows_held += len(rows)
        while self.rows_held > self.max_rows and len(self.spans) > 1:
            _, dropped = self.spans.popitem(last=False)
            self.rows_held -= len(dropped)
            for canonical_id in dropped:
                held = self.by_id[canonical_id]
                held[1] -= 1
                if held[1] <= 0:
                    del self.by_id[canonical_id]
        return rows

    def _hold(self, canonical_id: str, make) -> dict[str, Any]:
        held = self.by_id.get(canonical_id)
        if held is None:
            held = self.by_id[canonical_id] = [make(), 0]
        held[1] += 1
        return held[0]

    def _holding(self, row: dict[str, Any]) -> list[dict[str, dict[str, Any]]]:
        """The loaded spans a row belongs in (by its keys and dates)."""
        if row.get("date_lo") is None or row.get("date_hi") is None:
            return []
        held = []
        for column in KEY_COLUMNS:
            value = row.get(column)
            if not value:
                continue
            for number in self._spans_for(row["date_lo"], row["date_hi"]):
                rows = self.spans.get((column, value, number))
                if rows is not None:
                    held.append(rows)
        return held

    def add(self, row: dict[str, Any]) -> None:
        """A canonical event just written: put it in every loaded span it belongs to."""
        canonical_id = row["canonical_id"]
        held = self.by_id.get(canonical_id)
        entry = held[0] if held else {name: row.get(name) for name in self.fields}
        for rows in self._holding(entry):
            if canonical_id not in rows:
                rows[canonical_id] = self._hold(canonical_id, lambda: entry)
                self.rows_held += 1

    def update(self, canonical_id: str, changes: dict[str, Any]) -> None:
        """Write changed fields of a canonical event through to every span holding it."""
        held = self.by_id.get(canonical_id)
        if held is None:
            return  # not loaded: the next load reads the new values from the database
        held[0].update(changes)
        self.add(held[0])  # a refined date may reach spans the old one did not

    def find(self, canonical_id: str) -> Optional[dict[str, Any]]:
        """The held row of a canonical event, or None."""
        held = self.by_id.get(canonical_id)
        return held[0] if held else None
