"""Hand-built Event records and articles for the store tests (no NLP involved)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Optional, Sequence

from eventcoder.records import Actor, Article, ArticleResult, Event, Location, Plover, Span

QUADS = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 2,
         "10": 3, "11": 3, "12": 3, "13": 3, "14": 3, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4}
PLOVER = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "11": "ACCUSE",
          "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
          "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}
SCORES = {"AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "COOPERATE": 9.5, "AID": 10, "ACCUSE": -3, "REJECT": -2,
          "THREATEN": -3.5, "PROTEST": -5, "MOBILIZE": -5.5, "SANCTION": -6, "COERCE": -7, "ASSAULT": -9}
GOLDSTEIN = {"03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5,
             "15": -7.2, "16": -4.0, "17": -7.0, "18": -9.0, "19": -10.0, "20": -10.0}
# Country centres and a few cities, for places.
PLACES = {
    "Damascus": ("SYR", 33.51, 36.29), "Aleppo": ("SYR", 36.20, 37.16), "Kyiv": ("UKR", 50.45, 30.52),
    "Kharkiv": ("UKR", 49.99, 36.23), "Moscow": ("RUS", 55.75, 37.62), "Tehran": ("IRN", 35.69, 51.39),
    "Paris": ("FRA", 48.86, 2.35), "Lagos": ("NGA", 6.52, 3.38), "Maiduguri": ("NGA", 11.85, 13.16),
    "Caracas": ("VEN", 10.48, -66.90), "Kabul": ("AFG", 34.53, 69.17), "Washington": ("USA", 38.90, -77.04), "Beijing": ("CHN", 39.90, 116.40),
}
COUNTRY_PLACES = {"Syria": ("SYR", 35.0, 38.0), "Ukraine": ("UKR", 49.0, 32.0), "Iran": ("IRN", 32.0, 53.0),
                  "Nigeria": ("NGA", 10.0, 8.0), "Venezuela": ("VEN", 8.0, -66.0), "Afghanistan": ("AFG", 33.0, 66.0)}


def actor(code: str, text: Optional[str] = None) -> Actor:
    country = None if code[:3] in ("IGO", "NGO", "IMG", "MNC", "UNO") else code[:3]
    sector = code[3:6] or None
    return Actor(code=code, country=country, sector=sector, text=text or code, start=0, end=len(text or code))


def make_event(
    article_id: str = "a1",
    cameo: str = "190",
    source: Sequence[str] = ("USA",),
    target: Sequence[str] = ("SYR",),
    date: Optional[str] = "2017-03-20",
    precision: Optional[str] = None,
    published: Optional[str] = "2017-03-21",
    place: Optional[str] = None,
    status: str = "asserted",
    sentence: str = "Something happened.",
    sentence_index: int = 0,
    url: Optional[str] = None,
    title: Optional[str] = None,
    confidence: float = 0.8,
    trigger: str = "did",
) -> Event:
    """An Event with sensible codes derived from the CAMEO code."""
    root = cameo[:2]
    plover_type = PLOVER.get(root)
    if precision is None:
        precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""), "week" if date and "-W" in date else "unknown")
    if place:
        country, lat, lon = PLACES.get(place) or COUNTRY_PLACES[place]
        level = "city" if place in PLACES else "country"
        location = Location(text=place, name=place, country=country, lat=lat, lon=lon, precision=level, start=0, end=len(place))
    else:
        location = Location(text=None, name=None, country=None, lat=None, lon=None)
    digest = hashlib.sha1(f"{article_id}|{sentence_index}|{cameo}|{sentence}".encode()).hexdigest()[:16]
    return Event(
        event_id="e" + digest,
        article_id=article_id,
        url=url,
        title=title,
        published=published,
        sentence_index=sentence_index,
        sentence=sentence,
        trigger=Span(trigger, 0, len(trigger)),
        cameo=cameo,
        cameo_root=root,
        quad_class=QUADS[root],
        goldstein=GOLDSTEIN.get(root, 0.0),
        plover=Plover(type=plover_type, mode=None, contexts=("military",) if QUADS[root] == 4 else (), score=SCORES.get(plover_type)),
        source=tuple(actor(c) for c in source),
        target=tuple(actor(c) for c in target),
        status=status,
        status_cue=None,
        date=date,
        date_precision=precision,
        date_text=date,
        date_source="text" if date else None,
        location=location,
        confidence=confidence,
    )


def make_article(article_id: str, text: str, published: Optional[str] = "2017-03-21", url: Optional[str] = None,
                 title: Optional[str] = None) -> Article:
    return Article(
        article_id=article_id,
        text=text,
        published=dt.date.fromisoformat(published) if published else None,
        url=url,
        title=title,
        origin=f"test:{article_id}",
    )


def make_result(article_id: str, text: str, events_spec: Sequence[dict], published: Optional[str] = "2017-03-21",
                url: Optional[str] = None, title: Optional[str] = None) -> ArticleResult:
    """An ArticleResult whose events are built from ``make_event`` keyword dicts."""
    article = make_article(article_id, text, published=published, url=url, title=title)
    events = tuple(
        make_event(**{"sentence": text, **spec}, article_id=article_id, published=published, url=url, title=title,
                   sentence_index=i)
        for i, spec in enumerate(events_spec)
    )
    return ArticleResult(article, events)
