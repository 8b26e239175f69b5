"""Session 11 data: counties named like their towns, provinces, rivers and volcanoes; a region never takes
a bare name that a notable town elsewhere holds."""

from __future__ import annotations

import pytest

from eventcoder.places import find_toponyms


# (text, {name: {Location field: expected value}})
REGION_ROWS = [
    pytest.param("Health officials in Kenya confirmed 43 cases of cholera in Garissa County. The director "
                 "told reporters in Garissa on Thursday.",
                 {"Garissa County": {"precision": "region", "country": "KEN"}, "Garissa": {"precision": "city"}},
                 id="kenyan-county-named-like-its-town"),
    pytest.param("The typhoon crossed into Albay province, where mud flowed down the slopes of Mayon Volcano "
                 "in the Philippines.",
                 {"Albay province": {"name": "Albay", "precision": "region"}, "Mayon Volcano": {"country": "PHL"}},
                 id="philippine-province-and-volcano"),
    pytest.param("The Shabelle River broke its banks in Somalia. Fighting continued near Beni in the "
                 "Democratic Republic of Congo.",
                 {"Shabelle River": {"precision": "region", "country": None},
                  "Beni": {"country": "COD", "precision": "city"}},
                 id="river-names-and-town-namesakes"),
]


@pytest.mark.parametrize("text, expected", REGION_ROWS)
def test_region_rows(make_document, gazetteer_15000, text, expected):
    places = {loc.text: loc for loc in find_toponyms(make_document(text), [], gazetteer_15000)}
    for name, fields in expected.items():
        assert name in places, f"{name!r} not recognized"
        for field, value in fields.items():
            assert getattr(places[name], field) == value, f"{name}.{field}"
