"""The JSON endpoints under ``/api``: thin calls into the store's queries.

Every endpoint takes the filters of ``eventcoder events`` (see ``params.event_filters``); bad values
answer HTTP 400 (our checks: which parameter and why) or 422 (a value of the wrong type).
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from ..records import STATUSES
from ..store import queries as store_queries
from ..store.filters import QUAD_CLASSES
from ..store.schema import current_version
from . import api_queries, models
from .params import EventFilters, event_filters, known_parameters

router = APIRouter(prefix="/api", dependencies=[Depends(known_parameters)])

BAD_PARAMETER = {
    400: {"model": models.BadParameter, "description": "A parameter the API cannot use; `detail` says which and why."},
    503: {"description": "An ingest is writing the store (`detail` names it); ask again later (Retry-After)."},
}


def cursor(request: Request) -> Iterator[Any]:
    """A DuckDB cursor for one request (the file is open read-only while requests are answered)."""
    with request.app.state.resources.store.cursor() as con:
        yield con


@router.get(
    "/health",
    response_model=models.HealthAnswer,
    summary="Whether the store answers, its schema version and row counts")
def health(request: Request, con=Depends(cursor)) -> dict[str, Any]:
    store = request.app.state.resources.store
    tables = ("articles", "event_mentions", "canonical_events", "errors")
    counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    version = current_version(con)
    return {"status": "ok", "db": store.path, "schema_version": version, "counts": counts}


@router.get(
    "/options",
    response_model=models.OptionsAnswer,
    summary="Valid values of the filters (PLOVER types, statuses, frequencies, groups)")
def options(request: Request) -> dict[str, Any]:
    return {
        "plover_types": list(request.app.state.resources.vocabulary.plover_types()),
        "statuses": list(STATUSES),
        "quad_classes": list(QUAD_CLASSES),
        "frequencies": list(store_queries.FREQUENCIES),
        "series_groups": list(store_queries.SERIES_GROUPS),
    }


@router.get(
    "/events",
    response_model=models.EventsPage,
    summary="Events, newest first, filtered and paged (as `eventcoder events`)",
    responses=BAD_PARAMETER)
def events(
    filters: EventFilters = Depends(event_filters),
    limit: int = Query(50, ge=0, le=1000, description="Rows per page (at most 1000)."),
    offset: int = Query(0, ge=0, description="Rows to skip."),
    con=Depends(cursor),
) -> dict[str, Any]:
    kwargs = filters.store_kwargs()
    frame = store_queries.events(con, limit=limit, offset=offset, **kwargs)
    total = store_queries.count_events(con, **kwargs)
    return {"total": total, "limit": limit, "offset": offset, "events": api_queries.frame_records(frame)}


@router.get(
    "/events/{event_id}",
    response_model=models.EventDetail,
    summary="One merged event with its reports and their evidence",
    responses={
        400: {"model": models.BadParameter, "description": "A short id that starts several events' ids (`allowed` lists some)."},
        404: {"description": "No merged event has this id or an id starting with it."},
    })
def event(
    event_id: str = Path(..., max_length=200,
                         description="The canonical_id of a merged event, a unique start of it (tables show the first "
                                     "10 characters), or the event_id of one of its reports."),
    con=Depends(cursor),
) -> dict[str, Any]:
    try:
        canonical_id = store_queries.resolve_event_id(con, event_id)
    except store_queries.UnknownEventId as error:
        raise HTTPException(status_code=404, detail=str(error)) from None
    found = api_queries.event_detail(con, canonical_id)
    if found is None:  # the event went between the two queries (a remerge)
        raise HTTPException(status_code=404, detail=f"event_id: no merged event {event_id!r} in this store")
    return found


@router.get(
    "/series",
    response_model=models.SeriesAnswer,
    summary="Event counts, mean Goldstein and PLOVER score per period (as `eventcoder series`)",
    responses=BAD_PARAMETER)
def series(
    filters: EventFilters = Depends(event_filters),
    freq: str = Query("month", description="day, week, month, quarter or year."),
    by: Optional[str] = Query(None, description="One line per group: " + ", ".join(store_queries.SERIES_GROUPS)),
    normalise: bool = Query(False, description="Add articles per period and events per article."),
    con=Depends(cursor),
) -> dict[str, Any]:
    frame = store_queries.series(con, freq=freq, by=by, normalise=normalise, **filters.store_kwargs())
    return {"freq": freq, "by": by, "rows": api_queries.frame_records(frame)}


@router.get(
    "/actors",
    response_model=models.ActorsAnswer,
    summary="The most active actors and dyads (as `eventcoder actors`)", responses=BAD_PARAMETER)
def actors(
    filters: EventFilters = Depends(event_filters),
    top: int = Query(20, ge=1, le=1000, description="How many actors and dyads."),
    con=Depends(cursor),
) -> dict[str, Any]:
    kwargs = filters.store_kwargs()
    return {
        "actors": api_queries.frame_records(store_queries.actors(con, top=top, **kwargs)),
        "dyads": api_queries.frame_records(store_queries.dyads(con, top=top, **kwargs)),
    }


@router.get(
    "/map",
    response_model=models.MapAnswer,
    summary="GeoJSON FeatureCollection of located events, one point per place",
    responses=BAD_PARAMETER)
def event_map(
    filters: EventFilters = Depends(event_filters),
    limit: int = Query(2000, ge=1, le=20000, description="Most places."),
    con=Depends(cursor),
) -> dict[str, Any]:
    return api_queries.map_features(con, limit=limit, **filters.store_kwargs())


@router.get(
    "/network",
    response_model=models.NetworkAnswer,
    summary="Actors as nodes, source -> target dyads as edges (counts, mean Goldstein)",
    responses=BAD_PARAMETER)
def actor_network(
    filters: EventFilters = Depends(event_filters),
    top: int = Query(50, ge=1, le=1000, description="Most edges (dyads)."),
    con=Depends(cursor),
) -> dict[str, Any]:
    return api_queries.network(con, top=top, **filters.store_kwargs())
