"""Session 24: only a river overflows or bursts its banks: "the Greta overflowed its banks" names a river, kept for
the story's country even when nothing knows it; "rose" and "fell" say nothing ("the Dow fell"), nor do broken
promises."""

from __future__ import annotations

import pytest


def test_unknown_name_overflowing_its_banks_is_a_river(found_places):
    found = found_places("Streets in Keswick, England, flooded when the Greta overflowed its banks near the town centre.")
    assert found.get("Greta", (None, None, None))[1] == "GBR"


@pytest.mark.parametrize("text, word", [
    ("The Dow fell 200 points in New York and the Nasdaq rose.", "Dow"),
    ("The Democrats broke their promise in Ohio, and the Republicans burst into laughter.", "Democrats"),
    ("The Giants broke the record in New York.", "Giants"),
])
def test_other_subjects_are_no_river(found_places, text, word):
    assert word not in found_places(text)
