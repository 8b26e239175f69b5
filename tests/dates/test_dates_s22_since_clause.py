"""Session 22: a perfect act over a period a dated "since" clause opens is dated by the period's start, "since" kept
in the text so the news window leaves it asserted ("more than 450 people have been killed since fighting erupted
on Sept. 27"), as "since February 1" already was. Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article

PUBLISHED = dt.date(2024, 3, 15)


def coded(coder, text: str, trigger: str):
    events = coder.code_article(Article(article_id="s22", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger)


@pytest.mark.parametrize("text, trigger, date", [
    ("More than 450 people have been killed since fighting erupted on Sept. 27, officials said.", "killed",
     "2023-09-27"),
    ("Police have arrested 2,400 people since protests began on February 1.", "arrested", "2024-02-01"),
    ("The government has detained hundreds of activists since the army seized power in 2021.", "detained", "2021"),
])
def test_a_dated_since_clause_dates_the_perfect_act_by_its_start(default_coder, text, trigger, date):
    event = coded(default_coder, text, trigger)
    assert (event.date, event.status, event.date_source) == (date, "asserted", "text")
    assert event.date_text.startswith("since ")


def test_a_simple_past_act_takes_nothing_from_a_since_clause(default_coder):
    event = coded(default_coder, "Troops killed dozens of rebels since the offensive began in 2019.", "killed")
    assert event.date != "2019"


def test_past_the_lead_a_long_begun_period_is_background(default_coder):
    text = ("Soldiers clashed with rebels in the north on Thursday. The government has detained hundreds of "
            "activists since the army seized power in 2021.")
    event = coded(default_coder, text, "detained")
    assert (event.date, event.status, event.date_text) == ("2021", "historical", "2021")
