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


# Mend (review of session 23): a clause that identifies its noun for a copula, a perfect or present,
# or a since-phrase is background and keeps the publication day.
COURT = "A court on Friday jailed five men for the bombing of a church. "
COURT_PUBLISHED = dt.date(2020, 5, 4)


@pytest.mark.parametrize("text, trigger", [
    ("A court on Friday sentenced a former police officer to 20 years in prison. "
     "The officer who killed George Floyd had been convicted of murder.", "killed"),
    ("A court on Friday sentenced a former police officer to 20 years in prison. "
     "Boko Haram is the group that kidnapped 276 schoolgirls in Chibok.", "kidnapped"),
    (COURT + "The men who bombed the church were members of an Islamist group.", "bombed"),
    (COURT + "The ceasefire brokered by Russia has failed to hold.", "brokered"),
    (COURT + "Mali has been in turmoil since the rebels who seized the north joined forces with Islamist militants.",
     "seized"),
])
def test_an_identifying_clause_after_the_lead_is_background(default_coder, text, trigger):
    events = default_coder.code_article(Article(article_id="s23", text=text, published=COURT_PUBLISHED))
    event = next(e for e in events if e.trigger.text == trigger)
    assert event.date_source != "lead"


def test_a_restrictive_clause_under_a_past_passive_still_takes_the_leads_day(default_coder):
    text = "Police fired tear gas on Sunday at youths in the capital. The youths who looted shops were arrested."
    events = default_coder.code_article(Article(article_id="s23", text=text, published=COURT_PUBLISHED))
    event = next(e for e in events if e.trigger.text == "looted")
    assert (event.date, event.date_source) == ("2020-05-03", "lead")
