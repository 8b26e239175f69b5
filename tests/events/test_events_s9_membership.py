"""Session 9: a country's membership of a body is the country's ("Sweden's NATO membership")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Hungary's parliament approved Sweden's NATO membership on Monday.", "HUN", "SWE"),
    ("Turkey threatened to block Finland's NATO bid.", "TUR", "FIN"),
    ("France backed Ukraine's EU membership application.", "FRA", "UKR"),
])
def test_the_possessor_of_a_membership_is_the_only_target(real_events, text, source, target):
    # the body (NATO, the EU) only names what is joined: no second target beside the country
    events = real_events(text)
    assert any(source in s and t == (target,) for _code, s, t in events), events
