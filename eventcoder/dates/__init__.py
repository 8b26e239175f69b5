"""Dates stage: resolve when an event happened, from the text and the publication date."""

from .calendar_rules import period_end, resolve_expression
from .resolve import resolve_date

__all__ = ["resolve_date", "resolve_expression", "period_end"]
