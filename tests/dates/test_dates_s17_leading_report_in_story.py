"""Session 17: a deed inside a report that opens its sentence ("officials said on Monday the rebels had seized
the town") takes the saying day in a story, where the leading report is the day's news (as the stories'
annotators read it); a sentence coded alone keeps the publication fallback (as the blind case files read it)."""

from __future__ import annotations

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status

PUBLISHED = "2022-03-09"  # a Wednesday


def dated(make_document, text: str, trigger: str, cameo: str):
    document = make_document(text, published=PUBLISHED)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)
    status = decide_status(document, mention)
    date = resolve_date(document, mention, status)
    return apply_news_window(status, date, document.article.published).value, date


def test_deed_in_leading_report_of_a_story_takes_the_saying_day(make_document):
    text = ("Rebel commanders said on Tuesday their fighters had captured the river port of Kasongo. "
            "Aid groups warned of shortages in the camps outside the town.")
    status, date = dated(make_document, text, "captured", "192")
    assert status == "asserted"
    assert (date.date, date.precision, date.source) == ("2022-03-08", "day", "report")


def test_deed_in_leading_report_coded_alone_keeps_publication(make_document):
    status, date = dated(make_document, "The army said on Monday that militants had burned the school.",
                         "burned", "180")
    assert status == "asserted"
    assert (date.date, date.source) == ("2022-03-09", "publication")

