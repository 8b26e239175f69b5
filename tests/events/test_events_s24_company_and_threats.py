"""Session 24 (after review): "along with X" adds doers, never a target (grammar.yaml ``company_preps``); a threat
noun said of a subject ("X is / poses a threat to Y", grammar.yaml ``posing_verbs``) is that subject's threat, and
no one's when the subject is no actor."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The opposition leader has spoken out against the crackdown, along with donors and the international community.",
    "The opposition leader has spoken out against the crackdown, along with France.",
    "Britain, together with France, condemned the attack.",
])
def test_company_is_no_target(real_event_codes, text):
    events = real_event_codes(text)
    assert events and all(not e[2] for e in events), events


@pytest.mark.parametrize("text", [
    "The spread of the virus is a threat to the wider international community, the minister said.",
    "Climate change poses a threat to the international community.",
    "Poverty is a threat to the United States.",
])
def test_a_threat_posed_by_no_actor_is_no_event(real_event_codes, text):
    events = real_event_codes(text)
    assert not [e for e in events if e[0].startswith("13")], events


@pytest.mark.parametrize("text, source, target", [
    ("Iran poses a threat to the international community.", ("IRN",), ("IGO",)),
    ("North Korea is a threat to Japan, the minister said.", ("PRK",), ("JPN",)),
])
def test_the_subject_of_a_posed_threat_threatens(real_event_codes, text, source, target):
    events = real_event_codes(text)
    threats = [e for e in events if e[0].startswith("13")]
    assert threats and threats[0][1] == source and threats[0][2] == target, events


def test_along_a_border_is_no_company(real_event_codes):
    events = real_event_codes("Venezuela mobilized troops along the border with Colombia.")
    assert events and events[0][2] == ("COL",), events
