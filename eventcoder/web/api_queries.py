"""Queries the HTTP API needs beyond ``eventcoder.store.queries``: one event with its evidence, a
map of places, an actor network and a row count.

They reuse the store's ``build_filters`` so every filter travels as a query parameter; the only words
put into SQL text are fixed table and column names.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Optional

import numpy as np
import pandas as pd

from ..store import queries as store_queries

#: Place precisions finer than a country: a dot on the map stands where the event happened.
LOCAL_PRECISIONS = ("point", "city", "region")


def json_value(value: Any) -> Any:
    """A DuckDB/pandas cell as plain JSON: NaN and NaT become null, dates ISO strings, arrays lists."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, np.generic):  # numpy scalars
        value = value.item()
    if isinstance(value, (np.ndarray, list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def frame_records(frame) -> list[dict[str, Any]]:
    """A pandas DataFrame as a list of JSON-ready dicts."""
    return [{key: json_value(value) for key, value in row.items()} for row in frame.to_dict(orient="records")]


def trigger_in_sentence(mention: dict[str, Any]) -> Optional[list[int]]:
    """Start and end of the report's trigger inside its sentence, or None when it cannot be placed.

    The store keeps where the sentence begins in the article (``sentence_start``), so the trigger's
    article offsets give its exact place, even when the word occurs twice in the sentence. Reports
    stored without it (a coder that rewrites sentences) fall back to the trigger's only occurrence;
    a word that occurs more than once is then left unmarked rather than guessed.
    """
    sentence, trigger = mention.get("sentence"), mention.get("trigger_text")
    if not sentence or not trigger:
        return None
    offset, start, end = mention.get("sentence_start"), mention.get("trigger_start"), mention.get("trigger_end")
    if None not in (offset, start, end):
        start, end = start - offset, end - offset
        if 0 <= start < end <= len(sentence) and sentence[start:end].lower() == trigger.lower():
            return [start, end]
    lowered, word = sentence.lower(), trigger.lower()
    if lowered.count(word) != 1:
        return None
    found = lowered.index(word)
    return [found, found + len(trigger)]


def event_detail(con, canonical_id: str) -> Optional[dict[str, Any]]:
    """One merged event with every report merged into it and each report's evidence; None if unknown."""
    columns = store_queries.CANONICAL_EVENT_COLUMNS
    row = con.execute(
        f"SELECT {', '.join(columns)} FROM canonical_events WHERE canonical_id = ?", [canonical_id]
    ).fetchone()
    if row is None:
        return None
    event = {name: json_value(value) for name, value in zip(columns, row)}
    mention_columns = store_queries.MENTION_EVENT_COLUMNS
    rows = con.execute(
        f"SELECT {', '.join(mention_columns)} FROM event_mentions WHERE canonical_id = ? "
        "ORDER BY published NULLS LAST, event_id",
        [canonical_id],
    ).fetchall()
    mentions = []
    for values in rows:
        mention = {name: json_value(value) for name, value in zip(mention_columns, values)}
        mention["evidence"] = {
            "sentence": mention["sentence"],
            "trigger": mention["trigger_text"],
            "trigger_start": mention["trigger_start"],
            "trigger_end": mention["trigger_end"],
            "sentence_start": mention["sentence_start"],
            "trigger_in_sentence": trigger_in_sentence(mention),
            "article_id": mention["article_id"],
            "title": mention["title"],
            "url": mention["url"],
            "published": mention["published"],
        }
        mentions.append(mention)
    event["mentions"] = mentions
    return event


def map_features(con, limit: int = 2000, canonical: bool = True, **filters: Any) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one Point per place, with its event count and precision.

    A place of ``country`` precision stands for a whole country (its centroid), which the feature
    says in ``country_precision`` so a map can draw it apart from located events.
    """
    where = store_queries.build_filters(canonical=canonical, **filters)
    where.add("lat IS NOT NULL AND lon IS NOT NULL")
    table = store_queries.TABLES[bool(canonical)]
    rows = con.execute(
        f"""
        SELECT place_name, place_country, coalesce(place_precision, 'unknown') AS precision, lat, lon,
               count(*) AS n_events, avg(goldstein) AS mean_goldstein,
               min(event_date) AS first_date, max(event_date) AS last_date
        FROM {table}{where.sql()}
        GROUP BY ALL ORDER BY n_events DESC, place_name LIMIT ?
        """,
        where.params + [int(limit)],
    ).fetchall()
    features = []
    for name, country, precision, lat, lon, n_events, goldstein, first, last in rows:
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "place_name": name,
                "place_country": country,
                "precision": precision,
                "country_precision": precision == "country",
                "n_events": n_events,
                "mean_goldstein": json_value(goldstein),
                "first_date": json_value(first),
                "last_date": json_value(last),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def network(con, top: int = 50, canonical: bool = True, **filters: Any) -> dict[str, Any]:
    """Actors as nodes and the ``top`` source -> target dyads as edges (counts and mean Goldstein)."""
    dyads = store_queries.dyads(con, top=top, canonical=canonical, **filters)
    edges = []
    nodes: dict[str, dict[str, Any]] = {}
    for row in frame_records(dyads):
        edges.append({
            "source": row["source_code"],
            "target": row["target_code"],
            "n_events": row["n_events"],
            "mean_goldstein": row["mean_goldstein"],
            "first_date": row["first_date"],
            "last_date": row["last_date"],
        })
        for side, key in (("source", "n_as_source"), ("target", "n_as_target")):
            code = row[f"{side}_code"]
            node = nodes.setdefault(code, {"id": code, "country": code[:3], "n_events": 0,
                                           "n_as_source": 0, "n_as_target": 0})
            node["n_events"] += row["n_events"]
            node[key] += row["n_events"]
    ranked = sorted(nodes.values(), key=lambda node: (-node["n_events"], node["id"]))
    return {"nodes": ranked, "edges": edges}
