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


# Review of session 24: a past form that is also the bare form, or a participle after a perfect, stays under the
# modal.
def test_a_past_form_equal_to_its_bare_form_keeps_the_modal(default_coder):
    text = "Officials said the army would seal the border and shut down crossings."
    assert status_of(default_coder, text, "shut") == "future"
    text = "The ministry said it would expel the ambassador and cut ties with Qatar."
    assert status_of(default_coder, text, "cut") == "future"


def test_a_participle_after_a_perfect_modal_keeps_the_modal(default_coder):
    text = "Analysts said the army could have crushed the revolt and arrested its leaders."
    assert status_of(default_coder, text, "arrested") == "hypothetical"
    text = ("Experts said the army would have attacked the town and destroyed the bridge if the rebels "
            "had not left.")
    assert status_of(default_coder, text, "destroyed") == "hypothetical"


def test_the_intended_conjuncts_stay_asserted(default_coder):
    assert status_of(default_coder, "The rebels refused to lay down their arms and attacked an army post.",
                     "attacked") == "asserted"
    assert status_of(default_coder, "The president declined to meet the envoy and expelled him.",
                     "expelled") == "asserted"
