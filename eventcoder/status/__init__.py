"""Status stage: asserted, planned, future, hypothetical, negated, historical or alleged."""

from .cues import StatusCues, default_cues
from .decide import apply_news_window, decide_status

__all__ = ["StatusCues", "default_cues", "decide_status", "apply_news_window"]
