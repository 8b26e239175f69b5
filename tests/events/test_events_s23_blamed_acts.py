"""Session 23: an act noun blamed on someone (participle or relative clause) was done by them."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, code, source, target", [
    ("Government websites in Estonia were hit by cyberattacks, which Tallinn blamed on Russia.", "176", "RUS", "EST"),
    ("Ministry websites in Latvia were hit by cyberattacks, which Riga blamed on Moscow.", "176", "RUS", "LVA"),
    ("Bank websites in Georgia were hit by a cyberattack that Tbilisi traced to Russia.", "176", "RUS", "GEO"),
])
def test_blamed_act_is_done_by_the_one_blamed(coded, text, code, source, target):
    # (the target here is the place, which the place stage fills in; the event stage names the doer)
    assert _has(coded(text), code, source), coded(text)


def test_blamed_participle_names_the_doer(coded):
    events = coded("A cyberattack blamed on Russian military hackers hit Ukraine's power grid.")
    assert _has(events, "176", "RUS"), events


@pytest.mark.parametrize("text", [
    "Ministry websites in Latvia were hit by cyberattacks, which Riga did not blame on Moscow.",
    "The drought was blamed on climate change.",
])
def test_no_doer_from_negated_blame_or_no_actor(coded, text):
    events = coded(text)
    assert not _has(events, "176", "RUS"), events
    assert not any(code.startswith(("17", "18", "19")) for code, _s, _t in events), events
