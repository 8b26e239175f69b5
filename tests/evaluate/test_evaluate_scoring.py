"""Scoring logic of `eventcoder evaluate`, on hand-built predictions (no NLP)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eventfactory import make_event  # noqa: E402

from eventcoder.errors import InputError  # noqa: E402
from eventcoder.records import Actor  # noqa: E402
from eventcoder.evaluate import format_report, read_gold, score  # noqa: E402


def _write(tmp_path, records):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return path


def test_reads_both_formats(tmp_path):
    path = _write(tmp_path, [
        {"id": "g1", "text": "Iran visited Russia.", "published": "2017-03-25",
         "events": [{"plover": "CONSULT", "source": ["IRN"], "target": ["RUS"]}]},
        {"id": "g2", "text": "Nothing happened.", "events": []},
        {"text": "Tokyo agreed.", "event": "DEMAND", "source": [{"actorText": "Tokyo", "code": "JAP"}],
         "target": "", "gsr_index": 7},
    ])
    gold = read_gold(path)
    assert [g.gold_id for g in gold] == ["g1", "g2", "7"]
    assert gold[2].events[0].plover == "REQUEST" and gold[2].events[0].source == {"JPN"}
    assert gold[2].events[0].target == frozenset()


def test_bad_gold_line_names_file_and_line(tmp_path):
    path = _write(tmp_path, [{"id": "g1", "text": "x", "events": []}, {"id": "g2", "text": "y", "events": [{}]}])
    with pytest.raises(InputError, match=r"gold.jsonl:2: .*plover"):
        read_gold(path)


def test_scores_precision_recall_and_false_events(tmp_path):
    gold = read_gold(_write(tmp_path, [
        {"id": "right", "text": "a", "events": [{"plover": "CONSULT", "source": ["IRN"], "target": ["RUS"]}]},
        {"id": "wrong-target", "text": "b", "events": [{"plover": "CONSULT", "source": ["IRN"], "target": ["SYR"]}]},
        {"id": "missed", "text": "c", "events": [{"plover": "ASSAULT", "source": ["RUS"], "target": ["SYR"]}]},
        {"id": "empty-ok", "text": "d", "events": []},
        {"id": "empty-false", "text": "e", "events": []},
    ]))
    predictions = {
        "right": [make_event()],
        "wrong-target": [make_event(event_id="e2")],
        "empty-false": [make_event(event_id="e3")],
    }
    report = score(gold, predictions)
    assert report.type_accuracy == pytest.approx(2 / 3)
    assert report.false_event_rate == pytest.approx(0.5)
    triple = report.fields["triple"]
    assert (triple.true_positive, triple.predicted, triple.gold) == (1, 2, 3)
    assert report.fields["target_country"].precision == pytest.approx(0.5)
    assert report.fields["source_country"].recall == pytest.approx(2 / 3)
    text = format_report(report, by_type=True)
    assert "triple" in text and "confusion" in text and "ASSAULT" in text


def test_reciprocal_gold_counts_both_directions(tmp_path):
    gold = read_gold(_write(tmp_path, [
        {"text": "Jordan and Britain agreed.", "event": "AGREE", "gsr_index": 1,
         "source": [{"actorText": "Jordan", "code": "JOR"}, {"actorText": "Britain", "code": "GBR"}],
         "textInfo": {"markup": "(SRC/TAR: Jordan) and (SRC/TAR: Britain) (EVT: agreed)."}},
    ]))
    assert gold[0].events[0].triples() == {("JOR", "GBR", "AGREE"), ("GBR", "JOR", "AGREE")}
    one_way = make_event(cameo="030", plover_type="AGREE", source=("JOR",), target=("GBR",))
    report = score(gold, {"1": [one_way]})
    assert report.fields["triple"].precision == 1.0 and report.fields["triple"].recall == 0.5


def test_sector_without_country_is_not_a_country(tmp_path):
    gold = read_gold(_write(tmp_path, [{"id": "g", "text": "x", "events": [{"plover": "CONSULT", "source": ["KGZ"]}]}]))
    sector_only = replace(make_event(target=()), source=(Actor("GOV", None, "GOV", "x", 0, 1),))
    report = score(gold, {"g": [sector_only]})
    assert report.fields["source_country"].predicted == 0


def test_event_free_gold_reports_the_false_event_rate_without_a_type_accuracy(tmp_path):
    gold = read_gold(_write(tmp_path, [
        {"id": "quiet", "text": "Oil prices rose.", "events": []},
        {"id": "sport", "text": "Brazil beat Argentina 2-0.", "events": []},
    ]))
    text = format_report(score(gold, {"sport": [make_event()]}))
    assert "false-event rate on sentences with no event: 0.500" in text
    assert "type accuracy" not in text


def test_cameo_code_is_scored_exactly_and_root_loosely(tmp_path):
    gold = read_gold(_write(tmp_path, [
        {"id": "trip", "text": "a", "events": [{"plover": "CONSULT", "cameo": "042", "source": ["IRN"], "target": ["RUS"]}]},
        {"id": "host", "text": "b", "events": [{"plover": "CONSULT", "cameo": "043", "source": ["IRN"], "target": ["RUS"]}]},
    ]))
    visit = make_event(cameo="042", plover_type="CONSULT", source=("IRN",), target=("RUS",))
    report = score(gold, {"trip": [visit], "host": [replace(visit, event_id="e2")]})
    assert report.fields["cameo_root"].recall == 1.0
    assert report.fields["cameo_code"].recall == 0.5 and report.fields["cameo_code"].precision == 0.5
    assert "cameo_code" in format_report(report)
