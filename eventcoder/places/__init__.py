"""Places stage: where each event happened, with a precision (point, city, region, country).

``Gazetteer.load()`` once, then ``find_place(document, event_mention, actor_mentions, gazetteer)``
per event, or ``find_toponyms(document, actor_mentions, gazetteer)`` for every place in a text, or
``resolve_spans(document, [(start, end), ...], gazetteer)`` for names already known to be places;
``dateline_location(document, gazetteer)`` for the place the article's dateline names.
"""

from .gazetteer import Gazetteer, Place, normalize_name
from .linking import find_place, rank_places
from .toponyms import Toponym, dateline_location, find_toponyms, resolve_span, resolve_spans

__all__ = [
    "Gazetteer", "Place", "Toponym", "dateline_location", "find_place", "find_toponyms", "normalize_name", "rank_places", "resolve_span",
    "resolve_spans",
]
