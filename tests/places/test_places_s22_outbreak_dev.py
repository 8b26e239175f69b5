"""Session 22: classes found on our own outbreak-news development set (benchmarks/gold/places5_dev.jsonl): an
adjective two countries share, a capitalised "Town" that is part of a name, "X County, <state>", a "where" clause
on a country, examples of a plural region noun, a settlement the tagger calls a facility, a one-word name
listed after a locative preposition, a name the tagger reads as an interjection, and regions that were missing."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: (loc.country, loc.precision) for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_adjective_shared_by_two_countries_names_the_towns_own(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Flights were cancelled in Brazzaville, the Congolese capital, and in Kinshasa, the Congolese "
                   "capital across the river.")
    assert found["Brazzaville"][0] == "COG"
    assert found["Kinshasa"][0] == "COD"


def test_adjective_shared_by_two_countries_keeps_its_common_reading(make_document, gazetteer_5000):
    # "the Congolese town of Raga" names no town: the common reading (DR Congo) is kept for the unknown name
    found = _found(make_document, gazetteer_5000, "Doctors reached Yumbi, a Congolese town on the river, on Monday.")
    assert found["Yumbi"][0] == "COD"


def test_capitalised_town_is_part_of_the_name(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Liberia and Sierra Leone reported new cases. A clinic was opened at Kerry Town, south of "
                   "Freetown, by British engineers.")
    assert found["Kerry Town"][0] == "SLE"


def test_settlement_noun_dropped_for_a_city_still(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Shelling hit Deir Ezzor City and Raqqa in Syria.")
    assert found["Deir Ezzor City"][0] == "SYR"


def test_state_after_a_county_and_a_comma(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Health officials in King County, Washington, confirmed three measles cases.")
    assert found["Washington"] == ("USA", "region")


def test_where_clause_on_a_country_contains_its_places(make_document, gazetteer_5000):
    text = ("Iran said the virus had spread from Qom to Tehran and to Mashhad. Pilgrims carried it to Iraq, "
            "Kuwait and Afghanistan, where a first case was confirmed in Herat.")
    assert _found(make_document, gazetteer_5000, text)["Herat"] == ("AFG", "city")


def test_where_clause_without_a_country_says_nothing(make_document, gazetteer_5000):
    # a "where" clause on a common noun adds no container
    text = "Iran said the virus had reached the hospital, where a case was confirmed in Herat."
    assert "Herat" in _found(make_document, gazetteer_5000, text)


def test_examples_of_a_plural_region_noun_are_places(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Guinea vaccinated contacts in prefectures such as Forécariah and Dubréka.")
    assert found.get("Forécariah", (None,))[0] == "GIN"
    assert found.get("Dubréka", (None,))[0] == "GIN"


def test_settlement_the_tagger_calls_a_facility(make_document, gazetteer_5000):
    text = ("Zimbabwe declared an emergency in Harare after cholera spread. Most patients came from the suburbs "
            "of Glen View and Budiriro.")
    found = _found(make_document, gazetteer_5000, text)
    assert found.get("Glen View", (None,))[0] == "ZWE"


def test_facility_stays_a_facility(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Patients were moved to the Parirenyatwa Hospital in Harare.")
    assert set(found) == {"Harare"}


def test_one_word_listed_after_a_locative_preposition(make_document, gazetteer_5000):
    text = ("The WHO said the outbreak in the Bas-Uele province of the DRC was over. Four people died in Nambwa "
            "and Muma.")
    assert _found(make_document, gazetteer_5000, text).get("Muma", (None,))[0] == "COD"


def test_person_after_a_place_list_stays_a_person(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Talks were held in Geneva and Obama said they went well.")
    assert set(found) == {"Geneva"}


def test_name_read_as_an_interjection_after_a_preposition(make_document, gazetteer_5000):
    text = ("Cholera has now killed more than 1,600 people in Yemen, UNICEF said. Hospitals in Sana'a and "
            "Hodeidah are overwhelmed.")
    assert _found(make_document, gazetteer_5000, text).get("Sana'a", (None,))[0] == "YEM"


def test_regions_added_this_session(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Measles spread in Soccsksargen and Northern Mindanao, while Ebola reached Basse-Guinée.")
    assert found["Soccsksargen"] == ("PHL", "region")
    assert found["Northern Mindanao"] == ("PHL", "region")
    assert found["Basse-Guinée"] == ("GIN", "region")


def test_demonym_file_other_countries(gazetteer_5000):
    assert gazetteer_5000.demonym_country("Congolese") == "COD"
    assert gazetteer_5000.demonym_other_countries("Congolese") == ("COG",)
    assert gazetteer_5000.demonym_other_countries("Dutch") == ()


def test_names_listed_on_a_plural_region_noun_are_regions(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Lassa fever cases were confirmed in Kaduna and Katsina states.")
    assert found["Kaduna"] == ("NGA", "region")
    assert found["Katsina"] == ("NGA", "region")


def test_the_united_states_is_no_region_noun_of_a_list(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Officials in Kano, Lagos and the United States met.")
    assert found["Kano"] == ("NGA", "city")


def test_short_names_of_countries_and_states(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "The virus reached HK and the KSA, and a patient was flown from Nashville, Tenn., to NZ.")
    assert found["HK"][0] == "HKG"
    assert found["KSA"][0] == "SAU"
    assert found["Tenn."] == ("USA", "region")
    assert found["NZ"][0] == "NZL"


def test_region_of_a_named_country_listed_with_its_noun(make_document, gazetteer_5000):
    text = "Bolivia declared a dengue emergency. Most cases were in Santa Cruz and Beni, and in the capital La Paz."
    assert _found(make_document, gazetteer_5000, text)["Beni"] == ("BOL", "region")


def test_town_of_a_named_country_keeps_its_name(make_document, gazetteer_5000):
    text = "Ebola cases rose in Beni and Butembo, in North Kivu, Congo's health ministry said."
    assert _found(make_document, gazetteer_5000, text)["Beni"] == ("COD", "city")


def test_state_after_a_town_is_still_a_qualifier(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "A man from Paris, Texas, and a woman from Dallas were ill.")
    assert found["Paris"] == ("USA", "city")
