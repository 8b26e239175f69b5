"""Session 24: dotted province and state abbreviations of Canada, Australia and the US that the tokenizer may split
at the dot ("Brandon, Man." -> "Man" "."), read after a town and a comma; and natural features and reserves named
with a capitalised generic head ("the Zika Forest", "Bird Island", "the Selous Game Reserve")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, abbreviation, region", [
    ("Residents of Brandon, Man., were told to boil their water.", "Man.", "Manitoba"),
    ("Residents of Regina, Sask., were told to boil their water.", "Sask.", "Saskatchewan"),
    ("Police in Red Deer, Alta., arrested two men on Friday.", "Alta.", "Alberta"),
    ("Police in Kingston, Ont., arrested two men on Friday.", "Ont.", "Ontario"),
    ("The plant in Trois-Rivieres, Que., was closed.", "Que.", "Quebec"),
    ("The storm hit Halifax, N.S., overnight.", "N.S.", "Nova Scotia"),
    ("The storm hit Moncton, N.B., overnight.", "N.B.", "New Brunswick"),
    ("Wildfires forced the evacuation of Yellowknife, N.W.T., last week.", "N.W.T.", "Northwest Territories"),
    ("A fire destroyed homes in Ballarat, Vic., on Sunday.", "Vic.", "Victoria"),
    ("A fire destroyed homes in Dubbo, N.S.W., on Sunday.", "N.S.W.", "New South Wales"),
    ("Flooding hit Topeka, Kan., on Monday.", "Kan.", "Kansas"),
    ("The shooting happened in Madison, Wisc., on Friday.", "Wisc.", "Wisconsin"),
])
def test_dotted_abbreviation_after_a_town_is_the_province(found_places, text, abbreviation, region):
    found = found_places(text)
    assert found[abbreviation][0] == region


def test_town_before_split_abbreviation_is_in_that_province(found_places):
    found = found_places("Residents of Brandon, Man., and Topeka, Kan., were warned.")
    assert found["Brandon"][1] == "CAN"  # not Man, Ivory Coast
    assert found["Topeka"][1] == "USA"
    assert not any(country in ("CIV", "CHN") for _, country, _ in found.values())


@pytest.mark.parametrize("text", [
    "The statement was signed by John Smith, M.P., and Tom Jones, N.B.",
    "Man. United won the match.",
    "Kan. Sen. Pat Roberts said the bill would pass.",
])
def test_abbreviations_elsewhere_are_no_provinces(found_places, text):
    assert not any(precision == "region" for _, _, precision in found_places(text).values())


@pytest.mark.parametrize("text, name, country", [
    ("Zika was first identified in the Zika Forest near Entebbe, Uganda.", "Zika Forest", "UGA"),
    ("Seals died on Bird Island off the tip of South Georgia.", "Bird Island", "SGS"),
    ("Gorillas live in the Bwindi Impenetrable Forest in Uganda.", "Bwindi Impenetrable Forest", "UGA"),
    ("Divers surveyed the Tubbataha Reef off Palawan.", "Tubbataha Reef", "PHL"),
    ("Rangers in Tanzania said poachers had killed elephants in the Selous Game Reserve. Tanzania has lost "
     "half its elephants.", "Selous Game Reserve", "TZA"),
])
def test_feature_named_with_a_generic_head_is_a_place(found_places, text, name, country):
    assert found_places(text)[name][1] == country


@pytest.mark.parametrize("text", [
    "Nottingham Forest beat Arsenal 2-1 on Saturday.",
    "Veronica Lake starred in the film.",
    "Tom Ridge said the plan was sound.",
])
def test_people_and_clubs_with_feature_words_are_no_places(found_places, text):
    assert found_places(text) == {}


@pytest.mark.parametrize("text", [
    "Liverpool, Man. City and Chelsea all won on Saturday.",
    "Everton, Man. Utd and Spurs all lost.",
    "Fans in Mozambique, Man. Utd fans said, were happy.",
    "The deal was signed by Jones, Man. Dir. of the firm.",
    "The winner of the race was Brown, Man.",
    "Gerrard, Vic. Police said the road was closed.",
])
def test_abbreviation_after_a_comma_not_after_a_town_is_no_province(found_places, text):
    # (review s24: a club, a job title, a person; the capitalised word after the split dot blocks it too)
    found = found_places(text)
    assert not any(name in ("Manitoba", "Victoria") for name, _, _ in found.values())
    assert "Man." not in found and "Vic." not in found
