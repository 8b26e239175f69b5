"""A role tied to a place by in/from/of takes the place's country, before any sentence-level guess."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


def codes(make_document, dictionary, text):
    return {m.actor.text: m.actor.code for m in find_actors(make_document(text), dictionary)}


def test_capital_after_in_gives_the_country_even_with_another_country_named(make_document, dictionary):
    found = codes(make_document, dictionary, "Protesters in Nairobi burned a flag of the United States.")
    assert found["Protesters"] == "KENCVL"


def test_demonym_inside_the_place_phrase(make_document, dictionary):
    found = codes(make_document, dictionary, "Farmers from the Ugandan highlands blocked the road to Kenya.")
    assert found["Farmers"].startswith("UGA")


def test_place_one_phrase_further_down(make_document, dictionary):
    found = codes(make_document, dictionary, "Leaders of the opposition coalition in Baku postponed the march.")
    assert found["Leaders of the opposition coalition"] == "AZEOPP"


def test_of_a_non_place_leaves_the_role_alone(make_document, dictionary):
    found = codes(make_document, dictionary, "Officials of the ministry said Russia and Japan met.")
    assert found["Officials of the ministry"] == "GOV"


def test_ethnic_group_is_coded_by_where_it_lives(make_document, dictionary):
    found = codes(make_document, dictionary, "Ethnic Hungarians in northern Romania demanded autonomy.")
    assert found["Hungarians"] == "ROU"
    found = codes(make_document, dictionary, "The Hungarians of southern Slovakia held a rally.")
    assert found["Hungarians"] == "SVK"


def test_people_without_ethnic_or_of_keep_their_country(make_document, dictionary):
    # "Russians in Ukraine" may be soldiers or visitors: nothing says they live there
    found = codes(make_document, dictionary, "Russians in Ukraine crossed the border.")
    assert found["Russians"] == "RUS"


def test_country_led_forces_are_the_leading_countrys(make_document, dictionary):
    found = codes(make_document, dictionary, "French-led troops entered the town.")
    assert found["French-led troops"] == "FRAMIL"


def test_other_hyphenated_country_words_stay_adjectives(make_document, dictionary):
    assert codes(make_document, dictionary, "Chinese-made drones and a Saudi-led initiative failed.") == {}


def test_constituent_countries_of_the_united_kingdom(make_document, dictionary):
    found = codes(make_document, dictionary, "Police in Northern Ireland arrested two Scottish activists.")
    assert found["Police"] == "GBRCOP" and found["Northern Ireland"] == "GBR"


def test_ethnic_group_acting_in_a_place_is_coded_by_it(make_document, dictionary):
    found = codes(make_document, dictionary, "Ethnic Albanian guerrillas operating in Macedonia laid down arms.")
    assert found["Albanian guerrillas"] == "MKDREB"


def test_ethnic_group_acted_on_in_a_place_is_coded_by_it(make_document, dictionary):
    found = codes(make_document, dictionary, "Police killed three ethnic Albanians in a gunbattle in southern Serbia.")
    assert found["Albanians"] == "SRB"


def test_foreign_troops_keep_their_country_in_a_place(make_document, dictionary):
    found = codes(make_document, dictionary, "Russian troops operating in Syria attacked a convoy.")
    assert found["Russian troops"] == "RUSMIL"


def test_people_acting_in_a_place_take_its_country_over_another_actors(make_document, dictionary):
    text = "Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities."
    assert codes(make_document, dictionary, text)["people"] == "HKGCVL"


def test_several_places_give_no_country(make_document, dictionary):
    text = "Researchers tracked participants in South Africa, Kenya and Ghana for seven years."
    assert codes(make_document, dictionary, text)["Researchers"] == "EDU"


def test_lower_case_word_is_not_an_upper_case_country_code(dictionary):
    assert dictionary.country_code("car") is None
    assert dictionary.country_code("CAR") == "CAF"
