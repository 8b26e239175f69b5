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

import datetime as dt
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator, Optional

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


def _moved(con) -> int:
    """Reports whose fellow reports (itself included) changed: what a merge decides, whatever the ids are called.

    The old grouping is read from the replay table (which keeps each report's old canonical id).
    """
    return con.execute(
        """
        SELECT count(DISTINCT m.event_id) FROM
            (SELECT event_id, list_sort(list(event_id) OVER (PARTITION BY canonical_id)) AS fellows
             FROM event_mentions) AS m
        LEFT JOIN
            (SELECT event_id, list_sort(list(event_id) OVER (PARTITION BY canonical_id)) AS fellows
             FROM remerge_replay) AS o USING (event_id)
        WHERE o.fellows IS DISTINCT FROM m.fellows
        """
    ).fetchone()[0]


def remerge(
    store: "EventStore", dry_run: bool = False, progress: Optional[Callable[[int, int], None]] = None,
    chunk_rows: int = 5000,
) -> RemergeStats:
    """Rebuild every canonical event from the stored reports with ``store.rules``, in one transaction.

    ``progress(articles_done, articles_total)`` is called after each article's reports are placed.
    The stored reports are copied, in replay order, to a temporary table and read back ``chunk_rows``
    at a time, so memory stays flat however many reports the store holds.
    """
    from . import StoreError

    if store.read_only:
        raise StoreError(f"{store.path} is open read-only")
    started = time.perf_counter()
    con = store.con
    before = merge_counts(con)
    columns = ", ".join(f"m.{c}" for c in MENTION_COLUMNS)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE remerge_replay AS
            SELECT row_number() OVER (ORDER BY a.ingested_at, a.content_hash, m.rowid) AS replay_order,
                   {columns}, a.near_duplicate_of, CAST(a.ingested_at AS DATE) AS ingested_on
            FROM event_mentions m JOIN articles a USING (content_hash)
            ORDER BY replay_order
            """
        )
        total = con.execute("SELECT count(DISTINCT content_hash) FROM remerge_replay").fetchone()[0]
        con.execute("DELETE FROM event_mentions")
        con.execute("DELETE FROM canonical_events")
        writer = StoreWriter(con, store.rules, store.hasher, CandidateIndex(MATCH_FIELDS))
        done = 0
        for near_of, ingested_on, article_rows in _replay(con, chunk_rows):
            writer.add_mentions(article_rows, near_of, ingested_on)
            done += 1
            if progress is not None:
                progress(done, total)
        writer.flush()
        after = merge_counts(con)
        moved = _moved(con)
        con.execute("DROP TABLE remerge_replay")
        con.execute("ROLLBACK" if dry_run else "COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        if store.candidates is not None:
            store.candidates.clear()  # it holds the old canonical events (or rolled-back new ones)
        store.report_facts.clear()
    return RemergeStats(before, after, moved, time.perf_counter() - started, dry_run)


def _replay(con, chunk_rows: int) -> Iterator[tuple[Optional[str], Optional[dt.date], list[dict]]]:
    """(near-duplicate original, ingest day, report rows) of each stored article, in replay order.

    Read ``chunk_rows`` at a time; an article cut by the end of a chunk is completed by the next.
    """
    last = 0
    current: Optional[str] = None
    near_of, ingested_on, rows = None, None, []
    while True:
        chunk = con.execute(
            f"SELECT replay_order, {', '.join(MENTION_COLUMNS)}, near_duplicate_of, ingested_on FROM remerge_replay "
            "WHERE replay_order > ? ORDER BY replay_order LIMIT ?",
            [last, chunk_rows],
        ).fetchall()
        if not chunk:
            break
        last = chunk[-1][0]
        for values in chunk:
            row = dict(zip(MENTION_COLUMNS, values[1:-2]))
            if row["content_hash"] != current:
                if rows:
                    yield near_of, ingested_on, rows
                current, near_of, ingested_on, rows = row["content_hash"], values[-2], values[-1], []
            rows.append(row)
    if rows:
        yield near_of, ingested_on, rows
