"""Visits and missions to a place get the host country as target."""

from __future__ import annotations

from eventcoder.events.place_targets import target_from_place
from eventcoder.records import Actor, Location

IRQ = Actor("IRQGOV", "IRQ", "GOV", "Iraqi President", 0, 15)
AMMAN = Location("Amman", "Amman", "JOR", 31.95, 35.93, "city", 40, 45)


def test_visit_to_a_city_targets_its_country():
    host = target_from_place("042", (IRQ,), (), AMMAN)
    assert (host.code, host.country, host.text, host.start) == ("JOR", "JOR", "Amman", 40)


def test_no_host_when_there_is_a_target_or_another_root_or_the_same_country():
    assert target_from_place("042", (IRQ,), (Actor("JOR", "JOR", None, "Jordan", 1, 2),), AMMAN) is None
    assert target_from_place("051", (IRQ,), (), AMMAN) is None  # praise says nothing about a place
    home = Location("Baghdad", "Baghdad", "IRQ", 33.3, 44.4, "city", 40, 47)
    assert target_from_place("042", (IRQ,), (), home) is None
    unknown = Location(None, None, None, None, None, "unknown")
    assert target_from_place("042", (IRQ,), (), unknown) is None


def test_attack_threat_protest_or_coercion_targets_the_place_even_at_home():
    home = Location("Baghdad", "Baghdad", "IRQ", 33.3, 44.4, "city", 40, 47)
    for code in ("1724", "141", "130", "190", "1823"):
        host = target_from_place(code, (IRQ,), (), home)
        assert host is not None and host.country == "IRQ", code
    assert target_from_place("190", (IRQ,), (), AMMAN).country == "JOR"
    assert target_from_place("1823", (), (), home).country == "IRQ"  # "a bomb killed five in Baghdad"


def test_intent_targets_a_foreign_place_only():
    assert target_from_place("036", (IRQ,), (), AMMAN).country == "JOR"
    home = Location("Baghdad", "Baghdad", "IRQ", 33.3, 44.4, "city", 40, 47)
    assert target_from_place("036", (IRQ,), (), home) is None


def test_domestic_roles_take_the_country_of_the_event_place():
    from eventcoder.events.place_targets import actors_in_place_country

    people = Actor("CVL", None, "CVL", "people", 0, 6)
    troops = Actor("MIL", None, "MIL", "troops", 10, 16)
    placed = actors_in_place_country((people, troops, IRQ), AMMAN, frozenset({"IRQ"}))
    assert [a.code for a in placed] == ["JORCVL", "MIL", "IRQGOV"]  # armed roles may be foreign; coded ones stay
    unknown = Location(None, None, None, None, None, "unknown")
    assert actors_in_place_country((people,), unknown) == (people,)


def test_armed_roles_take_the_place_country_only_when_no_other_country_is_named():
    from eventcoder.events.place_targets import actors_in_place_country

    rebels = Actor("REB", None, "REB", "rebels", 0, 6)
    assert [a.code for a in actors_in_place_country((rebels,), AMMAN, frozenset())] == ["JORREB"]
    assert [a.code for a in actors_in_place_country((rebels,), AMMAN, frozenset({"JOR"}))] == ["JORREB"]
    assert [a.code for a in actors_in_place_country((rebels,), AMMAN, frozenset({"SYR"}))] == ["REB"]
