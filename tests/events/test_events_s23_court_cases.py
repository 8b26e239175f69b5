"""Session 23: a case taken to a court is legal action against whoever it is about, never against the court."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


def test_case_taken_to_court_answers_the_earlier_act(coded):
    events = coded("The U.S. Treasury imposed sanctions on Venezuela's state gold mining company. "
                   "Venezuela's foreign minister said Caracas would take the case to international courts.")
    assert _has(events, "115", "VEN", "USA"), events


@pytest.mark.parametrize("text", [
    "Mexico took the case to the International Court of Justice.",
    "Venezuela said it would take the matter to international courts.",
])
def test_the_court_is_no_target_and_a_case_against_no_one_is_none(coded, text):
    events = coded(text)
    assert not _has(events, "115"), events


def test_taking_a_state_to_court_still_targets_it(coded):
    assert _has(coded("Britain took Russia to court."), "115", "GBR", "RUS")
