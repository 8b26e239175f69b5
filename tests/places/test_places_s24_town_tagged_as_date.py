"""Session 24: a town's main name that the tagger calls a date ("In Constitución,") is read as a place right after
a locative preposition; months and weekdays that are also towns ("In March,", "On Sunday,") stay dates."""

from __future__ import annotations

import pytest


def test_town_tagged_as_date_after_in_is_a_place(found_places):
    found = found_places("The tsunami killed more than 700 people in Chile, many of them in Maule region. "
                         "In Constitución, waves swept away campers on an island.")
    assert found.get("Constitución", (None, None, None))[1] == "CHL"


@pytest.mark.parametrize("text, word", [
    ("In March, waves swept away campers on an island in Chile.", "March"),
    ("On Sunday, waves swept away campers on an island in Chile.", "Sunday"),
    ("In May, floods hit Chile.", "May"),
])
def test_month_or_weekday_stays_a_date(found_places, text, word):
    assert word not in found_places(text)


@pytest.mark.parametrize("text, word", [
    ("In Spring, the river floods the valley.", "Spring"),
    ("In Winter, the roads close.", "Winter"),
    ("In Autumn, the river floods the valley.", "Autumn"),
])
def test_season_or_holiday_stays_a_date(found_places, text, word):
    assert word not in found_places(text)
