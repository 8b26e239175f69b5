"""Output formats for event records: JSON Lines, CSV and a readable table."""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path
from typing import IO, Iterable, Optional

from .records import Actor, ArticleError, Event

OUTPUT_FORMATS = ("jsonl", "csv", "table")

CSV_COLUMNS = (
    "event_id", "article_id", "url", "title", "published", "sentence_index", "sentence",
    "trigger_text", "trigger_start", "trigger_end", "cameo", "cameo_root", "quad_class", "goldstein",
    "plover_type", "plover_mode", "plover_contexts", "plover_score",
    "source_codes", "source_countries", "source_sectors", "source_texts", "source_names",
    "target_codes", "target_countries", "target_sectors", "target_texts", "target_names",
    "status", "status_cue", "date", "date_precision", "date_text", "date_source",
    "location_text", "location_name", "location_country", "location_lat", "location_lon", "location_precision",
    "confidence",
)


def error_record(error: ArticleError) -> dict:
    """A bad article as one JSON Lines record, the same for ``code --errors`` and ``ingest --errors``."""
    return {"origin": error.origin, "article_id": error.article_id, "message": error.message}


def error_line(error: ArticleError) -> str:
    """``error_record`` as one line of JSON (with its newline)."""
    return json.dumps(error_record(error), ensure_ascii=False) + "\n"


def output_path_problem(path: str | os.PathLike) -> Optional[str]:
    """Why a file cannot be written at ``path`` (missing folder, a folder in the way), or None.

    Checked before a command does its work, so a typo in an output path costs one line, not a traceback
    after minutes of coding.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        return f"{path} is a folder; give a file name"
    if not folder.exists():
        return f"folder {folder} does not exist; create it first"
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        return f"cannot write {path}: permission denied"
    return None


def _join(actors: Iterable[Actor], attribute: str) -> str:
    return ";".join(str(getattr(a, attribute) or "") for a in actors)


def csv_row(event: Event) -> dict:
    """One flat row; lists of actors are joined with ';' in the same order in every column."""
    row = {
        "event_id": event.event_id, "article_id": event.article_id, "url": event.url, "title": event.title,
        "published": event.published, "sentence_index": event.sentence_index, "sentence": event.sentence,
        "trigger_text": event.trigger.text, "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "cameo": event.cameo, "cameo_root": event.cameo_root, "quad_class": event.quad_class,
        "goldstein": event.goldstein, "plover_type": event.plover.type, "plover_mode": event.plover.mode,
        "plover_contexts": ";".join(event.plover.contexts), "plover_score": event.plover.score,
        "status": event.status, "status_cue": event.status_cue, "date": event.date,
        "date_precision": event.date_precision, "date_text": event.date_text, "date_source": event.date_source,
        "location_text": event.location.text, "location_name": event.location.name,
        "location_country": event.location.country, "location_lat": event.location.lat,
        "location_lon": event.location.lon, "location_precision": event.location.precision,
        "confidence": event.confidence,
    }
    for side in ("source", "target"):
        actors = getattr(event, side)
        row[f"{side}_codes"] = _join(actors, "code")
        row[f"{side}_countries"] = _join(actors, "country")
        row[f"{side}_sectors"] = _join(actors, "sector")
        row[f"{side}_texts"] = _join(actors, "text")
        row[f"{side}_names"] = _join(actors, "name")
    return row


class EventWriter:
    """Writes events to a stream in one of OUTPUT_FORMATS, one event at a time."""

    def __init__(self, stream: IO[str], fmt: str = "jsonl"):
        if fmt not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {fmt!r}: expected one of {', '.join(OUTPUT_FORMATS)}")
        self.stream = stream
        self.fmt = fmt
        self._csv = None
        self._table_header_done = False

    def write(self, event: Event) -> None:
        if self.fmt == "jsonl":
            self.stream.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.DictWriter(self.stream, fieldnames=CSV_COLUMNS)
                self._csv.writeheader()
            self._csv.writerow(csv_row(event))
        else:
            self._write_table_row(event)

    def _write_table_row(self, event: Event) -> None:
        width = max(100, shutil.get_terminal_size((120, 20)).columns)
        if not self._table_header_done:
            header = f"{'DATE':<11} {'STATUS':<12} {'SOURCE':<14} {'EVENT':<18} {'TARGET':<14} {'PLACE':<16} CONF  TRIGGER"
            self.stream.write(header[:width] + "\n" + "-" * min(width, len(header) + 20) + "\n")
            self._table_header_done = True
        source = ",".join(a.code for a in event.source) or "-"
        target = ",".join(a.code for a in event.target) or "-"
        kind = f"{event.cameo} {event.plover.type or ''}".strip()
        place = event.location.name or "-"
        line = (
            f"{event.date or '?':<11} {event.status:<12} {source[:14]:<14} {kind[:18]:<18} {target[:14]:<14} "
            f"{place[:16]:<16} {event.confidence:.2f}  {event.trigger.text}"
        )
        self.stream.write(line[:width] + "\n")

    def close(self) -> None:
        self.stream.flush()
