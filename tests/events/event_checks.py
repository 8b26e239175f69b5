"""Checks shared by the event-phrasing tests."""

from __future__ import annotations


def has_event(events, prefix: str, source=None, target=None) -> bool:
    """Whether some (cameo, sources, targets) triple has a CAMEO code starting with ``prefix`` and, when given,
    ``source`` among its sources and ``target`` among its targets."""
    return any(code.startswith(prefix) and (source is None or source in s) and (target is None or target in t)
               for code, s, t in events)
