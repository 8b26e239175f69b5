"""The event filters shared by every face of the store: the library, the CLI and the HTTP API.

    from eventcoder.store.filters import check_filters
    checked = check_filters({"country": "Nigeria", "cameo": "19", "start": "2022-01"}, vocabulary)

``check_filters`` is the one place a filter value is read, normalised and refused: country names
become codes, PLOVER types are checked against the codebook, dates, boxes, quad classes and
confidences are parsed. A bad value raises ``QueryError`` naming the parameter (``cameo``), the
problem and what is allowed; the CLI shows it as a usage error on ``--cameo`` (exit 2), the API as
HTTP 400 ``{"detail", "parameter", "allowed"}``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

from ..records import STATUSES

if TYPE_CHECKING:
    from .vocabulary import FilterVocabulary

#: Statuses a filter may name: the coded ones, plus words that keep every status.
ANY_STATUS = ("any", "all", "*")

DateLike = Union[str, dt.date, None]


class QueryError(ValueError):
    """A filter or query value the store cannot use.

    ``parameter`` names it (``cameo``, ``start``), ``problem`` says what is wrong with the value,
    ``advice`` what would do and ``allowed`` lists the valid values where there are few.
    ``str(error)`` is ``"parameter: problem; advice"``.
    """

    def __init__(self, parameter: str, problem: str, advice: str = "", allowed: Optional[Sequence[str]] = None):
        self.parameter = parameter
        self.problem = problem
        self.advice = advice
        self.allowed = list(allowed) if allowed is not None else None
        super().__init__(f"{parameter}: {self.reason}")

    @property
    def reason(self) -> str:
        """The message without the parameter's name (a face puts its own name in front: --cameo, cameo)."""
        return f"{self.problem}; {self.advice}" if self.advice else self.problem


def first_day(value: DateLike, name: str) -> Optional[dt.date]:
    """A start bound: a day, or the first day of the month or year it names; ``QueryError`` if not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for length, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        if len(text) == length:
            try:
                return dt.date.fromisoformat(text + suffix)
            except ValueError:
                break
    raise QueryError(name, f"{value!r} is not a date", "use YYYY-MM-DD, YYYY-MM or YYYY")


def last_day(value: DateLike, name: str) -> Optional[dt.date]:
    """An end bound is inclusive of the whole month or year it names."""
    start = first_day(value, name)
    if start is None or isinstance(value, dt.date):
        return start
    text = str(value).strip()
    if len(text) == 7:
        following = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    if len(text) == 4:
        return dt.date(start.year, 12, 31)
    return start



#: Every filter, in the order the CLI and the API list them.
FILTER_NAMES = (
    "actor", "source", "target", "country", "plover_type", "cameo", "quad_class", "status", "start", "end",
    "place", "bbox", "text", "min_confidence",
)
ACTOR_FILTERS = ("actor", "source", "target", "country")
QUAD_CLASSES = (1, 2, 3, 4)
DEFAULT_STATUS = ("asserted",)

#: An actor or country code as stored: upper-case letters only (IRN, IRNGOV, IGOUNOWFP).
_CODE = re.compile(r"^[A-Z]{3,}$")
_LETTERS = re.compile(r"^[A-Za-z]{3,}$")
#: A CAMEO code or code prefix: one to four digits ("1", "19", "190", "0421").
_CAMEO_PREFIX = re.compile(r"^\d{1,4}$")
_BBOX_USAGE = "give four numbers min_lon,min_lat,max_lon,max_lat"


def _text(value: Any) -> Optional[str]:
    """A text filter with spaces tidied; blank means not given."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _many(value: Any) -> list[str]:
    """One value or several (a repeated option or query parameter), blanks dropped."""
    if value is None:
        return []
    values = [value] if isinstance(value, (str, int, float)) else list(value)
    return [text for text in (_text(v) for v in values) if text]


def actor_value(value: Any, name: str, vocabulary: Optional[FilterVocabulary]) -> Optional[str]:
    """An actor filter as a code: codes pass (upper-cased), country names become their ISO-3 code.

    A value in capitals (RUS, IRNGOV) is a code; anything else is tried as a country name first
    ("Russia", "russia"), then taken as a code written in lower case ("irngov"). Without a
    vocabulary names are not looked up.
    """
    text = _text(value)
    if text is None:
        return None
    if _CODE.match(text):
        return text
    code = vocabulary.country_code(text) if vocabulary is not None else None
    if code:
        return code
    if _LETTERS.match(text):
        return text.upper()
    raise QueryError(
        name, f"{value!r} is not an actor", "give an actor code (IRNGOV), a country code (IRN) or a country name (Iran)")


def _plover_types(value: Any, vocabulary: Optional[FilterVocabulary]) -> Optional[list[str]]:
    wanted = [t.upper() for t in _many(value)]
    if vocabulary is not None:
        known = vocabulary.plover_types()
        unknown = [t for t in wanted if t not in known]
        if unknown:
            raise QueryError("plover_type", f"{', '.join(map(repr, unknown))} is not a PLOVER type",
                             f"use one of {', '.join(known)}", allowed=known)
    return wanted or None


