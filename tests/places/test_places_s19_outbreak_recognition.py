"""Session 19: names in outbreak news the tagger calls a person or organisation: where people come from ("a man
from X", "miners from X"), where a movement starts ("trucks crossing from X", "ferries arriving from X"), and a
list of towns whose last pieces the tagger glued into one organisation."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: loc.country for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_ferries_arriving_from_towns(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Foot-and-mouth disease was found in Britain. Checks were tightened on ferries arriving from "
                   "Holyhead and Cairnryan at Dublin port.")
    assert found.get("Holyhead") == "GBR"


def test_trucks_crossing_from_a_province(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Bird flu has reached Cambodia. Trucks crossing from Svay Rieng into Vietnam were disinfected.")
    assert found.get("Svay Rieng") == "KHM"


def test_people_from_a_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Dozens of miners from Tumeremo were treated at a clinic in Venezuela.")
    assert found.get("Tumeremo") == "VEN"


def test_experts_from_a_body_are_no_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Experts from Pfizer and researchers from Harvard joined the team in Geneva.")
    assert set(found) == {"Geneva"}


def test_list_of_towns_glued_into_an_organisation(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Cholera has spread across Uganda. New cases were reported in Gulu, Kagadi and Wakiso, officials said.")
    assert found.get("Kagadi") == "UGA" and found.get("Wakiso") == "UGA"


def test_second_name_of_two_districts(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "KAMPALA, Uganda (AP) - Ebola cases rose in Kasese district and Bundibugyo district on Monday, "
                   "health officials said.")
    assert found.get("Bundibugyo") == "UGA"


def test_town_in_a_part_of_a_city(make_document, gazetteer_5000):
    # Scarborough, Ontario is no town of our gazetteer: the text puts the name inside Toronto, not in England
    found = _found(make_document, gazetteer_5000,
                   "In Canada, an emergency was declared in the province of Ontario after cases at a hospital in "
                   "Scarborough, in the east of Toronto.")
    assert found.get("Scarborough") == "CAN"


def test_faith_before_community_is_no_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Measles has spread in Ohio. Similar outbreaks in Amish communities have been reported in Canada, "
                   "where an Amish community near Aylmer was hit.")
    assert "Amish" not in found


def test_disease_at_sentence_start_is_no_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Cholera has returned to Haiti. Diphtheria, unseen there for decades, has been reported in "
                   "Port-au-Prince, Cap-Haitien and Les Cayes.")
    assert "Diphtheria" not in found and "Cholera" not in found


def test_plural_sites_of_a_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Swine flu has killed dozens in Mexico. Inspectors visited the pig farms of Perote this week.")
    assert found.get("Perote") == "MEX"


def test_federal_district_by_its_country(make_document, gazetteer_5000):
    brazil = _found(make_document, gazetteer_5000,
                    "Dengue emergencies were declared in Brazil, in the Federal District and in the states of Goiás "
                    "and Paraná.")
    mexico = _found(make_document, gazetteer_5000,
                    "Swine flu cases rose in Mexico City and across the Federal District, Mexican officials said.")
    assert brazil.get("Federal District") == "BRA" and mexico.get("Federal District") == "MEX"


def test_goods_and_flights_from_towns(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "The outbreak began in China. Flights from Wuhan were suspended and passengers from Guangzhou "
                   "were screened.")
    assert found.get("Wuhan") == "CHN" and found.get("Guangzhou") == "CHN"


def test_examples_of_districts_in_a_country(make_document, gazetteer_5000):
    # Faridpur is a town of India and of Bangladesh: the examples lie in the country named before them
    found = _found(make_document, gazetteer_5000,
                   "Nipah killed 17 people in Kerala, India. Outbreaks have occurred in Bangladesh, in districts such "
                   "as Faridpur, and in West Bengal.")
    assert found.get("Faridpur") == "BGD"
