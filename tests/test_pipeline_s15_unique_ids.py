"""Event ids are unique per article: one act found by two patterns is output once (issue s15 Q1)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from eventfactory import make_event

from eventcoder import pipeline
from eventcoder.records import Article, Location


@pytest.fixture(scope="module")
def coder(default_coder):
    return default_coder  # tests/conftest.py: one per session


def test_demand_with_must_is_one_event_with_one_id(coder):
    # "demanded" is found by the demand verb and by the "must" it reports: the same act, twice.
    text = ("Trump demanded that Ottawa \u201cmust immediately drop their Anti-American Farmer Tariff of 250% "
            "to 390% on various U.S. dairy products.\u201d")
    events = coder.code_article(Article("a1", text, dt.date(2025, 3, 11)))
    ids = [e.event_id for e in events]
    assert len(ids) == len(set(ids))
    demands = [e for e in events if e.trigger.text == "demanded" and e.cameo == "100"]
    assert len(demands) == 1


def test_exact_copies_are_kept_once_with_the_higher_confidence():
    first = make_event(event_id="same", confidence=0.6)
    second = make_event(event_id="same", confidence=0.8)
    other = make_event(event_id="other")
    kept = pipeline.unique_events([first, other, second])
    assert [e.event_id for e in kept] == ["same", "other"]
    assert kept[0].confidence == 0.8


def test_different_events_sharing_an_id_get_distinct_stable_ids():
    here = make_event(event_id="same")
    elsewhere = make_event(event_id="same", location=Location("Kyiv", "Kyiv", "UKR", 50.45, 30.52, "city"))
    kept = pipeline.unique_events([here, elsewhere])
    assert len({e.event_id for e in kept}) == 2
    assert "same" not in {e.event_id for e in kept}
    again = pipeline.unique_events([dataclasses.replace(here), dataclasses.replace(elsewhere)])
    assert [e.event_id for e in again] == [e.event_id for e in kept]
