"""Session 10: events in passive voice or as nouns (issue 3), each with phrasings of our own."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, code, source, target", [
    # the parser hangs the act's "by" on its "of" object: the one behind "by" still does the act
    ("The expulsion of Russian diplomats by Norway drew a rebuke from Moscow.", "16", "NOR", "RUS"),
    ("The killing of two protesters by police sparked riots in Nairobi.", "18", "KEN", "KEN"),
    # a joint act done in the passive with no agent: the parties named by "between" did it together
    ("A trade agreement between Japan and Vietnam was signed on Monday.", "057", "JPN", "VNM"),
    ("A trade agreement between Japan and Vietnam was signed on Monday.", "057", "VNM", "JPN"),
])
def test_passive_and_nominal_doers(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text, code", [
    # "by" on the "of" object names the doer only when the act has no owner of its own
    ("A report by Amnesty on the killing of protesters was published.", "18"),
])
def test_no_doer_invented(coded, text, code):
    events = coded(text)
    assert any(c.startswith(code) for c, _s, _t in events), events
    assert not any(c.startswith(code) and s for c, s, _t in events), events
