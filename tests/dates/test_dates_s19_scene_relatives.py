"""Session 19 classes from whole stories: a past restrictive relative clause on what a past act was done to shares
that act's day ("pushed back protesters who hurled stones"), but not a descriptive one, a subject's, a judged
act's or one under a present perfect or a coming act; a bare verb the tagger reads in an object's predicate
("declared the envoy persona non grata on Thursday") lends its day to the verb."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-05-14"  # a Friday


@pytest.mark.parametrize("text, trigger, expected", [
    ("Riot police fired rubber bullets on Monday at youths who threw rocks at the station.", "threw", "2021-05-10"),
    ("Several officers were injured on Tuesday night when troops used water cannon to disperse students who "
     "blocked the main bridge.", "blocked", "2021-05-11"),
])
def test_past_relative_clause_on_the_object_of_a_past_act_shares_its_day(status_and_date, text, trigger, expected):
    status, date = status_and_date(text, trigger, "145", PUBLISHED)
    assert (date.date, date.precision, date.source) == (expected, "day", "text")
    assert status == "asserted"


@pytest.mark.parametrize("text, trigger", [
    # Set off by a comma: a description, not the scene.
    ("Soldiers on Monday surrounded the militants, who seized the bank.", "seized"),
    # A judged act is only before its judging.
    ("Police on Monday detained a man who attacked a synagogue.", "attacked"),
    # A coming act's object did its deed before.
    ("On Monday the army will evict the settlers who occupied the hill.", "occupied"),
])
def test_other_relative_clauses_keep_the_publication_day(status_and_date, text, trigger):
    _, date = status_and_date(text, trigger, "", PUBLISHED)
    assert (date.date, date.source) == (PUBLISHED, "publication")


def test_a_relative_clause_with_a_date_of_its_own_keeps_it(status_and_date):
    _, date = status_and_date("Police fired tear gas on Monday at farmers who blocked the highway on Sunday.",
                              "blocked", "", PUBLISHED)
    assert date.date == "2021-05-09"


def test_a_bare_verb_in_an_object_predicate_lends_its_day(status_and_date):
    text = ("Chad's government declared the head of the United Nations office in the country, Anna Berg, "
            "persona non grata on Thursday.")
    _, date = status_and_date(text, "declared", "161", PUBLISHED)
    assert (date.date, date.source) == ("2021-05-13", "text")


@pytest.mark.parametrize("text, trigger, expected", [
    ("The rand slid three percent on Tuesday after the finance minister sacked the central bank governor.", "sacked",
     "2021-05-11"),
    ("Riots shook the port on Wednesday after police shot a teenage courier.", "shot", "2021-05-12"),
])
def test_a_done_act_in_an_after_clause_of_a_past_verb_takes_its_day(status_and_date, text, trigger, expected):
    status, date = status_and_date(text, trigger, "", PUBLISHED)
    assert (date.date, date.precision) == (expected, "day")
    assert status == "asserted"


@pytest.mark.parametrize("text, trigger", [
    # A pluperfect act is set back before its head: no day.
    ("The minister resigned on Monday after protesters had stormed parliament.", "stormed"),
    # A coming act does not share a coming day.
    ("The ministers will meet on Monday after the rebels withdraw.", "withdraw"),
])
def test_other_after_clauses_take_no_day(status_and_date, text, trigger):
    _, date = status_and_date(text, trigger, "", PUBLISHED)
    assert date.date != "2021-05-10" and date.date != "2021-05-17"


def test_a_decree_is_an_occasion_of_the_act(status_and_date):
    text = "The government dismissed 4,000 police officers in an emergency decree published on Sunday."
    _, date = status_and_date(text, "dismissed", "172", PUBLISHED)
    assert date.date == "2021-05-09"


def test_an_act_after_a_dated_gathering_takes_its_day(status_and_date):
    text = "The regional bloc froze the junta's assets after an emergency summit of its leaders in Accra on Sunday."
    _, date = status_and_date(text, "froze", "163", PUBLISHED)
    assert (date.date, date.precision) == ("2021-05-09", "day")


def test_an_act_after_other_dated_nouns_takes_no_day(status_and_date):
    _, date = status_and_date("Police arrested the editor after the protest on Sunday.", "arrested", "173", PUBLISHED)
    assert date.date != "2021-05-09"



# Review of session 19: a definite noun is identified by an earlier deed, and a judged deed is older than its
# judging, so neither takes the head act's day (Monday 2021-05-10, Tuesday 2021-05-11).
@pytest.mark.parametrize("text, trigger", [
    ("Police on Monday identified the gunman who killed five people at a mosque.", "killed"),
    ("Troops on Sunday captured the rebels who kidnapped the aid workers.", "kidnapped"),
    ("A Cairo court sentenced a man to death on Tuesday after he killed a Coptic priest.", "killed"),
])
def test_identified_and_judged_deeds_do_not_take_the_head_acts_day(status_and_date, text, trigger):
    _status, date = status_and_date(text, trigger, "190", PUBLISHED)
    assert date.date not in ("2021-05-09", "2021-05-10", "2021-05-11")
