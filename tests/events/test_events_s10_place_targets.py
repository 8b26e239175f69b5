"""Session 10: domestic measures and demands for reform aimed at the source's own country (place_targets)."""

from __future__ import annotations

from eventcoder.events.place_targets import target_from_place
from eventcoder.records import Actor, Location

UNKNOWN = Location(None, None, None, None, None, "unknown")


def test_domestic_measures_without_target_or_place_target_the_own_country():
    # session 10: curfews, emergencies, bans imposed or lifted, police deployed, demands for reform by society
    state = Actor("LKA", "LKA", None, "Sri Lanka", 0, 9)
    assert target_from_place("1723", (state,), (), UNKNOWN).code == "LKA"
    assert target_from_place("081", (Actor("TZAGOV", "TZA", "GOV", "the president", 0, 13),), (), UNKNOWN).code == "TZA"
    opposition = Actor("TZAOPP", "TZA", "OPP", "opposition parties", 0, 18)
    assert target_from_place("104", (opposition,), (), UNKNOWN).code == "TZA"
    # a state's demand, restrictions in general and force are aimed at others, named or not
    assert target_from_place("104", (state,), (), UNKNOWN) is None
    assert target_from_place("172", (state,), (), UNKNOWN) is None
    assert target_from_place("190", (state,), (), UNKNOWN) is None
    nairobi = Location("Nairobi", "Nairobi", "KEN", -1.3, 36.8, "city", 30, 37)
    assert target_from_place("1723", (state,), (), nairobi).start == 30  # the place where it applies comes first


def test_calling_off_a_strike_disarming_and_mass_violence_target_the_own_country():
    doctors = Actor("NGAHLH", "NGA", "HLH", "Nigerian doctors", 0, 16)
    assert target_from_place("082", (doctors,), (), UNKNOWN).code == "NGA"
    rebels = Actor("COLREB", "COL", "REB", "Colombia's FARC rebels", 0, 22)
    assert target_from_place("0873", (rebels,), (), UNKNOWN).code == "COL"
    rakhine = Location("Rakhine", "Rakhine State", "MMR", 20.0, 93.0, "region", 40, 47)
    army = Actor("MMRMIL", "MMR", "MIL", "Myanmar's military", 0, 18)
    assert target_from_place("203", (army,), (), rakhine).code == "MMR"
