"""Arguments: coordinated origins of a group noun, role-only detainees of a state, deportation destinations
and violence by protesters (own sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coded(real_event_codes):
    return real_event_codes


def test_a_group_from_coordinated_countries_is_both_parties(coded):
    events = coded("Delegations from Russia and Ukraine held talks in Minsk.")
    pairs = {(e[1][0][:3], e[2][0][:3]) for e in events if e[0] == "040" and e[1] and e[2]}
    assert pairs == {("RUS", "UKR"), ("UKR", "RUS")}


def test_a_single_origin_stays_one_party(coded):
    events = coded("Envoys from Qatar met Afghan leaders.")
    assert all(len(e[1]) == 1 for e in events if e[0] == "040")


def test_role_only_detainees_of_a_state_are_its_own(coded):
    assert [e for e in coded("Egypt detained 40 journalists on Sunday.") if e[0] == "173" and e[2] == ("EGYMED",)]
    # a detainee with its own country keeps it
    assert [e for e in coded("Iran arrested two British citizens.") if e[0] == "173" and e[2][0].startswith("GBR")]


def test_deportation_destination_is_the_target(coded):
    assert [e for e in coded("Italy deported dozens of migrants to Tunisia.")
            if e[0] == "174" and e[1] == ("ITA",) and e[2] == ("TUN",)]


def test_violence_by_protesters_is_violent_protest(coded):
    assert [e for e in coded("Angry demonstrators attacked the Israeli embassy in Amman.") if e[0] == "145"]
    assert [e for e in coded("Rioters torched several police stations in Lagos.") if e[0] == "145"]
    # police violence against protesters stays what it is
    events = coded("Police beat protesters in Nairobi.")
    assert [e for e in events if e[0] == "182"] and not [e for e in events if e[0] == "145"]


def test_role_only_targets_of_a_protest_are_the_protesters_own(coded):
    assert [e for e in coded("Thousands of Serbian students marched on parliament.") if e[0] == "141" and e[2] == ("SRBLEG",)]
    # a target with its own country keeps it
    assert [e for e in coded("Kurdish protesters in Germany rallied outside the Turkish embassy.")
            if e[0] == "141" and e[2] == ("TURGOV",)]
