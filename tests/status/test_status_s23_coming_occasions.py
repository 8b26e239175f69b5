"""Session 23: an event noun an act is done "ahead of", "on the eve of" or "in the run-up to" is still to come
(planned), and its day is read forward ("police were deployed ahead of Saturday's protest": the coming
Saturday). The phrases are `coming_occasions` in cues.yaml. Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article
from eventcoder.status import StatusCues

PUBLISHED = dt.date(2022, 7, 7)  # a Thursday


def coded(coder, text: str, trigger: str):
    events = coder.code_article(Article(article_id="s23", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger)


def test_an_event_ahead_of_which_an_act_is_done_is_planned(default_coder):
    event = coded(default_coder, "Thousands of extra police officers were deployed in Colombo by the Sri Lankan "
                                 "government ahead of Saturday's protest.", "protest")
    assert (event.status, event.date) == ("planned", "2022-07-09")


def test_the_act_done_ahead_of_it_stays_asserted(default_coder):
    event = coded(default_coder, "Thousands of extra police officers were deployed in Colombo by the Sri Lankan "
                                 "government ahead of Saturday's protest.", "deployed")
    assert event.status == "asserted"


def test_the_coming_occasions_are_read_from_the_cue_file():
    assert {"ahead of", "eve of"} <= StatusCues.load().coming_occasions


# Mend (review of session 23): an occasion the text tells happened, in a clause of its own, is not to come.
@pytest.mark.parametrize("text, trigger", [
    ("The rebels withdrew ahead of the army's offensive, which began on Sunday.", "offensive"),
    ("Police clashed with protesters ahead of the president's visit, which took place on Saturday.", "visit"),
])
def test_an_occasion_told_as_past_is_not_planned(default_coder, text, trigger):
    events = default_coder.code_article(Article(article_id="s23", text=text, published=dt.date(2020, 5, 4)))
    assert next(e for e in events if e.trigger.text == trigger).status != "planned"
