"""Dates stage: resolve when an event happened, from the text and the publication date.

The public names load on first use, so importing ``eventcoder.dates.calendar_rules`` (plain date
arithmetic, used by the store) does not pull in the resolver and spaCy with it."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# Public name -> the module of this package that defines it.
_PUBLIC = {"resolve_date": ".resolve", "resolve_expression": ".calendar_rules", "period_end": ".calendar_rules"}

__all__ = ["resolve_date", "resolve_expression", "period_end"]

if TYPE_CHECKING:
    from .calendar_rules import period_end, resolve_expression
    from .resolve import resolve_date


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
