"""Session 23: an occasion noun an act is done at or in takes the act's day ("Fresh elections were demanded by
Georgia's opposition at a rally in Tbilisi on Monday": the rally is Monday's), the converse of the occasion's
day dating the act ("agreed at a Monday meeting"). Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import Article

PUBLISHED = dt.date(2024, 10, 29)  # a Tuesday


def coded(coder, text: str, trigger: str) -> tuple[str, str]:
    events = coder.code_article(Article(article_id="s23", text=text, published=PUBLISHED))
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date, event.date_source


def test_a_rally_an_act_is_done_at_takes_the_acts_day(default_coder):
    text = "Fresh elections were demanded by Georgia's opposition at a rally in Tbilisi on Monday."
    assert coded(default_coder, text, "rally") == ("2024-10-28", "text")


def test_an_occasion_with_a_day_of_its_own_keeps_it(default_coder):
    text = "Opposition leaders on Monday called for fresh elections at a Sunday rally in Tbilisi."
    assert coded(default_coder, text, "rally") == ("2024-10-27", "text")
