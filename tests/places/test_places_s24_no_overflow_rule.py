"""Session 24 review: a capitalised name after 'the' that overflows is no place of its own (the overflowing-river
rule was removed: it made clubs, banks and people places), and an unknown river beside a town does not cost the
town."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Chelsea overflowed with fans.",
    "The Bank overflowed with depositors.",
    "The Johnson overflowed with enthusiasm.",
])
def test_a_name_that_overflows_is_no_place(found_places, text):
    assert found_places(text) == {}


@pytest.mark.parametrize("text", [
    "The Greta overflowed its banks in Keswick.",
    "Flooding hit Keswick when the Greta overflowed.",
])
def test_town_beside_an_overflowing_river_is_kept(found_places, text):
    assert "Keswick" in found_places(text)
