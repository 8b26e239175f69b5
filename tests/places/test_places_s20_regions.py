"""Session 20: first-level regions of Africa, Asia and Latin America, and region names several countries share
("Eastern Province"), which are a country's only when the story names that country."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: loc.country for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_bare_names_of_regions(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Cholera cases rose in Kirinyaga and Vihiga, Kenyan officials said, while Ghana reported "
                   "cases in Upper East.")
    assert found.get("Kirinyaga") == "KEN"
    assert found.get("Vihiga") == "KEN"
    assert found.get("Upper East") == "GHA"


def test_regions_that_were_missing(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Dengue has spread to Manabi and Chimborazo in Ecuador, and to Montserrado in Liberia.")
    assert found.get("Manabi") == "ECU"
    assert found.get("Chimborazo") == "ECU"
    assert found.get("Montserrado") == "LBR"


def test_shared_region_name_takes_the_story_country(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Zambia confirmed measles in the Eastern Province, where clinics in Chipata were overwhelmed.")
    assert found.get("Eastern Province") == "ZMB"


def test_shared_region_name_of_no_country_the_story_names(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Farmers in Nova Scotia and New Brunswick said the Eastern Province ferry would run again.")
    assert found.get("Eastern Province") in (None, "CAN")


def test_name_listed_after_a_place_of_its_country(make_document, gazetteer_5000):
    # the tagger calls "Ca Mau" a person and the parser makes it an object: the list says it is a place
    found = _found(make_document, gazetteer_5000, "Cases rose in Hai Duong and Ca Mau this week.")
    assert found.get("Ca Mau") == "VNM"


def test_name_before_based(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "The Bundibugyo-based team arrived in Uganda on Monday.")
    assert found.get("Bundibugyo") == "UGA"



def test_name_before_a_region_noun_inside_an_organisation_name(make_document, gazetteer_5000):
    # the tagger glues "the Andes of Chubut" into one organisation
    found = _found(make_document, gazetteer_5000,
                   "Hantavirus killed nine people in a village in the Andes of Chubut province in southern Argentina.")
    assert found.get("Chubut province") == "ARG"


def test_body_before_department_is_no_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "The Justice department in Washington opened an inquiry.")
    assert "Justice" not in found


def test_second_level_units(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Anthrax was found in Rajbari, Bangladesh, and bird flu in Bacs-Kiskun, Hungary, officials said.")
    assert found.get("Rajbari") == "BGD"
    assert found.get("Bacs-Kiskun") == "HUN"


def test_person_named_like_a_foreign_town_is_no_list_item(make_document, gazetteer_5000):
    # "Pedro Sánchez" is a small town of the Dominican Republic: not a place beside Nairobi
    found = _found(make_document, gazetteer_5000, "Health officials in Nairobi and Pedro Sanchez met on Tuesday.")
    assert "Pedro Sanchez" not in found
    assert found.get("Nairobi") == "KEN"


def test_and_before_a_person_and_a_verb_joins_clauses(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "The ministers met in Madrid and Pedro Sanchez welcomed them.")
    assert "Pedro Sanchez" not in found
    assert found.get("Madrid") == "ESP"


def test_person_tagged_names_listed_in_one_country_stay_places(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Officials confirmed new cases in Hai Duong and Ca Mau.")
    assert found.get("Hai Duong") == "VNM"
    assert found.get("Ca Mau") == "VNM"
    found = _found(make_document, gazetteer_5000, "Cases in Hai Duong and Ca Mau rose sharply.")
    assert found.get("Ca Mau") == "VNM"


def test_comma_closing_an_opening_phrase_lists_no_names(make_document, gazetteer_5000):
    # "In <place>, <name> ..." : the comma closes the opening phrase; the sentence's subject is no town
    for text in ("In Washington, Graham said the bill would pass.",
                 "In Washington, Graham and Pelosi met on Monday.",
                 "In Washington, Murray said the bill would pass.",
                 "In Washington, Perry said the plan was ready."):
        found = _found(make_document, gazetteer_5000, text)
        assert found == {"Washington": "USA"}, text
    found = _found(make_document, gazetteer_5000, "In Paris, Lyon and Marseille, thousands marched.")
    assert found.get("Lyon") == "FRA" and found.get("Marseille") == "FRA"


def test_person_tagged_speaker_is_no_large_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "In London, Bolton said the talks had failed.")
    assert found == {"London": "GBR"}
