"""Session 24: "the first / only / last X to VERB" states a fact also when the parser hangs the infinitive on
the copula because a phrase comes between ("became the first Ethiopian leader in 20 years to visit the Eritrean
capital": asserted, not a purpose). Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import Article


def status_of(coder, text: str, trigger: str) -> str:
    events = coder.code_article(Article(article_id="s24", text=text, published=dt.date(2018, 7, 9)))
    return next(e for e in events if e.trigger.text == trigger).status


def test_a_ranked_leader_to_visit_across_a_phrase_is_asserted(default_coder):
    text = "Abiy Ahmed became the first Ethiopian leader in 20 years to visit the Eritrean capital on Sunday."
    assert status_of(default_coder, text, "visit") == "asserted"


def test_a_purpose_stays_future(default_coder):
    text = "Abiy flew to Asmara on Sunday to visit the Eritrean capital."
    assert status_of(default_coder, text, "visit") == "future"
