"""Session 24: a count back from the head's day dates the order inside the counted phrase, never the act still to
come that it orders ("arrested them on Friday, a day after the president ordered troops to disperse the crowds":
the dispersal has no date, not a coming Thursday). A done act inside the phrase keeps the count. Real sentences
through the real pipeline."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import Article

PUBLISHED = dt.date(2013, 1, 12)  # a Saturday


def coded(coder, text: str, trigger: str):
    events = coder.code_article(Article(article_id="s24", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger)


def test_an_ordered_act_inside_a_counted_phrase_takes_no_date(default_coder):
    text = "Police arrested the protest leaders on Friday, a day after the president ordered troops to disperse the crowds."
    event = coded(default_coder, text, "disperse")
    assert (event.status, event.date) == ("future", None)


def test_a_done_act_inside_a_counted_phrase_is_counted_back(default_coder):
    text = "Police arrested the protest leaders on Friday, a day after troops dispersed the crowds."
    assert coded(default_coder, text, "dispersed").date == "2013-01-10"
