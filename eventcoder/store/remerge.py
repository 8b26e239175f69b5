"""Rebuilding canonical events from the stored reports under the current merge rules (``eventcoder remerge``).

Merge rules change (``merge_rules.yaml``, ``--merge-rules``, a new eventcoder); the reports of an old
store do not need coding again to be merged by the new ones. ``remerge`` drops every canonical event
and replays the stored reports, article by article in the order they were ingested (within an
article, in the order the coder gave them: the order they were stored in), through the same
``StoreWriter.add_mentions`` an ingest uses. The reports keep their coding; only their
``canonical_id`` and ``merge_reason`` change. Under unchanged rules the events, their ids and
reasons come out as they were, except after ``optimize``, which stores each article's reports
in date order: two reports of one event in one article may then swap which founds it (its id).
The replay stores the reports in replay order, so a second remerge keeps the ids of the first.

All of it runs in one transaction: a run that fails or is killed (even with SIGKILL) leaves the old
merge as it was; ``dry_run`` rolls back on purpose, to see the counts a new rule set would give.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

from .candidates import CandidateIndex
from .writer import MATCH_FIELDS, MENTION_COLUMNS, StoreWriter

if TYPE_CHECKING:
    from . import EventStore


@dataclass(frozen=True)
class MergeCounts:
    """How the reports of a store are merged: canonical events, and those that merge several reports."""

    reports: int
    events: int
    multi_report_events: int  # canonical events merged from two or more reports
    multi_article_events: int  # ... from two or more articles

    def line(self) -> str:
        return (f"{self.events} events from {self.reports} reports ({self.multi_report_events} merge several "
                f"reports, {self.multi_article_events} several articles)")


@dataclass(frozen=True)
class RemergeStats:
    """What ``remerge`` did: the counts before and after, and how many reports changed event."""

    before: MergeCounts
    after: MergeCounts
    moved: int  # reports now grouped with other reports than before
    seconds: float
    dry_run: bool = False


def merge_counts(con) -> MergeCounts:
    reports = con.execute("SELECT count(*) FROM event_mentions").fetchone()[0]
    events, multi_reports, multi_articles = con.execute(
        "SELECT count(*), count(*) FILTER (n_mentions > 1), count(*) FILTER (n_articles > 1) FROM canonical_events"
    ).fetchone()
    return MergeCounts(reports, events, multi_reports or 0, multi_articles or 0)


def _grouping(con) -> dict[str, frozenset[str]]:
    """Each report's fellow reports (itself included): what a merge decides, whatever the ids are called."""
    groups: dict[str, list[str]] = {}
    for event_id, canonical_id in con.execute("SELECT event_id, canonical_id FROM event_mentions").fetchall():
        groups.setdefault(canonical_id, []).append(event_id)
    return {event_id: frozenset(members) for members in groups.values() for event_id in members}


def remerge(
    store: "EventStore", dry_run: bool = False, progress: Optional[Callable[[int, int], None]] = None,
) -> RemergeStats:
    """Rebuild every canonical event from the stored reports with ``store.rules``, in one transaction.

    ``progress(articles_done, articles_total)`` is called after each article's reports are placed.
    """
    from . import StoreError

    if store.read_only:
        raise StoreError(f"{store.path} is open read-only")
    started = time.perf_counter()
    con = store.con
    before = merge_counts(con)
    old_groups = _grouping(con)
    columns = ", ".join(f"m.{c}" for c in MENTION_COLUMNS)
    con.execute("BEGIN TRANSACTION")
    try:
        cursor = con.execute(
            f"""
            SELECT {columns}, a.near_duplicate_of
            FROM event_mentions m JOIN articles a USING (content_hash)
            ORDER BY a.ingested_at, a.content_hash, m.rowid
            """
        )
        rows = cursor.fetchall()
        con.execute("DELETE FROM event_mentions")
        con.execute("DELETE FROM canonical_events")
        writer = StoreWriter(con, store.rules, store.hasher, CandidateIndex(MATCH_FIELDS))
        by_article: dict[str, tuple[Optional[str], list[dict]]] = {}
        for values in rows:
            row = dict(zip(MENTION_COLUMNS, values[:-1]))
            by_article.setdefault(row["content_hash"], (values[-1], []))[1].append(row)
        for done, (near_of, article_rows) in enumerate(by_article.values(), start=1):
            writer.add_mentions(article_rows, near_of)
            if progress is not None:
                progress(done, len(by_article))
        after = merge_counts(con)
        new_groups = _grouping(con)
        moved = sum(1 for event_id, group in new_groups.items() if old_groups.get(event_id) != group)
        con.execute("ROLLBACK" if dry_run else "COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        if store.candidates is not None:
            store.candidates.clear()  # it holds the old canonical events (or rolled-back new ones)
    return RemergeStats(before, after, moved, time.perf_counter() - started, dry_run)
