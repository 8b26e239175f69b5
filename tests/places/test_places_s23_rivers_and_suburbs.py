"""Session 23 (benchmarks/gold/places6_dev.jsonl): a province named after its river is not the river ("the Limpopo
river"); "the <city> suburbs of X and Y" puts X and Y in that city, even when X is a large city abroad by name
(a plural settlement noun and "of": one place is not inside several)."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: (loc.name, loc.country, loc.precision)
            for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_river_named_like_a_province_is_the_river(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "South Africa's health department said it was monitoring the border on the Limpopo river.")
    assert found["Limpopo river"][1] is None


def test_province_named_like_a_river_stays_a_province(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Floods hit the Limpopo province of South Africa.")
    assert found["Limpopo"][:2] == ("Limpopo", "ZAF")


def test_suburbs_of_a_city_lie_in_it_even_named_like_a_capital(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Health workers in Sierra Leone are racing to contain cholera in the eastern Freetown suburbs "
                   "of Wellington and Kissy, after floods swept through the capital.")
    assert found["Wellington"][1] == "SLE"
    assert found["Kissy"][1] == "SLE"


def test_suburbs_of_a_city_unknown_names(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "A cholera outbreak in the Harare suburbs of Glen View and Budiriro killed 25 people.")
    assert found["Glen View"][:2] == ("Harare", "ZWE")
    assert found["Budiriro"][:2] == ("Harare", "ZWE")


def test_singular_district_of_city_still_reads_the_first_as_inside(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Fighting raged in the Mansour district of Baghdad.")
    assert found["Mansour"][1] == "IRQ"
