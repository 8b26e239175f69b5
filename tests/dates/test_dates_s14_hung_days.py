"""Days the parser hangs inside the object, in sentences of our own (session 14 development
listings): a content clause of the object, a participle's long object, a speaker run into the
reported clause; and a judged act's own date is not the judging verb's. Published Friday 2017-03-24."""

from __future__ import annotations

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


def dated(make_document, text: str, trigger: str, cameo: str = ""):
    document = make_document(text)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)
    return resolve_date(document, mention, decide_status(document, mention))


@pytest.mark.parametrize("text, trigger, cameo, expected", [
    ("The president rejected opposition demands that he resign on Saturday, telling crowds he would stay.",
     "rejected", "", "2017-03-18"),
    ("Riot police beat a reporter filming protests against the new tax on Sunday, the newspaper said.",
     "beat", "", "2017-03-19"),
    # A statement reported after it, with the speaker run into it by the parser.
    ("Qatar is ready to work with Egypt to help end the crises in Libya and Sudan, Emir Sheikh Tamim "
     "bin Hamad al-Thani said on Sunday.", "ready", "031", "2017-03-19"),
])
def test_days_hung_in_the_object(make_document, text, trigger, cameo, expected):
    assert dated(make_document, text, trigger, cameo).date == expected


def test_judged_acts_date_is_not_the_judging_verbs(make_document):
    text = "Prosecutors accused the former minister of taking bribes from a French firm in connection with a deal in the late 1990s."
    date = dated(make_document, text, "accused")
    assert (date.date, date.source) == ("2017-03-24", "publication")
    assert dated(make_document, text, "taking").text == "the late 1990s"
