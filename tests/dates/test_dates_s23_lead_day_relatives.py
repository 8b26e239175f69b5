"""Session 23: the lead's day reaches a deed told after the lead in a restrictive clause in the simple past
("fired tear gas at youths who looted shops", "the first candidate detained during the campaign"), as it
reaches a main verb; a clause set off by a comma describes its noun, often with background, and keeps the
publication day. Real stories through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article

PUBLISHED = dt.date(2021, 1, 19)  # a Tuesday; the lead's Sunday is 2021-01-17
LEAD = "KAMPALA (Reuters) - Ugandan police arrested opposition leader Robert Kyagulanyi on Sunday at a rally in the east. "


def coded(coder, text: str, trigger: str) -> tuple[str, str]:
    events = coder.code_article(Article(article_id="s23", text=text, published=PUBLISHED))
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date, event.date_source


@pytest.mark.parametrize("text, trigger", [
    (LEAD + "Police fired tear gas at youths who looted shops near the venue.", "looted"),
    (LEAD + "He is the first candidate detained during the campaign.", "detained"),
])
def test_a_restrictive_past_clause_after_the_lead_takes_the_leads_day(default_coder, text, trigger):
    assert coded(default_coder, text, trigger) == ("2021-01-17", "lead")


def test_a_clause_set_off_by_a_comma_keeps_the_publication_day(default_coder):
    text = LEAD + "The arrest was condemned by Kenya, which sent troops to the border."
    assert coded(default_coder, text, "sent") == ("2021-01-19", "publication")
