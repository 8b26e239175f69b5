"""Dates counted from another date: "two days after the election on March 3", "a week after
Sunday's vote", "on the eve of Sunday's election", "arrested on Monday, two days after protesters
stormed parliament".

A length before "after" / "before" (or "the eve of") counts from an anchor. The event is either
outside the counted phrase, and its date is the anchor's plus or minus the length ("clashed two
days after the election on March 3": March 5), or inside it, and its date is the date of the word
the phrase hangs from, counted back ("arrested on Monday, two days after protesters stormed
parliament": the storming is Saturday's). Found from the parse, not from date entities: the tagger
often leaves "a week" untagged.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple, Optional

from .calendar_rules import Resolved, count_of, month_shift

# Words that count a length from an anchor, and which way: "two days after", "a week before".
COUNTING_WORDS = {"after": 1, "before": -1}
_UNITS = {"day": "day", "days": "day", "night": "day", "nights": "day", "week": "week", "weeks": "week",
          "month": "month", "months": "month", "year": "year", "years": "year", "hours": "hour"}
_AMOUNT = re.compile(r"^(?:(?:just|only|exactly|some|about|nearly|almost|barely|more than|less than) )?(?P<n>\S+(?: of)?)$")


class Offset(NamedTuple):
    """A counted phrase: ``amount`` units (signed: + after, - before) from an anchor."""

    amount: int
    unit: str  # day | week | month | year
    start: int  # first token of the phrase ("two" in "two days after ...")
    word: int  # the counting word ("after", "eve")
    region_end: int  # last token the anchor may start at (exclusive)
    inside: Optional[int]  # for a phrase the event sits in: the token it hangs from, else None


def length_of(noun) -> Optional[tuple[int, str]]:
    """(count, unit) of a length noun with its determiner or number: "two days", "a week",
    "the day", "48 hours" (as 2 days), bare "hours" (the same day: "hours after the army chief
    demanded"); None for vague lengths ("days", "several weeks") and counts of hours that are no
    whole days ("10 hours")."""
    unit = _UNITS.get(noun.lower_)
    if unit is None:
        return None
    words = [child for child in noun.lefts if child.dep_ in ("det", "nummod", "quantmod", "advmod", "amod")]
    if unit == "hour" and noun.lower_ == "hours" and not words:
        return 0, "day"  # "resigned on Tuesday, hours after the army chief demanded": the same day
    if not words:
        return None
    text = " ".join(token.lower_ for token in noun.doc[words[0].i : noun.i])
    match = _AMOUNT.match(text) if text else None
    if match is None:
        return None
    amount = match["n"]
    count = 1 if amount == "the" else count_of(amount)
    if count is None:
        return None
    if unit == "hour":
        if count % 24:
            return None  # "36 hours after" gives no day
        return count // 24, "day"
    return count, unit


def _counted_phrase(noun, counting) -> Optional[Offset]:
    length = length_of(noun)
    if length is None:
        return None
    count, unit = length
    sign = COUNTING_WORDS[counting.lower_]
    # The anchor's date may hang on the verb right after the phrase: "two days after the
    # election on March 3" (the parser puts "on March 3" on "clashed").
    clause = counting.head if counting.dep_ == "mark" else counting
    region_end = min(clause.right_edge.i + 4, len(noun.doc))
    start = min(t.i for t in noun.subtree if t.i <= noun.i)
    return Offset(sign * count, unit, start, counting.i, region_end, None)


def _lengths(clause, marks) -> list:
    """The length of a counted clause: on its verb, or on its mark, where the parser often hangs it
    ("resigned on Sunday, hours after the army chief called", "a day after the FSB detained him")."""
    return [c for c in clause.children if c.dep_ == "npadvmod"] or [
        c for mark in marks[:1] for c in mark.children if c.dep_ == "npadvmod" and c.i < mark.i]


def find_offsets(chain) -> list[Offset]:
    """Counted phrases on the event's governing chain (see the module docstring): hanging from
    a chain word (the event outside), or holding the trigger (the event inside)."""
    found: list[Offset] = []
    for governor in chain:
        if governor.kind in ("report", "content"):
            break
        token = governor.token
        # The event inside: "two days after protesters stormed parliament" (an adverbial clause),
        # "two days after the storming of parliament" (the adjunct the chain ends at).
        if governor.kind == "adjunct" and governor.via is not None and governor.via.lower_ in COUNTING_WORDS:
            for child in governor.via.children:
                if child.dep_ == "npadvmod" and (offset := _counted_phrase(child, governor.via)):
                    found.append(offset._replace(inside=token.i))
            before = token.doc[governor.via.i - 1] if governor.via.i > 0 else None
            if (before is not None and before.dep_ == "npadvmod" and before.head.i == token.i
                    and (offset := _counted_phrase(before, governor.via))):
                # The parser's sibling reading: "released him nine days after lifting the ban" (the
                # length and "after" both on the verb).
                found.append(offset._replace(inside=token.i))
            if token.dep_ == "appos" and (offset := _counted_phrase(token, governor.via)):
                # "shelled the village on Monday, a day after the talks": counted from the day
                # the length stands beside.
                found.append(offset._replace(inside=token.head.i))
            break
        if token.dep_ in ("advcl", "conj"):
            # (A conjunct too: the parser's reading of "shot down a jet on Wednesday, a day after
            # warplanes struck a camp", the struck coordinated with the verb it is counted from.)
            marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in COUNTING_WORDS]
            lengths = _lengths(token, marks)
            if marks and lengths and (offset := _counted_phrase(lengths[0], marks[0])):
                found.append(offset._replace(inside=token.head.i))
        if governor.kind == "adjunct":
            break  # the adjunct's head is another event's word
        # The event outside: "clashed two days after the election on March 3", "attacked three
        # days after the ceasefire took effect on March 10", "The day after the vote on March 5,
        # protesters clashed", "detained 40 people on the eve of Sunday's election".
        for child in token.children:
            word = child.lower_
            if child.dep_ == "prep" and word in COUNTING_WORDS:
                for length in child.children:
                    if length.dep_ == "npadvmod" and (offset := _counted_phrase(length, child)):
                        found.append(offset)
            elif child.dep_ == "advcl":
                marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ in COUNTING_WORDS]
                lengths = _lengths(child, marks)
                if marks and lengths and (offset := _counted_phrase(lengths[0], marks[0])):
                    found.append(offset)
            elif child.dep_ == "npadvmod":
                # "The day after the vote", or the parser's sibling reading of "attacked a
                # checkpoint a week after Sunday's referendum" (length and "after" both on the verb).
                following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
                siblings = [following] if following is not None and following.head.i == token.i else []
                for counting in [*child.children, *siblings]:
                    if counting.dep_ == "prep" and counting.lower_ in COUNTING_WORDS and (
                            offset := _counted_phrase(child, counting)):
                        found.append(offset)
            elif child.dep_ == "prep" and word == "on":
                for eve in child.children:
                    if eve.dep_ == "pobj" and eve.lower_ == "eve" and any(c.lower_ == "of" for c in eve.children):
                        region_end = min(eve.right_edge.i + 1, len(eve.doc))
                        found.append(Offset(-1, "day", child.i, eve.i, region_end, None))
    return found


def reference_for(published: dt.date, offset: Offset) -> dt.date:
    """The publication date moved back by the offset: the anchor relates to it as the event
    relates to the publication date ("a week after Sunday's vote" in a Friday story: the vote
    is the Sunday before the Friday a week earlier)."""
    return shift_day(published, -offset.amount, offset.unit)


def shift_day(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    year, month = month_shift(day.year, day.month, amount * (12 if unit == "year" else 1))
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def shift(resolved: Resolved, amount: int, unit: str) -> Optional[Resolved]:
    """A resolved date moved by a signed length, or None when the length is finer than the
    date ("two days after the March election" could be in April)."""
    precision = resolved.precision
    try:
        if precision == "day":
            return Resolved(shift_day(dt.date.fromisoformat(resolved.date), amount, unit).isoformat(), "day")
        if precision == "week" and unit == "week":
            year, week = resolved.date.split("-W")
            moved = dt.date.fromisocalendar(int(year), int(week), 1) + dt.timedelta(weeks=amount)
            iso = moved.isocalendar()
            return Resolved(f"{iso[0]}-W{iso[1]:02d}", "week")
        if precision == "month" and unit in ("month", "year"):
            moved = shift_day(dt.date.fromisoformat(resolved.date + "-01"), amount, unit)
            return Resolved(f"{moved.year:04d}-{moved.month:02d}", "month")
        if precision == "year" and unit == "year":
            return Resolved(f"{int(resolved.date) + amount:04d}", "year")
    except ValueError:
        return None
    return None