def _cameo(value: Any) -> Optional[str]:
    prefix = _text(value)
    if prefix is not None and not _CAMEO_PREFIX.match(prefix):
        raise QueryError("cameo", f"{value!r} is not a CAMEO code or prefix",
                         "give 1 to 4 digits, e.g. 19 for every fight or 0421")
    return prefix


def _quad_classes(value: Any) -> Optional[list[int]]:
    classes = []
    for item in _many(value):
        try:
            number = int(item)
        except ValueError:
            number = None
        if number not in QUAD_CLASSES:
            raise QueryError("quad_class", f"{item!r} is not a quad class", "use 1, 2, 3 or 4",
                             allowed=[str(q) for q in QUAD_CLASSES])
        classes.append(number)
    return classes or None


def _statuses(value: Any) -> Optional[list[str]]:
    statuses = [s.lower() for s in _many(value)]
    unknown = [s for s in statuses if s not in STATUSES and s not in ANY_STATUS]
    if unknown:
        raise QueryError("status", f"{', '.join(map(repr, unknown))} is not a status",
                         f"use {', '.join(STATUSES)}, or 'any' for all", allowed=[*STATUSES, "any"])
    return statuses or None


def _bbox(value: Any) -> Optional[list[float]]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        numbers = [float(part) for part in parts]
    except (TypeError, ValueError):
        raise QueryError("bbox", f"{value!r} is not numbers", _BBOX_USAGE) from None
    if len(numbers) != 4:
        raise QueryError("bbox", f"{value!r} has {len(numbers)} numbers, not four", _BBOX_USAGE)
    min_lon, min_lat, max_lon, max_lat = numbers
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise QueryError("bbox", "a longitude is outside -180..180 or a latitude outside -90..90", _BBOX_USAGE)
    if min_lon > max_lon or min_lat > max_lat:
        raise QueryError("bbox", "a minimum exceeds its maximum", _BBOX_USAGE)
    return numbers


def _confidence(value: Any) -> Optional[float]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise QueryError("min_confidence", f"{value!r} is not a number", "give a number in 0..1") from None
    if not 0 <= number <= 1:
        raise QueryError("min_confidence", f"{value} is outside 0..1", "give a number in 0..1")
    return number


def check_filters(filters: Mapping[str, Any], vocabulary: Optional[FilterVocabulary] = None) -> dict[str, Any]:
    """Every filter read and checked: a dict with a key for each of ``FILTER_NAMES`` (None = not given).

    Values may be text as typed (a CLI option, a query parameter) or Python values (a list of
    types, a bbox tuple, a date). ``status`` left out means asserted only; None means every status.
    With a ``vocabulary`` country names resolve and PLOVER types are checked against the codebook.
    Raises ``QueryError`` (with ``parameter``) for the first value that cannot be used. Checking
    checked filters again changes nothing.
    """
    unknown = set(filters) - set(FILTER_NAMES)
    if unknown:
        raise TypeError(f"unknown filters: {', '.join(sorted(unknown))}")
    checked: dict[str, Any] = {name: actor_value(filters.get(name), name, vocabulary) for name in ACTOR_FILTERS}
    checked["plover_type"] = _plover_types(filters.get("plover_type"), vocabulary)
    checked["cameo"] = _cameo(filters.get("cameo"))
    checked["quad_class"] = _quad_classes(filters.get("quad_class"))
    # Left out: asserted only (the default everywhere); None or only blanks: every status.
    checked["status"] = _statuses(filters.get("status", DEFAULT_STATUS))
    start, end = filters.get("start"), filters.get("end")
    start = None if isinstance(start, str) and not start.strip() else start
    end = None if isinstance(end, str) and not end.strip() else end
    first, last = first_day(start, "start"), last_day(end, "end")
    if first and last and first > last:
        raise QueryError("start", f"the date range is reversed: start {start} is after end {end}",
                         "swap them, or leave one out")
    checked["start"] = start.strip() if isinstance(start, str) else start
    checked["end"] = end.strip() if isinstance(end, str) else end
    checked["place"] = _text(filters.get("place"))
    checked["bbox"] = _bbox(filters.get("bbox"))
    checked["text"] = _text(filters.get("text"))
    checked["min_confidence"] = _confidence(filters.get("min_confidence"))
    return checked


def option_name(parameter: str) -> str:
    """The CLI option of a parameter: ``plover_type`` -> ``--plover-type``."""
    return "--" + parameter.replace("_", "-")


def describe_filters(filters: Mapping[str, Any], advice: bool = True) -> str:
    """The filters a query applied, in words, as the user gave them: ``actor RUS; start 2022-01; status asserted``.

    Export lines and plot subtitles say which events they hold with this. ``advice`` adds how to keep
    every status (``use --status any for all``) when only some were kept.
    """
    parts = []
    for name, value in filters.items():
        if value is None or (isinstance(value, (list, tuple)) and not value) or name == "status":
            continue
        shown = ",".join(str(v) for v in value) if isinstance(value, (list, tuple)) else str(value)
        parts.append(f"{name.replace('_', '-')} {shown}")
    status = filters.get("status") or list(DEFAULT_STATUS)
    if isinstance(status, str):
        status = [status]
    if not any(s in ANY_STATUS for s in status):
        parts.append(f"status {','.join(status)}" + ("; use --status any for all" if advice else ""))
    return "; ".join(parts) or "no filters"
