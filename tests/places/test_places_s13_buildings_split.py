"""Session 13: single buildings are no places of their own ("at Mirwais Regional Hospital in Kandahar"), and a
name the tagger split into two places side by side is taken whole ("Sultan Kudarat") (places/toponyms.py,
cues.yaml building_name_endings)."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def found(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


def test_building_is_no_toponym_but_its_town_is(make_document, gazetteer_15000):
    text = "The victims were treated at Mirwais Regional Hospital in Kandahar after the blast in Spin Boldak."
    places = found(make_document(text), gazetteer_15000)
    assert "Mirwais Regional Hospital" not in places
    assert places["Kandahar"].country == "AFG"


def test_feature_before_a_building_word_is_still_a_place(make_document, gazetteer_15000):
    text = "Ghana's power company released water from the Akosombo dam on Monday. Towns near Accra in Ghana flooded."
    places = found(make_document(text), gazetteer_15000)
    assert any(name.startswith("Akosombo") and location.country == "GHA" for name, location in places.items())


def test_place_split_in_two_by_the_tagger_is_taken_whole(make_document, gazetteer_15000):
    places = found(make_document("Clashes in Sultan Kudarat on Monday killed four, the Philippine army said."),
                   gazetteer_15000)
    assert "Sultan" not in places
    assert places["Sultan Kudarat"].country == "PHL"
