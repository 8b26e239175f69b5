"""Session 24: a past-tense verb the parser coordinates with an infinitive or a modal's verb is coordinated with
the verb above ("refused to step down and blamed foreign powers": a finite "blamed" cannot share "to"), so it
takes that verb's status, not the infinitive's or the modal's. Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import Article

PUBLISHED = dt.date(2019, 4, 11)


def status_of(coder, text: str, trigger: str) -> str:
    events = coder.code_article(Article(article_id="s24", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger).status


def test_a_past_conjunct_of_a_modal_verb_is_asserted(default_coder):
    text = "Ibn Auf announced that a military council would govern for two years and imposed a nighttime curfew."
    assert status_of(default_coder, text, "imposed") == "asserted"
    text = "The army said it would withdraw from the town and attacked rebel positions."
    assert status_of(default_coder, text, "attacked") == "asserted"
    assert status_of(default_coder, text, "withdraw") == "future"


def test_a_past_conjunct_of_a_commanded_infinitive_is_the_subjects_act(default_coder):
    text = "Police were ordered to disperse the crowd and arrested dozens."
    assert status_of(default_coder, text, "arrested") == "asserted"
    assert status_of(default_coder, text, "disperse") == "future"


def test_a_bare_conjunct_keeps_the_modal(default_coder):
    text = "The army said it would withdraw from the town and arrest the rebel leaders."
    assert status_of(default_coder, text, "arrest") == "future"
