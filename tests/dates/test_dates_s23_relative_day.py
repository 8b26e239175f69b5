"""Session 23: a day named by reference to another day told nearby ("the night before", "the previous day",
"the next day") counts from that day, not from the publication day: the nearest day before it in its sentence,
else the day of its sentence's main clause after it, else a day told in the sentences just before. Real
sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article

PUBLISHED = dt.date(2022, 9, 15)  # a Thursday


def coded(coder, text: str, trigger: str) -> tuple[str, str]:
    events = coder.code_article(Article(article_id="s23", text=text, published=PUBLISHED))
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date, event.date_precision


@pytest.mark.parametrize("text, trigger, day", [
    # The main clause's day, told after the participle that names the day before it.
    ("The village, shelled by Azerbaijani forces the night before, was evacuated by Armenian officials on Wednesday.",
     "shelled", "2022-09-13"),
    # A day told in the sentence before.
    ("Police detained the opposition leader on Wednesday. The day before, protesters had stormed parliament.",
     "stormed", "2022-09-13"),
    ("Police detained the opposition leader on Monday. Protesters had stormed parliament the previous day.",
     "stormed", "2022-09-11"),
    # Counting forward.
    ("Police detained the opposition leader on Monday. The next day, protesters stormed parliament.",
     "stormed", "2022-09-13"),
])
def test_a_relative_day_counts_from_the_day_told_nearby(default_coder, text, trigger, day):
    assert coded(default_coder, text, trigger) == (day, "day")


def test_a_day_before_an_anchor_is_still_counted_from_the_anchor(default_coder):
    # "the day before the vote on Sunday": a length counted from the vote (offsets.py), not from a nearby day.
    text = "Police detained the opposition leader on Monday. Protesters stormed parliament the day before the vote on Sunday."
    assert coded(default_coder, text, "stormed") == ("2022-09-10", "day")


def test_the_day_before_yesterday_stays_a_calendar_day(default_coder):
    text = "Police detained the opposition leader on Monday. Protesters stormed parliament the day before yesterday."
    assert coded(default_coder, text, "stormed") == ("2022-09-13", "day")


def test_a_relative_day_with_no_day_near_it_is_kept_unread(default_coder):
    text = "Protesters stormed parliament the previous day."
    assert coded(default_coder, text, "stormed") == (None, "unknown")


# Mend (review of session 23): "the day before/after" opening a clause is counted from that clause's event;
# a date joined to the relative day keeps its part before it; the nearest date decides (a year is no
# anchor); "the next day" does not count from the report day; a date on another clause is no anchor.
MONDAY = dt.date(2020, 5, 4)


def coded_on_monday(coder, text: str, trigger: str, sentence: int = 0) -> tuple:
    events = coder.code_article(Article(article_id="s23", text=text, published=MONDAY))
    event = next(e for e in events if e.trigger.text == trigger and e.sentence_index == sentence)
    return event.date, event.date_text


@pytest.mark.parametrize("text, trigger, sentence, expected", [
    ("Police arrested the activist on Sunday, the day before he was due to testify.", "arrested", 0, "2020-05-03"),
    ("The minister resigned the day after protesters stormed the parliament.", "resigned", 0, "2020-05-04"),
    ("Rebels shelled the city on April 12 and the next day stormed its airport.", "shelled", 0, "2020-04-12"),
    ("Rebels shelled the city on April 12 and the next day stormed its airport.", "stormed", 0, "2020-04-13"),
    ("Officials said on Friday that rebels seized the town in 2014. The next day, the army attacked the town.",
     "attacked", 1, None),
    ("Militants attacked a checkpoint on Friday night. "
     "The army said on Sunday that it killed 10 of the attackers the next day.", "killed", 1, "2020-05-02"),
    ("Rebels shelled the town the night before, and the army said it would respond on Friday.", "shelled", 0, None),
    # Still counted back from a saying day.
    ("The army said on Sunday that militants attacked a checkpoint the night before.", "attacked", 0, "2020-05-02"),
])
def test_a_relative_day_counts_only_from_a_sound_anchor(default_coder, text, trigger, sentence, expected):
    assert coded_on_monday(default_coder, text, trigger, sentence)[0] == expected
