"""Recognition of place names that the tagger mislabels or splits, or that open a longer name."""

from __future__ import annotations

import pytest

from eventcoder.places import Gazetteer, find_toponyms


@pytest.fixture(scope="module")
def gazetteer(gazetteer_15000):
    return gazetteer_15000


def names(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


def test_a_village_later_in_a_list_of_villages(make_document, gazetteer):
    text = "Bird flu was found in the villages of Pirbright and Ripley on Thursday."
    found = names(make_document(text), gazetteer)
    assert found["Ripley"].country == "GBR"


def test_a_village_naming_a_facility_in_a_locative_phrase(make_document, gazetteer):
    found = names(make_document("The virus escaped from a drain at the Pirbright laboratory, inspectors said."),
                  gazetteer)
    assert found["Pirbright"].country == "GBR"


def test_a_city_opening_the_name_of_its_council(make_document, gazetteer):
    text = "Santa Ana City Council member Jose Solorio asked for tests at the school."
    found = names(make_document(text), gazetteer)
    assert found["Santa Ana"].country == "USA"


def test_a_two_word_city_the_tagger_splits(make_document, gazetteer):
    text = "The sushi bars in Mission Viejo and Irvine were closed."
    found = names(make_document(text), gazetteer)
    assert "Mission Viejo" in found and abs(found["Mission Viejo"].lat - 33.6) < 0.2


def test_a_town_modifying_a_resident_noun(make_document, gazetteer):
    text = "Mosquito spraying began after a Longview woman fell ill, the county said."
    found = names(make_document(text), gazetteer)
    assert found["Longview"].country == "USA"
