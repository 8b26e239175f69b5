"""Session 13: unknown names the tagger calls people that the verb says are places ("insurgents captured Surjah
Kabira"), and a person's surname alone that is no town ("Ali Hassan ... Hassan said") (places/toponyms.py,
cues.yaml place_only_object_verbs, person_cue_words, speech_verbs)."""

from __future__ import annotations

import pytest

from eventcoder.places import find_toponyms


def found(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


@pytest.mark.parametrize("text, name, country", [
    ("Insurgents overran Musa Qala and captured Surjah Kabira in Helmand province, Afghanistan.",
     "Surjah Kabira", "AFG"),
    ("Bandits stormed Ali Kwara in Zamfara state, Nigeria, on Saturday.", "Ali Kwara", "NGA"),
    ("Troops recaptured Bashir Bagh and Ahmad Khel from the Taliban in Afghanistan.", "Ahmad Khel", "AFG"),
])
def test_object_of_a_place_only_verb_is_a_place(make_document, gazetteer_15000, text, name, country):
    places = found(make_document(text), gazetteer_15000)
    assert name in places
    assert places[name].country == country


@pytest.mark.parametrize("text, name", [
    ("Troops captured rebel commander Ali Kwara in Nigeria.", "Ali Kwara"),
    ("Police seized Mohammed Yusuf in Nigeria's Borno state. Mr. Yusuf denied the charges.", "Mohammed Yusuf"),
    ("US forces captured Ali Hassan in Iraq on Monday. Hassan said he was innocent.", "Ali Hassan"),
])
def test_a_person_spoken_of_as_one_stays_a_person(make_document, gazetteer_15000, text, name):
    assert name not in found(make_document(text), gazetteer_15000)


def test_surname_alone_after_the_full_name_is_no_town(make_document, gazetteer_5000):
    places = found(make_document("US forces captured Ali Hassan in Iraq on Monday. Hassan said he was innocent."),
                   gazetteer_5000)
    assert "Hassan" not in places
    assert places["Iraq"].country == "IRQ"
