"""Guards found on VOA news for the session 14 rules: a request is no statement of the one asked,
a threat word keeps its own modal, an offered act's purpose is not alleged, a purpose's day is
only the purpose verb's own, and a date near a judged act may be the judging verb's."""

from __future__ import annotations

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status


def coded(make_document, text: str, trigger: str, cameo: str = "", published: str = "2017-03-24"):
    document = make_document(text, published=published)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)
    status = decide_status(document, mention)
    date = resolve_date(document, mention, status)
    return apply_news_window(status, date, document.article.published).value, date


@pytest.mark.parametrize("text, trigger, cameo, expected", [
    ("The envoys called for Russia to reciprocate by agreeing to a ceasefire.", "agreeing", "0356", "future"),
    ("We urged the president to return to the talks in order to reach an agreement.", "reach", "030", "future"),
    ("Experts think North Korea will continue to increase threats against the South.", "threats", "130", "future"),
    ("In 2018, officials allegedly offered to pay her relatives to invite her to Turkey.", "invite", "036", "future"),
])
def test_statement_and_purpose_guards(make_document, text, trigger, cameo, expected):
    assert coded(make_document, text, trigger, cameo)[0] == expected


def test_purpose_day_is_the_purpose_verbs_only(make_document):
    text = "The vote was pushed from September 25 to Friday to allow time for more consultation."
    status, date = coded(make_document, text, "consultation", "040")
    assert date.text is None or "September" not in date.text


def test_date_right_on_a_judged_gerund_may_be_the_judging_verbs(make_document):
    text = "Japan accused a Chinese spy plane of violating its airspace for the first time in August."
    status, date = coded(make_document, text, "accused", published="2024-10-04")
    assert (status, date.date) == ("historical", "2024-08")
