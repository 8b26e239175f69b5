"""Exports of canonical events: PLOVER JSON Lines, GDELT-style TSV, CSV and Parquet."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .queries import build_filters

if TYPE_CHECKING:  # (pandas is imported where a frame is made: the store's commands load this module)
    import pandas as pd

EXPORT_FORMATS = ("plover", "gdelt", "csv", "parquet")

#: GDELT 2.0 event-table column names we can fill, in GDELT's order, and where each comes from.
GDELT_COLUMNS = [
    ("GlobalEventID", "canonical_id"),
    ("SQLDATE", "sqldate"),
    ("Actor1Code", "source_code"),
    ("Actor1CountryCode", "source_country"),
    ("Actor2Code", "target_code"),
    ("Actor2CountryCode", "target_country"),
    ("IsRootEvent", "is_root"),
    ("EventCode", "cameo"),
    ("EventBaseCode", "cameo_base"),
    ("EventRootCode", "cameo_root"),
    ("QuadClass", "quad_class"),
    ("GoldsteinScale", "goldstein"),
    ("NumMentions", "n_mentions"),
    ("NumSources", "n_sources"),
    ("NumArticles", "n_articles"),
    ("ActionGeo_Type", "geo_type"),
    ("ActionGeo_FullName", "place_name"),
    ("ActionGeo_CountryCode", "place_country"),
    ("ActionGeo_Lat", "lat"),
    ("ActionGeo_Long", "lon"),
    ("DATEADDED", "dateadded"),
    ("SOURCEURL", "url"),
]

#: GDELT's ActionGeo_Type: 1 country, 3 US city, 4 world city, 5 world state; 0 unknown.
_GEO_TYPES = {"country": 1, "region": 5, "city": 4, "point": 4}


def _export_frame(con, filters: dict[str, Any]) -> pd.DataFrame:
    """Canonical events joined with their founding mention, filtered like ``EventStore.events``."""
    where = build_filters(canonical=True, **filters)
    clause = where.sql()
    sql = f"""
        SELECT c.* EXCLUDE (trigger_text), m.source_json, m.target_json, m.plover_contexts, m.trigger_text, m.trigger_start,
               m.trigger_end, m.sentence_index, m.published, m.article_id, m.date_text, m.place_text,
               (SELECT list(event_id ORDER BY event_id) FROM event_mentions x WHERE x.canonical_id = c.canonical_id)
                   AS mention_ids
        FROM (SELECT * FROM canonical_events{clause}) AS c
        JOIN event_mentions m ON m.event_id = c.founding_event_id AND m.canonical_id = c.canonical_id
        ORDER BY c.event_date NULLS LAST, c.canonical_id
    """
    return con.execute(sql, where.params).df()


def _clean(value: Any) -> Any:
    """pandas/NumPy scalars, NaN and NaT to plain JSON values (called per field per row: no imports here)."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "isoformat"):
        # (a missing date is pandas' NaT, which has isoformat() -> "NaT"; like NaN it is unequal to itself)
        return None if value != value else value.isoformat()[:10]
    return value


def _entities(actors_json: str) -> list[dict[str, Any]]:
    return [
        {
            "code": a.get("code"),
            "country": a.get("country"),
            "sector": a.get("sector"),
            "entity_text": a.get("text"),
            "name": a.get("name"),
            "wikidata_id": a.get("wikidata"),
        }
        for a in json.loads(actors_json or "[]")
    ]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One canonical event as a PLOVER-style JSON record (actors as lists of entity objects)."""
    row = {k: _clean(v) for k, v in row.items()}
    return {
        "id": row["canonical_id"],
        "date": row["date"] or row["event_date"],
        "date_precision": row["date_precision"],
        "event": row["plover_type"],
        "mode": row["plover_mode"],
        "context": row["plover_contexts"] or [],
        "actor": _entities(row["source_json"]),
        "recipient": _entities(row["target_json"]),
        "event_loc": {
            "name": row["place_name"],
            "country": row["place_country"],
            "lat": row["lat"],
            "lon": row["lon"],
            "precision": row["place_precision"],
        },
        "event_text": row["sentence"],
        "text_info": {
            "sentence_index": row["sentence_index"],
            "trigger": row["trigger_text"],
            "trigger_start": row["trigger_start"],
            "trigger_end": row["trigger_end"],
            "date_text": row["date_text"],
            "place_text": row["place_text"],
        },
        "cite_info": {"url": row["url"], "title": row["title"], "publication": row["published"], "article_id": row["article_id"]},
        "status": row["status"],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "plover_score": row["plover_score"],
        "n_mentions": row["n_mentions"],
        "n_articles": row["n_articles"],
        "n_sources": row["n_sources"],
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
        "merge_reasons": row["merge_reasons"],
        "mentions": row["mention_ids"] or [],
    }


def gdelt_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The GDELT 2.0 event-table columns we can fill, in GDELT's order and names."""
    import pandas as pd

    out = frame.copy()
    out["sqldate"] = pd.to_datetime(out["event_date"]).dt.strftime("%Y%m%d")
    out["dateadded"] = pd.to_datetime(out["first_seen"]).dt.strftime("%Y%m%d")
    out["is_root"] = 1
    out["cameo_base"] = out["cameo"].str[:3]
    out["geo_type"] = out["place_precision"].map(_GEO_TYPES).fillna(0).astype(int)
    return pd.DataFrame({name: out[source] for name, source in GDELT_COLUMNS})


def export(con, fmt: str, path: str | Path, **filters: Any) -> int:
    """Write canonical events matching ``filters`` to ``path`` in ``fmt``; returns the number written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format {fmt!r} is not one of {', '.join(EXPORT_FORMATS)}")
    frame = _export_frame(con, filters)
    path = Path(path)
    if fmt == "plover":
        with path.open("w", encoding="utf-8") as out:
            for row in frame.to_dict(orient="records"):
                out.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
    elif fmt == "gdelt":
        gdelt_frame(frame).to_csv(path, sep="\t", index=False, quoting=csv.QUOTE_MINIMAL)
    else:
        table = frame.drop(columns=["source_json", "target_json"]).copy()
        if fmt == "csv":
            for column in ("source_codes", "target_codes", "source_countries", "target_countries", "plover_contexts", "mention_ids"):
                table[column] = table[column].map(lambda v: ";".join(v) if v is not None and len(v) else "")
            table.to_csv(path, index=False)
        else:
            table.to_parquet(path, index=False)
    return len(frame)
