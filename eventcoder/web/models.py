"""Shapes of the API's answers, so /openapi.json describes what each endpoint returns.

Event rows stay open dicts: their columns are the store's (``eventcoder.store.queries``), which
grow with the schema; the wrappers around them are fixed here.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, Field


class BadParameter(BaseModel):
    """HTTP 400: a filter or option value the store cannot use (the same check as the CLI's)."""

    detail: str = Field(description="'parameter: what is wrong; what is allowed'")
    parameter: str = Field(description="The query parameter at fault, e.g. plover_type.")
    allowed: Optional[list[str]] = Field(description="The valid values, where there are few (PLOVER types, statuses).")


class EventsPage(BaseModel):
    """One page of events, newest first."""

    total: int = Field(description="Events matching the filters, over all pages.")
    limit: int
    offset: int
    events: list[dict[str, Any]] = Field(description="Rows with the columns of `eventcoder events --format jsonl`.")


class Evidence(BaseModel):
    """Where one report of an event was found."""

    sentence: Optional[str]
    trigger: Optional[str]
    trigger_start: Optional[int] = Field(description="Character offset of the trigger in the article.")
    trigger_end: Optional[int]
    sentence_start: Optional[int] = Field(description="Character offset of the sentence in the article.")
    trigger_in_sentence: Optional[list[int]] = Field(
        description="[start, end] of this report's trigger in the sentence (the exact occurrence); null if it "
                    "cannot be placed.")
    article_id: Optional[str]
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]


class Mention(BaseModel, extra="allow"):
    """One report merged into an event: the store's mention columns plus ``evidence``."""

    event_id: str
    evidence: Evidence


class EventDetail(BaseModel, extra="allow"):
    """One merged event: the store's canonical columns plus every report merged into it."""

    canonical_id: str
    mentions: list[Mention]


class SeriesAnswer(BaseModel):
    freq: str
    by: Optional[str]
    rows: list[dict[str, Any]] = Field(
        description="period, [group], n_events, mean_goldstein, mean_plover_score[, articles, events_per_article]")


class ActorRow(BaseModel):
    actor: Optional[str]
    n_events: int
    n_as_source: int
    n_as_target: int
    mean_goldstein: Optional[float]


class DyadRow(BaseModel):
    source_code: str
    target_code: str
    n_events: int
    mean_goldstein: Optional[float]
    first_date: Optional[str]
    last_date: Optional[str]


class ActorsAnswer(BaseModel):
    actors: list[ActorRow]
    dyads: list[DyadRow]


class PointGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: list[float] = Field(description="[lon, lat]")


class PlaceProperties(BaseModel):
    place_name: Optional[str]
    place_country: Optional[str]
    precision: str = Field(description="point, city, region, country or unknown")
    country_precision: bool = Field(description="True when only the country is known: the point is its centre.")
    n_events: int
    mean_goldstein: Optional[float]
    first_date: Optional[str]
    last_date: Optional[str]


class PlaceFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: PointGeometry
    properties: PlaceProperties


class MapAnswer(BaseModel):
    """A GeoJSON FeatureCollection."""

    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[PlaceFeature]


class NetworkNode(BaseModel):
    id: str = Field(description="Actor code.")
    country: str
    n_events: int
    n_as_source: int
    n_as_target: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    n_events: int
    mean_goldstein: Optional[float]
    first_date: Optional[str]
    last_date: Optional[str]


class NetworkAnswer(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class HealthAnswer(BaseModel):
    status: Literal["ok"] = "ok"
    db: str
    schema_version: int
    counts: dict[str, int]


class OptionsAnswer(BaseModel):
    plover_types: list[str]
    statuses: list[str]
    quad_classes: list[int]
    frequencies: list[str]
    series_groups: list[str]
