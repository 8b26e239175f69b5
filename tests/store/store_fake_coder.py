"""A stand-in coder for ingest tests: events are spelled out in the article text, so the store's
ingest can be tested (and killed) without loading spaCy.

A line ``EVENT <cameo> <source> <target> <date> [<place>]`` becomes one event; an article containing
``FAIL`` raises, as a broken article would. ``STORE_FAKE_DELAY`` (seconds per article) slows coding
so a test can kill an ingest part-way.
"""

from __future__ import annotations

import os
import time

from store_factory import make_event

from eventcoder.records import ArticleResult


class FakeCoder:
    def __init__(self, delay: float = 0.0):
        self.delay = delay

    def code_article(self, article):
        if "FAIL" in article.text:
            raise ValueError("this article cannot be coded")
        time.sleep(self.delay)
        events = []
        for line in article.text.splitlines():
            parts = line.split()
            if len(parts) >= 5 and parts[0] == "EVENT":
                events.append(
                    make_event(
                        article_id=article.article_id,
                        cameo=parts[1],
                        source=[parts[2]],
                        target=[parts[3]],
                        date=parts[4],
                        place=parts[5] if len(parts) > 5 else None,
                        published=article.published.isoformat() if article.published else None,
                        url=article.url,
                        sentence=line,
                        sentence_index=len(events),
                    )
                )
        return events

    def code_many(self, items, batch_size: int = 16):
        for article in items:
            try:
                yield ArticleResult(article, tuple(self.code_article(article)))
            except ValueError as error:
                from eventcoder.records import ArticleError

                yield ArticleResult(article, (), ArticleError(article.origin, article.article_id, str(error)))


def make_coder() -> FakeCoder:
    return FakeCoder(delay=float(os.environ.get("STORE_FAKE_DELAY", "0")))
