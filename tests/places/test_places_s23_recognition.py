"""Session 23 (benchmarks/gold/places6_dev.jsonl): a lower-case word the tagger calls a place (even parsed as a
proper noun) is no name ("born with microcephaly in Pernambuco"); a name a copula or a small clause equates with a
settlement noun is a place ("with Techiman and Nkoranza the worst affected districts")."""

from __future__ import annotations

import pytest


def test_lower_case_word_tagged_as_a_place_is_no_name(found_places):
    found = found_places(
        "Brazil's health ministry said on Wednesday that the number of babies born with microcephaly in "
        "Pernambuco had reached 1,200.")
    assert "microcephaly" not in found
    assert found["Pernambuco"][1] == "BRA"


def test_lower_case_prefixed_names_stay_names(found_places):
    found = found_places("Floods hit the eThekwini metropolitan area and al-Hol camp.")
    assert "eThekwini" in found


def test_names_a_small_clause_calls_districts_are_places(found_places):
    found = found_places(
        "Meningitis has killed 36 people in Ghana's Brong-Ahafo region this year, with Techiman and "
        "Nkoranza the worst affected districts.")
    assert found["Techiman"][1] == "GHA"
    assert found["Nkoranza"][1] == "GHA"


def test_name_a_copula_calls_a_district_is_a_place(found_places):
    found = found_places("Kenema is the worst affected district in Sierra Leone.")
    assert found["Kenema"][1] == "SLE"


def test_person_a_copula_calls_an_officer_is_no_place(found_places):
    assert found_places("Smith is the county's health officer.") == {}


def test_where_a_herder_comes_from_is_a_place(found_places):
    found = found_places(
        "A camel herder from Hofuf, in the Eastern Province, is in critical condition.")
    assert found["Hofuf"][1] == "SAU"


def test_other_end_of_a_from_to_pair_is_a_place(found_places):
    found = found_places("Médecins Sans Frontières flew supplies from Kinshasa to Mweka.")
    assert found["Mweka"][1] == "COD"
    found = found_places("The virus spread from Beni to Mweka.")
    assert found["Mweka"][1] == "COD"


@pytest.mark.parametrize("text, name", [
    ("Cash was sent from Tehran to Hezbollah.", "Hezbollah"),
    ("Cash was sent from Tehran to Hamas and Hezbollah.", "Hamas"),
    ("Cash was sent from Tehran to Hamas and Hezbollah.", "Hezbollah"),
    ("Money flowed from Moscow to Wagner.", "Wagner"),
    ("Leadership of the party passed from Lagos to Tinubu.", "Tinubu"),
    ("Command passed from Kabul to Sharif.", "Sharif"),
])
def test_from_to_pair_to_a_body_or_person_no_place(found_places, text, name):
    assert name not in found_places(text)


@pytest.mark.parametrize("text", [
    "NATO is a community of values, Stoltenberg said.",
    "Wagner is a zone of lawlessness, the minister said.",
    "Hamas is a community of believers, its leader said.",
])
def test_body_a_copula_calls_a_community_of_is_no_place(found_places, text):
    assert found_places(text) == {}


def test_teenager_from_a_university_is_not_from_a_town(found_places):
    assert found_places("A teenager from Harvard was arrested.") == {}
