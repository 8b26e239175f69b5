"""Session 23: trailing participle clauses the parser hangs on the wrong word take the day of the verb they
really follow. A participle of saying or vowing set off after a reported clause is the reporter's ("told
protesters on Saturday that ..., vowing that forces would crush any unrest": Saturday); a participle the
parser hangs, with the deed's own verb, on the subject of a trailing attribution shares the deed's day
("Lecturers pressed on with their strike on Monday, ignoring calls to return, the union said": Monday).
A participle of result in a reported clause stays its verb's. Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article

PUBLISHED = dt.date(2022, 11, 2)  # a Wednesday


def coded(coder, text: str, trigger: str) -> tuple[str, str]:
    events = coder.code_article(Article(article_id="s23", text=text, published=PUBLISHED))
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date, event.date_source


@pytest.mark.parametrize("text, trigger, day", [
    ("Iran's Revolutionary Guards chief Hossein Salami told protesters on Saturday that it was the last day they "
     "should take to the streets, vowing that security forces would crush any further unrest in Tehran.",
     "vowing", "2022-10-29"),
    ("The army said on Tuesday that rebels had shelled the town, accusing Kyiv of backing them.",
     "accusing", "2022-11-01"),
])
def test_a_statement_participle_after_a_reported_clause_is_the_reporters(default_coder, text, trigger, day):
    assert coded(default_coder, text, trigger) == (day, "text")


def test_a_participle_hung_on_the_subject_of_a_trailing_attribution_shares_the_deeds_day(default_coder):
    text = ("Nigerian university lecturers pressed on with their strike on Monday, ignoring government calls to "
            "return to classrooms, the Academic Staff Union of Universities said in Abuja.")
    assert coded(default_coder, text, "ignoring") == ("2022-10-31", "text")


def test_a_statement_participle_after_an_undated_report_takes_no_day_from_the_reported_deed(default_coder):
    # The accusing is the officials', whose saying has no day: not the shelling's Tuesday.
    text = "Officials said the army had shelled the town on Tuesday, accusing Kyiv of backing the rebels."
    assert coded(default_coder, text, "accusing") == ("2022-11-02", "publication")


def test_a_threat_of_the_reported_actor_keeps_its_verbs_day(default_coder):
    # Mend (review of session 23): threatening is the gunmen's deed on Friday, not the witnesses' Sunday.
    text = "Witnesses said on Sunday that gunmen stormed the village on Friday, threatening residents with death."
    events = default_coder.code_article(Article(article_id="s23", text=text, published=dt.date(2020, 5, 4)))
    event = next(e for e in events if e.trigger.text == "threatening")
    assert event.date != "2020-05-03"
