"""Hand-built Event records for tests of the stages after coding (output, evaluation, store)."""

from __future__ import annotations

from eventcoder.records import Actor, Event, Location, Plover, Span


def actor(code: str, country: str | None = None, sector: str | None = None, text: str = "x") -> Actor:
    return Actor(code=code, country=country if country is not None else code[:3], sector=sector, text=text, start=0, end=len(text))


def make_event(
    event_id="e1", article_id="a1", cameo="042", plover_type="CONSULT", source=("IRNGOV",), target=("RUS",),
    status="asserted", date="2017-03-27", confidence=0.8, **overrides,
) -> Event:
    fields = dict(
        event_id=event_id, article_id=article_id, url="http://example.org/a1", title="A title",
        published="2017-03-25", sentence_index=0, sentence="Iran's president visited Russia.",
        trigger=Span("visited", 23, 30), cameo=cameo, cameo_root=cameo[:2], quad_class=1, goldstein=1.9,
        plover=Plover(plover_type, "visit", ("diplomatic",), 4.0),
        source=tuple(actor(c) for c in source), target=tuple(actor(c) for c in target),
        status=status, status_cue=None, date=date, date_precision="day", date_text="on Monday", date_source="text",
        location=Location("Russia", "Russia", "RUS", 61.5, 105.3, "country"), confidence=confidence,
    )
    fields.update(overrides)
    return Event(**fields)
