"""Session 9 date rules: day ranges give their first day; "as of" dates no event; the date of an
occasion is the act's; a bare day on the object dates the verb; an infinitival relative takes no
date from its noun; the reported-subject rule decides during the climb, once."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates import resolve_date, resolve_expression
from eventcoder.dates.calendar_rules import Resolved
from eventcoder.dates.expressions import OWN, REPORT, find_date_expressions
from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status
from eventcoder.status.scope import governing_chain

FRIDAY = dt.date(2017, 3, 24)


@pytest.mark.parametrize(
    "text, direction, expected",
    [
        ("from 3 to 5 March", "past", "2017-03-03"),
        ("3-5 March 2016", "past", "2016-03-03"),
        ("between 3 and 5 March", "future", "2018-03-03"),
        ("from the 1st to the 4th of April", "future", "2017-04-01"),
        ("from March 3 to 5", "past", "2017-03-03"),
        ("5 March", "past", "2017-03-05"),  # a single day is still read as written
    ],
)
def test_a_day_range_gives_its_first_day(text, direction, expected):
    assert resolve_expression(text, FRIDAY, direction) == Resolved(expected, "day")


def date_of(make_document, sentence: str, word: str, published: str = "2017-03-24"):
    document = make_document(sentence, published=published)
    token = next(t for t in document.doc if t.text == word)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "010")
    return resolve_date(document, mention, decide_status(document, mention))


def expression_texts(make_document, sentence: str, word: str) -> list[tuple[str, str]]:
    doc = make_document(sentence).doc
    token = next(t for t in doc if t.text == word)
    return [(doc[e.start : e.end].text, e.link) for e in find_date_expressions(doc, governing_chain(token))]


def test_as_of_dates_no_event(make_document):
    sentence = "The deportation violates international obligations and, as of 2015, its own domestic law."
    assert expression_texts(make_document, sentence, "violates") == []
    date = date_of(make_document, sentence, "violates")
    assert (date.date, date.source) == ("2017-03-24", "publication")


def test_the_occasion_of_an_act_dates_it(make_document):
    assert expression_texts(make_document, "In his Tuesday speech, the president condemned the attack.", "condemned") == [
        ("Tuesday", OWN)
    ]
    date = date_of(make_document, "The group said in a November report that police had beaten the protesters.", "said")
    assert (date.date, date.precision, date.text) == ("2016-11", "month", "November")


def test_a_day_on_the_object_dates_the_verb_but_not_through_a_preposition(make_document):
    sentence = "Militants attacked a cross-country passenger train Tuesday in the restive province, taking many hostages."
    assert date_of(make_document, sentence, "attacked").date == "2017-03-21"
    assert date_of(make_document, sentence, "taking").date == "2017-03-21"  # the result shares it
    freed = date_of(make_document, "Close to 200 passengers had been freed before the final push Wednesday evening.", "freed")
    assert freed.source == "publication"  # "before the push Wednesday": a bound, not the freeing's day


def test_an_infinitival_relative_takes_no_date_from_its_noun(make_document):
    sentence = ("The chief was referring to the February 2020 landmark pact the United States negotiated with the "
                "insurgents in Qatar's capital, Doha, to pull all U.S. troops from the country.")
    assert date_of(make_document, sentence, "pull", "2021-05-09").date is None
    assert date_of(make_document, sentence, "negotiated", "2021-05-09").date == "2020-02"


@pytest.mark.parametrize("word, expected", [("said", [("Tuesday", OWN)]), ("arrested", [("Tuesday", REPORT)])])
def test_a_date_before_the_reported_subject_is_the_sayings(make_document, word, expected):
    # The parser may hang "on Tuesday" on the reported verb; either way it is the saying's own
    # date, and the reported act takes it only as the day it was reported (link REPORT).
    sentence = "The ministry said on Tuesday that police had arrested two suspects."
    assert expression_texts(make_document, sentence, word) == expected
