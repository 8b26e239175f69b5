"""Targets for visits, missions, aid and violence that name a place instead of an actor.

"Saddam Hussein arrived in Amman", "the UN sent inspectors to Bosnia": CAMEO codes the host
country as the target. The places stage has resolved where the event happened; when the event
has no target actor, a place in another country than the source's becomes the target; for threats,
protests, coercion and violence a place in the source's own country does too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..actors.context import DOMESTIC_SECTORS, TRANSNATIONAL_PREFIXES
from ..records import Actor, Location

# Intent, consult (visits), provide aid, investigate: the place visited or served is the counterpart
# ("agreed to set up a research centre in Tokyo").
ROOTS_TARGETING_THE_PLACE = frozenset({"03", "04", "07", "09"})
# Threats, protests, coercion and violence with no named target are aimed at the place where they happen, also at
# home: "extended the curfew in Abidjan", "demonstrators protesting in Monrovia" (CAMEO codes X -> X).
ROOTS_TARGETING_THE_PLACE_AT_HOME = frozenset({"13", "14", "17", "18", "19"})
RESOLVED_PRECISIONS = frozenset({"point", "city", "region", "country"})


def _placed_in_a_country(location: Location) -> bool:
    """Whether the event's place was found in the text and resolved to a country."""
    return location.precision in RESOLVED_PRECISIONS and bool(location.country) and location.start is not None


def target_from_place(cameo: str, source: tuple[Actor, ...], target: tuple[Actor, ...],
                      location: Location) -> Optional[Actor]:
    """The host country as a target actor, or None when the event has a target or the place says nothing."""
    at_home = cameo[:2] in ROOTS_TARGETING_THE_PLACE_AT_HOME
    if target or not (at_home or cameo[:2] in ROOTS_TARGETING_THE_PLACE):
        return None
    if not _placed_in_a_country(location):
        return None
    if not at_home and any(actor.country == location.country for actor in source):
        return None
    return Actor(
        code=location.country, country=location.country, sector=None,
        text=location.text or location.country, start=location.start, end=location.end,
    )


def actors_in_place_country(actors: tuple[Actor, ...], location: Location,
                            sentence_countries: frozenset = frozenset()) -> tuple[Actor, ...]:
    """Role-only actors take the country of the place where the event happened: "people blocked streets in
    Hong Kong" -> HKGCVL, "police fired tear gas in Cairo" -> EGYCOP. Armed roles (troops, rebels) may be
    foreign: they do so only when their sentence names no other country ("rebels seized Kisangani")."""
    if not _placed_in_a_country(location):
        return actors
    armed_too = sentence_countries <= {location.country}
    return tuple(
        replace(actor, country=location.country, code=location.country + actor.code)
        if (actor.country is None and actor.sector and actor.code == actor.sector
            and (actor.sector in DOMESTIC_SECTORS or armed_too)
            and actor.code[:3] not in TRANSNATIONAL_PREFIXES)
        else actor
        for actor in actors
    )
