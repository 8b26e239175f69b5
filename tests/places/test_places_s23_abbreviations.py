"""Session 23: state abbreviations written with a closing dot ("Md.", "Ga.", "Ill.", "Pa.", "U.P.") and "Qld"
name their state; the undotted words ("Ill", "UP") name nothing. Found on benchmarks/gold/places6_dev.jsonl."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: (loc.name, loc.country, loc.precision)
            for loc in find_toponyms(make_document(text), [], gazetteer)}


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


def test_town_with_dotted_state_is_in_that_state(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Cases have been confirmed in Baltimore, Md., and in Savannah, Ga., health officials said. "
                   "One of the victims lived in Lebanon, Pa.")
    assert found["Md."][:2] == ("Maryland", "USA")
    assert found["Ga."][:2] == ("Georgia", "USA")
    assert found["Lebanon"][1] == "USA"


def test_qld_is_queensland(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "The dengue outbreak in far north Qld has reached 42 cases in Cairns.")
    assert found["Qld"][:2] == ("Queensland", "AUS")
