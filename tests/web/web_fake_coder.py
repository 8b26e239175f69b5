"""A stand-in coder for tests that run ``eventcoder ingest`` beside ``eventcoder serve`` without spaCy.

Each article yields one fight (CAMEO 190) between the two country codes of its first two words,
dated on its publication day. ``WEB_FAKE_DELAY`` (seconds per article) keeps an ingest writing,
so a test can ask the server while the ingest holds the store.
"""

from __future__ import annotations

import os
import time

from eventcoder.records import Actor, ArticleResult, Event, Location, Plover, Span


def _actor(code: str) -> Actor:
    return Actor(code=code, country=code, sector=None, text=code, start=0, end=3)


class SlowCoder:
    def __init__(self, delay: float):
        self.delay = delay

    def code_many(self, articles, batch_size: int = 16):
        for article in articles:
            time.sleep(self.delay)
            source, target = article.text.split()[:2]
            event = Event(
                event_id=f"e-{article.article_id}", article_id=article.article_id, url=None, title=None,
                published=article.published.isoformat(), sentence_index=0, sentence=article.text,
                trigger=Span("fought", article.text.index("fought"), article.text.index("fought") + 6),
                cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0,
                plover=Plover(type="ASSAULT", score=-9.0), source=(_actor(source),), target=(_actor(target),),
                status="asserted", status_cue=None, date=article.published.isoformat(), date_precision="day",
                date_text=None, date_source="publication", location=Location(None, None, None, None, None),
                confidence=0.9,
            )
            yield ArticleResult(article, (event,))


def make_coder() -> SlowCoder:
    return SlowCoder(delay=float(os.environ.get("WEB_FAKE_DELAY", "0")))
