"""An in-memory index of canonical events for merging, kept by the process that writes the store.

Finding the canonical events a new report could join is a date-window query by CAMEO root or
PLOVER type. On a big store loaded out of date order DuckDB cannot skip row groups for it (their
date ranges all overlap), so every report would scan the whole table. This index loads the match
fields of one key (root or type) for a span of date span in one query, and later reports of that
key and span are answered from memory. The writer keeps it current: new canonical events are added,
refined dates and recounted reports are written through; a rolled-back transaction clears it.

Only one process writes a store at a time (DuckDB's lock), so nothing else can change the rows
behind it while it is in use.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Any, NamedTuple, Optional, Sequence

class CandidateIndex:
    """Canonical events' match fields by (CAMEO root, PLOVER type, date span), loaded on demand.

    A span holds every canonical event of the root *or* the type (what ``compare`` can merge) whose
    dates meet the span. ``bucket_days`` * ``span_buckets`` is the width of one span in days;
    ``max_rows``: rows kept before the least recently used spans are dropped.
    """

    def __init__(self, fields: Sequence[str], bucket_days: int = 16, span_buckets: int = 8, max_rows: int = 400_000):
        if fields[0] != "canonical_id":
            raise ValueError("the first field must be canonical_id")
        self.fields = tuple(fields)
        self.span_days = bucket_days * span_buckets
        self.max_rows = max_rows
        # (root, type, span number) -> {canonical_id: row}; least recently used first.
        self.spans: OrderedDict[tuple[Optional[str], Optional[str], int], dict[str, dict[str, Any]]] = OrderedDict()
        self.keys_by_span: dict[int, set] = {}  # span number -> loaded keys of that span
        self.rows_held = 0
        # canonical_id -> [row, number of spans holding it]: one shared dict per event, so a
        # change written through reaches every span that holds it.
        self.by_id: dict[str, list] = {}
        self.queries = 0  # database loads so far (for benchmarks and tests)
        self.lookups = 0
        self.direct_queries = 0  # lookups answered by the database, not from spans
        self.miss_rate = 0.0  # moving average of lookups that needed a span not held

    def clear(self) -> None:
        """Forget everything (after a rollback, or when another writer may have changed the store)."""
        self.spans.clear()
        self.keys_by_span.clear()
        self.by_id.clear()
        self.rows_held = 0

    def _spans_for(self, lo: dt.date, hi: dt.date) -> range:
        return range(lo.toordinal() // self.span_days, hi.toordinal() // self.span_days + 1)

    def _span_dates(self, number: int) -> tuple[dt.date, dt.date]:
        return dt.date.fromordinal(max(1, number * self.span_days)), dt.date.fromordinal(number * self.span_days + self.span_days - 1)

    def candidates(
        self, con, root: Optional[str], plover_type: Optional[str], lo: dt.date, hi: dt.date, pending=None,
    ) -> list[dict[str, Any]]:
        """Canonical events of this CAMEO root or PLOVER type whose [date_lo, date_hi] meets [lo, hi].

        ``pending``: the writer's ``pending.PendingWrites``, whose canonical events are not in the
        database yet; what is read from the database is read through it.
        """
        if not root and not plover_type:
            return []
        numbers = self._spans_for(lo, hi)
        missing = any((root, plover_type, number) not in self.spans for number in numbers)
        self.miss_rate = 0.95 * self.miss_rate + 0.05 * missing
        self.lookups += 1
        if missing and self.miss_rate > 0.5 and self.lookups % 10:
            # Reports jump about in time (a random-order load): loading whole spans that are never
            # used again costs more than asking for this window. Every tenth lookup still loads
            # its spans, so the index comes back into use when reports settle on a period again.
            return self._direct(con, root, plover_type, lo, hi, pending)
        found: dict[str, dict[str, Any]] = {}
        for number in numbers:
            found.update(self._span(con, root, plover_type, number, pending))
        return [row for row in found.values() if row["date_hi"] >= lo and row["date_lo"] <= hi]

    def _read(self, con, root: Optional[str], plover_type: Optional[str], lo: dt.date, hi: dt.date,
              pending) -> list[tuple[str, dict[str, Any]]]:
        """(canonical id, row) of the database's events in [lo, hi], read through the pending writes."""
        self.queries += 1
        cursor = con.execute(
            f"SELECT {', '.join(self.fields)} FROM canonical_events "
            "WHERE (cameo_root = ? OR plover_type = ?) AND date_hi >= ? AND date_lo <= ?",
            [root, plover_type, lo, hi],
        )
        if pending is None:
            return [(values[0], dict(zip(self.fields, values))) for values in cursor.fetchall()]
        return pending.overlay(self.fields, cursor.fetchall(), root, plover_type, lo, hi)

    def _direct(self, con, root: Optional[str], plover_type: Optional[str], lo: dt.date, hi: dt.date,
                pending=None) -> list[dict[str, Any]]:
        self.direct_queries += 1
        # Rows already held are returned as held (they carry changes written through).
        return [self.find(canonical_id) or row for canonical_id, row in self._read(con, root, plover_type, lo, hi, pending)]

    def _span(self, con, root: Optional[str], plover_type: Optional[str], number: int,
              pending=None) -> dict[str, dict[str, Any]]:
        key = (root, plover_type, number)
        rows = self.spans.get(key)
        if rows is not None:
            self.spans.move_to_end(key)
            return rows
        first, last = self._span_dates(number)
        rows = {}
        for canonical_id, row in self._read(con, root, plover_type, first, last, pending):
            rows[canonical_id] = self._hold(canonical_id, lambda: row)
        self.spans[key] = rows
        self.keys_by_span.setdefault(number, set()).add(key)
        self.rows_held += len(rows)
        while self.rows_held > self.max_rows and len(self.spans) > 1:
            dropped_key, dropped = self.spans.popitem(last=False)
            self.keys_by_span[dropped_key[2]].discard(dropped_key)
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

    def add(self, row: dict[str, Any]) -> None:
        """A canonical event just written: put it in every loaded span it belongs to."""
        if row.get("date_lo") is None or row.get("date_hi") is None:
            return
        canonical_id = row["canonical_id"]
        held = self.by_id.get(canonical_id)
        entry = held[0] if held else {name: row.get(name) for name in self.fields}
        for number in self._spans_for(entry["date_lo"], entry["date_hi"]):
            for key in self.keys_by_span.get(number, ()):
                root, plover_type = key[0], key[1]
                matches = (root and root == entry.get("cameo_root")) or (plover_type and plover_type == entry.get("plover_type"))
                rows = self.spans[key]
                if matches and canonical_id not in rows:
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


class ReportFact(NamedTuple):
    """What one report contributes to its canonical event's counts and summary rank."""

    content_hash: str
    cluster_id: str
    source: str  # its host, or its article when it has none
    seen: Optional[dt.date]  # published, or the day it was stored
    day_from_text: bool  # a day read from its own text
    date: Optional[str]
    merge_reason: Optional[str]
    date_source: Optional[str]
    date_precision: Optional[str]
    date_lo: Optional[dt.date]


class ReportFacts:
    """Per canonical event, what recounting it needs of its reports (``ReportFact``) and its date.

    Read from the database the first time an event gains a report, then kept current by the writer,
    so merging into a known event costs no query. Held between batches like ``CandidateIndex`` and
    cleared with it; ``max_events``: events held before the writer starts over (after a flush).
    """

    def __init__(self, max_events: int = 200_000):
        self.facts: dict[str, list[ReportFact]] = {}
        self.dates: dict[str, Optional[str]] = {}
        self.max_events = max_events

    def clear(self) -> None:
        self.facts.clear()
        self.dates.clear()
