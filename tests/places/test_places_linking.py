"""find_place: the place attached to the event trigger, with its precision; find_toponyms."""

from __future__ import annotations

import pytest

from eventcoder.places import Gazetteer, find_place, find_toponyms
from eventcoder.records import Actor, ActorMention, EventMention, Location, Span

SEED = ("Russian bombers used Nojeh air base near Hamadan in Iran to launch air strikes "
        "against armed groups in Syria.")


@pytest.fixture(scope="module")
def gazetteer(gazetteer_15000):
    return gazetteer_15000


def event(document, word: str, cameo: str = "190", nth: int = 0) -> EventMention:
    """An EventMention whose trigger is the nth token spelled ``word``."""
    token = [t for t in document.doc if t.text == word][nth]
    sentence_index = next(i for i, s in enumerate(document.sentences) if s.start <= token.i < s.end)
    return EventMention(sentence_index, Span(token.text, token.idx, token.idx + len(token)), token.i, cameo)


def actor(document, text: str, code: str, country: str) -> ActorMention:
    """An ActorMention covering the first occurrence of ``text``."""
    start = document.clean_text.index(text)
    span = document.doc.char_span(start, start + len(text))
    return ActorMention(Actor(code, country, None, text, start, start + len(text)), span.start, span.end,
                        span.root.i)


def test_seed_sentence_strikes_are_in_syria(make_document, gazetteer):
    document = make_document(SEED)
    location = find_place(document, event(document, "strikes", "195"), [], gazetteer)
    assert (location.text, location.country, location.precision) == ("Syria", "SYR", "country")
    assert SEED[location.start:location.end] == "Syria"


def test_seed_sentence_base_use_is_at_the_air_base_in_iran(make_document, gazetteer):
    document = make_document(SEED)
    location = find_place(document, event(document, "used", "062"), [], gazetteer)
    assert location.text == "Nojeh air base"
    assert (location.country, location.precision) == ("IRN", "point")
    assert (location.lat, location.lon) == pytest.approx((35.2116, 48.6534))


def test_visit_goes_to_the_destination_with_country_precision(make_document, gazetteer):
    document = make_document("Iranian President Hassan Rouhani will pay a visit to Russia on Monday.")
    location = find_place(document, event(document, "visit", "042"), [], gazetteer)
    assert (location.name, location.country, location.precision) == ("Russia", "RUS", "country")
    # Country precision carries the country's representative point, never a city's.
    assert location.lat is not None and location.geonameid is None


def test_city_precision_for_a_meeting_place(make_document, gazetteer):
    document = make_document("The president met his French counterpart in Paris on Tuesday.")
    location = find_place(document, event(document, "met", "040"), [], gazetteer)
    assert (location.name, location.country, location.precision) == ("Paris", "FRA", "city")
    assert location.geonameid is not None


def test_region_precision(make_document, gazetteer):
    document = make_document("Government aircraft bombed rebel positions in Idlib province on Friday.")
    location = find_place(document, event(document, "bombed", "195"), [], gazetteer)
    assert (location.text, location.country, location.precision) == ("Idlib province", "SYR", "region")


def test_object_of_an_attack_is_the_place(make_document, gazetteer):
    document = make_document("Government forces recaptured Aleppo after weeks of fighting.")
    location = find_place(document, event(document, "recaptured", "190"), [], gazetteer)
    assert (location.name, location.precision) == ("Aleppo", "city")


def test_metonym_subject_is_an_actor_not_the_place(make_document, gazetteer):
    document = make_document("Turkey shelled Kurdish positions in Afrin on Sunday.")
    turkey = actor(document, "Turkey", "TUR", "TUR")
    location = find_place(document, event(document, "shelled"), [turkey], gazetteer)
    assert location.text == "Afrin"
    document = make_document("Moscow condemned the decision.")
    moscow = actor(document, "Moscow", "RUSGOV", "RUS")
    assert find_place(document, event(document, "condemned", "122"), [moscow], gazetteer).precision == "unknown"


def test_unknown_when_no_place_is_said(make_document, gazetteer):
    document = make_document("The minister criticised the decision on Monday.")
    location = find_place(document, event(document, "criticised", "111"), [], gazetteer)
    assert location == Location(None, None, None, None, None, "unknown")


