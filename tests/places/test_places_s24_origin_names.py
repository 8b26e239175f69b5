"""Session 24: where a movement starts is a place when the gazetteer knows the name, whatever the tagger called it:
after a verb of leaving ("set off from Ayvacik", ``departure_verbs``), on rescuers or firefighters sent from a
town ("Firefighters from Carlisle", ``origin_nouns``; not soldiers or troops: "Troops from Wagner") and at the start of a road ("the road
from Mendi", like "the road to El Tambo"). Bodies stay bodies ("experts from Pfizer")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("Firefighters from Carlisle helped rescue people by boat in Cumbria.", "Carlisle", "GBR"),
    ("Most of them set off from Ayvacik and Behramkale on the coast of Turkey.", "Ayvacik", "TUR"),
    ("In Papua New Guinea, the road from Mendi was cut in several places.", "Mendi", "PNG"),
])
def test_known_name_where_a_movement_starts_is_a_place(found_places, text, name, country):
    found = found_places(text)
    assert name in found
    assert found[name][1] == country


def test_unknown_name_listed_after_a_known_origin_takes_the_story_country(found_places):
    found = found_places("Most of them set off from Ayvacik and Behramkale on the coast of Turkey.")
    assert found.get("Behramkale", (None, None, None))[1] == "TUR"


@pytest.mark.parametrize("text, name", [
    ("The company received an order from Carlisle Cos. last week.", "Carlisle"),
    ("Experts from Pfizer and researchers from Harvard set off from Boston.", "Harvard"),
    ("The shipment came from Boeing and Airbus.", "Boeing"),
])
def test_body_or_company_after_from_is_no_place(found_places, text, name):
    assert name not in found_places(text)


@pytest.mark.parametrize("text, name", [
    ("Troops from Wagner arrived in Bakhmut.", "Wagner"),
    ("Soldiers from Fort Bragg were sent to Poland.", "Fort Bragg"),
])
def test_unit_or_group_troops_come_from_is_no_place(found_places, text, name):
    # (review s24: a mercenary group, a base; never the story's country for it)
    assert name not in found_places(text)
