"""Read queries over the store, returned as pandas DataFrames.

Every user value travels as a query parameter; the only words put into SQL text come from the fixed
allow-lists below (table names, column names, date-truncation units), so a filter value such as
``"IRN'; DROP TABLE articles; --"`` is just a string that matches nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Optional, Sequence, Union

from .filters import ANY_STATUS, QueryError, check_filters, first_day, last_day

__all__ = ["ANY_STATUS", "QueryError", "UnknownEventId", "first_day", "last_day", "build_filters", "events", "series",
           "actors", "dyads", "resolve_event_id", "count_events"]

if TYPE_CHECKING:  # pandas loads with the first query, not when an ingest worker imports the store
    import pandas as pd

TABLES = {True: "canonical_events", False: "event_mentions"}

#: Columns returned by ``events``: canonical events and mentions share most of them.
CANONICAL_EVENT_COLUMNS = (
    "canonical_id event_date date date_precision status cameo cameo_root quad_class goldstein plover_type "
    "plover_mode plover_score source_code source_country target_code target_country source_codes target_codes "
    "place_name place_country lat lon place_precision n_mentions n_articles n_clusters n_sources first_seen "
    "last_seen merge_reasons confidence sentence title url"
).split()
MENTION_EVENT_COLUMNS = (
    "event_id canonical_id event_date date date_precision date_text date_source status status_cue cameo cameo_root "
    "quad_class goldstein plover_type plover_mode plover_contexts plover_score source_code source_country "
    "target_code target_country source_codes target_codes source_json target_json place_text place_name "
    "place_country lat lon place_precision confidence sentence_index sentence sentence_start trigger_text trigger_start "
    "trigger_end article_id title url published merge_reason"
).split()

#: Most ids an ambiguous short id lists (the rest are counted).
_AMBIGUOUS_SHOWN = 5


class UnknownEventId(QueryError):
    """No merged event has this id, or an id starting with it (the API answers 404)."""


def resolve_event_id(con, given: str, parameter: str = "event_id") -> str:
    """The full ``canonical_id`` of a merged event named by its id, a unique start of it, or a report's ``event_id``.

    Tables show the first 10 characters of the id; any start that only one event's id has will do.
    ``QueryError`` when the start is shared by several events (it lists some), ``UnknownEventId``
    when nothing has it.
    """
    wanted = (given or "").strip()
    if not wanted:
        raise QueryError(parameter, "is empty", "give a merged event's id or its first characters (as tables show)")
    rows = con.execute(
        "SELECT canonical_id FROM canonical_events WHERE starts_with(canonical_id, ?) ORDER BY canonical_id LIMIT ?",
        [wanted, _AMBIGUOUS_SHOWN + 1],
    ).fetchall()
    if any(row[0] == wanted for row in rows):
        return wanted
    if len(rows) == 1:
        return rows[0][0]
    if rows:
        total = con.execute(
            "SELECT count(*) FROM canonical_events WHERE starts_with(canonical_id, ?)", [wanted]
        ).fetchone()[0]
        shown = [row[0] for row in rows[:_AMBIGUOUS_SHOWN]]
        more = f" and {total - len(shown)} more" if total > len(shown) else ""
        raise QueryError(parameter, f"{wanted!r} is the start of {total} event ids ({', '.join(shown)}{more})",
                         "give more characters", allowed=shown)
    report = con.execute("SELECT canonical_id FROM event_mentions WHERE event_id = ? LIMIT 1", [wanted]).fetchone()
    if report is not None:  # a report's own id (as ``eventcoder code`` writes it): its merged event
        return report[0]
    raise UnknownEventId(parameter, f"no merged event has an id starting with {wanted!r}",
                         "list events with: eventcoder events --db FILE")


FREQUENCIES = ("day", "week", "month", "quarter", "year")
SERIES_GROUPS = ("quad_class", "plover_type", "cameo_root", "status", "source_country", "target_country")

DateLike = Union[str, dt.date, None]
OneOrMany = Union[str, Sequence[str], None]


class Filters:
    """Builds a WHERE clause and its parameter list from user filters."""

    def __init__(self):
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(f"({c})" for c in self.clauses)) if self.clauses else ""


def _marks(values: Sequence[Any]) -> str:
    """One placeholder per value: an IN list the planner can push into the scan."""
    return ", ".join("?" * len(values))


def _side_clause(side: str, value: str) -> tuple[str, list[str]]:
    """Match an actor code or a country on one side.

    The first actor sits in plain columns (fast equality on compressed strings); the rare further
    actors of a compound side are in ``{side}_more``. A three-letter value is a country (or a bare
    code such as IGO); longer values are full codes (IRNGOV).
    """
    # The NULL test first: list_contains on the 99% of rows without further actors costs more.
    more = f"({side}_more IS NOT NULL AND list_contains({side}_more, ?))"
    if len(value) == 3:
        return f"{side}_country = ? OR {side}_code = ? OR {more}", [value, value, value]
    return f"{side}_code = ? OR {more}", [value, value]


def build_filters(
    canonical: bool = True,
    actor: Optional[str] = None,
    source: Optional[str] = None,
    target: Optional[str] = None,
    country: Optional[str] = None,
    plover_type: OneOrMany = None,
    cameo: Optional[str] = None,
    quad_class: Union[int, Sequence[int], None] = None,
    status: OneOrMany = ("asserted",),
    start: DateLike = None,
    end: DateLike = None,
    place: Optional[str] = None,
    bbox: Optional[Sequence[float]] = None,
    text: Optional[str] = None,
    min_confidence: Optional[float] = None,
) -> Filters:
    """Translate user filters into parameterised SQL (see ``EventStore.events`` for their meaning).

    The values are checked by ``filters.check_filters`` first (again, if the caller already did:
    checking is idempotent), so a bad value raises ``QueryError`` here too.
    """
    checked = check_filters(dict(
        actor=actor, source=source, target=target, country=country, plover_type=plover_type, cameo=cameo,
        quad_class=quad_class, status=status, start=start, end=end, place=place, bbox=bbox, text=text,
        min_confidence=min_confidence,
    ))
    where = Filters()
    actor, source, target, country = (checked[name] for name in ("actor", "source", "target", "country"))
    if actor:
        source_sql, source_params = _side_clause("source", actor)
        target_sql, target_params = _side_clause("target", actor)
        where.add(f"{source_sql} OR {target_sql}", *source_params, *target_params)
    if source:
        sql, params = _side_clause("source", source)
        where.add(sql, *params)
    if target:
        sql, params = _side_clause("target", target)
        where.add(sql, *params)
    if country:
        where.add(
            "source_country = ? OR target_country = ? OR place_country = ? "
            "OR (source_more IS NOT NULL AND list_contains(source_more, ?)) "
            "OR (target_more IS NOT NULL AND list_contains(target_more, ?))",
            country, country, country, country, country,
        )
    types = checked["plover_type"]
    if types:
        where.add(f"plover_type IN ({_marks(types)})", *types)
    if checked["cameo"]:
        where.add("starts_with(cameo, ?)", checked["cameo"])
    classes = checked["quad_class"]
    if classes:
        where.add(f"quad_class IN ({_marks(classes)})", *classes)
    statuses = checked["status"]
    if statuses and not any(s in ANY_STATUS for s in statuses):
        where.add(f"status IN ({_marks(statuses)})", *statuses)
    first, last = first_day(checked["start"], "start"), last_day(checked["end"], "end")
    if first:
        where.add("event_date >= ?", first)
    if last:
        where.add("event_date <= ?", last)
    place, bbox, text, min_confidence = (checked[name] for name in ("place", "bbox", "text", "min_confidence"))
    if place:
        where.add("contains(lower(place_name), lower(?)) OR place_country = upper(?)", place, place)
    if bbox is not None:
        min_lon, min_lat, max_lon, max_lat = bbox
        where.add("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?", min_lon, max_lon, min_lat, max_lat)
    if text:
        if canonical:
            where.add(
                "canonical_id IN (SELECT canonical_id FROM event_mentions "
                "WHERE contains(lower(sentence), lower(?)) OR contains(lower(title), lower(?)))",
                text, text,
            )
        else:
            where.add("contains(lower(sentence), lower(?)) OR contains(lower(title), lower(?))", text, text)
    if min_confidence is not None:
        where.add("confidence >= ?", min_confidence)
    return where


def events(
    con,
    canonical: bool = True,
    limit: Optional[int] = 100,
    offset: int = 0,
    **filters: Any,
) -> pd.DataFrame:
    """Canonical events (or single mentions), newest first, filtered; see ``EventStore.events``."""
    where = build_filters(canonical=canonical, **filters)
    table = TABLES[bool(canonical)]
    columns = CANONICAL_EVENT_COLUMNS if canonical else MENTION_EVENT_COLUMNS
    # rowid breaks ties: paging stays stable, and it sorts far faster than a string id on big stores.
    sql = f"SELECT {', '.join(columns)} FROM {table}{where.sql()} ORDER BY event_date DESC NULLS LAST, rowid"
    params = list(where.params)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [_count(limit, "limit"), _count(offset, "offset")]
    return con.execute(sql, params).df()


def count_events(con, canonical: bool = True, **filters: Any) -> int:
    """How many events (or reports) match the filters: the total a page of ``events`` is part of."""
    where = build_filters(canonical=canonical, **filters)
    return con.execute(f"SELECT count(*) FROM {TABLES[bool(canonical)]}{where.sql()}", where.params).fetchone()[0]


def _count(value: Any, name: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise QueryError(name, f"{value!r} is not a whole number", "give 0 or more") from None
    if number < 0:
        raise QueryError(name, f"{number} is negative", "give 0 or more")
    return number


def series(
    con,
    freq: str = "month",
    by: Optional[str] = None,
    normalise: bool = False,
    canonical: bool = True,
    **filters: Any,
) -> pd.DataFrame:
    """Event counts per period (and group): n_events, mean_goldstein, mean_plover_score.

    With ``normalise`` the table gains ``articles`` (articles ingested per period, by publication
    date) and ``events_per_article``, so a busier news period does not look like more conflict.
    """
    if freq not in FREQUENCIES:
        raise QueryError("freq", f"{freq!r} is not a frequency", f"use one of {', '.join(FREQUENCIES)}",
                         allowed=list(FREQUENCIES))
    if by is not None and by not in SERIES_GROUPS:
        raise QueryError("by", f"{by!r} is not a group", f"use one of {', '.join(SERIES_GROUPS)}",
                         allowed=list(SERIES_GROUPS))
    where = build_filters(canonical=canonical, **filters)
    table = TABLES[bool(canonical)]
    group = f", {by}" if by else ""
    sql = f"""
        SELECT CAST(date_trunc('{freq}', event_date) AS DATE) AS period{group},
               count(*) AS n_events,
               avg(goldstein) AS mean_goldstein,
               avg(plover_score) AS mean_plover_score
        FROM {table}{where.sql()}{' AND' if where.clauses else ' WHERE'} event_date IS NOT NULL
        GROUP BY ALL ORDER BY ALL
    """
    frame = _fill_periods(con.execute(sql, where.params).df(), freq, by)
    if normalise:
        articles = con.execute(
            f"""
            SELECT CAST(date_trunc('{freq}', coalesce(published, CAST(ingested_at AS DATE))) AS DATE) AS period,
                   count(*) AS articles
            FROM articles GROUP BY 1
            """
        ).df()
        frame = frame.merge(articles, on="period", how="left")
        frame["articles"] = frame["articles"].fillna(0).astype("int64")
        frame["events_per_article"] = frame["n_events"] / frame["articles"].where(frame["articles"] > 0)
    return frame


#: pandas' name for the first day of each ``date_trunc`` period (weeks start on Monday, as DuckDB's do).
_PERIOD_STARTS = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}


def _fill_periods(frame: pd.DataFrame, freq: str, by: Optional[str]) -> pd.DataFrame:
    """Every period from the first to the last, with zero events where none happened.

    A chart of counts must show a quiet month as 0, not join its neighbours with a line; with ``by``
    each group gets every period. Means of an empty period stay missing (no events, no mean).
    """
    import pandas as pd

    if frame.empty:
        return frame
    first, last = pd.Timestamp(frame["period"].min()), pd.Timestamp(frame["period"].max())
    periods = pd.date_range(first, last, freq=_PERIOD_STARTS[freq]).astype(frame["period"].dtype)
    if by:
        groups = frame[by].drop_duplicates().tolist()
        index = pd.MultiIndex.from_product([periods, groups], names=["period", by])
        keyed = frame.set_index(["period", by])
    else:
        index = pd.Index(periods, name="period")
        keyed = frame.set_index("period")
    filled = keyed.reindex(index)
    filled["n_events"] = filled["n_events"].fillna(0).astype("int64")
    return filled.reset_index()[frame.columns.tolist()]


def actors(con, top: int = 20, canonical: bool = True, **filters: Any) -> pd.DataFrame:
    """The most active actors: events as source, as target, in all, and their mean Goldstein score."""
    where = build_filters(canonical=canonical, **filters)
    table = TABLES[bool(canonical)]
    sql = f"""
        WITH picked AS (SELECT source_codes, target_codes, goldstein FROM {table}{where.sql()}),
        sides AS (
            SELECT UNNEST(source_codes) AS actor, 1 AS as_source, 0 AS as_target, goldstein FROM picked
            UNION ALL
            SELECT UNNEST(target_codes) AS actor, 0, 1, goldstein FROM picked
        )
        SELECT actor, count(*) AS n_events, CAST(sum(as_source) AS BIGINT) AS n_as_source, CAST(sum(as_target) AS BIGINT) AS n_as_target,
               avg(goldstein) AS mean_goldstein
        FROM sides GROUP BY actor ORDER BY n_events DESC, actor LIMIT ?
    """
    return con.execute(sql, where.params + [_count(top, "top")]).df()


def dyads(con, top: int = 20, canonical: bool = True, **filters: Any) -> pd.DataFrame:
    """The most active source -> target pairs (first actor of each side)."""
    where = build_filters(canonical=canonical, **filters)
    table = TABLES[bool(canonical)]
    sql = f"""
        SELECT source_code, target_code, count(*) AS n_events, avg(goldstein) AS mean_goldstein,
               min(event_date) AS first_date, max(event_date) AS last_date
        FROM {table}{where.sql()}{' AND' if where.clauses else ' WHERE'} source_code IS NOT NULL AND target_code IS NOT NULL
        GROUP BY ALL ORDER BY n_events DESC, source_code, target_code LIMIT ?
    """
    return con.execute(sql, where.params + [_count(top, "top")]).df()

