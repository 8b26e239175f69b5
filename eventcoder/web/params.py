"""Query-string filters of the HTTP API, checked by the store before they reach a query.

The filters are those of ``eventcoder events``; the store's ``filters.check_filters`` reads and
checks them for both faces, so ``?country=Nigeria`` works here as ``--country Nigeria`` does there,
and a bad value raises ``QueryError`` naming the parameter, which the app answers with HTTP 400.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from fastapi import Query, Request

from ..store.filters import QueryError, check_filters


@dataclass(frozen=True)
class EventFilters:
    """Checked filters (``check_filters``'s dict) and whether rows are reports instead of merged events."""

    values: dict[str, Any] = field(default_factory=dict)
    mentions: bool = False

    def store_kwargs(self) -> dict[str, Any]:
        """The filters as the store's query functions take them (``canonical`` included)."""
        return {**self.values, "canonical": not self.mentions}


def event_filters(
    request: Request,
    actor: Optional[str] = Query(
        None, max_length=64, description="Actor code, country code or country name on either side (IRNGOV, IRN, Iran)."),
    source: Optional[str] = Query(None, max_length=64, description="Source actor code, country code or country name."),
    target: Optional[str] = Query(None, max_length=64, description="Target actor code, country code or country name."),
    country: Optional[str] = Query(
        None, max_length=64, description="Country (code or name) of either actor or of the place."),
    plover_type: Optional[list[str]] = Query(None, description="PLOVER type (repeatable), e.g. ASSAULT."),
    cameo: Optional[str] = Query(None, description="CAMEO code or prefix, 1 to 4 digits: 19 for every fight."),
    quad_class: Optional[list[str]] = Query(None, description="Quad class 1-4 (repeatable)."),
    status: list[str] = Query(["asserted"], description="Statuses to keep (repeatable; 'any' keeps all)."),
    start: Optional[str] = Query(None, description="First event date: YYYY-MM-DD, YYYY-MM or YYYY."),
    end: Optional[str] = Query(None, description="Last event date, inclusive (a month or year counts whole)."),
    place: Optional[str] = Query(None, max_length=200, description="Part of the place name, or its country code."),
    bbox: Optional[str] = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
    text: Optional[str] = Query(None, max_length=200, description="Words in a report's sentence or title."),
    min_confidence: Optional[str] = Query(None, description="Lowest confidence, 0..1."),
    mentions: bool = Query(False, description="One row per report instead of per merged event."),
) -> EventFilters:
    """FastAPI dependency: the shared event filters, checked (a bad one raises ``QueryError``)."""
    raw = dict(
        actor=actor, source=source, target=target, country=country, plover_type=plover_type, cameo=cameo,
        quad_class=quad_class, status=status, start=start, end=end, place=place, bbox=bbox, text=text,
        min_confidence=min_confidence,
    )
    return EventFilters(values=check_filters(raw, request.app.state.resources.vocabulary), mentions=mentions)


def _query_names(dependant) -> set[str]:
    """The query parameters a route and its dependencies declare (by the name a client sends)."""
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def known_parameters(request: Request) -> None:
    """FastAPI dependency: a query parameter the route does not take is a 400, not silently ignored.

    ``?contry=Nigeria`` would otherwise answer every event, which looks like a result.
    """
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    names = sorted(_query_names(route.dependant))
    unknown = sorted(set(request.query_params) - set(names))
    if unknown:
        advice = f"valid parameters: {', '.join(names)}" if names else "it takes no query parameters"
        raise QueryError(unknown[0], f"is not a parameter of {route.path}", advice, allowed=names)
