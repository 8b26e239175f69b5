"""apply_news_window: asserted events dated well before publication become historical."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import EventDate, Status
from eventcoder.status import apply_news_window

PUBLISHED = dt.date(2017, 3, 25)


def test_old_text_date_makes_an_asserted_event_historical_with_the_date_as_cue():
    date = EventDate("2010", "year", "back in 2010", "text", 10, 22)
    assert apply_news_window(Status("asserted"), date, PUBLISHED) == Status("historical", "back in 2010", 10, 22)


def test_the_window_edge_uses_the_end_of_the_dated_period():
    february = EventDate("2017-02", "month", "February", "text", 0, 8)
    assert apply_news_window(Status("asserted"), february, PUBLISHED).value == "asserted"  # ends Feb 28
    assert apply_news_window(Status("asserted"), february, PUBLISHED, window_days=20).value == "historical"
    last_week = EventDate("2017-W11", "week", "last week", "text", 0, 9)
    assert apply_news_window(Status("asserted"), last_week, PUBLISHED).value == "asserted"


def test_other_statuses_and_publication_dates_are_kept():
    old = EventDate("2010", "year", "2010", "text", 0, 4)
    assert apply_news_window(Status("negated", "not", 3, 6), old, PUBLISHED).value == "negated"
    assert apply_news_window(Status("alleged", "accused", 0, 7), old, PUBLISHED).value == "alleged"
    publication = EventDate("2010-01-01", "day", None, "publication")
    assert apply_news_window(Status("asserted"), publication, PUBLISHED).value == "asserted"
    assert apply_news_window(Status("asserted"), old, None).value == "asserted"
    assert apply_news_window(Status("asserted"), EventDate(None), PUBLISHED).value == "asserted"
