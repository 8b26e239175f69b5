"""Session 23: "suspected" / "alleged" on the active subject of a verb trigger make the act alleged (who did it
rests on suspicion: "Suspected US drones struck a compound"); on its object they do not ("Police arrested a
suspected bomber": the arrest is plain). The words are `subject_hedges` in cues.yaml."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article
from eventcoder.status import StatusCues

PUBLISHED = dt.date(2012, 6, 4)


def status_of(coder, text: str, trigger: str) -> str:
    events = coder.code_article(Article(article_id="s23", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger).status


@pytest.mark.parametrize("text, trigger", [
    ("Suspected US drones struck a militant compound in North Waziristan on Sunday, killing six people.", "struck"),
    ("Suspected militants attacked a police checkpoint in Kandahar on Sunday.", "attacked"),
])
def test_a_hedged_subject_makes_the_act_alleged(default_coder, text, trigger):
    assert status_of(default_coder, text, trigger) == "alleged"


@pytest.mark.parametrize("text, trigger", [
    ("Police arrested a suspected bomber in Nairobi on Sunday.", "arrested"),
    ("Spain extradited a suspected Russian hacker to the United States on Friday.", "extradited"),
])
def test_a_hedged_object_leaves_the_act_asserted(default_coder, text, trigger):
    assert status_of(default_coder, text, trigger) == "asserted"


def test_the_subject_hedges_are_read_from_the_cue_file():
    assert {"suspected", "alleged"} <= StatusCues.load().subject_hedges


# Mend (review of session 23): only a deed of force rests on who is suspected of it, and a hedge on a victim
# noun doubts the wrong done to them.
@pytest.mark.parametrize("text, trigger", [
    ("Alleged victims of the priest rallied outside the Vatican on Sunday.", "rallied"),
    ("The suspected gunman surrendered to police on Sunday.", "surrendered"),
])
def test_a_hedged_doer_of_a_plain_act_does_not_make_it_alleged(default_coder, text, trigger):
    events = default_coder.code_article(Article(article_id="s23", text=text, published=dt.date(2020, 5, 4)))
    assert next(e for e in events if e.trigger.text == trigger).status == "asserted"
