"""Session 23: a period begun long ago in a relative clause of a story's lead is background, as it is past the
lead: "authorised an investigation into killings in Duterte's war on drugs, in which police say 6,000 suspects
have been killed since mid-2016" (historical, text the date alone), while the lead's own running act keeps
"since" ("has been on hunger strike since 2000": the news). Real stories through the real pipeline."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import Article

PUBLISHED = dt.date(2021, 9, 16)


def coded(coder, text: str, trigger: str):
    events = coder.code_article(Article(article_id="s23", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger)


def test_a_long_period_in_a_relative_clause_of_the_lead_is_background(default_coder):
    text = ("Judges at the International Criminal Court on Wednesday authorised a full investigation into killings "
            "during President Rodrigo Duterte's war on drugs, in which police say more than 6,000 suspects have been "
            "killed since mid-2016. The court said it had found a reasonable basis.")
    event = coded(default_coder, text, "killed")
    assert (event.status, event.date_text) == ("historical", "mid-2016")


def test_the_leads_own_running_act_keeps_since(default_coder):
    text = ("Marwan Barghouti has been on hunger strike since 2000, his lawyers said on Monday. The prison service "
            "declined to comment.")
    event = coded(default_coder, text, "been")
    assert (event.status, event.date_text) == ("asserted", "since 2000")
