"""What filter values can mean: PLOVER types from the codebook, country names from the actor dictionary.

Used by ``EventStore`` to turn a user's ``--country Nigeria`` into ``NGA`` and to refuse a PLOVER type
that does not exist, before any SQL runs. Both resources load on first use (the actor dictionary takes
about a second), so queries given plain codes never pay for them.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .queries import QueryError

#: An actor or country code as stored: upper-case letters only (IRN, IRNGOV, IGOUNOWFP).
_CODE = re.compile(r"^[A-Z]{3,}$")
ACTOR_FILTERS = ("actor", "source", "target", "country")


class FilterVocabulary:
    """Checks and resolves filter values against the codebook and the actor dictionary."""

    def __init__(self):
        self._plover_types: Optional[list[str]] = None
        self._actors = None

    def plover_types(self) -> list[str]:
        """Every PLOVER event type of the codebook, in its order."""
        if self._plover_types is None:
            from ..codebook import Codebook

            self._plover_types = [t.name for t in Codebook.load().plover_types()]
        return self._plover_types

    def country_code(self, name: str) -> Optional[str]:
        """The ISO-3 code for a country name, short form or demonym ("Nigeria", "nigeria" -> NGA), or None."""
        if self._actors is None:
            from ..actors import ActorDictionary

            self._actors = ActorDictionary.load()
        for form in (name, name.title()):
            code = self._actors.country_code(form)
            if code:
                return code
        return None

    def actor_value(self, value: str, name: str) -> str:
        """An actor filter as a code: codes pass as given (upper-cased), country names become their code.

        A value in capitals (RUS, IRNGOV) is a code; anything else is tried as a country name first
        ("Russia", "russia"), then taken as a code written in lower case ("irngov").
        """
        text = " ".join(str(value).split())
        if not text:
            raise QueryError(f"{name}: empty value")
        if _CODE.match(text):
            return text
        code = self.country_code(text)
        if code:
            return code
        if re.match(r"^[A-Za-z]{3,}$", text):
            return text.upper()
        raise QueryError(
            f"{name}: {value!r} is neither an actor code (IRNGOV), a country code (IRN) nor a country name (Iran)"
        )

    def resolve(self, filters: dict[str, Any]) -> dict[str, Any]:
        """The filters with country names turned into codes and PLOVER types checked."""
        resolved = dict(filters)
        for name in ACTOR_FILTERS:
            if resolved.get(name):
                resolved[name] = self.actor_value(resolved[name], name)
        types = resolved.get("plover_type")
        if types:
            wanted = [types] if isinstance(types, str) else list(types)
            known = self.plover_types()
            unknown = [t for t in wanted if str(t).strip().upper() not in known]
            if unknown:
                raise QueryError(
                    f"plover_type: {', '.join(map(repr, unknown))} is not a PLOVER type; use one of {', '.join(known)}"
                )
        return resolved
