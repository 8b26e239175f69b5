"""Wire phrasings: solidarity and support, arriving for talks, handing back, drawing down and evacuating,
troops moved to a border, approved bailouts and agreements over force acts (own sentences)."""

from __future__ import annotations

import pytest



@pytest.fixture(scope="module")
def coded(real_events):
    return real_events


def test_expressing_solidarity_or_support_is_endorsement(coded):
    assert ("051", ("FRA",), ("LBN",)) in coded("France expressed its solidarity with Lebanon after the explosion.")
    assert ("051", ("DEU",), ("GEO",)) in coded("Germany voiced strong support for Georgia's bid to join NATO.")


def test_arriving_for_a_summit_is_a_visit_to_the_counterpart(coded):
    assert ("042", ("ISR",), ("USA",)) in coded(
        "Netanyahu arrived in Washington on Monday for talks with Barack Obama.")


def test_handing_back_is_a_return_to_the_recipient(coded):
    events = coded("Iran handed the seized British tanker back to Britain.")
    assert [e for e in events if e[0].startswith("084") and e[1] == ("IRN",) and e[2] == ("GBR",)]
    events = coded("Russia returned the three vessels it had captured to Ukraine.")
    assert [e for e in events if e[0].startswith("084") and e[1] == ("RUS",) and e[2] == ("UKR",)]


def test_drawing_down_forces_is_a_retreat(coded):
    assert ("0874", ("USA",), ("AFG",)) in coded("The United States drew down its troops in Afghanistan.")


def test_fighters_evacuating_ground_retreat(coded):
    events = coded("Islamist fighters in Syria evacuated the town of Douma.")
    assert [e for e in events if e[0] == "0874"]


def test_troops_moved_to_a_border_mobilize_against_its_country(coded):
    assert ("154", ("IND",), ("PAK",)) in coded("India moved thousands of troops to its western border with Pakistan.")
    assert ("154", ("RUS",), ("UKR",)) in coded("Russia sent tanks to Ukraine's border.")


def test_approving_a_loan_is_aid_by_the_approver(coded):
    # "bailout" is a noun trigger: the approving verb's subject gives it
    events = coded("Germany approved a bailout for Greece.")
    assert [e for e in events if e[0].startswith("07") and e[1] == ("DEU",) and e[2] == ("GRC",)]


def test_agreeing_to_deploy_troops_is_an_agreement_not_a_threat(coded):
    events = coded("Guatemala agreed to deploy soldiers to its border under a deal with the United States.")
    assert [e for e in events if e[0].startswith("03") and e[1] == ("GTM",)]
    assert not [e for e in events if e[0].startswith("13")]
    # a vow to fight is still a threat
    assert [e for e in coded("The Taliban vowed to attack Afghan forces.") if e[0].startswith("13")]


def test_a_walkout_is_a_strike(coded):
    assert [e for e in coded("Nurses in Kenya began a walkout over unpaid wages.") if e[0] == "143" and e[1] == ("KEN",)]


def test_export_controls_on_a_country_are_sanctions(coded):
    assert ("163", ("USA",), ("CHN",)) in coded("The United States imposed export restrictions on Chinese chipmakers.")


def test_giving_back_things_and_people_is_a_return(coded):
    assert ("0842", ("CHN",), ("USA",)) in coded("China gave back the seized drone to the United States.")
    assert ("0841", ("IRN",), ("GBR",)) in coded("Iran handed back two captured British sailors to Britain.")


def test_forces_moved_are_not_the_target(coded):
    events = coded("Armenia deployed troops on the Azerbaijani frontier.")
    assert not [e for e in events if e[2] and e[2][0] is None]


def test_only_armed_actors_retreat_by_evacuating(coded):
    assert not [e for e in coded("Thousands of Japanese residents evacuated their homes.") if e[0] == "0874"]
    assert not [e for e in coded("Indian police evacuated the building after a bomb threat.") if e[0] == "0874"]


def test_seeking_an_extradition_is_a_request_to_the_holder(coded):
    assert ("1013", ("TUR",), ("USA",)) in coded("Turkey demanded the extradition of Fethullah Gulen from the United States.")
