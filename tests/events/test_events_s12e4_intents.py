"""Session 12 (E4): intents and refusals in noun and adjective shapes, and the alternative not taken."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code, source, target", [
    ("Iran said it was open to resuming talks with the United States.", "036", "IRN", "USA"),
    ("The EU held out the prospect of lifting sanctions on Belarus.", "0354", None, "BLR"),
    ("Iran's refusal to release the sailors angered Britain.", "1243", "IRN", None),
])
def test_intent_and_refusal_shapes(real_events, text, code, source, target):
    events = real_events(text)
    assert [e for e in events if e[0] == code and (source is None or source in e[1])
            and (target is None or target in e[2])], events


def test_a_prospect_merely_discussed_is_no_intent(real_events):
    events = real_events("Analysts discussed the prospect of lifting sanctions on Iran.")
    assert not [e for e in events if e[0].startswith("03")], events


@pytest.mark.parametrize("text, absent", [
    ("The government chose to negotiate with the rebels rather than attack them.", "19"),
    ("The army decided to withdraw rather than fight the rebels.", "13"),
])
def test_the_alternative_not_taken_is_no_event(real_events, text, absent):
    events = real_events(text)
    assert events and not [e for e in events if e[0].startswith(absent)], events
