"""Session 18 classes from whole stories: a relative clause hung on the last noun of a phrase takes the date of the
phrase's head ("a 2014 explosion at a depot in the village of X that killed two"); an episode an act was part
of dates it ("in a 1996 standoff"); a counted phrase on the complement of a dated command counts from the
command's day; a conjunct with its own auxiliary keeps its own status; a trailing "a charge X denies" does not
negate the charging."""

from __future__ import annotations

import pytest

PUBLISHED = "2021-05-14"  # a Friday


def coded(status_and_date, text: str, trigger: str, cameo: str = "", published: str = PUBLISHED):
    return status_and_date(text, trigger, cameo, published)


def test_relative_clause_on_the_last_noun_of_a_phrase_takes_the_phrase_head_date(status_and_date):
    text = "The militia carried out a 2017 bombing of a bus station in the town of Korda that killed three soldiers."
    status, date = coded(status_and_date, text, "killed", "190")
    assert (date.date, date.precision) == ("2017", "year")
    assert status == "historical"


def test_relative_clause_with_a_date_of_its_own_keeps_it(status_and_date):
    text = ("Investigators linked the group to a 2016 blast at a fuel store in the town of Narva "
            "that was attacked again on Monday.")
    _, date = coded(status_and_date, text, "attacked", "190")
    assert date.date == "2021-05-10"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The two navies sent frigates to the disputed reef in a 2012 standoff that lasted weeks.", "sent", "2012"),
    ("Both armies moved tanks to the valley during the 1999 crisis over the pass.", "moved", "1999"),
])
def test_episode_an_act_was_part_of_dates_it(status_and_date, text, trigger, expected):
    status, date = coded(status_and_date, text, trigger, "150")
    assert date.date == expected
    assert status == "historical"


def test_counted_phrase_on_a_commanded_clause_counts_from_the_command(status_and_date):
    text = ("A court in Minsk on Thursday ordered the blogger kept in jail for three months, "
            "two days after the police arrested him at the airport.")
    _, date = coded(status_and_date, text, "arrested", "173")
    assert (date.date, date.precision) == ("2021-05-11", "day")


def test_conjunct_with_its_own_auxiliary_keeps_its_own_status(status_and_date):
    text = ("The president said he would not resign and would send his envoy to Doha on Monday "
            "to meet the insurgent leaders.")
    status, date = coded(status_and_date, text, "meet", "040")
    assert status == "planned"
    assert date.date == "2021-05-17"
    status, _ = coded(status_and_date, text, "send", "")
    assert status == "planned"


def test_conjunct_without_an_auxiliary_shares_the_negation(status_and_date):
    status, _ = coded(status_and_date, "The president said he would not resign or send his envoy to Doha.", "send")
    assert status == "negated"


@pytest.mark.parametrize("tail", [", a charge Algiers denies.", ", an accusation Algiers denies.", ", a claim Algiers denies.",
                                  "; Algiers denies it."])
def test_trailing_denial_of_a_charge_does_not_negate_the_charging(status_and_date, tail):
    text = f"Mali's junta accused Algeria of arming separatist fighters in the north{tail}"
    status, _ = coded(status_and_date, text, "accused", "112")
    assert status == "asserted"
    status, _ = coded(status_and_date, text, "arming", "072")
    assert status == "alleged"


def test_leading_denial_still_negates(status_and_date):
    status, _ = coded(status_and_date, "Algiers denied that it had armed the separatist fighters.", "armed", "072")
    assert status == "negated"


STORY = ("The opposition leader walked out of Kaliti prison on Sunday after eleven years in jail. "
         "The government freed the 64-year-old leader five days after lifting a ban on his party.")


def test_length_counted_from_an_undated_act_is_not_the_heads_date(status_and_date):
    _, date = coded(status_and_date, STORY, "freed", "0841", published="2021-05-10")
    assert (date.date, date.source) == ("2021-05-09", "lead")


def test_act_inside_the_counted_phrase_counts_back_from_the_heads_lead_day(status_and_date):
    _, date = coded(status_and_date, STORY, "lifting", "0812", published="2021-05-10")
    assert (date.date, date.precision) == ("2021-05-04", "day")


def test_counted_phrase_coded_alone_keeps_no_day_for_the_inner_act(status_and_date):
    text = "The government freed the 64-year-old leader five days after lifting a ban on his party."
    _, date = coded(status_and_date, text, "lifting", "0812")
    assert date.date is None


SAME_DAY = ("Farmers blocked the ring road around the capital on Tuesday to demand lower diesel prices. "
            "The agriculture minister resigned {phrase} and police detained a dozen drivers.")


@pytest.mark.parametrize("phrase", ["the same day", "that day", "later that day", "on the same day"])
def test_the_same_day_is_the_day_told_before(status_and_date, phrase):
    _, date = coded(status_and_date, SAME_DAY.format(phrase=phrase), "resigned", "0831")
    assert (date.date, date.precision, date.source) == ("2021-05-11", "day", "text")


def test_the_same_day_with_no_day_told_before_gives_no_date(status_and_date):
    text = "The agriculture minister resigned the same day, and police detained a dozen drivers."
    _, date = coded(status_and_date, text, "resigned", "0831")
    assert date.date is None
