"""Session 18: outbreak news names (places/toponyms.py, regions.tsv, countries.tsv): a region named after a town
holds that town ("Multan, in Punjab"), a town said to lie in a place of another country is not that country's
namesake, "X and Y" names a country whole, a town called a town or capital beats the country of its name, a small
town named like a large city abroad needs its region named, and first-level regions and waters the blind set
showed missing."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: loc.country for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_region_after_town_holds_the_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Polio cases rose in Pakistan this year. Two were found in Multan, in Punjab, last week.")
    assert found.get("Multan") == "PAK" and found.get("Punjab") == "PAK"


def test_us_state_after_its_town(make_document, gazetteer_5000):
    text = ("African swine fever has spread from Georgia to Armenia, officials in Tbilisi said. The disease was found "
            "near Poti. Scientists in Athens, Georgia, are studying the virus.")
    found = find_toponyms(make_document(text), [], gazetteer_5000)
    assert [loc.country for loc in found if loc.text == "Georgia"] == ["GEO", "USA"]
    assert {loc.text: loc.country for loc in found}["Athens"] == "USA"


def test_town_inside_a_region_of_another_country(make_document, gazetteer_5000):
    # Lhasa is known as "Lassa" only by another spelling: the text puts the town in a Nigerian state
    found = _found(make_document, gazetteer_5000,
                   "Health workers travelled to the town of Lassa, in Borno State, to trace contacts.")
    assert found.get("Lassa") == "NGA"


def test_country_named_with_and_is_one_name(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Fishing boats from Trinidad and Tobago were turned back on Monday.")
    assert found == {"Trinidad and Tobago": "TTO"}


def test_town_called_a_capital_beats_the_country(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Floods hit the department of Beni in Bolivia, including its capital, Trinidad, this week.")
    assert found.get("Trinidad") == "BOL"


def test_small_namesake_of_a_large_city_abroad(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "The agency flew samples to Washington and Geneva after the outbreak in Haiti.")
    assert found.get("Geneva") == "CHE"


def test_outbreak_regions_and_waters(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Cases were reported in Svay Rieng province and in Kongo Central. Ships crossed the Drake Passage "
                   "to South Georgia, and the North Caucasus reported a case.")
    assert found.get("Svay Rieng province") == "KHM"
    assert found.get("Kongo Central") == "COD"
    assert "Drake Passage" in found and found["Drake Passage"] is None
    assert found.get("South Georgia") == "SGS"
    assert found.get("North Caucasus") == "RUS"


def test_piece_of_a_hyphenated_local_name_is_no_foreign_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Traders in Cameroon's capital protested on Monday at the Mvog-Ada cattle market in Yaounde.")
    assert "Ada" not in found
    assert found.get("Yaounde") == "CMR"


def test_joined_and_hyphenated_known_names_still_found(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Aid trucks waited at the Rafah-Kerem Shalom route, and clinics in Saint-Marc and Port-au-Prince "
                   "filled up.")
    assert found.get("Rafah") == "PSE" and "Kerem Shalom" in found
    assert found.get("Saint-Marc") == "HTI" and found.get("Port-au-Prince") == "HTI"


def test_place_and_the_word_after_it_known_whole(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Officials in Roraima state opened shelters for migrants in Boa Vista and in Pacaraima.")
    assert found.get("Boa Vista") == "BRA"
    assert "Vista" not in found


def test_unknown_village_near_a_known_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "The outbreak spread across West Africa. It began in Zorbalou, a small village near Gueckedou, "
                   "and reached Kenema in Sierra Leone and Monrovia in Liberia.")
    assert found.get("Zorbalou") == "GIN"
