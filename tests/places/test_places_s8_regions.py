"""Regions of countries that had none, and rivers, lakes, mountains and islands."""

from __future__ import annotations

import pytest

from eventcoder.places import find_toponyms


def resolved(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


@pytest.mark.parametrize("name, country", [
    ("Styria", "AUT"), ("Valais", "CHE"), ("Gotland", "SWE"), ("Finnmark", "NOR"), ("Jutland", "DNK"),
    ("Crete", "GRC"), ("Algarve", "PRT"), ("County Cork", "IRL"), ("Tulcea County", "ROU"), ("Waikato", "NZL"),
])
def test_a_first_level_region(gazetteer_15000, name, country):
    best = gazetteer_15000.lookup(name)[0]
    assert best.kind == "region" and best.country == country


def test_a_region_knows_its_admin1_code(gazetteer_15000):
    # Graz is the capital of Styria: the city's GeoNames admin1 code is the region's.
    styria = gazetteer_15000.lookup("Styria")[0]
    graz = next(p for p in gazetteer_15000.lookup("Graz") if p.country == "AUT")
    assert styria.admin1 == graz.admin1


def test_a_river_is_not_a_namesake_city(make_document, gazetteer_15000):
    text = "Dead swans were found on the bank of the Vistula river in Poland."
    vistula = resolved(make_document(text), gazetteer_15000)["Vistula"]
    assert vistula.country == "POL" and vistula.precision == "region"


def test_a_city_named_like_a_region_stays_the_city(make_document, gazetteer_15000):
    # Canterbury, England is the city; New Zealand's region is "Canterbury region".
    text = "Police in Canterbury, England, closed the cathedral."
    assert resolved(make_document(text), gazetteer_15000)["Canterbury"].country == "GBR"


def test_an_island(make_document, gazetteer_15000):
    text = "Migrants landed on Lampedusa overnight."
    lampedusa = resolved(make_document(text), gazetteer_15000)["Lampedusa"]
    assert lampedusa.country == "ITA"
