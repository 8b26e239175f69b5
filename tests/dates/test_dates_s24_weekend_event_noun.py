"""Session 24: "weekend" on an event noun says what kind of event it is; the day of that weekend a clause it
shares its time with names dates it ("fired pepper spray at protesters late on Sunday, as a weekend
demonstration turned violent": Sunday, not the week). A verb's "over the weekend" keeps the week. Real
sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import Article

PUBLISHED = dt.date(2019, 7, 15)  # a Monday


def coded(coder, text: str, trigger: str) -> tuple[str, str]:
    events = coder.code_article(Article(article_id="s24", text=text, published=PUBLISHED))
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date, event.date_text


def test_a_weekend_event_noun_takes_the_day_its_clause_names(default_coder):
    text = ("Riot police fired pepper spray and swung batons at protesters inside a shopping mall in the town of "
            "Sha Tin late on Sunday, as a weekend demonstration against a proposed extradition bill turned violent.")
    assert coded(default_coder, text, "demonstration") == ("2019-07-14", "Sunday")


def test_a_verbs_weekend_keeps_the_week(default_coder):
    text = "Protesters clashed with police over the weekend, as riot police fired tear gas on Sunday."
    assert coded(default_coder, text, "clashed") == ("2019-W28", "the weekend")
