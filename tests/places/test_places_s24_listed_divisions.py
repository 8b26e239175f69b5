"""Session 24: a list of names before or after a plural division noun is a list of divisions, whatever the tagger
glued together ("Jinja and Mayuge districts" tagged as one organisation, "the provinces of Capiz and Antique");
a province whose name is an English word is found with its noun ("Antique province")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, names, country", [
    ("Cases were confirmed in Jinja and Mayuge districts.", ("Jinja", "Mayuge"), "UGA"),
    ("The victims came from the Jinja and Mayuge districts.", ("Jinja", "Mayuge"), "UGA"),
    ("The island provinces of Capiz and Antique, on Panay, have declared a state of calamity.",
     ("Capiz", "Antique"), "PHL"),
    ("The island province of Capiz and Antique, on Panay, has declared a state of calamity.",
     ("Capiz", "Antique"), "PHL"),
    ("Officials in the provinces of Antique and Iloilo ordered evacuations.", ("Antique", "Iloilo"), "PHL"),
])
def test_each_listed_name_is_a_division(found_places, text, names, country):
    found = found_places(text)
    for name in names:
        assert found[name][1] == country, name


def test_english_word_province_is_the_province(found_places):
    found = found_places("Officials in the provinces of Antique and Iloilo ordered evacuations.")
    assert found["Antique"][2] == "region"


@pytest.mark.parametrize("text", [
    "Leaders of the Arab and Muslim states met on Tuesday.",
    "Officials from the Department of Health and Human Services said the vaccine was safe.",
    "The Ministry of Defence and the Department of State and Treasury declined to comment.",
])
def test_bodies_and_peoples_are_no_divisions(found_places, text):
    assert found_places(text) == {}
