"""Shared fixtures: the spaCy pipeline loads once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from eventcoder.parse import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def make_document(nlp):
    """Build a Document from raw text, as the pipeline would (read -> clean -> parse)."""
    from eventcoder.clean import clean_text
    from eventcoder.parse import parse
    from eventcoder.records import Article

    def build(text: str, published: str | dt.date | None = "2017-03-24", article_id: str = "test"):
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        article = Article(article_id=article_id, text=text, published=published)
        return parse(nlp, article, clean_text(text))

    return build


@pytest.fixture(scope="session")
def shared_data():
    if not SHARED_DATA.is_dir():
        pytest.skip("shared dev data not present")
    return SHARED_DATA
