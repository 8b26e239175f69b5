"""Session 20: a deed denied in a story is the accusers' word (alleged), as a charge denied is ("accused X of
sending troops, a charge Kigali denies"); a sentence coded alone keeps issue 4's reading (negated), and a denied
intention stays negated either way. The denial's own day is not the deed's."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-05-14"  # a Friday
LEAD = "Villagers in the border district said soldiers had burned their homes last week. "


@pytest.mark.parametrize("sentence, trigger", [
    ("The army denied burning any homes.", "burning"),
    ("The defence ministry denied that its soldiers attacked the villages.", "attacked"),
])
def test_a_deed_denied_in_a_story_is_alleged(status_and_date, sentence, trigger):
    status, _ = status_and_date(LEAD + sentence, trigger, "190", PUBLISHED)
    assert status == "alleged"
    status, _ = status_and_date(sentence, trigger, "190", PUBLISHED)
    assert status == "negated"  # coded alone


def test_a_denied_intention_stays_negated_in_a_story(status_and_date):
    status, _ = status_and_date(LEAD + "The rebels denied they would attack the town.", "attack", "190", PUBLISHED)
    assert status == "negated"


def test_the_denials_day_is_not_the_deeds(status_and_date):
    status, date = status_and_date(LEAD + "The army on Tuesday denied burning the homes.", "burning", "190", PUBLISHED)
    assert status == "alleged"
    assert date.date != "2021-05-11"
