"""The places benchmark's --places-gold option: scoring a gold file of our own, and refusing to list the
errors of a held-out one."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "places_benchmark.py"


@pytest.fixture(scope="module")
def benchmark_module():
    spec = importlib.util.spec_from_file_location("places_benchmark_s11", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_show_errors_refused_for_heldout_file(tmp_path):
    gold = tmp_path / "places_heldout.jsonl"
    gold.write_text("", encoding="utf-8")
    result = subprocess.run([sys.executable, str(BENCHMARK), "--places-gold", str(gold), "--show-errors"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "held-out" in result.stderr


def test_country_field_score_counts_continents_and_points(benchmark_module):
    from eventcoder.records import Location

    score = benchmark_module.CountryFieldScore()
    paris = Location("Paris", "Paris", "FRA", 48.85, 2.35, "city", 0, 5)
    europe = Location("Europe", "Europe", None, 50.0, 10.0, "region", 0, 6)
    score.add({"country": "FRA", "lat": 48.86, "lon": 2.34}, paris)
    score.add({"country": None, "lat": None, "lon": None}, europe)
    score.add({"country": "DEU", "lat": 52.5, "lon": 13.4}, None)
    assert (score.gold, score.answered, score.same_country) == (3, 2, 2)
    assert (score.in_a_country, score.same_country_in_a_country) == (2, 1)
    assert (score.with_point, score.within) == (2, 1)


def test_places_gold_scores_a_story(benchmark_module, nlp, gazetteer_15000, tmp_path, capsys):
    text = "Flooding hit Lyon and the Rhone valley, officials in France said."
    story = {"id": "s1", "published": "2024-01-05", "text": text, "locations": [
        {"name": "Lyon", "start": 13, "end": 17, "country": "FRA", "kind": "city", "lat": 45.76, "lon": 4.84,
         "ambiguous": False},
        {"name": "France", "start": 53, "end": 59, "country": "FRA", "kind": "country", "lat": None,
         "lon": None, "ambiguous": False}]}
    assert text[13:17] == "Lyon" and text[53:59] == "France"
    gold = tmp_path / "mini.jsonl"
    gold.write_text(json.dumps(story) + "\n", encoding="utf-8")
    benchmark_module.bench_places_gold(nlp, gazetteer_15000, gold)
    out = capsys.readouterr().out
    assert "2 gold toponyms" in out
    assert "toponym recall (span overlap)      1.000" in out
    assert "within 161 km, gold with a point   1.000  (1 with a point)" in out
