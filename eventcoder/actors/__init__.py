"""Actor stage: recognise and code actors (countries, international actors, sectors, people).

``ActorDictionary.load()`` reads the packaged TSV dictionaries (plus user files);
``find_actors(document, dictionary)`` returns the ActorMentions of a parsed Document.
"""

from .dictionary import ActorDictionary, Country, Organization, Person, SectorTerm, Term
from .find import attached_mentions, find_actors, mentions_at

__all__ = [
    "ActorDictionary",
    "Country",
    "Organization",
    "Person",
    "SectorTerm",
    "Term",
    "attached_mentions",
    "find_actors",
    "mentions_at",
]
