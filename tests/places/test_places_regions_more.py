"""More first-level regions: states, provinces and prefectures of countries often in the news."""

from __future__ import annotations

import pytest

from eventcoder.places import find_toponyms


@pytest.fixture(scope="module")
def gazetteer(gazetteer_5000):
    return gazetteer_5000


def test_new_regions_resolve_to_their_country_at_region_precision(gazetteer):
    for name, country in (("Sikkim", "IND"), ("Orissa", "IND"), ("Bayelsa", "NGA"), ("Akwa Ibom", "NGA"),
                          ("Iwate", "JPN"), ("Mazandaran", "IRN"), ("Qalyubia", "EGY"), ("Zakarpattia", "UKR"),
                          ("Odessa region", "UKR"), ("Yakutia", "RUS"), ("Chubut", "ARG"), ("Nariño", "COL"),
                          ("Sabah", "MYS"), ("Paktika", "AFG"), ("Podlaskie", "POL"), ("Lower Shabelle", "SOM")):
        place = gazetteer.lookup(name)[0]
        assert (place.country, place.precision) == (country, "region"), name


def test_region_named_like_its_capital_leaves_the_bare_name_to_the_city(gazetteer):
    assert gazetteer.lookup("Kano")[0].kind == "city"
    assert gazetteer.lookup("Ankara")[0].kind == "city"
    kano_state = gazetteer.lookup("Kano state")[0]
    assert (kano_state.country, kano_state.precision) == ("NGA", "region")


def test_region_admin1_is_that_of_a_city_inside_it(gazetteer):
    for region, city in (("Rivers state", "Port Harcourt"), ("Hyogo", "Kobe"), ("Donetsk region", "Donetsk"),
                         ("Luhansk region", "Luhansk"), ("Minya governorate", "Minya")):
        region_place = gazetteer.lookup(region)[0]
        city_place = next(p for p in gazetteer.lookup(city)
                          if p.kind == "city" and p.country == region_place.country)
        assert (region_place.country, region_place.admin1) == (city_place.country, city_place.admin1), region


def test_regions_found_in_text(make_document, gazetteer):
    text = ("Gunmen killed five villagers in Kano State on Monday. Police in Ankara province detained two men. "
            "Floods hit the Brazilian state of Pernambuco and Alagoas. Flights to Kano were suspended.")
    found = [(loc.text, loc.country, loc.precision) for loc in find_toponyms(make_document(text), [], gazetteer)]
    assert ("Kano State", "NGA", "region") in found or ("Kano", "NGA", "region") in found
    assert any(text_ == "Ankara" or text_ == "Ankara province" for text_, country, precision in found
               if (country, precision) == ("TUR", "region"))
    assert ("Alagoas", "BRA", "region") in found
    assert ("Kano", "NGA", "city") in found