def test_place_of_a_reported_event_is_not_the_place_of_the_statement(make_document, gazetteer):
    document = make_document("The spokesman said the army would send troops to Syria.")
    assert find_place(document, event(document, "said", "010"), [], gazetteer).precision == "unknown"
    location = find_place(document, event(document, "send", "152"), [], gazetteer)
    assert location.country == "SYR"


def test_place_of_the_trigger_wins_over_other_places_in_the_sentence(make_document, gazetteer):
    document = make_document("Officials from Egypt said protesters gathered in Amman on Friday.")
    assert find_place(document, event(document, "gathered", "141"), [], gazetteer).name == "Amman"


def test_qualified_place_prefers_the_named_place_over_its_qualifier(make_document, gazetteer):
    document = make_document("A policeman was killed in Mosul, north of Baghdad, on Sunday.")
    assert find_place(document, event(document, "killed", "190"), [], gazetteer).name == "Mosul"


def test_modifier_of_a_non_place_noun_is_not_the_place(make_document, gazetteer):
    document = make_document("Five people were killed in a U.S. airstrike.")
    assert find_place(document, event(document, "killed", "195"), [], gazetteer).precision == "unknown"


def test_find_toponyms_lists_resolved_places_but_not_demonyms_or_actors(make_document, gazetteer):
    document = make_document("Russian and Iranian officials met in Tehran. Moscow said talks in Damascus would follow.")
    moscow = actor(document, "Moscow", "RUSGOV", "RUS")
    names = [location.name for location in find_toponyms(document, [moscow], gazetteer)]
    assert names == ["Tehran", "Damascus"]
    with_actor = [location.name for location in find_toponyms(document, [], gazetteer)]
    assert "Moscow" in with_actor


def test_find_place_handles_out_of_range_mentions(make_document, gazetteer):
    document = make_document("Troops entered Kabul.")
    mention = EventMention(7, Span("x", 0, 1), 999, "190")
    assert find_place(document, mention, [], gazetteer).precision == "unknown"


def test_an_actor_country_is_still_the_destination_of_a_visit(make_document, gazetteer):
    document = make_document("Rouhani is scheduled to pay a formal visit to Russia on Monday.")
    russia = actor(document, "Russia", "RUS", "RUS")
    location = find_place(document, event(document, "pay", "042"), [russia], gazetteer)
    assert (location.text, location.precision) == ("Russia", "country")
    # The same actor as the target of criticism is not a place.
    document = make_document("Iran criticised Russia on Monday.")
    russia = actor(document, "Russia", "RUS", "RUS")
    assert find_place(document, event(document, "criticised", "111"), [russia], gazetteer).precision == "unknown"


def test_topic_of_talks_is_not_their_place(make_document, gazetteer):
    document = make_document("The two presidents held phone conversations on the crisis in Syria.")
    assert find_place(document, event(document, "held", "040"), [], gazetteer).precision == "unknown"
    document = make_document("Seven people were killed in an attack on Homs.")
    assert find_place(document, event(document, "killed", "190"), [], gazetteer).name == "Homs"


def test_passive_subject_place_is_where_it_happened(make_document, gazetteer):
    document = make_document("Kandahar was captured by the rebels on Sunday.")
    assert find_place(document, event(document, "captured", "190"), [], gazetteer).text == "Kandahar"
    document = make_document("Kabul condemned the attack.")
    assert find_place(document, event(document, "condemned", "122"), [], gazetteer).precision == "unknown"


def test_unknown_place_inside_a_known_one_takes_its_coordinates(make_document, gazetteer):
    document = make_document("Troops liberated the village of Tamthil in Homs province.")
    location = find_place(document, event(document, "liberated", "190"), [], gazetteer)
    assert (location.text, location.name, location.precision) == ("Tamthil", "Homs province", "region")
    # A direction phrase is not containment: "X, south of Baghdad" is not in Baghdad.
    document = make_document("Gunmen attacked the village of Tamthil, south of Baghdad.")
    location = find_place(document, event(document, "attacked", "190"), [], gazetteer)
    # (A one-sentence text whose only place is in Iraq is set in Iraq: the country, never Baghdad's point.)
    assert (location.text, location.name, location.precision) == ("Tamthil", "Iraq", "country")
