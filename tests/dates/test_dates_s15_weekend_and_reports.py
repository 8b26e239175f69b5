"""Session 15: "next weekend" names the coming weekend whatever the tense; the reporting verb is
found once per event with the same dates as before."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates import resolve_date, resolve_expression
from eventcoder.dates.calendar_rules import Resolved
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status

WEDNESDAY = dt.date(2017, 3, 22)


@pytest.mark.parametrize("text", ["next weekend", "the coming weekend"])
def test_next_weekend_is_the_coming_one_in_either_direction(text):
    coming = Resolved("2017-W12", "week")  # Saturday 25 March
    assert resolve_expression(text, WEDNESDAY, "past") == coming
    assert resolve_expression(text, WEDNESDAY, "future") == coming


def test_over_the_weekend_still_follows_the_tense():
    assert resolve_expression("over the weekend", WEDNESDAY, "past") == Resolved("2017-W11", "week")
    assert resolve_expression("over the weekend", WEDNESDAY, "future") == Resolved("2017-W12", "week")


def dated(make_document, text: str, trigger: str, published: str = "2017-03-22"):
    document = make_document(text, published=published)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "")
    status = decide_status(document, mention)
    date = resolve_date(document, mention, status)
    return apply_news_window(status, date, document.article.published).value, date


def test_travel_next_weekend_under_a_past_reporting_verb(make_document):
    status, date = dated(make_document, "The minister said he would travel to Kabul next weekend.", "travel")
    assert (date.date, date.precision) == ("2017-W12", "week")


@pytest.mark.parametrize("text, trigger, date, source", [
    # A deed reported after it: the saying day, a bound.
    ("Police deported three journalists, the ministry said on Tuesday.", "deported", "2017-03-21", "report"),
    # A deed inside a report that comes first: the day is the saying's alone.
    ("The ministry said on Tuesday that police had deported three journalists.", "deported", "2017-03-22", "publication"),
])
def test_reported_deeds_keep_their_dates(make_document, text, trigger, date, source):
    _, resolved = dated(make_document, text, trigger)
    assert (resolved.date, resolved.source) == (date, source)
