"""Session 12 (E4): an attempt at an assassination is an attempted assassination (185), asserted."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Hamas militants tried to assassinate the prime minister.", "PSE", "PSE"),
    ("Iraqi insurgents attempted to assassinate the Iraqi defence minister.", "IRQ", "IRQ"),
])
def test_attempted_assassination(real_events, text, source, target):
    events = real_events(text)
    assert [e for e in events if e[0] == "185" and source in e[1] and target in e[2]], events
    assert not [e for e in events if e[0] == "186"], events


def test_other_attempts_keep_their_code(real_events):
    events = real_events("Russia tried to mediate between Armenia and Azerbaijan.")
    assert [e for e in events if e[0] == "045"], events
