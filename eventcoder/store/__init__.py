"""The DuckDB event store: ingest coded articles, merge repeat reports, query, export and plot.

    from eventcoder.store import EventStore
    with EventStore.open("events.duckdb") as store:
        store.ingest(["news/"], workers=2)
        store.events(source="RUS", target="UKR", start="2022-02", limit=20)
        store.series(source="RUS", target="UKR", freq="month", by="quad_class")
        store.optimize()  # after big ingests out of date order: sort events by date for fast filters

One ``EventStore`` owns one DuckDB connection; only one process may write a store at a time, and
not while another reads it (DuckDB's own lock: ``StoreLocked`` says who holds the file); an
ingest's worker processes never touch the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Sequence

if TYPE_CHECKING:
    import pandas as pd

from ..records import ArticleResult
from . import queries as _queries
from .candidates import CandidateIndex, ReportFacts
from .dedup import MinHasher, content_hash
from .merge import MergeRules
from .connect import StoreError, StoreLocked, connect
from .filters import ACTOR_FILTERS, QueryError, check_filters
from .vocabulary import FilterVocabulary
from .schema import SCHEMA_VERSION, current_version, migrate
from .writer import MATCH_FIELDS, StoreWriter

__all__ = ["EventStore", "AddStats", "MergeRules", "QueryError", "StoreError", "StoreLocked", "SCHEMA_VERSION"]


@dataclass
class AddStats:
    """What one ``add_results`` call stored."""

    articles: int = 0
    skipped: int = 0  # already stored (same content hash)
    events: int = 0
    errors: int = 0

    def __iadd__(self, other: "AddStats") -> "AddStats":
        self.articles += other.articles
        self.skipped += other.skipped
        self.events += other.events
        self.errors += other.errors
        return self


def check_version(con, path: str) -> None:
    """Refuse a store whose schema is not this code's (a reader never migrates; a writer does)."""
    version = current_version(con)
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {version}, this eventcoder uses {SCHEMA_VERSION}; "
            "open it once for writing (e.g. eventcoder ingest) to migrate it"
        )


