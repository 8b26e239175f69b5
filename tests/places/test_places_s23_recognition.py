"""Session 23 (benchmarks/gold/places6_dev.jsonl): a lower-case word the tagger calls a place (even parsed as a
proper noun) is no name ("born with microcephaly in Pernambuco"); a name a copula or a small clause equates with a
settlement noun is a place ("with Techiman and Nkoranza the worst affected districts")."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: (loc.name, loc.country, loc.precision)
            for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_lower_case_word_tagged_as_a_place_is_no_name(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Brazil's health ministry said on Wednesday that the number of babies born with microcephaly in "
                   "Pernambuco had reached 1,200.")
    assert "microcephaly" not in found
    assert found["Pernambuco"][1] == "BRA"


def test_lower_case_prefixed_names_stay_names(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Floods hit the eThekwini metropolitan area and al-Hol camp.")
    assert "eThekwini" in found


def test_names_a_small_clause_calls_districts_are_places(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Meningitis has killed 36 people in Ghana's Brong-Ahafo region this year, with Techiman and "
                   "Nkoranza the worst affected districts.")
    assert found["Techiman"][1] == "GHA"
    assert found["Nkoranza"][1] == "GHA"


def test_name_a_copula_calls_a_district_is_a_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Kenema is the worst affected district in Sierra Leone.")
    assert found["Kenema"][1] == "SLE"


def test_person_a_copula_calls_an_officer_is_no_place(make_document, gazetteer_5000):
    assert _found(make_document, gazetteer_5000, "Smith is the county's health officer.") == {}


def test_where_a_herder_comes_from_is_a_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "A camel herder from Hofuf, in the Eastern Province, is in critical condition.")
    assert found["Hofuf"][1] == "SAU"


def test_other_end_of_a_from_to_pair_is_a_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Médecins Sans Frontières flew supplies from Kinshasa to Mweka.")
    assert found["Mweka"][1] == "COD"
    found = _found(make_document, gazetteer_5000, "The virus spread from Beni to Mweka.")
    assert found["Mweka"][1] == "COD"


def test_from_to_pair_of_people_names_no_place(make_document, gazetteer_5000):
    assert _found(make_document, gazetteer_5000, "He moved from Smith to Jones in the rankings.") == {}
