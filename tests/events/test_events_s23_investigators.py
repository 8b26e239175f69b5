"""Session 23: investigators let in are received like inspectors and monitors (0862), not a bare yielding (080)."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, source", [
    ("Ethiopia allowed a team of United Nations human rights investigators into the Tigray region on Sunday.", "ETH"),
    ("Myanmar will admit UN investigators to Rakhine state, its foreign ministry said.", "MMR"),
])
def test_investigators_let_in_are_received(coded, text, source):
    events = coded(text)
    assert _has(events, "0862", source), events
    assert not _has(events, "080"), events
