"""eventcoder: political event data (CAMEO and PLOVER) from news articles, offline, on CPU.

    >>> import eventcoder
    >>> events = eventcoder.code("Iran's president will visit Russia on Monday.", published="2017-03-25")
    >>> for event in eventcoder.code_articles(articles):   # dicts or Article records
    ...     print(event.to_dict())
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Union

from .errors import DataFileError, EventcoderError, InputError
from .records import Article, ArticleError, ArticleResult, Event

__version__ = "0.1.0"
__all__ = [
    "code", "code_articles", "Coder", "CoderOptions", "Article", "ArticleError", "ArticleResult", "Event",
    "EventcoderError", "InputError", "DataFileError", "__version__",
]


def __getattr__(name):
    # Coder pulls in spaCy; import it only when asked for, so `import eventcoder` stays light.
    if name in ("Coder", "CoderOptions"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


@lru_cache(maxsize=1)
def _default_coder():
    """The coder used by code()/code_articles() when none is passed: built on first use, then reused."""
    from .pipeline import Coder

    return Coder()


def _as_article(item: Union[Article, dict], index: int) -> Article:
    from .read import article_from_record

    if isinstance(item, Article):
        return item
    if not isinstance(item, dict):
        raise InputError(f"article {index}: expected an Article or a dict with 'text' and 'published'")
    return article_from_record(item, f"article {item['id']!r}" if "id" in item else f"article {index}")


def code(
    text: str,
    published: Union[str, dt.date],
    url: Optional[str] = None,
    title: Optional[str] = None,
    article_id: str = "article",
    coder=None,
) -> list[Event]:
    """Code one article's text into a list of Event records."""
    article = _as_article({"id": article_id, "text": text, "published": published, "url": url, "title": title}, 0)
    return (coder or _default_coder()).code_article(article)


def code_articles(articles: Iterable[Union[Article, dict]], coder=None, batch_size: int = 16) -> Iterator[Event]:
    """Stream the events of many articles (Article records or dicts with id, text, published, url, title).

    The NLP model loads once. A bad article raises InputError naming it; use Coder.code_many for
    batches that should report and skip bad articles instead.
    """
    coder = coder or _default_coder()
    items = (_as_article(item, index) for index, item in enumerate(articles))
    for result in coder.code_many(items, batch_size=batch_size):
        if result.error is not None:
            raise InputError(str(result.error))
        yield from result.events
