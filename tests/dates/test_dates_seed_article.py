"""The seed article (published Saturday 2017-03-25): status and dates of its key events.

Skips when the shared development data is absent. The events stage is not run here: mentions
are built on the trigger words directly, so this tests only the status and dates stages.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status

PUBLISHED = "2017-03-25"


@pytest.fixture(scope="module")
def seed(shared_data, make_document):
    text = (shared_data / "seed_article.txt").read_text(encoding="utf-8")
    return make_document(text, published=PUBLISHED)


def code(document, word: str, followed_by: str = ""):
    """Status and date of the first trigger ``word`` whose next words start with ``followed_by``."""
    doc = document.doc
    for token in doc:
        after = doc[token.i + 1 : token.i + 4].text
        if token.text == word and after.startswith(followed_by):
            mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "010")
            status = decide_status(document, mention)
            date = resolve_date(document, mention, status)
            return apply_news_window(status, date, dt.date.fromisoformat(PUBLISHED)), date
    raise AssertionError(f"no {word!r} followed by {followed_by!r} in the seed article")


def test_visit_is_planned_for_next_monday(seed):
    status, date = code(seed, "visit", "to Russia")
    assert status.value == "planned" and status.cue == "scheduled"
    assert (date.date, date.precision, date.text, date.source) == ("2017-03-27", "day", "Monday", "text")


def test_office_spoke_on_friday(seed):
    status, date = code(seed, "said", "on Friday")
    assert status.value == "asserted"
    assert (date.date, date.precision) == ("2017-03-24", "day")


def test_last_august_strikes_are_historical(seed):
    status, date = code(seed, "used", "Nojeh")
    assert (date.date, date.precision, date.text) == ("2016-08", "month", "Last August")
    assert status.value == "historical"


def test_ban_back_in_2010_is_historical(seed):
    status, date = code(seed, "banned")
    assert (date.date, date.precision) == ("2010", "year")
    assert status.value == "historical"


def test_the_2007_deal(seed):
    status, date = code(seed, "deal", "in 2007")
    assert (date.date, date.precision) == ("2007", "year")
    assert status.value == "historical"


def test_the_2015_deal(seed):
    _, date = code(seed, "deal", "which")
    assert (date.date, date.precision) == ("2015", "year")


def test_ceasefire_since_the_beginning_of_2017(seed):
    _, date = code(seed, "ceasefire")
    assert (date.date, date.precision) == ("2017-01", "month")


def test_planned_and_future_events_take_no_publication_date(seed):
    meet_status, meet_date = code(seed, "meet", "Putin")
    assert meet_status.value == "planned" and meet_date.date is None
    sign_status, sign_date = code(seed, "signed", "during")
    assert sign_status.value == "planned" and sign_date.date is None
    discuss_status, discuss_date = code(seed, "discuss")
    assert discuss_status.value == "future" and discuss_date.date is None


def test_meetings_over_the_past_four_years_have_no_point_date(seed):
    status, date = code(seed, "held", "eight")
    assert status.value == "asserted"
    assert (date.date, date.precision, date.text) == (None, "unknown", "the past four years")


def test_relative_clause_takes_its_antecedents_date(seed):
    status, date = code(seed, "removed")
    assert (date.date, date.precision) == ("2015", "year")
    assert status.value == "historical"


@pytest.mark.parametrize("word, followed_by, text, kind", [
    # Session 16: what runs or repeats has no single day (issue 4: none dated to the publication day).
    ("providing", "crucial", "are both providing", "running"),
    ("held", "several", "several", "repeated"),
    ("talks", "between", "rounds of", "repeated"),
    ("negotiations", "to end", "are directly involved", "running"),
])
def test_running_and_repeated_acts_are_not_dated_to_the_publication_day(seed, word, followed_by, text, kind):
    status, date = code(seed, word, followed_by)
    assert status.value == "asserted"
    assert (date.date, date.precision, date.text, date.source) == (None, "unknown", text, kind)


def test_the_commitment_of_2007_is_history(seed):
    status, date = code(seed, "delivering")
    assert (status.value, date.date) == ("historical", "2007")
