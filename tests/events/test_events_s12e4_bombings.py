"""Session 12 (E4): unattributed bombings are coded from the explosion itself, guarded against accidents."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def explosion_codes(make_document, patterns):
    """text -> codes of the events on an explosion verb (no actor needed: the place stage names both sides)."""
    from eventcoder.actors import ActorDictionary, find_actors
    from eventcoder.events import find_events

    dictionary = ActorDictionary.load()

    def run(text):
        document = make_document(text)
        return [e.cameo for e in find_events(document, find_actors(document, dictionary), patterns)
                if e.pattern == "unattributed_explosion" or e.cameo.startswith("183")]

    return run


@pytest.mark.parametrize("text, code", [
    ("A car bomb exploded near a market in Benghazi on Thursday.", "1832"),
    ("A roadside bomb went off in Kandahar on Monday.", "1833"),
    ("A blast ripped through a mosque in Quetta during Friday prayers.", "183"),
    ("A suicide bomb exploded outside a police station in Kabul.", "1831"),
    ("Two bombs exploded in Baghdad, killing five people.", "183"),
])
def test_unattributed_bombings(explosion_codes, text, code):
    assert code in explosion_codes(text)


@pytest.mark.parametrize("text", [
    "A gas explosion ripped through a factory in Tianjin.",
    "A boiler exploded at a plant in Dhaka.",
    "Fireworks exploded in a warehouse in Mexico City.",
    "Explosions shook the city overnight.",  # nowhere to place it
    "The bomb failed to explode.",
])
def test_accidents_and_unplaced_blasts_are_no_bombing(explosion_codes, text):
    assert explosion_codes(text) == []


def test_a_bomb_set_by_a_named_group_is_theirs(real_events):
    events = real_events("A bomb planted by Taliban militants exploded in Kandahar.")
    assert [e for e in events if e[0].startswith("183") and e[1] == ("AFG",)], events
    assert not [e for e in events if e[0].startswith("183") and not e[1]], events


@pytest.fixture(scope="module")
def full_coder(default_coder):
    return default_coder  # tests/conftest.py: one per session


def test_the_place_names_both_sides(full_coder, make_document):
    events = full_coder.code_document(make_document("A car bomb exploded near a market in Benghazi on Thursday."))
    assert [(e.cameo, [a.country for a in e.source], [a.country for a in e.target]) for e in events] == [
        ("1832", ["LBY"], ["LBY"])]


def test_bombings_take_the_place_as_source():
    from eventcoder.events.place_targets import source_from_place
    from eventcoder.records import Actor, Location

    fields = Location.__dataclass_fields__
    place = Location(**{name: None for name in fields if name not in ("precision",)}
                     | {"country": "LBY", "text": "Benghazi", "precision": "city", "start": 0, "end": 8})
    target = (Actor(code="LBY", country="LBY", sector=None, text="Benghazi", start=0, end=8),)
    origin = source_from_place("1832", (), target, place)
    assert origin is not None and origin.country == "LBY"
    assert source_from_place("190", (), target, place) is None  # an attack on a country names no attacker


def test_a_device_alone_is_no_bomb(explosion_codes):
    assert explosion_codes("The device exploded in his pocket in Seoul.") == []
    assert "183" in explosion_codes("An explosive device ripped through a crowded market in Peshawar.")


def test_an_actor_elsewhere_in_the_clause_is_a_weak_target(real_events):
    events = real_events("A car bomb exploded alongside a convoy of vehicles used by Yemen's defense minister.")
    assert [e for e in events if e[0] == "1832" and e[2] == ("YEM",)], events


def test_a_bombing_nothing_places_is_dropped(full_coder, make_document):
    # the events stage keeps it for the place stage; a place in no country names no one, so it is no record
    events = full_coder.code_document(make_document("A bomb exploded on a ferry in the Mediterranean on Sunday."))
    assert not [e for e in events if not e.source and not e.target], events
