"""Places the tagger misses or calls a person or organisation, found because the syntax says so."""

import pytest

from eventcoder.places import Gazetteer, find_place, find_toponyms
from eventcoder.records import EventMention, Span


@pytest.fixture(scope="module")
def gazetteer(gazetteer_5000):
    return gazetteer_5000


def _mention(document, word):
    doc = document.doc
    token = next(t for t in doc if t.text == word)
    index = next(i for i, s in enumerate(document.sentences) if s.start <= token.i < s.end)
    return EventMention(index, Span(token.text, token.idx, token.idx + len(token)), token.i, "190")


def _texts(document, gazetteer):
    return [location.text for location in find_toponyms(document, [], gazetteer)]


def test_captured_town_is_a_place(make_document, gazetteer):
    document = make_document("Government troops on Sunday captured Knin after a short battle.")
    location = find_place(document, _mention(document, "captured"), [], gazetteer)
    assert location.text == "Knin"
    assert location.country == "HRV"


def test_small_town_modifying_a_facility_is_a_place(make_document, gazetteer):
    document = make_document("A fire destroyed the Omagh home of a local teacher late on Tuesday.")
    assert "Omagh" in _texts(document, gazetteer)
    location = find_place(document, _mention(document, "destroyed"), [], gazetteer)
    assert location.text == "Omagh"


def test_possessive_place_noun(make_document, gazetteer):
    document = make_document("Police helicopters patrolled Tokyo's skies on Saturday.")
    location = find_place(document, _mention(document, "patrolled"), [], gazetteer)
    assert location.text == "Tokyo"


def test_person_name_that_is_a_town_is_not_a_place_without_place_syntax(make_document, gazetteer):
    document = make_document("Knin said on Sunday that the talks had gone well.")
    assert "Knin" not in _texts(document, gazetteer)


def test_two_clauses_away_through_a_time_clause(make_document, gazetteer):
    document = make_document(
        "Soldiers shot two tourists while they were camping on a beach near the town of Galle last week."
    )
    location = find_place(document, _mention(document, "shot"), [], gazetteer)
    assert location.text == "Galle"


def test_reported_speech_still_not_the_event_place(make_document, gazetteer):
    document = make_document("Police arrested the man, who said he had lived in Paris for years.")
    location = find_place(document, _mention(document, "arrested"), [], gazetteer)
    assert location.text is None


def test_overseas_territory_is_its_own_country(make_document, gazetteer):
    document = make_document("Dengue cases rose sharply in Mayotte and in French Guiana this month.")
    countries = {location.text: location.country for location in find_toponyms(document, [], gazetteer)}
    assert countries == {"Mayotte": "MYT", "French Guiana": "GUF"}


def test_first_level_region_without_a_city_of_its_name(make_document, gazetteer):
    document = make_document("Cholera cases were reported in Mashonaland West over the past week.")
    (location,) = find_toponyms(document, [], gazetteer)
    assert (location.text, location.country, location.precision) == ("Mashonaland West", "ZWE", "region")


def test_name_with_a_settlement_noun_tagged_as_one_entity(make_document, gazetteer):
    document = make_document("Three babies died in Pingliang city in northwest China.")
    assert "Pingliang" in _texts(document, gazetteer)


def test_conjuncts_of_a_locative_phrase_are_places(make_document, gazetteer):
    document = make_document("The outbreak began among birds in the Temryuk and Anapa districts.")
    texts = _texts(document, gazetteer)
    assert "Temryuk" in texts and "Anapa" in texts


def test_town_of_name_with_alternate_spelling(make_document, gazetteer):
    document = make_document("Helicopters landed in the tourist town of Maarib on Monday.")
    (location,) = find_toponyms(document, [], gazetteer)
    assert location.country == "YEM"


def test_place_opening_its_local_body_name(make_document, gazetteer):
    document = make_document("A Westminster City Council spokeswoman said the roads would reopen.")
    assert "Westminster" in _texts(document, gazetteer)


def test_person_of_a_country_in_the_subject_is_not_the_event_place(make_document, gazetteer):
    document = make_document("Sara Fischer of Sweden captured her first title on Sunday.")
    location = find_place(document, _mention(document, "captured"), [], gazetteer)
    assert location.text is None


def test_passive_subject_named_like_a_town_is_not_a_place_of_a_shooting(make_document, gazetteer):
    document = make_document("Arad was shot down in 1986 and held by guerrillas.")
    location = find_place(document, _mention(document, "shot"), [], gazetteer)
    assert location.text != "Arad"


def test_town_in_a_locative_chain_wins_over_its_distance_reference(make_document, gazetteer):
    document = make_document(
        "A bomb exploded near a mosque in a market in the town of Fallujah, 80 km west of Baghdad."
    )
    location = find_place(document, _mention(document, "exploded"), [], gazetteer)
    assert location.text == "Fallujah"


def test_unknown_name_tagged_as_an_organisation_after_in_is_a_place(make_document, gazetteer):
    document = make_document("A bomber detonated his car near a bus in Kfar Darom on Monday.")
    location = find_place(document, _mention(document, "detonated"), [], gazetteer)
    assert location.text == "Kfar Darom"
    assert location.precision == "unknown"


def test_organisation_after_at_is_not_a_place(make_document, gazetteer):
    document = make_document("He was arrested at Hunt Oil Company on Monday.")
    location = find_place(document, _mention(document, "arrested"), [], gazetteer)
    assert location.text is None


def test_country_owning_a_facility_yields_to_the_city_it_is_in(make_document, gazetteer):
    document = make_document("Several thousand protesters demonstrated outside the US embassy in Brussels on Monday.")
    location = find_place(document, _mention(document, "demonstrated"), [], gazetteer)
    assert location.text == "Brussels"


def test_unknown_tagged_place_captured_is_the_event_place(make_document, gazetteer):
    document = make_document("Ethiopian troops captured Burdhubo on Monday after heavy fighting.")
    location = find_place(document, _mention(document, "captured"), [], gazetteer)
    assert (location.text, location.precision) == ("Burdhubo", "unknown")  # the tagger calls it a GPE


def test_untagged_village_name_takes_its_container(make_document, gazetteer):
    document = make_document("A dead swan was found in the village of Cellardyke in Fife, Scotland.")
    locations = {location.text: location for location in find_toponyms(document, [], gazetteer)}
    assert "Cellardyke" in locations
    assert locations["Cellardyke"].country == "GBR"
    assert locations["Cellardyke"].name == "Fife"


def test_country_an_organisation_is_of(make_document, gazetteer):
    document = make_document("The Ministry of Health of the People's Republic of China issued an order.")
    assert any(text.endswith("China") for text in _texts(document, gazetteer))


def test_close_to_is_a_location_not_a_destination(make_document, gazetteer):
    document = make_document("Government troops destroyed 14 rebel bunkers close to Jaffna on Sunday.")
    location = find_place(document, _mention(document, "destroyed"), [], gazetteer)
    assert location.text == "Jaffna"


def test_place_modifying_a_roadblock_is_the_event_place(make_document, gazetteer):
    document = make_document("A soldier shot a man at a Jerusalem roadblock on Thursday.")
    location = find_place(document, _mention(document, "shot"), [], gazetteer)
    assert location.text == "Jerusalem"
