"""Turn one English date expression into a (partial) ISO date, relative to a publication date.

``resolve_expression(text, published, direction)`` returns a ``Resolved`` value, ``DURATION`` for
a span of time that is not a point ("over the past four years"), ``NOT_A_DATE`` for ages and
frequencies ("six-year-old", "annual") or ``None`` when the text cannot be read.

``direction`` ("past" or "future") comes from the event's tense and status and decides which way
bare weekdays, months and day-months point. Rules, so that users can predict them:

- a bare weekday ("on Monday") is the nearest such day in the direction, and the publication day
  itself when the weekday is the publication weekday (news says "on Saturday" for the day it is
  published, in both directions); "last Monday" is strictly before, "next Monday" / "this coming
  Monday" strictly after the publication day;
- "last week" is the ISO week before the publication week ("2017-W11", precision week); "last
  weekend" is the ISO week of the latest Saturday strictly before publication, and so is "the
  weekend" / "this weekend" of a past act published Monday to Friday ("clashed over the
  weekend"); of a coming act it is the next one;
- "last August" is the most recent August strictly before the publication month; "in August"
  is the most recent August up to and including the publication month when the direction is past,
  the next one from the publication month on when it is future;
- "on March 3" takes the year that puts it on the direction's side of the publication date;
- "since the beginning of 2017" gives the start, "2017-01" (precision month); "the end of 2016"
  gives "2016-12"; "early / mid / late 2016" gives the year "2016";
- ranges ("from 2010 to 2012", "between 2010 and 2012", "from March 3 to 5", "from 3 to 5 March")
  give their start;
- durations ("over the past four years", "in the past month", "for two decades", "in recent years") are DURATION:
  the event spans them, so the caller reports no point date (precision unknown) and keeps the text.

``past_period_end(text, published)`` gives the last day a past period can reach, for periods with
no point date: "the 1990s" (1999-12-31), "the 19th century" (1900-12-31), "in previous years" (the
end of the year before publication), and any expression ``resolve_expression`` reads ("in 2011").
The news window uses it to call such events historical.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from pathlib import Path
from typing import NamedTuple, Optional, Union

ERAS_PATH = Path(__file__).with_name("eras.yaml")

MONTHS = {
    name: number
    for number, names in enumerate(
        [(), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for name in names
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a couple of": 2, "couple of": 2,
}
SEASONS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


class Resolved(NamedTuple):
    date: str  # "2017-03-27", "2017-W11", "2016-08", "2010"
    precision: str  # day | week | month | year


DURATION = "duration"
NOT_A_DATE = "not-a-date"
Resolution = Union[Resolved, str, None]

_MONTH_RE = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_NUM = r"(?P<n>\d+|a couple of|couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"

_NOT_A_DATE = re.compile(
    r"\b(?:\w+-)*(?:year|month|week|day)s?[- ]old\b|\b(?:annual|annually|daily|weekly|monthly|yearly|every|each|"
    r"per year|quarterly|anniversary|age|aged)\b|^(?:the )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week|day)$"
)
_DURATION = re.compile(
    rf"\b(?:past|last|next|coming|previous|recent|following|first|final)\s+(?:few|several|many|{_NUM})\s+{_UNIT}\b"
    r"|\bthe past (?:week|month|year)\b|\brecent (?:days|weeks|months|years|decades)\b|\bdecades?\b(?! ago)|\b(?:years|months|weeks|days|hours)\b(?! ago)"
    r"|\bcenturies\b|\b\d+(?:s|'s)\b"
)
_AGO = re.compile(rf"\b{_NUM}\s+{_UNIT}\s+(?:ago|earlier|before)\b")
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(?P<year>\d{{4}}))?")
# A day range before its month gives its first day: "from 3 to 5 March", "3-5 March 2016".
_DAY_RANGE_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through)\s*(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_RE}(?:,?\s+(?P<year>\d{{4}}))?"
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH_RE}\s+(?:of\s+)?(?P<year>\d{{4}})\b")
_YEAR = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d)\b")
_EDGE_OF_YEAR = re.compile(
    r"\b(?P<edge>beginning|start|outset|end|close|middle|turn)\s+of\s+(?:the\s+)?(?P<which>this|last|next|previous|(?:1[89]|20)\d\d)?\s*(?P<year>year)?"
)
_EDGE_OF_MONTH = re.compile(rf"\b(?P<edge>beginning|start|end|middle)\s+of\s+{_MONTH_RE}")
_MONTH_ALONE = re.compile(rf"\b(?:(?P<mod>last|next|this|coming|past|early|mid|late|earlier|later)[- ]?(?:this |in )?)?{_MONTH_RE}\b")
_WEEKDAY = re.compile(r"\b(?:(?P<mod>last|next|this|coming|past|this coming|this past)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_SEASON = re.compile(r"\b(?:(?P<mod>last|next|this|coming|past)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b")
_WEEKEND = re.compile(r"\b(?:(?P<mod>last|next|this|coming|past|previous|the)\s+)?weekend\b")
# A month, a day or a season placed in a year named relative to publication: "in March last year",
# "on March 3 last year", "last year in August", "the summer of next year".
_RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next|previous|following)\s+year\b")
_YEAR_OFFSETS = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}
_RELATIVE_UNIT = re.compile(r"\b(?P<mod>last|next|this|coming|past|previous|current|earlier this|later this|early this|late this|early next|late last|early last|late next)\s+(?P<unit>week|month|year)\b")


def month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months from the given month (negative: back)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _day(d: dt.date) -> Resolved:
    return Resolved(d.isoformat(), "day")


def _week(d: dt.date) -> Resolved:
    year, week, _ = d.isocalendar()
    return Resolved(f"{year}-W{week:02d}", "week")


def _month(year: int, month: int) -> Resolved:
    return Resolved(f"{year:04d}-{month:02d}", "month")


def _year(year: int) -> Resolved:
    return Resolved(f"{year:04d}", "year")


def count_of(word: str) -> Optional[int]:
    """The count a word spells: digits or a number word ("two", "a"), or None."""
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_month(month: int, day: int, year: Optional[int], published: Optional[dt.date], direction: str) -> Resolution:
    if year is not None:
        found = _safe_date(year, month, day)
        return _day(found) if found else None
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day)
    if candidate is None:
        candidate = _safe_date(published.year + (1 if direction == "future" else -1), month, day)
        return _day(candidate) if candidate else None
    if direction == "future" and candidate < published:
        candidate = _safe_date(published.year + 1, month, day) or candidate
    elif direction != "future" and candidate > published:
        candidate = _safe_date(published.year - 1, month, day) or candidate
    return _day(candidate)


def _weekday(match, published: dt.date, direction: str) -> Resolved:
    target = WEEKDAYS[match.group("wd")]
    mod = match.group("mod") or ""
    back = (published.weekday() - target) % 7
    forward = (target - published.weekday()) % 7
    if mod in ("last", "past", "this past"):
        return _day(published - dt.timedelta(days=back or 7))
    if mod in ("next", "coming", "this coming"):
        return _day(published + dt.timedelta(days=forward or 7))
    if direction == "future":
        return _day(published + dt.timedelta(days=forward))
    return _day(published - dt.timedelta(days=back))


def _month_alone(match, published: dt.date, direction: str) -> Resolved:
    month = MONTHS[match.group("month")]
    mod = match.group("mod") or ""
    year = published.year
    if mod in ("last", "past"):
        return _month(year if month < published.month else year - 1, month)
    if mod in ("next", "coming"):
        return _month(year if month > published.month else year + 1, month)
    if mod in ("this", "earlier", "later"):
        return _month(year, month)
    if direction == "future":
        return _month(year if month >= published.month else year + 1, month)
    return _month(year if month <= published.month else year - 1, month)


def _weekend(mod: str, published: dt.date, direction: str = "future") -> Resolved:
    """The ISO week of the weekend meant: "last" is the latest Saturday strictly before publication,
    "this"/"the" the one under way, else the coming one for a coming act and the one just gone
    for a past act ("clashed over the weekend" in a Monday story), "next" the first Saturday
    strictly after, whatever the tense ("said he would travel next weekend")."""
    # The modifier before the direction: a word that names the weekend outranks the tense.
    if mod in ("next", "coming"):
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7 or 7)
    elif mod in ("last", "past", "previous") or (direction == "past" and published.weekday() < 5):
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7 or 7)
    else:
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7) if published.weekday() < 5 else published
    return _week(saturday)


def _relative_unit(match, published: dt.date) -> Resolved:
    mod, unit = match.group("mod"), match.group("unit")
    shift = -1 if mod in ("last", "past", "previous") or mod.endswith(" last") else 1 if mod in ("next", "coming") or mod.endswith(" next") else 0
    if unit == "week":
        return _week(published + dt.timedelta(days=7 * shift))
    if unit == "month":
        return _month(*month_shift(published.year, published.month, shift))
    return _year(published.year + shift)


def _ago(match, published: dt.date) -> Resolution:
    n = count_of(match.group("n"))
    unit = match.group("unit")
    if n is None:
        return None
    if unit == "day":
        return _day(published - dt.timedelta(days=n))
    if unit == "week":
        return _week(published - dt.timedelta(weeks=n))
    if unit == "month":
        return _month(*month_shift(published.year, published.month, -n))
    if unit == "year":
        return _year(published.year - n)
    return _year(published.year - 10 * n)


def _edge_of_year(match, published: Optional[dt.date]) -> Resolution:
    which = match.group("which")
    if which and which.isdigit():
        year = int(which)
    elif match.group("year") and published is not None:
        year = published.year + {"last": -1, "previous": -1, "next": 1}.get(which or "this", 0)
    else:
        return None
    edge = match.group("edge")
    if edge in ("beginning", "start", "outset"):
        return _month(year, 1)
    if edge in ("end", "close"):
        return _month(year, 12)
    if edge == "turn":
        return _year(year)
    return _year(year)


def resolve_expression(text: str, published: Optional[dt.date], direction: str = "past") -> Resolution:
    """Resolve one date expression (see the module docstring for the rules)."""
    t = " ".join(text.lower().replace("’", "'").split())
    if _NOT_A_DATE.search(t):
        return NOT_A_DATE
    # Absolute forms first: they never need the publication date.
    if m := _ISO.search(t):
        found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return _day(found) if found else None
    if published is not None and (relative_year := _RELATIVE_YEAR.search(t)) and not _YEAR.search(t):
        if (in_year := _in_relative_year(t, published.year + _YEAR_OFFSETS[relative_year["which"]])) is not None:
            return in_year
    for pattern in (_MONTH_DAY, _DAY_RANGE_MONTH, _DAY_MONTH):
        if m := pattern.search(t):
            if 1 <= int(m["day"]) <= 31:
                year = int(m["year"]) if m["year"] else None
                return _day_month(MONTHS[m["month"]], int(m["day"]), year, published, direction)
    if m := _MONTH_YEAR.search(t):
        return _month(int(m["year"]), MONTHS[m["month"]])
    if m := _EDGE_OF_MONTH.search(t):
        month = MONTHS[m["month"]]
        year_match = _YEAR.search(t)
        if year_match:
            return _month(int(year_match["year"]), month)
        if published is not None:
            return _month_alone(_MONTH_ALONE.search(m.group(0)), published, direction)
        return None
    if m := _EDGE_OF_YEAR.search(t):
        resolved = _edge_of_year(m, published)
        if resolved is not None:
            return resolved
    if m := _SEASON.search(t):
        if m["year"]:
            return _year(int(m["year"]))
        if published is not None:
            mod = m["mod"] or ""
            season_month = SEASONS[m["season"]]
            if mod in ("last", "past") or (not mod and direction != "future"):
                strictly = mod in ("last", "past")
                year = published.year if (season_month < published.month if strictly else season_month <= published.month) else published.year - 1
            elif mod in ("next", "coming") or direction == "future":
                year = published.year if season_month > published.month else published.year + 1
            else:
                year = published.year
            return _year(year)
        return None
    if _DURATION.search(t) and not _AGO.search(t):
        return DURATION
    if m := _YEAR.search(t):
        return _year(int(m["year"]))
    if published is None:
        return None
    # Relative forms need the publication date.
    if m := _AGO.search(t):
        return _ago(m, published)
    if re.search(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", t):
        return _day(published)
    if re.search(r"\b(?:the day before yesterday)\b", t):
        return _day(published - dt.timedelta(days=2))
    if re.search(r"\b(?:yesterday|last night)\b", t):
        return _day(published - dt.timedelta(days=1))
    if re.search(r"\bthe day after tomorrow\b", t):
        return _day(published + dt.timedelta(days=2))
    if re.search(r"\btomorrow\b", t):
        return _day(published + dt.timedelta(days=1))
    if m := _WEEKDAY.search(t):
        return _weekday(m, published, direction)
    if m := _WEEKEND.search(t):
        return _weekend(m["mod"] or "this", published, direction)
    if m := _RELATIVE_UNIT.search(t):
        return _relative_unit(m, published)
    if m := _MONTH_ALONE.search(t):
        return _month_alone(m, published, direction)
    if re.search(r"\b(?:this|the) week\b", t):
        return _week(published)
    return None


def _in_relative_year(t: str, year: int) -> Optional[Resolved]:
    """A day, month or season of the given year ("March 3 last year", "in March last year",
    "the summer of last year"), or None when the text names none of them."""
    for pattern in (_MONTH_DAY, _DAY_RANGE_MONTH, _DAY_MONTH):
        if (m := pattern.search(t)) and 1 <= int(m["day"]) <= 31:
            found = _safe_date(year, MONTHS[m["month"]], int(m["day"]))
            return _day(found) if found else None
    if m := _MONTH_ALONE.search(t):
        return _month(year, MONTHS[m["month"]])
    if _SEASON.search(t):
        return _year(year)
    return None


def period_bounds(date: str, precision: str) -> Optional[tuple[dt.date, dt.date]]:
    """The first and last day of the period a resolved date names ("2016-08" -> Aug 1 and Aug 31)."""
    try:
        if precision == "day":
            day = dt.date.fromisoformat(date)
            return day, day
        if precision == "week":
            year, week = date.split("-W")
            return (dt.date.fromisocalendar(int(year), int(week), 1),
                    dt.date.fromisocalendar(int(year), int(week), 7))
        if precision == "month":
            year, month = (int(part) for part in date.split("-"))
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if precision == "year":
            return dt.date(int(date), 1, 1), dt.date(int(date), 12, 31)
    except ValueError:
        return None
    return None


def period_end(date: str, precision: str) -> Optional[dt.date]:
    """The last day of the period a resolved date names (for the news window)."""
    bounds = period_bounds(date, precision)
    return bounds[1] if bounds else None


def period_start(date: str, precision: str) -> Optional[dt.date]:
    """The first day of the period a resolved date names ("since 2009" began on 2009-01-01)."""
    bounds = period_bounds(date, precision)
    return bounds[0] if bounds else None


_DECADE = re.compile(r"\b(?P<century>1[0-9]|20)(?P<decade>\d)0'?s\b")
_CENTURY = re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]centur(?:y|ies)\b|\b(?P<n2>\d{1,2})(?:st|nd|rd|th)\b(?=.*\bcenturies\b)")
# Vague periods wholly before the publication year: "in previous years", "in years past".
_EARLIER_YEARS = re.compile(
    r"\b(?:previous|earlier|prior|former|bygone|preceding) (?:years|decades|eras)\b|\byears (?:past|ago|earlier|before)\b"
)
_EARLIER_DECADES = re.compile(r"\bdecades (?:ago|earlier|before)\b")


@functools.lru_cache(maxsize=1)
def _eras_file() -> tuple[dict[str, int], frozenset[str]]:
    """``eras.yaml`` (past_eras: name -> last year; setting_nouns), loaded once per process; DataFileError
    naming the file and line of a bad entry."""
    from ..datafiles import key_lines, read_yaml
    from ..errors import DataFileError

    data, node = read_yaml(ERAS_PATH, "past eras")
    if (not isinstance(data, dict) or set(data) != {"past_eras", "setting_nouns"}
            or not isinstance(data["past_eras"], dict) or not isinstance(data["setting_nouns"], list)):
        raise DataFileError(ERAS_PATH, 1, "expected two keys, past_eras (a mapping of era name to its last year) "
                                          "and setting_nouns (a list of nouns)")
    lines = key_lines(node)
    eras = {}
    for name, year in data["past_eras"].items():
        if not isinstance(name, str) or not isinstance(year, int) or not 1000 <= year <= 2100:
            raise DataFileError(ERAS_PATH, lines.get("past_eras"), f"era {name!r}: the last year must be a year (1000-2100)")
        eras[" ".join(name.lower().split())] = year
    if not all(isinstance(noun, str) and noun.strip() for noun in data["setting_nouns"]):
        raise DataFileError(ERAS_PATH, lines.get("setting_nouns"), "setting_nouns: every entry must be a word")
    return eras, frozenset(noun.strip().lower() for noun in data["setting_nouns"])


def past_eras() -> dict[str, int]:
    """The packaged named eras that are over (``eras.yaml``: name -> last year)."""
    return _eras_file()[0]


def era_setting_nouns() -> frozenset[str]:
    """The nouns besides places that an era on a preposition's object makes the act's setting (``eras.yaml``:
    "in Soviet-era times", not "in Soviet-era tanks")."""
    return _eras_file()[1]


def past_era_end(text: str) -> Optional[dt.date]:
    """The last day of a named past era the text sets an event in ("colonial-era", "the Soviet era",
    "Cold War-era"), or None ("the post-Soviet era", "the Putin era": not over, or not known)."""
    t = " ".join(text.lower().replace("-", " ").split())
    match = re.search(r"(?:^|\b(?:the|a|an|of)\s+)?(?P<name>[a-z ]+?)\s+era\b", t)
    if match is None:
        return None
    words = match["name"].split()
    for size in range(min(len(words), 3), 0, -1):
        year = past_eras().get(" ".join(words[-size:]))
        if year is not None:
            if len(words) > size and words[-size - 1] in ("post", "pre", "new"):
                return None
            return dt.date(year, 12, 31)
    return None


def past_period_end(text: str, published: Optional[dt.date]) -> Optional[dt.date]:
    """The last day a past period can reach, or None when it may run to the present or is unknown.

    "the 1990s" -> 1999-12-31; "the 19th and early 20th centuries" -> 2000-12-31; "in previous
    years" -> 31 December of the year before ``published``; "decades ago" -> ten years before;
    otherwise the end of what ``resolve_expression`` reads in the past direction ("in 2011").
    Durations that reach the present ("over the past four years", "in recent years") give None.
    """
    t = " ".join(text.lower().replace("’", "'").split())
    decades = list(_DECADE.finditer(t))
    if decades:
        last = decades[-1]
        return dt.date(int(last["century"]) * 100 + int(last["decade"]) * 10 + 9, 12, 31)
    era = past_era_end(t)
    if era is not None:
        return era
    centuries = [int(m["n"] or m["n2"]) for m in _CENTURY.finditer(t)]
    if centuries:
        return dt.date(max(centuries) * 100, 12, 31)
    if published is None:
        return None
    if _EARLIER_DECADES.search(t):
        return dt.date(published.year - 10, 12, 31)
    if _EARLIER_YEARS.search(t):
        return dt.date(published.year - 1, 12, 31)
    resolved = resolve_expression(t, published, "past")
    if isinstance(resolved, Resolved):
        return period_end(resolved.date, resolved.precision)
    return None
