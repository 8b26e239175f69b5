"""Gazetteers shared by the places tests: each reads a city table (~2 s), so each is read once per session."""

from __future__ import annotations

import pytest

from eventcoder.places import Gazetteer, find_toponyms


@pytest.fixture(scope="session")
def gazetteer_15000():
    """The lighter city list (population >= 15,000)."""
    return Gazetteer.load(city_population=15000)


@pytest.fixture(scope="session")
def gazetteer_5000():
    """The default city list (population >= 5,000), which holds small namesakes some tests need."""
    return Gazetteer.load()


@pytest.fixture
def found_places(make_document, gazetteer_5000):
    """Recognize and resolve the places of a text: {text: (name, country, precision)}."""
    def found(text: str) -> dict:
        return {loc.text: (loc.name, loc.country, loc.precision)
                for loc in find_toponyms(make_document(text), [], gazetteer_5000)}
    return found
