"""Session 10: names whose shape says they are places ("Tal Bizam", "Karvenagar"), settlement nouns such as
"settlements", "LGA" and "locality", names listed on one plural settlement noun, and small foreign namesakes
in a short text."""

from __future__ import annotations

from eventcoder.places import find_toponyms
from eventcoder.places.toponyms import document_toponyms


def recognized(document, gazetteer):
    return {t.text for t in document_toponyms(document, [], gazetteer)}


def found(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


def test_a_generic_place_word_first_makes_a_place(make_document, gazetteer_5000):
    document = make_document("Preliminary reports indicate that the army has entered Tal Bizam and Kafr Hamra.")
    assert {"Tal Bizam", "Kafr Hamra"} <= recognized(document, gazetteer_5000)


def test_a_generic_place_word_in_an_organisation_name_is_not_a_place(make_document, gazetteer_5000):
    document = make_document("The Deir Hafer Military Council said on Monday that it had withdrawn.")
    assert not any(name.startswith("Deir Hafer") for name in recognized(document, gazetteer_5000))


def test_a_settlement_ending_makes_a_place(make_document, gazetteer_5000):
    document = make_document("An 18-year-old youth was arrested in Karvenagar on Sunday for murdering his relative.")
    assert "Karvenagar" in recognized(document, gazetteer_5000)
    document = make_document("Shashi Kapur said the film was finished.")  # too short for the ending to say so
    assert "Kapur" not in recognized(document, gazetteer_5000)


def test_the_settlements_of_a_list_are_places(make_document, gazetteer_5000):
    text = "In the province of Hama, terrorists shelled the settlements of Maharda and Kornaz."
    assert {"Maharda", "Kornaz"} <= recognized(make_document(text), gazetteer_5000)


def test_names_listed_on_one_plural_settlement_noun(make_document, gazetteer_5000):
    text = "The SAA has entered the Hanano and Jabal Badro districts."
    assert {"Hanano", "Jabal Badro"} <= recognized(make_document(text), gazetteer_5000)
    # One singular noun belongs to the last name only: "John" is no district.
    text = "He met John and the Badro district chief."
    assert "John" not in recognized(make_document(text), gazetteer_5000)


def test_a_small_foreign_namesake_yields_in_a_short_text_set_elsewhere(make_document, gazetteer_5000):
    # "Sanga" is a town in Mozambique; the sentence is set in Nigeria's Kaduna State.
    text = "Gunmen killed about 123 people in seven villages in Sanga local government area of Kaduna State."
    place = found(make_document(text), gazetteer_5000)["Sanga"]
    assert place.country == "NGA"


def test_a_hyphenated_name_the_tagger_cut_is_taken_whole(make_document, gazetteer_5000):
    text = "Taliban troops took the key opposition stronghold of Mazar-e-Sharif."
    place = found(make_document(text), gazetteer_5000)["Mazar-e-Sharif"]
    assert place.country == "AFG"


def test_a_site_named_after_its_city_lies_there(make_document, gazetteer_5000):
    places = found(make_document("Police patrolled tourist spots such as the Sydney Opera House."), gazetteer_5000)
    assert places["Sydney"].country == "AUS"
    text = "ISIS has already launched a new assault on the Deir Ezzor Military Airport today."
    places = found(make_document(text), gazetteer_5000)
    assert places["Deir Ezzor Military Airport"].country == "SYR"


def test_a_university_named_after_a_town_does_not_lie_there(make_document, gazetteer_5000):
    places = found(make_document("Students protested at Columbia University on Monday."), gazetteer_5000)
    assert not any(name.startswith("Columbia") for name in places)


def test_a_town_the_text_gives_a_nationality_lies_in_that_country(make_document, gazetteer_5000):
    # Only Raga, India is in the gazetteer: the South Sudanese town is placed at its country.
    text = "At least 14 people were killed in the South Sudanese town of Raga when fighting erupted."
    place = found(make_document(text), gazetteer_5000)["Raga"]
    assert (place.country, place.precision) == ("SSD", "country")
    text = "A bomb exploded outside a hospital in the Pakistani town of Sheikhupura on Wednesday."
    place = found(make_document(text), gazetteer_5000)["Sheikhupura"]
    assert (place.country, place.precision) == ("PAK", "city")
