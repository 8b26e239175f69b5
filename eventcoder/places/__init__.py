"""Places stage: where each event happened, with a precision (point, city, region, country)."""

from .gazetteer import Gazetteer, Place, normalize_name

__all__ = ["Gazetteer", "Place", "normalize_name"]
