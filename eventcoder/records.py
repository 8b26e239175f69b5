"""Plain typed records passed between pipeline stages.

Data flows one way: Article (read) -> Document (clean + parse) -> ActorMention (actors)
-> EventMention (events) -> Status / EventDate / Location (status, dates, places) -> Event (records).
Every record that points at text carries character offsets into ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any, Optional

STATUSES = ("asserted", "planned", "future", "hypothetical", "negated", "historical", "alleged")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")
DATE_SOURCES = ("text", "report", "lead", "publication", "running", "repeated")
PLACE_PRECISIONS = ("point", "city", "region", "country", "unknown")


@dataclass(frozen=True)
class Article:
    """One input article, as read. ``text`` is the raw article text; all offsets point into it."""

    article_id: str
    text: str
    published: Optional[dt.date] = None
    url: Optional[str] = None
    title: Optional[str] = None
    origin: str = ""  # where it came from: "file.jsonl:12", "page.html", "<stdin>"


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass
class Document:
    """An article after cleaning and parsing.

    ``clean_text`` has the same length as ``article.text``: boilerplate (datelines, bylines,
    footers) is blanked with spaces, so spaCy offsets are offsets into the original text.
    ``doc`` is the spaCy Doc of ``clean_text``.
    """

    article: Article
    clean_text: str
    doc: Any  # spacy.tokens.Doc

    @cached_property
    def sentences(self) -> list:
        """The non-blank sentences (spaCy Spans); computed once, as several stages index into them."""
        text = self.clean_text  # (a span's text sliced from the doc's text: ``Span.text`` joins its tokens anew)
        return [s for s in self.doc.sents if text[s.start_char:s.end_char].strip()]

    @cached_property
    def dateline(self) -> Optional[str]:
        """The place the article's dateline names ("BUCHA, Ukraine"), or None; read once for every stage."""
        from eventcoder.clean import find_dateline

        return find_dateline(self.article.text)

    @cached_property
    def columns(self):
        """The token columns every stage after parsing reads (``eventcoder.columns.TokenColumns``), read once and
        kept with the Doc for helpers handed only a Token (``eventcoder.columns.columns_of``)."""
        from eventcoder.columns import read_columns

        return read_columns(self.doc, self.clean_text)


@dataclass(frozen=True)
class Actor:
    """A coded actor: CAMEO code (country/IGO + sector), with the text it was found in."""

    code: str  # e.g. IRNGOV, RUSMIL, IGOUNO, SYRREB
    country: Optional[str]  # ISO-3 country code, None for international actors
    sector: Optional[str]  # GOV, MIL, REB, ... or None
    text: str
    start: int
    end: int
    name: Optional[str] = None  # linked person or organisation, e.g. "Hassan Rouhani"
    wikidata: Optional[str] = None


@dataclass(frozen=True)
class ActorMention:
    """An actor found in a Document: the actor plus the token span it covers.

    ``token_start``/``token_end`` index tokens of ``Document.doc`` (end exclusive);
    ``head`` is the index of the syntactic head token of the mention.
    ``kind`` says how it was found: "country", "igo", "person", "sector", "coref", ...
    """

    actor: Actor
    token_start: int
    token_end: int
    head: int
    kind: str = "country"


@dataclass
class EventMention:
    """An event found in one sentence, before status, date and place are decided."""

    sentence_index: int
    trigger: Span
    trigger_token: int  # index into Document.doc
    cameo: str
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    confidence: float = 0.5
    pattern: str = ""  # which codebook pattern matched, for debugging and evaluation


@dataclass(frozen=True)
class Status:
    value: str  # one of STATUSES
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None


@dataclass(frozen=True)
class EventDate:
    date: Optional[str]  # ISO date or partial date: "2017-03-27", "2016-08", "2010", "2017-W13"
    precision: str = "unknown"  # one of DATE_PRECISIONS
    text: Optional[str] = None
    # "text", "report" or "publication"; "running" or "repeated" for an act with no single day; None when unknown
    source: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass(frozen=True)
class Location:
    text: Optional[str]
    name: Optional[str]
    country: Optional[str]  # ISO-3
    lat: Optional[float]
    lon: Optional[float]
    precision: str = "unknown"  # one of PLACE_PRECISIONS
    start: Optional[int] = None
    end: Optional[int] = None
    geonameid: Optional[int] = None


@dataclass(frozen=True)
class Plover:
    type: Optional[str]
    mode: Optional[str] = None
    contexts: tuple[str, ...] = ()
    score: Optional[float] = None


@dataclass(frozen=True)
class Event:
    """The output record: one event mention, fully coded."""

    event_id: str
    article_id: str
    url: Optional[str]
    title: Optional[str]
    published: Optional[str]
    sentence_index: int
    sentence: str
    trigger: Span
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: Plover
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    status: str
    status_cue: Optional[str]
    date: Optional[str]
    date_precision: str
    date_text: Optional[str]
    date_source: Optional[str]
    location: Location
    confidence: float

    def to_dict(self) -> dict:
        """A JSON-ready dict with the field names documented in the README."""
        data = asdict(self)
        data["plover"]["contexts"] = list(self.plover.contexts)
        data["source"] = [asdict(a) for a in self.source]
        data["target"] = [asdict(a) for a in self.target]
        return data


@dataclass(frozen=True)
class ArticleError:
    """A bad input article: reported and skipped, never fatal to a batch."""

    origin: str
    article_id: Optional[str]
    message: str

    def __str__(self) -> str:
        where = self.origin + (f" (article {self.article_id})" if self.article_id else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ArticleResult:
    """What coding one article gave: its events, or the error that made it fail."""

    article: Optional[Article]
    events: tuple[Event, ...] = ()
    error: Optional[ArticleError] = None
