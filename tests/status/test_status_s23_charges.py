"""Session 23: what a charge says is the accusers' word. A deed told by a participle of saying after an
accusing verb is alleged ("accused Rwanda of backing the rebels, saying Rwandan troops had attacked"), and so
is a member of a charged list the parser hangs on the verb ("charged that Russian forces had committed war
crimes, including the execution of civilians"). A participle of saying after any other verb reports plainly.
Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article
from eventcoder.status.scope import governing_chain

PUBLISHED = dt.date(2022, 6, 13)


def status_of(coder, text: str, trigger: str) -> str:
    events = coder.code_article(Article(article_id="s23", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger).status


@pytest.mark.parametrize("text, trigger", [
    ("Kinshasa accused Rwanda of backing the rebels, saying Rwandan troops had attacked Congolese positions.",
     "attacked"),
    ("Kinshasa blamed Rwanda for fuelling the war in eastern Congo, saying Rwandan troops had crossed the border "
     "to fight alongside M23 rebels.", "fight"),
    ("Ukraine's prosecutor general charged that Russian forces had committed war crimes in Bucha, including the "
     "execution of civilians.", "execution"),
])
def test_what_a_charge_says_is_alleged(default_coder, text, trigger):
    assert status_of(default_coder, text, trigger) == "alleged"


def test_a_participle_of_saying_after_another_verb_reports_plainly(default_coder):
    text = "Kinshasa welcomed the deal, saying Rwandan troops had withdrawn from the border."
    assert status_of(default_coder, text, "withdrawn") == "asserted"


def test_including_on_a_verb_lists_members_of_its_object(nlp):
    doc = nlp("Russian forces committed war crimes in Bucha, including the execution of civilians.")
    execution = next(token for token in doc if token.text == "execution")
    chain = governing_chain(execution)
    assert [g.token.text for g in chain][:3] == ["execution", "crimes", "committed"]


# Mend (review of session 23): only a deed done, in the active, by the one accused is the accusers' word;
# the accuser's own deeds and passives told in the same breath are asserted.
@pytest.mark.parametrize("text, trigger, status", [
    ("Police charged three men with murder on Sunday, saying they had been arrested on Friday.", "arrested",
     "asserted"),
    ("The minister blamed the rebels for the attack, saying the army had arrested 10 suspects.", "arrested",
     "asserted"),
    ("Ukraine accused Russia of war crimes, saying Russian forces had shelled a hospital.", "shelled", "alleged"),
])
def test_only_the_accuseds_deeds_are_alleged(default_coder, text, trigger, status):
    assert status_of(default_coder, text, trigger) == status
