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
