"""Status classes from the session 14 development listings, in sentences of our own: "hold off
on" negates, "believed to have" hedges, and a purpose inside an allegation is alleged."""

from __future__ import annotations

import pytest

from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


@pytest.mark.parametrize("text, trigger, expected", [
    ("The European Union has held off on imposing new sanctions on Belarus.", "imposing", "negated"),
    ("Rebel fighters are believed to have shelled the airport with rockets, officials said.", "shelled", "alleged"),
    ("Police believe the gunmen fled across the border into Syria.", "fled", "alleged"),
    # The nearer modal still decides: a belief about what will happen is no hedge on a past act.
    ("Officials believe the talks will resume.", "resume", "future"),
    ("The army accused the rebels of moving villagers into schools to use them as human shields.", "use", "alleged"),
    ("The minister accused Moscow of being behind the poison attack on a former spy.", "attack", "alleged"),
    ("Police said the gang was behind the attack on the bank.", "attack", "asserted"),
    # A purpose of an act done stays a purpose.
    ("The rebels moved villagers into schools to use them as human shields.", "use", "future"),
])
def test_hedges_and_holding_off(make_document, text, trigger, expected):
    document = make_document(text)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "")
    assert decide_status(document, mention).value == expected
