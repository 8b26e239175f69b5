"""Targets for visits, missions and aid that name a place instead of an actor.

"Saddam Hussein arrived in Amman", "the UN sent inspectors to Bosnia": CAMEO codes the host
country as the target. The places stage has resolved where the event happened; when the event
has no target actor, a place in another country than the source's becomes the target.
"""

from __future__ import annotations

from typing import Optional

from ..records import Actor, Location

# Consult (visits), provide aid, investigate: the place visited or served is the counterpart.
ROOTS_TARGETING_THE_PLACE = frozenset({"04", "07", "09"})
RESOLVED_PRECISIONS = frozenset({"point", "city", "region", "country"})


def target_from_place(cameo: str, source: tuple[Actor, ...], target: tuple[Actor, ...],
                      location: Location) -> Optional[Actor]:
    """The host country as a target actor, or None when the event has a target or the place says nothing."""
    if target or cameo[:2] not in ROOTS_TARGETING_THE_PLACE:
        return None
    if location.precision not in RESOLVED_PRECISIONS or not location.country or location.start is None:
        return None
    if any(actor.country == location.country for actor in source):
        return None
    return Actor(
        code=location.country, country=location.country, sector=None,
        text=location.text or location.country, start=location.start, end=location.end,
    )
