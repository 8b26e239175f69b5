"""Session 23 arguments: a trailing attribution ("..., residents and a local official said") is not a target, and
an envoy recalled from its posting has that country as the target."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, code", [
    ("Police arrested two men, residents and a local official said.", "173"),
    ("Soldiers shot dead three protesters, witnesses and a rights group said.", "18"),
    ("Police detained two men, officials and a rights group reported.", "173"),
])
def test_trailing_speakers_are_not_targets(real_event_codes, text, code):
    events = real_event_codes(text)
    assert _has(events, code), events
    assert not any(c.startswith(code) and any(t.endswith(("CVL", "GOV", "NGO")) and t != "CVL" for t in targets)
                   for c, _s, targets in events), events
    assert not any(c.startswith(code) and len(targets) > 1 for c, _s, targets in events), events


@pytest.mark.parametrize("text, code, targets", [
    # a participle after the list describes its last member: no attribution, all are targets
    ("Troops killed five militants, two soldiers and a civilian reported to be hostages.", "18", {"INS", "MIL", "CVL"}),
    ("Security forces arrested four men, three Afghans and a Pakistani believed to be smugglers.", "173",
     {"AFG", "PAK"}),
])
def test_a_list_before_a_participle_stays_whole(real_event_codes, text, code, targets):
    events = real_event_codes(text)
    assert any(c.startswith(code) and targets <= set(t) for c, _s, t in events), events


def test_a_real_list_of_targets_stays(real_events):
    events = real_events("Russia attacked Ukraine, Georgia and Moldova, officials said.")
    assert _has(events, "19", "RUS", "UKR") and _has(events, "19", "RUS", "MDA"), events


@pytest.mark.parametrize("text, source, target", [
    ("Egypt recalled its ambassador to Iraq on Monday.", "EGY", "IRQ"),
    ("Mexico withdrew its envoy to Peru after the coup.", "MEX", "PER"),
])
def test_recalled_envoys_posting_is_the_target(real_events, text, source, target):
    events = real_events(text)
    assert _has(events, "16", source, target) and not _has(events, "16", source, source), events


def test_coordinated_nationalities_inside_a_quantity_are_all_sources(real_events):
    events = real_events("Thousands of Belgian and French farmers drove their tractors into Brussels to protest "
                         "against EU trade deals.")
    assert any(c.startswith("14") and {"BEL", "FRA"} <= set(s) for c, s, _t in events), events
