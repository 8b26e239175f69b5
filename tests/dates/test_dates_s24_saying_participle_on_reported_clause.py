"""Session 24: a participle of saying the parser hangs on a reported clause ("Iran said it would retaliate,
warning on Thursday that ...") is the reporter's, and so is its day: a coming act reported takes nothing from
it (no coming Thursday), a statement takes it as its saying day. Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import Article

PUBLISHED = dt.date(2012, 11, 9)  # a Friday


def coded(coder, text: str, trigger: str):
    events = coder.code_article(Article(article_id="s24", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger)


def test_a_coming_act_does_not_take_the_saying_participles_day(default_coder):
    event = coded(default_coder, "Iran said it would retaliate against Israel, warning on Thursday that its "
                  "response would be harsh.", "retaliate")
    assert (event.status, event.date) == ("future", None)
    event = coded(default_coder, "The ministry said the army would withdraw its troops, adding on Thursday "
                  "that the pullout would start next week.", "withdraw")
    assert (event.status, event.date) == ("future", None)


def test_a_statement_keeps_the_saying_day(default_coder):
    event = coded(default_coder, "The minister said the government would not negotiate with the rebels, telling "
                  "reporters on Thursday that the army would fight on.", "negotiate")
    assert (event.status, event.date) == ("asserted", "2012-11-08")


# Review of session 24: a participle of saying on a reported clause that is not to come may be the reported
# subject's ("calling on Friday" is the protesters'), so that clause keeps the participle's day.
def test_a_reported_past_act_keeps_the_participles_day(default_coder):
    event = coded(default_coder, "Police said thousands of protesters marched through the capital, calling on "
                  "Thursday for the president to resign.", "marched")
    assert (event.date, event.date_text) == ("2012-11-08", "Thursday")
    event = coded(default_coder, "The army said the militants attacked the base, claiming on Thursday that it "
                  "was a revenge strike.", "attacked")
    assert (event.date, event.date_text) == ("2012-11-08", "Thursday")
    event = coded(default_coder, "Israel said Hamas fired rockets at Ashkelon, warning on Tuesday that it "
                  "would respond.", "fired")
    assert (event.date, event.date_text) == ("2012-11-06", "Tuesday")
