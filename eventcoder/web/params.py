"""Query-string filters of the HTTP API, checked before they reach the store.

The filters are those of ``eventcoder events``; each bad value raises ``ParameterError`` naming the
parameter and saying why, which the app turns into an HTTP 400 answer.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Optional

from fastapi import Query, Request

from ..records import STATUSES
from ..store.queries import ANY_STATUS, QueryError, first_day, last_day

_CAMEO_PREFIX = re.compile(r"\d{2,4}")


class ParameterError(ValueError):
    """A query parameter the API cannot use: names the parameter and the reason."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(f"{parameter}: {message}")


def _bound(parse, value: str, name: str) -> dt.date:
    """A date bound read as the store reads it (a month or year as its first or last day), its error named."""
    try:
        return parse(value, name)
    except QueryError as error:
        raise ParameterError(name, str(error).removeprefix(f"{name}: ")) from None


def parse_bbox(value: Optional[str]) -> Optional[list[float]]:
    """``min_lon,min_lat,max_lon,max_lat`` -> four floats, checked for range and order."""
    if value is None or value.strip() == "":
        return None
    usage = "give four numbers min_lon,min_lat,max_lon,max_lat"
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        raise ParameterError("bbox", f"{value!r} is not numbers; {usage}") from None
    if len(numbers) != 4:
        raise ParameterError("bbox", f"{value!r} has {len(numbers)} numbers; {usage}")
    min_lon, min_lat, max_lon, max_lat = numbers
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise ParameterError("bbox", "longitudes must lie in -180..180 and latitudes in -90..90")
    if min_lon > max_lon or min_lat > max_lat:
        raise ParameterError("bbox", "the minimum must not exceed the maximum (min_lon,min_lat,max_lon,max_lat)")
    return numbers


@dataclass(frozen=True)
class EventFilters:
    """Checked filters, as keyword arguments of ``eventcoder.store.queries`` functions."""

    actor: Optional[str] = None
    source: Optional[str] = None
    target: Optional[str] = None
    country: Optional[str] = None
    plover_type: Optional[list[str]] = None
    cameo: Optional[str] = None
    quad_class: Optional[list[int]] = None
    status: Optional[list[str]] = None
    start: Optional[str] = None
    end: Optional[str] = None
    place: Optional[str] = None
    bbox: Optional[list[float]] = None
    text: Optional[str] = None
    min_confidence: Optional[float] = None
    mentions: bool = False

    def store_kwargs(self) -> dict[str, Any]:
        """The filters as the store's query functions take them (``canonical`` included)."""
        values = {name: getattr(self, name) for name in (
            "actor", "source", "target", "country", "plover_type", "cameo", "quad_class", "status", "start",
            "end", "place", "bbox", "text", "min_confidence")}
        values["canonical"] = not self.mentions
        return values


def check_filters(filters: EventFilters, plover_types: tuple[str, ...]) -> EventFilters:
    """Raise ``ParameterError`` for the first bad filter; return the filters normalised."""
    types = None
    if filters.plover_type:
        types = [t.strip().upper() for t in filters.plover_type if t.strip()]
        for name in types:
            if name not in plover_types:
                raise ParameterError(
                    "plover_type", f"{name!r} is not a PLOVER type; valid types: {', '.join(plover_types)}")
    cameo = filters.cameo.strip() if filters.cameo else None
    if cameo and not _CAMEO_PREFIX.fullmatch(cameo):
        raise ParameterError("cameo", f"{filters.cameo!r} is not a CAMEO code prefix (2 to 4 digits, e.g. 19 or 190)")
    for quad in filters.quad_class or ():
        if quad not in (1, 2, 3, 4):
            raise ParameterError("quad_class", f"{quad} is not a quad class; use 1, 2, 3 or 4")
    statuses = None
    if filters.status:
        statuses = [s.strip().lower() for s in filters.status if s.strip()]
        for status in statuses:
            if status not in STATUSES and status not in ANY_STATUS:
                raise ParameterError(
                    "status", f"{status!r} is not a status; valid: {', '.join(STATUSES)}, or 'any' for all")
    first = _bound(first_day, filters.start, "start") if filters.start else None
    last = _bound(last_day, filters.end, "end") if filters.end else None
    if first and last and first > last:
        raise ParameterError(
            "start", f"the date range is reversed: start {filters.start} is after end {filters.end}")
    if filters.min_confidence is not None and not 0 <= filters.min_confidence <= 1:
        raise ParameterError("min_confidence", f"{filters.min_confidence} is outside 0..1")
    return EventFilters(
        actor=filters.actor, source=filters.source, target=filters.target, country=filters.country,
        plover_type=types or None, cameo=cameo or None, quad_class=filters.quad_class or None,
        status=statuses or None, start=filters.start or None, end=filters.end or None,
        place=filters.place or None, bbox=filters.bbox, text=filters.text or None,
        min_confidence=filters.min_confidence, mentions=filters.mentions,
    )


def event_filters(
    request: Request,
    actor: Optional[str] = Query(
        None, max_length=64, description="Actor code or country on either side (IRNGOV, IRN)."),
    source: Optional[str] = Query(None, max_length=64, description="Source actor code or country."),
    target: Optional[str] = Query(None, max_length=64, description="Target actor code or country."),
    country: Optional[str] = Query(None, max_length=64, description="Country of either actor or of the place."),
    plover_type: Optional[list[str]] = Query(None, description="PLOVER type (repeatable), e.g. ASSAULT."),
    cameo: Optional[str] = Query(None, description="CAMEO code prefix, e.g. 19 for every fight."),
    quad_class: Optional[list[int]] = Query(None, description="Quad class 1-4 (repeatable)."),
    status: list[str] = Query(["asserted"], description="Statuses to keep (repeatable; 'any' keeps all)."),
    start: Optional[str] = Query(None, description="First event date: YYYY-MM-DD, YYYY-MM or YYYY."),
    end: Optional[str] = Query(None, description="Last event date, inclusive (a month or year counts whole)."),
    place: Optional[str] = Query(None, max_length=200, description="Part of the place name, or its country code."),
    bbox: Optional[str] = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
    text: Optional[str] = Query(None, max_length=200, description="Words in a report's sentence or title."),
    min_confidence: Optional[float] = Query(None, description="Lowest confidence, 0..1."),
    mentions: bool = Query(False, description="One row per report instead of per merged event."),
) -> EventFilters:
    """FastAPI dependency: the shared event filters, checked (a bad one raises ``ParameterError``)."""
    raw = EventFilters(
        actor=actor, source=source, target=target, country=country, plover_type=plover_type, cameo=cameo,
        quad_class=quad_class, status=status, start=start, end=end, place=place, bbox=parse_bbox(bbox),
        text=text, min_confidence=min_confidence, mentions=mentions,
    )
    return check_filters(raw, request.app.state.resources.plover_types)
