"""A role tied to a place by in/from/of takes the place's country, before any sentence-level guess."""

from __future__ import annotations


def test_capital_after_in_gives_the_country_even_with_another_country_named(actor_codes):
    found = actor_codes("Protesters in Nairobi burned a flag of the United States.")
    assert found["Protesters"] == "KENCVL"


def test_demonym_inside_the_place_phrase(actor_codes):
    found = actor_codes("Farmers from the Ugandan highlands blocked the road to Kenya.")
    assert found["Farmers"].startswith("UGA")


def test_place_one_phrase_further_down(actor_codes):
    found = actor_codes("Leaders of the opposition coalition in Baku postponed the march.")
    assert found["Leaders of the opposition coalition"] == "AZEOPP"


def test_of_a_non_place_leaves_the_role_alone(actor_codes):
    found = actor_codes("Officials of the ministry said Russia and Japan met.")
    assert found["Officials of the ministry"] == "GOV"


def test_ethnic_group_is_coded_by_where_it_lives(actor_codes):
    found = actor_codes("Ethnic Hungarians in northern Romania demanded autonomy.")
    assert found["Hungarians"] == "ROU"
    found = actor_codes("The Hungarians of southern Slovakia held a rally.")
    assert found["Hungarians"] == "SVK"


def test_people_without_ethnic_or_of_keep_their_country(actor_codes):
    # "Russians in Ukraine" may be soldiers or visitors: nothing says they live there
    found = actor_codes("Russians in Ukraine crossed the border.")
    assert found["Russians"] == "RUS"


def test_country_led_forces_are_the_leading_countrys(actor_codes):
    found = actor_codes("French-led troops entered the town.")
    assert found["French-led troops"] == "FRAMIL"


def test_other_hyphenated_country_words_stay_adjectives(actor_codes):
    assert actor_codes("Chinese-made drones and a Saudi-led initiative failed.") == {}


def test_constituent_countries_of_the_united_kingdom(actor_codes):
    found = actor_codes("Police in Northern Ireland arrested two Scottish activists.")
    assert found["Police"] == "GBRCOP" and found["Northern Ireland"] == "GBR"


def test_ethnic_group_acting_in_a_place_is_coded_by_it(actor_codes):
    found = actor_codes("Ethnic Albanian guerrillas operating in Macedonia laid down arms.")
    assert found["Albanian guerrillas"] == "MKDREB"


def test_ethnic_group_acted_on_in_a_place_is_coded_by_it(actor_codes):
    found = actor_codes("Police killed three ethnic Albanians in a gunbattle in southern Serbia.")
    assert found["Albanians"] == "SRB"


def test_foreign_troops_keep_their_country_in_a_place(actor_codes):
    found = actor_codes("Russian troops operating in Syria attacked a convoy.")
    assert found["Russian troops"] == "RUSMIL"


def test_people_acting_in_a_place_take_its_country_over_another_actors(actor_codes):
    text = "Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities."
    assert actor_codes(text)["people"] == "HKGCVL"


def test_several_places_give_no_country(actor_codes):
    text = "Researchers tracked participants in South Africa, Kenya and Ghana for seven years."
    assert actor_codes(text)["Researchers"] == "EDU"


def test_lower_case_word_is_not_an_upper_case_country_code(dictionary):
    assert dictionary.country_code("car") is None
    assert dictionary.country_code("CAR") == "CAF"
