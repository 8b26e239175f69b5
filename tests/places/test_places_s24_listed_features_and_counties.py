"""Session 24: names listed on a plural feature noun are those features, known or not ("the Buzi and Pungwe
rivers", "the islands of Re and Oleron", whatever the tagger made of the list); the Irish counties the regions
table lacked ("Carrick-on-Shannon, County Leitrim")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, names, country", [
    ("In Charente-Maritime, the islands of Ré and Oléron were flooded. France sent troops to the coast.",
     ("Ré", "Oléron"), "FRA"),
    ("The Buzi and Pungwe rivers flooded a huge area of Sofala province. Mozambique asked for help.",
     ("Buzi", "Pungwe"), "MOZ"),
])
def test_names_listed_on_a_feature_noun_are_places(found_places, text, names, country):
    found = found_places(text)
    for name in names:
        assert found[name][1] == country, name


def test_a_feature_list_is_never_the_country_of_the_name(found_places):
    found = found_places("The Tigris and Euphrates rivers are drying up, Iraqi officials said.")
    assert found["Tigris"][0] == "Tigris" and found["Euphrates"][0] == "Euphrates"


@pytest.mark.parametrize("text, name, county", [
    ("Families in Carrick-on-Shannon, County Leitrim, were told to prepare sandbags.", "County Leitrim",
     "County Leitrim"),
    ("Flooding closed roads in Co. Offaly and Co. Laois on Monday.", "Co. Offaly", "County Offaly"),
    ("Police in Newry, County Down, arrested a man.", "County Down", "County Down"),
])
def test_irish_counties(found_places, text, name, county):
    assert found_places(text)[name][0] == county


def test_islands_listed_on_the_plural_are_the_island_countries(found_places):
    found = found_places("The Cook and Marshall islands were hit by the cyclone.")
    assert found["Cook"][1] == "COK" and found["Marshall"][1] == "MHL"


def test_counties_listed_before_the_noun_are_counties(found_places):
    found = found_places("The Antrim and Down counties saw protests.")
    assert found["Down"][0] == "County Down"
