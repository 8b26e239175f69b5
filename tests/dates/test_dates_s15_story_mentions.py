"""Session 15: a later sentence of a story about the event of an earlier one takes its date
(mentions.py): "signed an agreement on Thursday ... The deal was signed in Cairo"."""

from __future__ import annotations

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status


def dated(make_document, text: str, trigger: str, occurrence: int, published: str = "2020-08-07"):
    """Status and date of the ``occurrence``-th (0-based) word ``trigger`` of ``text``."""
    document = make_document(text, published=published)
    token = [t for t in document.doc if t.text == trigger][occurrence]
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "057")
    status = decide_status(document, mention)
    date = resolve_date(document, mention, status)
    return apply_news_window(status, date, document.article.published).value, date


SIGNED = ("Greece and Egypt signed an agreement on Thursday on a maritime zone in the Mediterranean. "
          "The deal was signed in Cairo by the two foreign ministers after months of negotiations.")


def test_a_later_mention_takes_the_lead_date(make_document):
    status, date = dated(make_document, SIGNED, "signed", 1)
    assert (status, date.date, date.source, date.text) == ("asserted", "2020-08-06", "text", "Thursday")


def test_the_lead_keeps_its_own_date(make_document):
    assert dated(make_document, SIGNED, "signed", 0)[1].date == "2020-08-06"


def test_a_later_mention_with_a_date_of_its_own_keeps_it(make_document):
    text = "Police arrested five protesters on Monday in the capital. Police arrested three more on Wednesday."
    assert dated(make_document, text, "arrested", 1)[1].date == "2020-08-05"


def test_an_earlier_background_date_makes_the_later_mention_historical(make_document):
    text = ("In 2014, gunmen attacked the airport in Karachi. The attack killed 30 people, including ten "
            "security guards.")
    status, date = dated(make_document, text, "attack", 0)
    assert (status, date.date) == ("historical", "2014")


@pytest.mark.parametrize("text, trigger, occurrence", [
    # An active verb used again is more often a new act of the same kind.
    ("A judge ordered the release of the activist on Monday. An appeals court later overturned the conviction "
     "and ordered a new trial.", "ordered", 1),
    # Plural or counted nouns name other events.
    ("Militants attacked a passenger train on Tuesday. Islamabad has blamed several recent attacks on "
     "militants based abroad.", "attacks", 0),
    # A verb of saying is another saying.
    ("The senator told reporters on Monday that the plan would fail. He told Politico the same.", "told", 1),
])
def test_forms_that_name_another_event_take_nothing(make_document, text, trigger, occurrence):
    # (the counted "several recent attacks" have no single day at all: session 16's repeated acts)
    assert dated(make_document, text, trigger, occurrence)[1].source in ("publication", "repeated")


def test_not_from_a_clause_about_another_event(make_document):
    # The nearest earlier "agreed" is the deal's agreeing a year before, not what the Kremlin reports.
    text = ("Moscow quit the deal on July 17, a year after it was agreed. The Kremlin said on Wednesday that the "
            "two leaders had agreed that Putin would visit Turkey.")
    status, date = dated(make_document, text, "agreed", 1, published="2023-08-02")
    assert date.date != "2022-07-17"
    assert status == "asserted"


def test_first_sentence_takes_no_date_from_elsewhere(make_document):
    text = "Troops attacked the village. On Monday, troops attacked the town."
    assert dated(make_document, text, "attacked", 0)[1].source == "publication"
