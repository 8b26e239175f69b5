"""Session 12: arrests and crowd control with no one named doing them come from the state where they happen."""

from __future__ import annotations

import pytest

from eventcoder.events.place_targets import source_from_place
from eventcoder.records import Actor, Location

TEHRAN = Location("Tehran", "Tehran", "IRN", 35.7, 51.4, "city", 30, 36)
JOURNALISTS = Actor("IRNMED", "IRN", "MED", "two journalists", 0, 15)


@pytest.mark.parametrize("code", ["173", "1731", "175", "190"])
def test_unattributed_arrests_and_force_come_from_the_place(code):
    assert source_from_place(code, (), (JOURNALISTS,), TEHRAN).code == "IRN"


def test_named_doers_and_other_coercion_keep_their_source():
    police = Actor("IRNCOP", "IRN", "COP", "police", 0, 6)
    assert source_from_place("173", (police,), (JOURNALISTS,), TEHRAN) is None
    # a ban or a curfew with no one named is not the place's doing
    assert source_from_place("172", (), (JOURNALISTS,), TEHRAN) is None
    # a bare country as the one arrested says nothing of who arrested
    assert source_from_place("173", (), (Actor("GBR", "GBR", None, "Britons", 0, 7),), TEHRAN) is None



def test_a_foreigner_arrested_is_arrested_by_the_place():
    briton = Actor("GBRMED", "GBR", "MED", "a British journalist", 0, 20)
    assert source_from_place("173", (), (briton,), TEHRAN).code == "IRN"
