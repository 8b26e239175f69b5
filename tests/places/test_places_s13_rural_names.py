"""Session 13: names of rural places the tagger mislabels: "in nearby Koro" (nearness_words), "the River
Nyamwamba" (a first word of a river or lake), "Residents of Bwera" (the people of a place), "Nduga regency"
(more settlement nouns) (places/toponyms.py, cues.yaml)."""

from __future__ import annotations

import pytest

from eventcoder.places import find_toponyms


def found(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


@pytest.mark.parametrize("text, name, country", [
    ("Villagers in nearby Butig and Piagapo were told to stay indoors, the army in the Philippines said. "
     "Troops from Marawi in the Philippines were sent.", "Piagapo", "PHL"),
    ("The River Nyamwamba burst its banks in the western Ugandan town of Kasese on Monday.", "River Nyamwamba",
     "UGA"),
    ("Residents of Bwera and Mpondwe near the border reported flooding in Uganda.", "Bwera", "UGA"),
    ("Two teachers were killed in Nduga regency, in Indonesia's Highland Papua province, police in Indonesia said.",
     "Nduga", "IDN"),
])
def test_rural_name_is_placed(make_document, gazetteer_15000, text, name, country):
    places = found(make_document(text), gazetteer_15000)
    assert name in places, sorted(places)
    assert places[name].country == country


def test_common_word_matched_as_a_namesake_takes_no_story_country(make_document, gazetteer_15000):
    text = ("Farmers from Irob district said they were still waiting in Ethiopia. "
            "Officials in Mekelle, capital of Ethiopia's Tigray region, said the trade was informal.")
    assert "Farmers" not in found(make_document(text), gazetteer_15000)
