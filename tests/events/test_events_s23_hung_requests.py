"""Session 23: what is asked for, hung by the parser on the one asked, still names the request."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, code, source, target", [
    ("Malawi appealed to donors for emergency aid.", "1033", "MWI", None),
    ("Malawi appealed to the international community for maize and emergency relief.", "1033", "MWI", None),
    ("Pakistan turned to Saudi Arabia for emergency financing.", "1031", "PAK", "SAU"),
])
def test_for_hung_on_the_one_asked(coded, text, code, source, target):
    assert _has(coded(text), code, source, target), coded(text)


def test_a_particle_of_its_own_keeps_a_verb_from_a_hung_pattern(coded):
    events = coded("The IMF turned down Zambia's request for an emergency loan on Thursday.")
    assert _has(events, "12", None, "ZMB"), events
    assert not _has(events, "10"), events
