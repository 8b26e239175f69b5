"""Session 23: state abbreviations written with a closing dot ("Md.", "Ga.", "Ill.", "Pa.", "U.P.") and "Qld"
name their state; the undotted words ("Ill", "UP") name nothing. Found on benchmarks/gold/places6_dev.jsonl."""

from __future__ import annotations

import pytest


def test_dotted_state_abbreviations_are_the_states(gazetteer_5000):
    assert gazetteer_5000.lookup("Md.")[0].name == "Maryland"
    assert gazetteer_5000.lookup("Ga.")[0].name == "Georgia"
    assert gazetteer_5000.lookup("Ill.")[0].name == "Illinois"
    assert gazetteer_5000.lookup("U.P.")[0].name == "Uttar Pradesh"
    assert gazetteer_5000.lookup("Qld")[0].name == "Queensland"


def test_undotted_words_are_no_abbreviations(gazetteer_5000):
    assert not any(p.kind == "region" for p in gazetteer_5000.lookup("Ill"))
    assert not any(p.name == "Uttar Pradesh" for p in gazetteer_5000.lookup("UP"))
    assert not any(p.name == "Mississippi" for p in gazetteer_5000.lookup("Miss"))


def test_town_with_dotted_state_is_in_that_state(found_places):
    found = found_places(
        "Cases have been confirmed in Baltimore, Md., and in Savannah, Ga., health officials said. "
        "One of the victims lived in Lebanon, Pa.")
    assert found["Md."][:2] == ("Maryland", "USA")
    assert found["Ga."][:2] == ("Georgia", "USA")
    assert found["Lebanon"][1] == "USA"


def test_qld_is_queensland(found_places):
    found = found_places("The dengue outbreak in far north Qld has reached 42 cases in Cairns.")
    assert found["Qld"][:2] == ("Queensland", "AUS")


def test_dotted_spellings_are_matched_dots_and_all(gazetteer_5000):
    # (the letters alone are no key: "L.A." is no "La.", "M.D." no "Md.", "V.A." no "Va.")
    assert not any(p.name == "Louisiana" for p in gazetteer_5000.lookup("L.A."))
    assert not any(p.name == "Maryland" for p in gazetteer_5000.lookup("M.D."))
    assert not any(p.name == "Virginia" for p in gazetteer_5000.lookup("V.A."))


@pytest.mark.parametrize("text", [
    "Protesters attacked a police station in L.A. on Saturday.",
    "Reporters gathered near the L.A. Times building.",
    "The veteran waited for months outside the V.A.",
    "The letter was signed by John Smith, M.D.",
    "The killer's M.O. was the same in every case.",
    "The funds were frozen by the P.A.",
    "The S.C. ordered the release of the detainees.",
])
def test_other_dotted_initials_are_no_states(found_places, text):
    assert not any(country == "USA" for _, country, _ in found_places(text).values())


@pytest.mark.parametrize("text, word", [
    ("President Md. Abdul Hamid inaugurated the new bridge in Dhaka on Sunday.", "Md."),
    ("Home Minister Md. Asaduzzaman Khan said 40 people were arrested.", "Md."),
    ("Jobs were cut across Michigan's U.P. after the mill closed.", "U.P."),
    ("Students at U.P. Diliman staged a walkout over tuition.", "U.P."),
    ("The winning goal was scored by Mo.", "Mo."),
    ("The shooting happened outside the Sudsy Car Wash.", "Wash."),
    ("He said his Pa. was a miner.", "Pa."),
])
def test_dotted_state_outside_ap_position_is_no_state(found_places, text, word):
    assert word not in found_places(text)


def test_town_of_the_upper_peninsula_is_not_in_india(found_places):
    found = found_places("Police arrested 20 protesters in the U.P. town of Marquette.")
    assert "U.P." not in found
    assert found["Marquette"][1] == "USA"


def test_dotted_state_in_ap_position_and_party_tag(found_places):
    assert found_places("Senator Tom Carper, D-Del., criticized the plan.")["Del."][:2] == ("Delaware", "USA")
    assert found_places("Officials in Lucknow, U.P., banned the march.")["U.P."][:2] == ("Uttar Pradesh", "IND")
    found = found_places("Cases rose in Portland, Ore. The state said more would follow.")
    assert found["Ore."][:2] == ("Oregon", "USA")
    found = found_places("Cases were reported in Gorakhpur, in eastern U.P. Chief Minister Yogi Adityanath visited.")
    assert found["U.P."][:2] == ("Uttar Pradesh", "IND")
    assert found_places("The outbreak hit towns in western Pa. last week.")["Pa."][:2] == ("Pennsylvania", "USA")
