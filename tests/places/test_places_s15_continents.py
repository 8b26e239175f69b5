"""A continent or an area across countries is never a town that shares its name ("Asia" is no Philippine town)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", ["Asia", "Europe", "Africa", "the Balkans", "Sahel"])
def test_area_names_have_no_town_namesakes(gazetteer_5000, name):
    places = gazetteer_5000.lookup(name)
    assert places, name
    assert all(p.kind != "city" for p in places), [(p.name, p.country, p.kind) for p in places]
    assert any(p.kind == "region" and p.country is None for p in places)


@pytest.mark.parametrize("name, country", [("Paris", "FRA"), ("Georgia", "GEO"), ("Washington", "USA")])
def test_other_names_keep_their_towns_and_countries(gazetteer_5000, name, country):
    assert any(p.country == country for p in gazetteer_5000.lookup(name))


def test_asia_in_a_story_is_the_continent(default_coder):
    from eventcoder.records import Article
    import datetime as dt

    # a Philippine story: the town Asia (Iloilo) would win on the story's country if it were a candidate
    text = "Chinese warplanes bombed rebel positions in Asia on Tuesday, officials in Manila said."
    events = default_coder.code_article(Article("asia", text, dt.date(2023, 1, 5)))
    placed = [e.location for e in events if e.location.text == "Asia"]
    assert placed, [(e.cameo, e.location) for e in events]
    assert all(p.country is None and p.precision == "region" for p in placed), placed
