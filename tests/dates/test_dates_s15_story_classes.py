"""Session 15 date classes from whole wire stories: a month placed in a year named relative to
publication, the "after" clause that bounds its head, lengths inside "after"/"before" phrases.
Published Friday 2017-03-24 unless a case says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates import resolve_date, resolve_expression
from eventcoder.dates.calendar_rules import Resolved
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status


def dated(make_document, text: str, trigger: str, published: str = "2017-03-24"):
    document = make_document(text, published=published)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "")
    status = decide_status(document, mention)
    date = resolve_date(document, mention, status)
    return apply_news_window(status, date, document.article.published).value, date


@pytest.mark.parametrize("text, expected", [
    ("March last year", Resolved("2022-03", "month")),
    ("in March last year", Resolved("2022-03", "month")),
    ("last year in August", Resolved("2022-08", "month")),
    ("March 3 last year", Resolved("2022-03-03", "day")),
    ("in May of next year", Resolved("2024-05", "month")),
    ("the summer of last year", Resolved("2022", "year")),
    ("last year", Resolved("2022", "year")),
])
def test_month_in_a_relative_year(text, expected):
    assert resolve_expression(text, dt.date(2023, 1, 31), "past") == expected


def test_story_background_in_march_last_year(make_document):
    status, date = dated(make_document, "In March last year, a suicide bomber killed more than 60 worshippers at a "
                         "Shiite mosque in the city.", "killed", "2023-01-31")
    assert (status, date.date, date.precision) == ("historical", "2022-03", "month")


@pytest.mark.parametrize("text, trigger, expected", [
    # The head of an "after" clause is no earlier than the clause's month or year.
    ("Lithuania gave refuge to the opposition leader after she fled the country in August.", "gave",
     ("historical", "2016-08", "month")),
    ("The bloc imposed sanctions on Minsk after a disputed election in 2015.", "imposed", ("historical", "2015", "year")),
])
def test_head_of_an_after_clause_takes_its_month_or_year(make_document, text, trigger, expected):
    status, date = dated(make_document, text, trigger)
    assert (status, date.date, date.precision) == expected


def test_head_of_an_after_clause_takes_no_day(make_document):
    # "after they stormed parliament on Monday": the arrest may be that day or later.
    status, date = dated(make_document, "Police arrested five men after they stormed parliament on Monday.", "arrested")
    assert (status, date.source) == ("asserted", "publication")


def test_own_date_outranks_the_after_clause(make_document):
    status, date = dated(make_document, "Relations soured in 2010 after commandos stormed the ship in May 2009.", "soured")
    assert date.date == "2010"


@pytest.mark.parametrize("text, trigger", [
    ("The deal was signed in Cairo by the two ministers after months of negotiations.", "signed"),
    ("After months of talks, the two sides signed a deal.", "signed"),
])
def test_a_length_in_an_after_phrase_is_not_the_date(make_document, text, trigger):
    status, date = dated(make_document, text, trigger)
    assert (status, date.source) == ("asserted", "publication")


def test_the_length_still_dates_its_own_noun(make_document):
    status, date = dated(make_document, "After months of talks, the two sides signed a deal.", "talks")
    assert (date.date, date.text) == (None, "months")


def test_a_past_act_before_which_another_ended_shares_its_day(make_document):
    text = ("In Niamey, thousands of junta supporters rallied outside the French embassy on Sunday and set fire to "
            "its door before security forces dispersed them with tear gas.")
    status, date = dated(make_document, text, "dispersed", "2023-07-31")
    assert (status, date.date) == ("asserted", "2023-07-30")


def test_a_coming_act_before_another_takes_no_day(make_document):
    text = "Iran demanded on Saturday that the United States lift all sanctions before Tehran returns to the deal."
    status, date = dated(make_document, text, "returns", "2021-02-08")
    assert date.date != "2021-02-06"


@pytest.mark.parametrize("text, trigger, expected", [
    # Bare "hours after" / "hours before": the same day as the word the phrase hangs from.
    ("Bouteflika resigned on Tuesday after weeks of protests, hours after the army chief demanded that he step "
     "down.", "demanded", "2017-03-21"),
    ("Rebels clashed with troops hours after the election on March 3.", "clashed", "2017-03-03"),
    ("Rebels clashed with troops 48 hours after the election on March 3.", "clashed", "2017-03-05"),
])
def test_hours_after_is_the_same_day(make_document, text, trigger, expected):
    assert dated(make_document, text, trigger)[1].date == expected


def test_thirty_six_hours_gives_no_day(make_document):
    status, date = dated(make_document, "Rebels clashed with troops 36 hours after the election on March 3.", "clashed")
    assert date.date != "2017-03-04"
