"""Dates of wire sentences the parser hangs below the event (issue 4, session 14): a day on the
infinitive of a command's object, on a predicate adjective, ending a long infinitive on the
object; services an act is done during; aspect verbs over a dated gerund; lengths of hours.
Published Friday 2017-03-24 unless a case says otherwise."""

from __future__ import annotations

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status


def dated(make_document, text: str, trigger: str, published: str = "2017-03-24"):
    document = make_document(text, published=published)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "")
    status = decide_status(document, mention)
    date = resolve_date(document, mention, status)
    return apply_news_window(status, date, document.article.published).value, date


@pytest.mark.parametrize("text, trigger, expected", [
    ("Coast guard ships forced a fishing boat to turn back near the reef on Saturday.", "forced", "2017-03-18"),
    ("Baghdad allowed the inspectors to search a palace near the airport on Tuesday.", "allowed", "2017-03-21"),
    ("Moscow held Washington responsible on Friday for the collapse of the treaty.", "held", "2017-03-24"),
    ("The parliament threw out a proposal from student groups to rewrite the constitution and curb the "
     "army on Wednesday.", "threw", "2017-03-22"),
    ("Militants bombed a church in the town of Jolo during Sunday mass, killing 20 worshippers.", "bombed", "2017-03-19"),
    ("Police fired tear gas at worshippers during Friday prayers in Srinagar.", "fired", "2017-03-24"),
])
def test_days_hung_below_the_event(make_document, text, trigger, expected):
    assert dated(make_document, text, trigger)[1].date == expected


def test_day_right_after_an_infinitive_of_a_plain_verb_stays_its_own(make_document):
    # Not a command, and nothing between the infinitive and its day: the day is the meeting's.
    status, date = dated(make_document, "The opposition welcomed a plan to meet on Sunday.", "welcomed")
    assert date.source == "publication"


def test_aspect_verb_shares_its_gerund_date(make_document):
    text = "Officials said on Monday that the dam, which Ethiopia began building in 2011, could cut the water supply."
    status, date = dated(make_document, text, "began", "2018-01-15")
    assert (status, date.date, date.precision) == ("historical", "2011", "year")


@pytest.mark.parametrize("text, trigger, text_expected", [
    ("The truce has held for 48 hours despite sporadic violations.", "held", "48 hours"),
    ("Rebels shelled the town over the past 24 hours.", "shelled", "the past 24 hours"),
])
def test_lengths_of_hours_are_durations(make_document, text, trigger, text_expected):
    status, date = dated(make_document, text, trigger)
    assert (date.date, date.precision, date.text) == (None, "unknown", text_expected)
