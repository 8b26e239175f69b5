"""Session 20: a clause inside a "when" clause shares the time that clause takes, and the second verb of an "after"
clause is around the clause's head as the first is ("collapsed in 2002, when the president broke off talks after
rebels hijacked an airliner and kidnapped a senator": the hijacking and the kidnapping are 2002's)."""

from __future__ import annotations

import pytest

PUBLISHED = "2012-10-18"


@pytest.mark.parametrize("trigger", ["seized", "burned"])
def test_an_after_clause_inside_a_when_clause_takes_its_year(status_and_date, trigger):
    text = ("The truce ended in 2009, when the army left the talks after militiamen seized a ferry and burned "
            "a police post.")
    status, date = status_and_date(text, trigger, "181", PUBLISHED)
    assert (date.date, date.precision) == ("2009", "year")
    assert status == "historical"


def test_the_second_verb_of_an_after_clause_takes_the_heads_year(status_and_date):
    text = "Ties between the two states soured in 2010 after marines boarded a cargo ship and detained its crew."
    status, date = status_and_date(text, "detained", "173", PUBLISHED)
    assert (date.date, date.precision) == ("2010", "year")
    assert status == "historical"


@pytest.mark.parametrize("text", [
    "Israeli troops pulled out of the town on Monday after Hamas fighters fled after Israeli soldiers attacked "
    "their camp.",
    "The government collapsed after the army seized power after protesters stormed parliament.",
    "The ceasefire ended in May when troops advanced after rebels shelled the town after talks failed.",
])
def test_nested_after_clauses_code_without_error(default_coder, text):
    # An "after" clause inside another lends no times of its own to a same-time-only search; it used to read
    # the last anchor of an empty list (IndexError) and lose the whole article.
    import datetime as dt

    from eventcoder.records import Article

    article = Article(article_id="t", text=text, published=dt.date.fromisoformat(PUBLISHED))
    assert default_coder.code_article(article)


def test_a_nested_after_clause_inside_a_when_clause_still_takes_its_month(status_and_date):
    text = "The ceasefire ended in May when troops advanced after rebels shelled the town after talks failed."
    _, date = status_and_date(text, "shelled", "195", PUBLISHED)
    assert (date.date, date.precision) == ("2012-05", "month")
