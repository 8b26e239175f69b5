"""resolve_expression and period_end on their own: no parse needed."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates import period_end, resolve_expression
from eventcoder.dates.calendar_rules import DURATION, NOT_A_DATE, Resolved

FRIDAY = dt.date(2017, 3, 24)


@pytest.mark.parametrize(
    "text, direction, expected",
    [
        ("Monday", "future", ("2017-03-27", "day")),
        ("Monday", "past", ("2017-03-20", "day")),
        ("Friday", "past", ("2017-03-24", "day")),  # the publication weekday is the publication day
        ("Friday", "future", ("2017-03-24", "day")),
        ("last Friday", "past", ("2017-03-17", "day")),
        ("next Friday", "future", ("2017-03-31", "day")),
        ("this coming Monday", "past", ("2017-03-27", "day")),
        ("last week", "past", ("2017-W11", "week")),
        ("next week", "future", ("2017-W13", "week")),
        ("earlier this month", "past", ("2017-03", "month")),
        ("last August", "past", ("2016-08", "month")),
        ("last March", "past", ("2016-03", "month")),
        ("March", "past", ("2017-03", "month")),
        ("August", "future", ("2017-08", "month")),
        ("February", "future", ("2018-02", "month")),
        ("March 3", "past", ("2017-03-03", "day")),
        ("March 3", "future", ("2018-03-03", "day")),
        ("3 March 2017", "past", ("2017-03-03", "day")),
        ("March 2017", "past", ("2017-03", "month")),
        ("2010", "past", ("2010", "year")),
        ("the beginning of 2017", "past", ("2017-01", "month")),
        ("the end of last year", "past", ("2016-12", "month")),
        ("2010 to 2012", "past", ("2010", "year")),
        ("two days ago", "past", ("2017-03-22", "day")),
        ("a year ago", "past", ("2016", "year")),
        ("yesterday", "past", ("2017-03-23", "day")),
        ("tomorrow", "future", ("2017-03-25", "day")),
        ("today", "past", ("2017-03-24", "day")),
        ("last year", "past", ("2016", "year")),
        ("this week", "past", ("2017-W12", "week")),
        ("February 29", "past", ("2016-02-29", "day")),
    ],
)
def test_resolves_against_the_publication_date(text, direction, expected):
    assert resolve_expression(text, FRIDAY, direction) == Resolved(*expected)


@pytest.mark.parametrize("text", ["the past four years", "decades", "recent weeks", "the 1990s", "the last two years"])
def test_durations_are_not_points(text):
    assert resolve_expression(text, FRIDAY, "past") == DURATION


@pytest.mark.parametrize("text", ["six-year-old", "annual", "the two-year"])
def test_ages_and_frequencies_are_not_dates(text):
    assert resolve_expression(text, FRIDAY, "past") == NOT_A_DATE


def test_without_publication_date_only_absolute_dates_resolve():
    assert resolve_expression("3 March 2012", None, "past") == Resolved("2012-03-03", "day")
    assert resolve_expression("in 2010", None, "past") == Resolved("2010", "year")
    assert resolve_expression("Monday", None, "past") is None
    assert resolve_expression("last week", None, "past") is None
    assert resolve_expression("March 3", None, "past") is None


def test_period_end():
    assert period_end("2017-03-27", "day") == dt.date(2017, 3, 27)
    assert period_end("2017-W11", "week") == dt.date(2017, 3, 19)
    assert period_end("2016-02", "month") == dt.date(2016, 2, 29)
    assert period_end("2010", "year") == dt.date(2010, 12, 31)
    assert period_end("2010", "unknown") is None
