"""Disasters, diseases, accidents and match results are not violence; satellite launches are no weapons test."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors
from eventcoder.events import find_events


@pytest.fixture(scope="module")
def codes(make_document, patterns):
    dictionary = ActorDictionary.load()

    def run(text):
        document = make_document(text)
        return [e.cameo for e in find_events(document, find_actors(document, dictionary), patterns)]

    return run


@pytest.mark.parametrize("text", [
    "Floods killed 40 people in northern India this week.",
    "The virus has killed 30 people in eastern Congo.",
    "Cyclone Idai hit the coast of Mozambique on Thursday.",
    "A bus crashed near Nairobi, killing 12 Kenyan passengers.",
    "Kenya beat Uganda 3-1 on Sunday.",
    "The satellite was launched from Kourou on a European rocket.",
])
def test_no_violent_event(codes, text):
    assert not [c for c in codes(text) if c[:2] in ("15", "18", "19", "20")]


def test_attacks_with_vehicles_or_ranges_stay_violence(codes):
    assert "1823" in codes("A car bomb killed six Afghan soldiers in Kabul.")
    assert "1823" in codes("Congolese troops killed 10-15 rebels near Goma.")
    assert "150" in codes("North Korea carried out a ballistic missile launch.")


def test_fighting_by_protesters_is_a_riot(codes):
    assert "145" in codes("Iraqi protesters stormed the Bahraini embassy in Baghdad.")
    assert "190" in codes("Kenyan police clashed with Kenyan demonstrators in Nairobi.")
    assert "190" in codes("Syrian rebels stormed the town of Idlib.")
