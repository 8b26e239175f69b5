"""Session 11 data: counties named like their towns, provinces, rivers and volcanoes; a region never takes
a bare name that a notable town elsewhere holds."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _places(make_document, gazetteer, text):
    return {loc.text: loc for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_kenyan_county_named_like_its_town(make_document, gazetteer_15000):
    places = _places(make_document, gazetteer_15000,
                     "Health officials in Kenya confirmed 43 cases of cholera in Garissa County. The director "
                     "told reporters in Garissa on Thursday.")
    assert places["Garissa County"].precision == "region" and places["Garissa County"].country == "KEN"
    assert places["Garissa"].precision == "city"


def test_philippine_province_and_volcano(make_document, gazetteer_15000):
    places = _places(make_document, gazetteer_15000,
                     "The typhoon crossed into Albay province, where mud flowed down the slopes of Mayon Volcano "
                     "in the Philippines.")
    assert places["Albay province"].name == "Albay" and places["Albay province"].precision == "region"
    assert places["Mayon Volcano"].country == "PHL"


def test_river_names_and_town_namesakes(make_document, gazetteer_15000):
    places = _places(make_document, gazetteer_15000,
                     "The Shabelle River broke its banks in Somalia. Fighting continued near Beni in the "
                     "Democratic Republic of Congo.")
    assert places["Shabelle River"].precision == "region" and places["Shabelle River"].country is None
    assert places["Beni"].country == "COD" and places["Beni"].precision == "city"
