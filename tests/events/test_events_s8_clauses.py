"""Targets found in clauses: a complaint's that-clause and a threat's condition (own sentences)."""

from __future__ import annotations

import pytest



@pytest.fixture(scope="module")
def clause_events(real_events):
    return real_events


def test_complaint_with_a_that_clause_targets_the_clause_subject(clause_events):
    events = clause_events("Croatia is failing to protect its minorities, Amnesty International complained on Monday.")
    assert ("114", (None,), ("HRV",)) in events  # Amnesty has no country


def test_protest_with_a_that_clause_is_a_complaint_not_a_demonstration(clause_events):
    events = clause_events("Kenyan lawyers protested that Ugandan police had beaten detainees.")
    assert ("114", ("KEN",), ("UGA",)) in events
    assert not [e for e in events if e[0].startswith("14")]


def test_charged_that_is_an_accusation(clause_events):
    assert ("112", ("KEN",), ("KEN",)) in clause_events("The opposition charged that the Kenyan government had rigged the vote.")
    assert [e for e in clause_events("Sudan charged that Chad had armed the rebels.") if e[0] == "112" and e[2] == ("TCD",)]


def test_protest_without_a_clause_stays_a_demonstration(clause_events):
    events = clause_events("Thousands of Serbs protested in Belgrade against the government.")
    assert [e for e in events if e[0] == "141"]


def test_threat_condition_subject_is_the_target(clause_events):
    events = clause_events("Hungarian farmers threatened to block highways unless the government raised milk prices.")
    assert [e for e in events if e[0].startswith("13") and e[2] == ("HUN",)]
    events = clause_events("Druze villagers in Lebanon threatened on Sunday to begin a hunger strike unless Syria released them.")
    assert [e for e in events if e[0].startswith("13") and e[2] == ("SYR",)]


def test_threat_keeps_its_own_object_before_the_condition(clause_events):
    events = clause_events("Rebels threatened to attack Uganda if Kenya refused to negotiate.")
    assert [e for e in events if e[0].startswith("13") and e[2] == ("UGA",)]


def test_a_past_fact_after_a_threat_verb_is_not_threatened(clause_events):
    # the killing in the relative clause happened; it is not what Iran threatened
    events = clause_events("Iran threatened to shell Iraqi towns after a raid on a border city where, it said, "
                           "40 people were killed.")
    threats = [e for e in events if e[0].startswith("13")]
    assert threats and all(e[2] == ("IRQ",) for e in threats)


def test_future_clause_after_warned_is_a_threat(clause_events):
    assert [e for e in clause_events("Iran warned that it would strike Israeli cities.")
            if e[0].startswith("13") and e[2] == ("ISR",)]


def test_demand_noun_clause_subject_is_the_target(clause_events):
    events = clause_events("The rebels insisted on their demand that the Burundian government release prisoners.")
    assert [e for e in events if e[0].startswith("10") and e[2] == ("BDI",)]


def test_called_on_x_to_asks_x(clause_events):
    events = clause_events("The EU called on Serbia to resume talks with Kosovo.")
    assert [e for e in events if e[0].startswith("10") and e[2] == ("SRB",)]
    assert not [e for e in events if e[0].startswith("10") and e[2] == ("XKX",)]
    events = clause_events("Kenya appealed to Uganda to release the detained lawmakers.")
    assert [e for e in events if e[0].startswith("10") and e[2] == ("UGA",)]