class EventStore:
    """An event store in one DuckDB file (or ``":memory:"``)."""

    def __init__(self, con, path: str, read_only: bool = False, rules: Optional[MergeRules] = None):
        self.con = con
        self.path = path
        self.read_only = read_only
        self.rules = rules if rules is not None else MergeRules.load()
        self.hasher = MinHasher()
        # Merge candidates held between batches: only this process writes the store (DuckDB's lock).
        # None makes every merge lookup ask the database (for comparison in benchmarks).
        self.candidates: Optional[CandidateIndex] = CandidateIndex(MATCH_FIELDS)
        self.report_facts = ReportFacts()  # what recounting a merged event needs, held between batches too
        self.column_types: dict[str, dict[str, str]] = {}  # the writer's Arrow appends read them once
        self.vocabulary = FilterVocabulary()  # resolves "Nigeria" -> NGA and checks PLOVER types

    @classmethod
    def open(
        cls, path: str | Path, read_only: bool = False, rules: Optional[MergeRules] = None, wait: float = 0.0,
    ) -> "EventStore":
        """Open (and, unless read-only, create or migrate) the store at ``path``.

        While another process holds the file, try again for ``wait`` seconds, then raise
        ``StoreLocked`` naming the holder (``eventcoder serve`` holds it only while answering).
        """
        path = str(path)
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no event store at {path}; create one with: eventcoder ingest FILES --db {path}")
        con = connect(path, read_only=read_only, wait=wait)
        try:
            if read_only:
                check_version(con, path)
            else:
                migrate(con)
        except RuntimeError as error:
            con.close()
            raise StoreError(f"{path}: {error}") from None
        except StoreError:
            con.close()
            raise
        return cls(con, path, read_only=read_only, rules=rules)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return current_version(self.con)

    # --- writing -------------------------------------------------------------------------------

    def add_result(self, result: ArticleResult) -> AddStats:
        """Store one coded article (or its error) in one transaction."""
        return self.add_results([result])

    def add_results(self, results: Iterable[ArticleResult]) -> AddStats:
        """Store a batch of coded articles in one transaction: all of it commits, or none of it.

        An article whose content hash is already stored is skipped, so a rerun changes nothing.
        A result carrying an error goes to the ``errors`` table (once) and stores no article, so
        a later run retries it.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        stats = AddStats()
        writer = StoreWriter(self.con, self.rules, self.hasher, self.candidates, self.report_facts,
                             column_types=self.column_types)
        self.con.execute("BEGIN TRANSACTION")
        try:
            results = list(results)
            writer.prepare([r.article for r in results if r.error is None and r.article is not None])
            for result in results:
                if result.error is not None or result.article is None:
                    if result.error is not None:
                        writer.add_error(result.error)
                    stats.errors += 1
                    continue
                stored = writer.add_article(result.article, tuple(result.events))
                if stored is None:
                    stats.skipped += 1
                else:
                    stats.articles += 1
                    stats.events += stored
            writer.flush()
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            if self.candidates is not None:
                self.candidates.clear()  # it may hold rows of the rolled-back batch
            self.report_facts.clear()
            raise
        return stats

    def optimize(self) -> dict[str, float]:
        """Rewrite the event tables in event-date order (``eventcoder optimize``); returns seconds per table.

        Date-filtered queries and merge lookups then read only the row groups of the dates asked
        for. Worth running after a large ingest of articles from many periods in no date order.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        from .compact import compact

        if self.candidates is not None:
            self.candidates.clear()
        self.report_facts.clear()
        return compact(self.con)

    def remerge(self, dry_run: bool = False, progress=None):
        """Rebuild the canonical events from the stored reports with this store's ``rules`` (``eventcoder remerge``).

        One transaction: a failed or killed run leaves the old merge intact; ``dry_run`` rolls back
        after counting. Returns ``remerge.RemergeStats`` (counts before and after, reports moved).
        """
        from .remerge import remerge

        return remerge(self, dry_run=dry_run, progress=progress)

    def known_hashes(self) -> set[str]:
        """Content hashes of every stored article (what an ingest skips)."""
        return {row[0] for row in self.con.execute("SELECT content_hash FROM articles").fetchall()}

    def has_text(self, text: str) -> bool:
        """Whether an article with this text (up to whitespace) is stored."""
        return StoreWriter(self.con, self.rules, self.hasher).has_article(content_hash(text))

    def ingest(
        self,
        paths: Sequence[str | Path],
        coder_factory: Optional[Callable[[], Any]] = None,
        workers: int = 2,
        batch_size: int = 8,
        published=None,
        progress: bool = True,
        errors_path: Optional[str | Path] = None,
        items=None,
        ray=None,
    ):
        """Read, code and store articles from files or folders; see ``eventcoder.store.ingest.ingest``.

        Returns ``IngestStats`` (articles, events, errors, skipped, seconds). ``items`` replaces
        reading ``paths`` with already-read Article/ArticleError records. ``ray`` (an
        ``eventcoder.distributed.RaySettings``) codes on a Ray cluster instead of local processes.
        """
        from .ingest import ingest

        return ingest(
            self, paths, coder_factory=coder_factory, workers=workers, batch_size=batch_size,
            published=published, progress=progress, errors_path=errors_path, items=items, ray=ray,
        )

    # --- reading -------------------------------------------------------------------------------

    def check_filters(self, filters: dict[str, Any]) -> dict[str, Any]:
        """Filters read and checked as every query method reads them (``filters.check_filters``).

        Country names become codes, PLOVER types are checked; a bad value raises ``QueryError``
        naming the parameter and what is allowed. The CLI and the HTTP API check with this too.
        """
        return check_filters(filters, self.vocabulary)

    def counts(self) -> dict[str, int]:
        """Rows per table: articles, event_mentions, canonical_events, errors."""
        tables = ("articles", "event_mentions", "canonical_events", "errors")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def events(
        self,
        actor: Optional[str] = None,
        source: Optional[str] = None,
        target: Optional[str] = None,
        country: Optional[str] = None,
        plover_type=None,
        cameo: Optional[str] = None,
        quad_class=None,
        status=("asserted",),
        start=None,
        end=None,
        place: Optional[str] = None,
        bbox: Optional[Sequence[float]] = None,
        text: Optional[str] = None,
        min_confidence: Optional[float] = None,
        limit: Optional[int] = 100,
        offset: int = 0,
        canonical: bool = True,
    ) -> pd.DataFrame:
        """Events, newest first. With ``canonical`` one row per real-world event, else per report.

        actor/source/target: an actor code (IRNGOV), country code (IRN) or country name (Iran) on
        either side / the source / the target; country: either side or the place; plover_type: one type or a list; cameo: a code
        prefix ("19" = every fight); quad_class: 1-4 or a list; status: statuses to keep ("any" keeps
        all); start/end: inclusive dates (YYYY-MM-DD, YYYY-MM or YYYY); place: part of the place name
        or its country; bbox: (min_lon, min_lat, max_lon, max_lat); text: words in a report's
        sentence or title; min_confidence: 0..1; limit/offset: paging (limit None = all).
        """
        filters = self.check_filters(dict(
            actor=actor, source=source, target=target, country=country, plover_type=plover_type, cameo=cameo,
            quad_class=quad_class, status=status, start=start, end=end, place=place, bbox=bbox, text=text,
            min_confidence=min_confidence,
        ))
        return _queries.events(self.con, canonical=canonical, limit=limit, offset=offset, **filters)

    def count(self, canonical: bool = True, **filters: Any) -> int:
        """How many events (``canonical``) or reports match the filters of ``events`` (all of them, not a page)."""
        return _queries.count_events(self.con, canonical=canonical, **self.check_filters(filters))

    def errors(self, limit: Optional[int] = None, offset: int = 0) -> pd.DataFrame:
        """Articles that could not be read or coded: origin, article_id, message, at (oldest first)."""
        return self.con.execute(
            'SELECT origin, article_id, message, "at" FROM errors ORDER BY "at", origin, article_id '
            "LIMIT ? OFFSET ?",
            [limit if limit is not None else 2**62, offset],
        ).df()

    def resolve_id(self, event_id: str) -> str:
        """The full canonical id of an event given by its id, a unique start of it (tables show 10 characters)
        or one of its reports' ids; ``QueryError`` when the start is ambiguous or unknown."""
        return _queries.resolve_event_id(self.con, event_id)

    def event(self, event_id: str) -> dict[str, Any]:
        """One merged event (full or short id) as a dict of its columns."""
        canonical_id = self.resolve_id(event_id)
        frame = self.con.execute(
            f"SELECT {', '.join(_queries.CANONICAL_EVENT_COLUMNS)} FROM canonical_events WHERE canonical_id = ?",
            [canonical_id],
        ).df()
        return frame.iloc[0].to_dict()

    def mentions(self, canonical_id: str) -> pd.DataFrame:
        """Every report merged into one canonical event (full or short id, as ``resolve_id`` reads it)."""
        canonical_id = self.resolve_id(canonical_id)
        return self.con.execute(
            f"SELECT {', '.join(_queries.MENTION_EVENT_COLUMNS)} FROM event_mentions WHERE canonical_id = ? "
            "ORDER BY published NULLS LAST, event_id",
            [canonical_id],
        ).df()

    def series(
        self,
        source: Optional[str] = None,
        target: Optional[str] = None,
        actor: Optional[str] = None,
        freq: str = "month",
        by: Optional[str] = None,
        normalise: bool = False,
        canonical: bool = True,
        **filters: Any,
    ) -> pd.DataFrame:
        """Counts, mean Goldstein and mean PLOVER score per period (``freq``: day|week|month|quarter|year).

        ``by``: quad_class | plover_type | cameo_root | status | source_country | target_country.
        ``normalise`` adds ``articles`` per period and ``events_per_article``. Other keyword
        filters are those of ``events``.
        """
        filters = self.check_filters(dict(source=source, target=target, actor=actor, **filters))
        return _queries.series(self.con, freq=freq, by=by, normalise=normalise, canonical=canonical, **filters)

    def actors(self, start=None, end=None, top: int = 20, canonical: bool = True, **filters: Any) -> pd.DataFrame:
        """The ``top`` most active actors between ``start`` and ``end``."""
        filters = self.check_filters(dict(start=start, end=end, **filters))
        return _queries.actors(self.con, top=top, canonical=canonical, **filters)

    def dyads(self, start=None, end=None, top: int = 20, canonical: bool = True, **filters: Any) -> pd.DataFrame:
        """The ``top`` most active source -> target pairs between ``start`` and ``end``."""
        filters = self.check_filters(dict(start=start, end=end, **filters))
        return _queries.dyads(self.con, top=top, canonical=canonical, **filters)

    def export(self, fmt: str, path: str | Path, **filters: Any) -> int:
        """Write canonical events to ``path`` as plover (JSON Lines), gdelt (TSV), csv or parquet."""
        from .exports import export

        return export(self.con, fmt, path, **self.check_filters(filters))

    def unknown_actors(self, **filters: Any) -> list[str]:
        """The actor filter values (after resolving names) that no stored event has on any side.

        ``actor="RUSS"`` finds nothing because nothing is coded RUSS; the CLI warns about such values.
        """
        resolved = self.check_filters({name: filters.get(name) for name in ACTOR_FILTERS})
        unknown = []
        for name in ACTOR_FILTERS:
            code = resolved.get(name)
            if not code:
                continue
            found = self.con.execute(
                "SELECT 1 FROM event_mentions WHERE source_code = ? OR target_code = ? OR source_country = ? "
                "OR target_country = ? OR place_country = ? OR list_contains(source_more, ?) "
                "OR list_contains(target_more, ?) LIMIT 1",
                [code] * 7,
            ).fetchone()
            if found is None and code not in unknown:
                unknown.append(code)
        return unknown

    @staticmethod
    def plot_series(frame: pd.DataFrame, path: str | Path, **options: Any) -> Path:
        """Draw a ``series`` table to a PNG/SVG file."""
        from .plots import plot_series  # matplotlib loads only when drawing

        return plot_series(frame, path, **options)

    @staticmethod
    def plot_map(frame: pd.DataFrame, path: str | Path, **options: Any) -> Path:
        """Draw events that have coordinates (an ``events`` table) on lon/lat axes."""
        from .plots import plot_map

        return plot_map(frame, path, **options)
