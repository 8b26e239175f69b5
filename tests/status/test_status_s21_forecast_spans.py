"""Session 21: a forecast ("is expected to") with a span of time ahead or a year alone is no schedule (future), while
a day, week or month keeps it planned; under "will" a date of any kind stays a schedule."""

from __future__ import annotations

import pytest

PUBLISHED = "2022-03-09"  # a Wednesday


@pytest.mark.parametrize("sentence, trigger", [
    ("Norway is expected to send medical teams to Chad in the coming days.", "send"),
    ("Peru is expected to start selling gas to Chile in the coming weeks.", "selling"),
    ("Ghana is expected to begin supplying power to Togo later this year.", "supplying"),
])
def test_a_forecast_with_a_span_or_a_year_is_future(status_and_date, sentence, trigger):
    status, _ = status_and_date(sentence, trigger, "061", PUBLISHED)
    assert status == "future"


@pytest.mark.parametrize("sentence, trigger", [
    ("Norway is expected to send medical teams to Chad on Friday.", "send"),
    ("Ghana is expected to begin supplying power to Togo later this month.", "supplying"),
    ("The two ministers are expected to meet in Oslo next week.", "meet"),
    ("Norway will send medical teams to Chad in the coming days.", "send"),
    ("Ghana will begin supplying power to Togo later this year.", "supplying"),
])
def test_a_forecast_with_a_day_or_will_with_any_date_is_planned(status_and_date, sentence, trigger):
    status, _ = status_and_date(sentence, trigger, "061", PUBLISHED)
    assert status == "planned"


def test_a_forecast_without_a_date_stays_future(status_and_date):
    status, _ = status_and_date("Norway is expected to send medical teams to Chad.", "send", "061", PUBLISHED)
    assert status == "future"
