"""Session 14: place frames that recognise names no list holds or that the tagger calls people or bodies, and one
sense per story for names nothing resolves (places/toponyms.py)."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def countries_of(document, gazetteer, name):
    return [loc.country for loc in find_toponyms(document, [], gazetteer) if loc.text == name]


def test_unresolved_name_again_takes_the_first_mentions_country(make_document, gazetteer_15000):
    text = ("Soldiers were sent to the Kwambatolo district of Nigeria's Borno State on Monday after raids on farms. "
            "Officials in Maiduguri said the army would stay in Borno. "
            "Kwambatolo has been cut off since the rains.")
    assert countries_of(make_document(text), gazetteer_15000, "Kwambatolo") == ["NGA", "NGA"]


def test_hamlet_named_like_a_foreign_town_is_local(make_document, gazetteer_15000):
    text = ("Wildfires forced the evacuation of Yellowknife, the capital of Canada's Northwest Territories. "
            "Residents drove to Edmonton and Calgary in Alberta. The hamlet of Enterprise was evacuated too, "
            "and much of Enterprise burned.")
    assert countries_of(make_document(text), gazetteer_15000, "Enterprise") == ["CAN", "CAN"]


def test_region_noun_on_a_name_only_foreign_towns_hold(make_document, gazetteer_15000):
    text = ("Heavy rain caused landslides in Guatemala on Sunday. Roads out of Guatemala City were closed, "
            "and in Escuintla, Guatemala, rivers burst their banks. "
            "Further east, the department of Santa Rosa was cut off.")
    assert countries_of(make_document(text), gazetteer_15000, "Santa Rosa") == ["GTM"]


def test_examples_of_towns_hung_on_the_river_they_lie_on(make_document, gazetteer_5000):
    text = ("Flooding hit northern New South Wales in Australia again. Downstream, towns on the Richmond River, "
            "including Coraki and Woodburn, were cut off.")
    assert countries_of(make_document(text), gazetteer_5000, "Coraki") == ["AUS"]


def test_end_of_a_road_is_a_place(make_document, gazetteer_5000):
    text = ("An earthquake struck Japan's Noto peninsula on New Year's Day. "
            "Roads to Suzu were cut by landslides, officials in Japan said.")
    assert countries_of(make_document(text), gazetteer_5000, "Suzu") == ["JPN"]


def test_destination_of_a_flight_tagged_as_a_person(make_document, gazetteer_15000):
    text = ("Fighting in Indonesia's Papua province has displaced thousands, officials in Indonesia said. "
            "Families from the highlands have fled to Jayawijaya since January, church groups say.")
    assert countries_of(make_document(text), gazetteer_15000, "Jayawijaya") == ["IDN"]


def test_repeated_preposition_of_residents(make_document, gazetteer_5000):
    text = ("Residents of Batken town and of Kulundu were evacuated after the clashes on the border, "
            "officials in Kyrgyzstan said.")
    assert countries_of(make_document(text), gazetteer_5000, "Kulundu") == ["KGZ"]


def test_settlement_noun_after_a_lower_case_noun(make_document, gazetteer_15000):
    text = ("Lebanon's army deployed troops in Tripoli, Lebanon, after clashes on Friday. "
            "Soldiers stood at the entrance to the Zabbouba port area, officials in Lebanon said.")
    assert countries_of(make_document(text), gazetteer_15000, "Zabbouba") == ["LBN"]


def test_tagged_name_on_a_lower_case_river_is_a_place(make_document, gazetteer_15000):
    text = ("Days of rain flooded Costa Rica this week. In San José, Costa Rica, schools closed, and the "
            "Tárcoles river basin was under water.")
    found = [loc for loc in find_toponyms(make_document(text), [], gazetteer_15000) if "Tárcoles" in loc.text]
    assert [loc.country for loc in found] == ["CRI"]



def test_village_in_the_municipality_of_a_town(make_document, gazetteer_5000):
    text = ("The volcano erupted again in Guatemala on Sunday, officials in Guatemala City said. "
            "Residents of El Porvenir in the municipality of Alotenango were moved to shelters.")
    assert countries_of(make_document(text), gazetteer_5000, "El Porvenir") == ["GTM"]


def test_name_tagged_with_its_district_noun_as_a_body(make_document, gazetteer_15000):
    text = ("Shelling damaged houses in the Uri sector of Baramulla district in India's Kashmir, "
            "officials in India said.")
    found = [loc for loc in find_toponyms(make_document(text), [], gazetteer_15000) if "Baramulla" in loc.text]
    assert [loc.country for loc in found] == ["IND"]


def test_last_of_names_listed_on_a_district_noun_is_no_foreign_capital(make_document, gazetteer_15000):
    text = ("Houthi fighters and government forces clashed overnight in the Rahabah and Al-Juba districts south "
            "of Marib, Yemeni military sources said. Officials in Sanaa, Yemen, gave no toll.")
    assert countries_of(make_document(text), gazetteer_15000, "Al-Juba") == ["YEM"]


def test_hill_named_with_morne(make_document, gazetteer_15000):
    text = ("Heavy rain hit the Seychelles on Sunday. In Victoria, Seychelles, streets flooded, and landslides "
            "were reported on the slopes of Morne Blanc above the capital.")
    assert countries_of(make_document(text), gazetteer_15000, "Morne Blanc") == ["SYC"]


def test_namesake_valley_in_the_story_country(make_document, gazetteer_15000):
    text = ("Days of rain flooded Costa Rica this week. In San José, Costa Rica, and Cartago, Costa Rica, "
            "rivers burst their banks. Schools across the Central Valley were closed until Monday.")
    assert countries_of(make_document(text), gazetteer_15000, "Central Valley") == ["CRI"]
