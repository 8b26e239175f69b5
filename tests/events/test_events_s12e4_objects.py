"""Session 12 (E4): people taken in through a quantity, artefacts returned, resignations handed in."""

from __future__ import annotations

import pytest


def _has(events, code, source, target):
    return any(c == code and source in s and target in t for c, s, t in events)


@pytest.mark.parametrize("text, code, source, target", [
    # the people taken in are the target, through a quantity noun, or the country they come from
    ("Turkey took in thousands of Syrian refugees.", "075", "TUR", "SYR"),
    ("Turkey accepted Syrian refugees.", "075", "TUR", "SYR"),
    ("Germany took in millions of refugees from Syria.", "075", "DEU", "SYR"),
    ("Uganda received 5,000 refugees from South Sudan last week.", "075", "UGA", "SSD"),
    # a collection of artefacts returned
    ("Germany returned a collection of looted bronzes to Nigeria.", "0842", "DEU", "NGA"),
    # a resignation handed in to the one who receives it
    ("Lebanese Prime Minister Saad Hariri handed in his resignation to President Michel Aoun.", "0831", "LBN", "LBN"),
])
def test_objects(real_events, text, code, source, target):
    events = real_events(text)
    assert _has(events, code, source, target), events


def test_weapons_handed_in_are_no_resignation(real_events):
    assert not [e for e in real_events("The police handed in their weapons.") if e[0] == "0831"]
