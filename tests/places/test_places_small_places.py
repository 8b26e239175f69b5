"""The village fallback: GeoNames places below the city cut-off, only where the syntax says place."""

from __future__ import annotations

import pytest

from eventcoder.places import Gazetteer, find_toponyms


@pytest.fixture(scope="module")
def gazetteer(gazetteer_5000):
    return gazetteer_5000


def test_small_place_is_only_in_the_fallback_table(gazetteer):
    # Soldeu, Andorra (population ~600) is below the 5,000 city list.
    assert gazetteer.lookup("Soldeu") == []
    villages = gazetteer.small_places("Soldeu")
    assert [(p.country, p.precision, p.kind) for p in villages] == [("AND", "city", "city")]
    assert villages[0].population < 5000 and villages[0].geonameid


def test_village_after_locative_phrase_resolves(gazetteer, make_document):
    document = make_document("Rescue teams searched for two skiers missing near Soldeu on Sunday.")
    places = [p for p in find_toponyms(document, [], gazetteer) if p.text == "Soldeu"]
    assert len(places) == 1
    assert (places[0].country, places[0].precision) == ("AND", "city")
    assert abs(places[0].lat - 42.58) < 0.1


def test_village_named_as_a_village_resolves(gazetteer, make_document):
    document = make_document("Heavy snow cut off the village of Soldeu for three days.")
    places = [p for p in find_toponyms(document, [], gazetteer) if p.text == "Soldeu"]
    assert [p.country for p in places] == ["AND"]


def test_village_name_outside_a_place_phrase_is_not_looked_up(gazetteer, make_document):
    # "Soldeu" as the subject of "said" is not said to be a place.
    document = make_document("Soldeu said the talks would resume next week.")
    assert [p for p in find_toponyms(document, [], gazetteer) if p.text == "Soldeu"] == []


def test_villages_listed_after_villages_of_resolve(gazetteer, make_document):
    document = make_document("Avalanches blocked the roads to the villages of El Tarter and Soldeu last winter.")
    found = {p.text: p.country for p in find_toponyms(document, [], gazetteer)}
    assert found.get("Soldeu") == "AND"
    assert found.get("El Tarter") == "AND"


def test_not_place_word_is_never_a_village(gazetteer, make_document):
    # "Earth" is a village in Texas, but "hit the Earth" is not about it.
    document = make_document("Debris from the satellite hit the Earth on Friday.")
    assert [p.text for p in find_toponyms(document, [], gazetteer)] == []
