"""Event stage: verb and noun trigger patterns -> CAMEO events with source and target actors from syntax."""

from .find import find_events
from .patterns import EventPatterns

__all__ = ["EventPatterns", "find_events"]
