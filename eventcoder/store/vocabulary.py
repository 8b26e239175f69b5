"""What filter values can mean: PLOVER types from the codebook, country names from the actor dictionary.

``filters.check_filters`` asks it to turn a user's ``--country Nigeria`` into ``NGA`` and to refuse a
PLOVER type that does not exist, before any SQL runs. Both resources load on first use (the actor
dictionary takes about a second), so queries given plain codes never pay for them. One vocabulary
may serve several threads (the web server's): a lock keeps each resource loading once.
"""

from __future__ import annotations

import threading
from typing import Optional


class FilterVocabulary:
    """The valid PLOVER types and the country names a filter may use."""

    def __init__(self):
        self._plover_types: Optional[list[str]] = None
        self._actors = None
        self._loading = threading.Lock()

    def plover_types(self) -> list[str]:
        """Every PLOVER event type of the codebook, in its order."""
        with self._loading:
            if self._plover_types is None:
                from ..codebook import Codebook

                self._plover_types = [t.name for t in Codebook.load().plover_types()]
        return self._plover_types

    def country_code(self, name: str) -> Optional[str]:
        """The ISO-3 code for a country name, short form or demonym ("Nigeria", "nigeria" -> NGA), or None."""
        with self._loading:
            if self._actors is None:
                from ..actors import ActorDictionary

                self._actors = ActorDictionary.load()
        for form in (name, name.title()):
            code = self._actors.country_code(form)
            if code:
                return code
        return None
