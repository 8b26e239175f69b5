"""Sector-only actors take the country their sentence or dateline makes clear."""

from __future__ import annotations

import pytest

from eventcoder.clean import find_dateline


def test_domestic_role_takes_the_only_country_of_its_sentence(actor_codes):
    found = actor_codes("Thai police arrested opposition activists on Thursday.")
    assert found["opposition activists"] == "THAOPP"


def test_armed_roles_are_not_given_the_other_sides_country(actor_codes):
    found = actor_codes("Russian troops attacked rebels near the border.")
    assert found.get("rebels") == "REB"


def test_two_countries_leave_roles_alone(actor_codes):
    found = actor_codes("Iran and Iraq said the ministers would meet.")
    assert found["the ministers"] == "GOV"


def test_dateline_country_fills_roles(actor_codes):
    found = actor_codes("BANGKOK – Police arrested three students on Thursday.")
    assert found["Police"] == "THACOP"


@pytest.mark.parametrize(
    "text, place",
    [
        ("TEHRAN – Iranian President", "TEHRAN"),
        ("KYIV, Ukraine - Russia attacked", "KYIV, Ukraine"),
        ("Tehran, March 24 (Reuters) - x", "Tehran"),
        ("MAIDUGURI, Nigeria (Wire) – Boko Haram", "MAIDUGURI, Nigeria"),
        ("Iran - a country of 80 million", None),
        ("Russia attacked Ukraine.", None),
    ],
)
def test_find_dateline(text, place):
    assert find_dateline(text) == place
