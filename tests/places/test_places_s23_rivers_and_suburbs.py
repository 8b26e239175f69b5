"""Session 23 (benchmarks/gold/places6_dev.jsonl): a province named after its river is not the river ("the Limpopo
river"); "the <city> suburbs of X and Y" puts X and Y in that city, even when X is a large city abroad by name
(a plural settlement noun and "of": one place is not inside several)."""

from __future__ import annotations

import pytest


def test_river_named_like_a_province_is_the_river(found_places):
    found = found_places(
        "South Africa's health department said it was monitoring the border on the Limpopo river.")
    assert found["Limpopo river"][1] is None


def test_province_named_like_a_river_stays_a_province(found_places):
    found = found_places("Floods hit the Limpopo province of South Africa.")
    assert found["Limpopo"][:2] == ("Limpopo", "ZAF")


def test_suburbs_of_a_city_lie_in_it_even_named_like_a_capital(found_places):
    found = found_places(
        "Health workers in Sierra Leone are racing to contain cholera in the eastern Freetown suburbs "
        "of Wellington and Kissy, after floods swept through the capital.")
    assert found["Wellington"][1] == "SLE"
    assert found["Kissy"][1] == "SLE"


def test_suburbs_of_a_city_unknown_names(found_places):
    found = found_places(
        "A cholera outbreak in the Harare suburbs of Glen View and Budiriro killed 25 people.")
    assert found["Glen View"][:2] == ("Harare", "ZWE")
    assert found["Budiriro"][:2] == ("Harare", "ZWE")


def test_singular_district_of_city_still_reads_the_first_as_inside(found_places):
    found = found_places("Fighting raged in the Mansour district of Baghdad.")
    assert found["Mansour"][1] == "IRQ"


@pytest.mark.parametrize("river, country", [
    ("Mississippi", "USA"), ("Delaware", "USA"), ("Arkansas", "USA"), ("Connecticut", "USA"), ("Alabama", "USA"),
    ("Kaduna", "NGA"),
])
def test_river_named_like_a_state_keeps_its_country(found_places, river, country):
    found = found_places(f"Barges were stranded on the {river} river after the drought.")
    assert [c for _, c, _ in found.values()] == [country]


def test_state_named_like_a_river_nothing_lists_stays_the_state(found_places):
    assert found_places("Fishermen drowned in the Iowa river on Monday.")["Iowa"][:2] == ("Iowa", "USA")


def test_suburb_across_a_border_beside_the_city_keeps_its_country(found_places):
    found = found_places("Protests spread to the Geneva suburbs of Annemasse and Carouge.")
    assert found["Annemasse"][:2] == ("Annemasse", "FRA")
    assert found["Carouge"][1] == "CHE"
