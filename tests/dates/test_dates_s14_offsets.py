"""Dates counted from another date ("two days after the election on March 3"), weekends, and the
precision of day parts, ranges and durations in wire sentences. Published Friday 2017-03-24
unless a case says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates import resolve_date
from eventcoder.dates.offsets import length_of, shift
from eventcoder.dates.calendar_rules import Resolved
from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


def date_of(make_document, text: str, trigger: str, published: str = "2017-03-24"):
    document = make_document(text, published=published)
    word, _, nth = trigger.partition("#")
    token = [t for t in document.doc if t.text == word][int(nth or 1) - 1]
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "")
    return resolve_date(document, mention, decide_status(document, mention))


@pytest.mark.parametrize("text, trigger, expected", [
    # The event outside the counted phrase: the anchor's date plus or minus the length.
    ("Protesters clashed with police two days after the election on March 3.", "clashed", "2017-03-05"),
    ("Rebels attacked the town three days after the ceasefire took effect on March 10.", "attacked", "2017-03-13"),
    ("Troops fired on protesters two days before the election on March 19.", "fired", "2017-03-17"),
    ("The day after the vote on March 5, protesters clashed with police.", "clashed", "2017-03-06"),
    ("Two days before the vote on March 20, police raided the offices of the opposition.", "raided", "2017-03-18"),
    # Untagged "a week": the vote is the Sunday before the Friday a week earlier.
    ("Protesters clashed with police a week after Sunday's vote.", "clashed", "2017-03-19"),
    # The parser hangs the length and "after" side by side on the verb.
    ("Gunmen attacked a checkpoint a week after Sunday's referendum.", "attacked", "2017-03-19"),
    ("Police detained 40 people on the eve of Sunday's election.", "detained", "2017-03-18"),
    ("The talks will resume two weeks after the summit on April 2.", "resume", "2017-04-16"),
    ("The government will announce the results 48 hours after the vote on Sunday.", "announce", "2017-03-28"),
    # The event inside the counted phrase: the head's date counted back.
    ("Police arrested 40 people on Monday, two days after protesters stormed parliament.", "stormed", "2017-03-18"),
    ("Police arrested 40 people on Monday, two days after the storming of parliament.", "storming", "2017-03-18"),
    ("Protesters clashed with police on Wednesday, a day before the president visited the region.", "visited", "2017-03-23"),
    ("The army shelled the village on Monday, a day after the talks in Geneva.", "talks", "2017-03-19"),
    ("Rebels attacked the town on March 10, three days after the ceasefire took effect.", "took", "2017-03-07"),
])
def test_counted_days(make_document, text, trigger, expected):
    date = date_of(make_document, text, trigger)
    assert (date.date, date.precision, date.source) == (expected, "day", "text")


def test_counted_text_spans_length_and_anchor(make_document):
    text = "Protesters clashed with police two days after the election on March 3."
    date = date_of(make_document, text, "clashed")
    assert date.text == "two days after the election on March 3" == text[date.start : date.end]


@pytest.mark.parametrize("text, trigger, expected", [
    # The event's own date outside the phrase wins; the head keeps its own day.
    ("Protesters clashed with police on Friday, two days after the vote on Wednesday.", "clashed", "2017-03-24"),
    ("Police arrested 40 people on Monday, two days after protesters stormed parliament.", "arrested", "2017-03-20"),
    # The anchor's own date, even where the parser hangs it on the verb of the event outside.
    ("Protesters clashed with police two days after the election on March 3.", "election", "2017-03-03"),
])
def test_own_dates_beside_counted_phrases(make_document, text, trigger, expected):
    assert date_of(make_document, text, trigger).date == expected


def test_month_anchor_counted_in_months(make_document):
    date = date_of(make_document, "Protesters clashed with police two months after the election in March 2016.", "clashed")
    assert (date.date, date.precision) == ("2016-05", "month")


def test_length_finer_than_anchor_gives_no_counted_day(make_document):
    # "two days after the March election" may be in April: no day is made up.
    date = date_of(make_document, "Protesters clashed with police two days after the March election.", "clashed")
    assert (date.date, date.precision, date.text) == (None, "unknown", "two days")


def test_negated_event_inside_takes_no_counted_date(make_document):
    date = date_of(make_document, "Police arrested 40 people on Monday, two days after protesters did not storm parliament.", "storm")
    assert date.date is None


@pytest.mark.parametrize("text, published, expected", [
    ("Protesters occupied the square over the weekend.", "2017-03-24", "2017-W11"),  # Friday: the one gone
    ("Protesters occupied the square over the weekend.", "2017-03-27", "2017-W12"),  # Monday after it
    ("Protesters occupied the square over the weekend.", "2017-03-26", "2017-W12"),  # Sunday: under way
    ("Protesters will occupy the square over the weekend.", "2017-03-24", "2017-W12"),
    ("Protests continued through the weekend.", "2017-03-24", "2017-W11"),
])
def test_weekends(make_document, text, published, expected):
    trigger = "occupied" if "occupied" in text else "occupy" if "occupy" in text else "continued"
    date = date_of(make_document, text, trigger, published)
    assert (date.date, date.precision) == (expected, "week")


@pytest.mark.parametrize("text, trigger, expected, precision", [
    ("Protesters marched from Monday to Wednesday.", "marched", "2017-03-20", "day"),
    ("Police arrested the opposition leader late on Tuesday.", "arrested", "2017-03-21", "day"),
    ("Gunmen stormed the hotel in the early hours of Sunday.", "stormed", "2017-03-19", "day"),
    ("Rebels attacked the town on Tuesday night.", "attacked", "2017-03-21", "day"),
    ("Rebels clashed with troops overnight Tuesday.", "clashed", "2017-03-21", "day"),
    ("Militants fired rockets at the city early on Wednesday.", "fired", "2017-03-22", "day"),
    ("The army shelled the town from March 3 to 5.", "shelled", "2017-03-03", "day"),
    ("Protesters occupied the square for three days.", "occupied", None, "unknown"),
    # No date words: the report's day (publication fallback), not a made-up day.
    ("Rebels attacked the base overnight.", "attacked", "2017-03-24", "day"),
    ("Protesters rallied in the capital on the eve of the summit.", "rallied", "2017-03-24", "day"),
])
def test_day_parts_ranges_durations(make_document, text, trigger, expected, precision):
    date = date_of(make_document, text, trigger)
    assert (date.date, date.precision) == (expected, precision)


def test_length_words(nlp):
    doc = nlp("two days, a week, the day, 48 hours, 10 hours, several days")
    lengths = [length_of(t) for t in doc if t.lower_ in ("days", "week", "day", "hours")]
    assert lengths == [(2, "day"), (1, "week"), (1, "day"), (2, "day"), None, None]


def test_shift_keeps_precision():
    assert shift(Resolved("2017-03-03", "day"), 2, "day") == Resolved("2017-03-05", "day")
    assert shift(Resolved("2017-01-31", "day"), 1, "month") == Resolved("2017-02-28", "day")
    assert shift(Resolved("2017-W11", "week"), -1, "week") == Resolved("2017-W10", "week")
    assert shift(Resolved("2016-11", "month"), 3, "month") == Resolved("2017-02", "month")
    assert shift(Resolved("2016-03", "month"), 2, "day") is None
    assert shift(Resolved("2010", "year"), 2, "year") == Resolved("2012", "year")
    assert dt.date(2017, 3, 24).weekday() == 4  # the cases above assume a Friday
