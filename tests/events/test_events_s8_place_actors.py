"""Protests aimed at the protesters' own country; unattributed violence sourced from its place."""

from __future__ import annotations

from eventcoder.events.place_targets import source_from_place, target_from_place
from eventcoder.records import Actor, Location

STUDENTS = Actor("KENEDU", "KEN", "EDU", "Kenyan students", 0, 15)
SOLDIERS = Actor("USAMIL", "USA", "MIL", "two US soldiers", 0, 15)
UNKNOWN = Location(None, None, None, None, None, "unknown")
MOSUL = Location("Mosul", "Mosul", "IRQ", 36.3, 43.1, "city", 50, 55)


def test_protest_without_target_or_place_targets_the_protesters_country():
    host = target_from_place("145", (STUDENTS,), (), UNKNOWN)
    assert (host.code, host.country, host.text) == ("KEN", "KEN", "Kenyan students")


def test_own_country_only_for_protests_by_one_country():
    assert target_from_place("190", (STUDENTS,), (), UNKNOWN) is None  # a fight needs a named or placed target
    igo = Actor("IGOUNO", None, None, "the UN", 0, 6)
    assert target_from_place("141", (igo,), (), UNKNOWN) is None
    assert target_from_place("141", (STUDENTS, Actor("UGA", "UGA", None, "Ugandans", 20, 28)), (), UNKNOWN) is None
    nairobi = Location("Nairobi", "Nairobi", "KEN", -1.3, 36.8, "city", 30, 37)
    assert target_from_place("141", (STUDENTS,), (), nairobi).start == 30  # a named place still comes first


def test_unattributed_attack_is_sourced_from_its_place():
    source = source_from_place("1823", (), (SOLDIERS,), MOSUL)
    assert (source.code, source.country, source.text, source.start) == ("IRQ", "IRQ", "Mosul", 50)


def test_no_place_source_when_a_perpetrator_or_victim_is_missing_or_not_violence():
    iraq = Actor("IRQ", "IRQ", None, "Iraq", 0, 4)
    assert source_from_place("1823", (iraq,), (SOLDIERS,), MOSUL) is None
    assert source_from_place("1823", (), (), MOSUL) is None
    # (session 12: an arrest with no one named is the state's where it happens, as sentence-level gold codes it; see
    # test_events_s12_place_sources.py)
    assert source_from_place("172", (), (SOLDIERS,), MOSUL) is None  # a ban is no violence
    assert source_from_place("1823", (), (SOLDIERS,), UNKNOWN) is None


def test_withdrawal_from_a_foreign_place_targets_its_country():
    troops = Actor("TURMIL", "TUR", "MIL", "Turkish troops", 0, 14)
    assert target_from_place("0874", (troops,), (), MOSUL).country == "IRQ"
    ankara = Location("Ankara", "Ankara", "TUR", 39.9, 32.9, "city", 40, 46)
    assert target_from_place("0874", (troops,), (), ankara) is None  # at home: no counterpart


def test_a_state_protesting_is_not_aimed_at_itself():
    turkey = Actor("TUR", "TUR", None, "Turkey", 0, 6)
    assert target_from_place("141", (turkey,), (), UNKNOWN) is None
    ministry = Actor("TURGOV", "TUR", "GOV", "the Turkish foreign ministry", 0, 27)
    assert target_from_place("141", (ministry,), (), UNKNOWN) is None


def test_a_country_attacked_by_no_one_named_is_not_attacking_itself():
    iraq = Actor("IRQ", "IRQ", None, "Iraq", 30, 34)
    assert source_from_place("190", (), (iraq,), MOSUL) is None
