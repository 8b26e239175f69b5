"""Session 12b: places joined by a hyphen or glued into one name by "to", a quarter before its city in event
linking, and large towns the GeoNames city list lacks (places/toponyms.py, linking.py, cues.yaml,
facilities.tsv)."""

from __future__ import annotations

import pytest

from eventcoder.places import find_place, find_toponyms
from eventcoder.records import EventMention, Span


def found(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


def event(document, word: str, cameo: str = "190") -> EventMention:
    token = next(t for t in document.doc if t.text == word)
    sentence_index = next(i for i, s in enumerate(document.doc.sents) if s.start <= token.i < s.end)
    return EventMention(sentence_index, Span(token.text, token.idx, token.idx + len(token)), token.i, cameo)


HYPHEN_JOINED_CASES = [
    # one side tagged as a person, the other untagged; both before a crossing
    ("Migrants gathered at the Kuźnica-Bruzgi crossing on the border between Poland and Belarus.",
     {"Kuźnica": "POL", "Bruzgi": "BLR"}),
    # both sides inside one organisation name before a route
    ("Aid trucks travelled the Rafah-Kerem Shalom route into Gaza on Sunday.",
     {"Rafah": "PSE", "Kerem Shalom": "ISR"}),
]


@pytest.mark.parametrize("text, countries", HYPHEN_JOINED_CASES)
def test_names_joined_by_a_hyphen_before_a_link_noun_are_places(make_document, gazetteer_5000, text, countries):
    places = found(make_document(text), gazetteer_5000)
    for name, country in countries.items():
        matches = [location for place_text, location in places.items() if place_text.startswith(name)]
        assert matches and matches[0].country == country, (name, sorted(places))


def test_nationality_adjectives_joined_by_a_hyphen_are_no_places(make_document, gazetteer_5000):
    text = "Shelling was reported along the Turkish-Syrian border near Kilis in Turkey."
    places = found(make_document(text), gazetteer_5000)
    assert not any(name.startswith(("Turkish", "Syrian")) for name in places) and "Kilis" in places


def test_a_known_hyphenated_name_stays_whole(make_document, gazetteer_5000):
    text = "Troops were sent to the Guinea-Bissau border from Dakar, Senegal."
    places = found(make_document(text), gazetteer_5000)
    assert places["Guinea-Bissau"].country == "GNB" and "Guinea" not in places


def test_the_ends_of_a_route_tagged_as_one_name_are_places(make_document, gazetteer_5000):
    text = "Militants attacked a train in the Bolan Pass to Sibi in Balochistan, Pakistan."
    places = found(make_document(text), gazetteer_5000)
    assert places["Bolan Pass"].country == "PAK" and places["Sibi"].country == "PAK"
    assert places["Sibi"].precision == "city"


def test_a_quarter_wins_over_its_city_in_event_linking(make_document, gazetteer_5000):
    document = make_document("Gunmen attacked a mosque in Baghdad's neighborhood of Adhamiyah on Friday.")
    location = find_place(document, event(document, "attacked"), [], gazetteer_5000)
    assert location.text == "Adhamiyah" and location.country == "IRQ"


def test_a_large_town_the_city_list_lacks(make_document, gazetteer_5000):
    text = "Protesters blocked roads in El Alto, near La Paz, Bolivia."
    places = found(make_document(text), gazetteer_5000)
    assert places["El Alto"].country == "BOL" and places["El Alto"].precision == "city"


def test_a_river_named_after_a_town_is_the_river(make_document, gazetteer_5000):
    text = ("Fighting began near a water intake on the Isfara river, close to the Tajik town of Isfara and the "
            "Kyrgyz village of Kok-Tash in Batken region.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Isfara river"].precision == "region" and places["Isfara"].country == "TJK"


def test_a_nationality_adjective_before_a_settlement_noun_is_no_place(make_document, gazetteer_5000):
    text = ("Fighting began near a water intake on the Isfara river, close to the Tajik town of Isfara and the "
            "Kyrgyz village of Kok-Tash in Batken region.")
    places = found(make_document(text), gazetteer_5000)
    assert "Tajik" not in places and "Kyrgyz" not in places


def test_an_unknown_piece_after_at_in_a_glued_name_is_a_place(make_document, gazetteer_5000):
    text = ("Protesters cut off the western cities of La Paz and El Alto. Police clashed with protesters on the "
            "road between Cochabamba and Oruro at Parotani, and several officers were injured.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Parotani"].country == "BOL" and places["Oruro"].country == "BOL"


def test_a_name_before_an_adjective_and_a_settlement_noun_is_a_place(make_document, gazetteer_5000):
    text = ("Floods killed 300 people in South Africa's KwaZulu-Natal province. Most of the deaths were in the "
            "eThekwini metropolitan area around Durban, where settlements in Pinetown collapsed.")
    places = found(make_document(text), gazetteer_5000)
    assert places["eThekwini"].country == "ZAF"


@pytest.mark.parametrize("text, name, country", [
    ("A suicide bomber killed 40 policemen in Pulwama district, the deadliest attack on security forces in "
     "Indian-administered Kashmir in three decades.", "Indian-administered Kashmir", "IND"),
    ("Officials in Muzaffarabad, the main city of Pakistan-administered Kashmir, said troops were on alert.",
     "Pakistan-administered Kashmir", "PAK"),
])
def test_a_hyphenated_qualifier_says_whose_part_of_an_area(make_document, gazetteer_5000, text, name, country):
    places = found(make_document(text), gazetteer_5000)
    assert places[name].country == country


def test_a_name_parsed_as_an_adjective_before_a_settlement_noun_is_a_place(make_document, gazetteer_5000):
    text = ("At least 21 people were killed in two separate Boko Haram attacks on Akida village and Mbuta village "
            "near the key city of Maiduguri in northeast Nigeria, a community leader said on Friday.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Mbuta"].country == "NGA"


def test_an_unknown_name_the_text_puts_inside_a_known_place(make_document, gazetteer_5000):
    text = ("Thirty-seven people have been killed and about 10 houses set on fire at Mutarule, in the territory "
            "of Uvira, Sud-Kivu Province.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Mutarule"].country == "COD"


def test_the_outskirts_of_a_name_make_it_a_settlement(make_document, gazetteer_5000):
    text = ("Two Turkish tanks were destroyed on the outskirts of Bza'a on Sunday, a monitor in Syria said. "
            "Fighting went on near Aleppo in northern Syria.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Bza'a"].country == "SYR"
