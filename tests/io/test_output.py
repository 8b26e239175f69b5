"""Output formats and the record schema."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eventfactory import make_event  # noqa: E402

from eventcoder.output import CSV_COLUMNS, EventWriter  # noqa: E402

SCHEMA_KEYS = {
    "event_id", "article_id", "url", "title", "published", "sentence_index", "sentence", "trigger", "cameo",
    "cameo_root", "quad_class", "goldstein", "plover", "source", "target", "status", "status_cue", "date",
    "date_precision", "date_text", "date_source", "location", "confidence",
}


def test_jsonl_record_has_the_documented_schema():
    stream = io.StringIO()
    writer = EventWriter(stream, "jsonl")
    writer.write(make_event(source=("IRNGOV", "RUSGOV")))
    record = json.loads(stream.getvalue())
    assert set(record) == SCHEMA_KEYS
    assert record["trigger"] == {"text": "visited", "start": 23, "end": 30}
    assert set(record["plover"]) == {"type", "mode", "contexts", "score"}
    assert record["plover"]["contexts"] == ["diplomatic"]
    assert [a["code"] for a in record["source"]] == ["IRNGOV", "RUSGOV"]
    assert set(record["source"][0]) == {"code", "country", "sector", "text", "start", "end", "name", "wikidata"}
    assert set(record["location"]) >= {"text", "name", "country", "lat", "lon", "precision"}


def test_csv_flattens_actor_lists_in_order():
    stream = io.StringIO()
    writer = EventWriter(stream, "csv")
    writer.write(make_event(source=("IRNGOV", "RUSMIL")))
    writer.write(make_event(event_id="e2", target=()))
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["source_codes"] == "IRNGOV;RUSMIL" and rows[0]["source_countries"] == "IRN;RUS"
    assert rows[1]["target_codes"] == "" and rows[1]["event_id"] == "e2"


def test_table_is_readable():
    stream = io.StringIO()
    writer = EventWriter(stream, "table")
    writer.write(make_event())
    header, rule, row = stream.getvalue().splitlines()
    assert header.startswith("DATE") and set(rule) == {"-"}
    assert "IRNGOV" in row and "042 CONSULT" in row and "planned" not in row and "asserted" in row
