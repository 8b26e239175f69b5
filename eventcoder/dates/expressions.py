"""Find the date expression that governs an event trigger.

Candidates are spaCy DATE entities in the trigger's sentence, plus weekday / today / tonight words
and bare years ("the 2015 deal") that the tagger left out. A candidate counts only if it is
attached to a word on the trigger's governing chain (eventcoder.status.scope): walking up from the
expression's head through prepositions and modifiers ("on Monday", "back in 2010", "Last
August", "the 2015 deal") must reach the trigger or a word governing it before any clause
boundary. So "the presidential office said on Friday" gives "on Friday" to "said", not to the visit
that "said" reports, and "the 2015 deal" dates the deal, not a verb that merely mentions it.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from ..status.scope import Governor

# A date's own head may have any of these links; the words above it only these.
_CLIMB_DEPS = frozenset(
    {"prep", "agent", "advmod", "npadvmod", "amod", "nummod", "compound", "quantmod", "nmod", "poss", "det", "pcomp"}
)
_OBJECT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "pobj"})
_BOUNDARY_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "appos", "conj", "csubj", "xcomp", "ROOT"})
# A relative clause with one of these verbs describes its noun's own time:
# "a ceasefire which took force since the beginning of 2017", "talks that began on Monday".
_EVENT_TIME_VERBS = frozenset({"take", "come", "go", "begin", "start", "enter", "happen", "occur", "hold", "break"})

_RELATIVE_DAY_WORDS = re.compile(
    r"^(?:today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I
)
_TIME_DATE_WORDS = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I
)
_SPAN_NOUNS = frozenset({"night", "spring", "summer", "autumn", "fall", "winter"})
_TIME_WITH_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", re.I)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_YEAR_HEAD_PREPS = frozenset({"in", "since", "from", "until", "till", "by", "before", "after", "during", "of", "to"})


class DateExpression(NamedTuple):
    start: int  # token index (Document.doc), inclusive
    end: int  # token index, exclusive
    chain_index: int  # position on the governing chain of the word it attaches to (0 = the trigger)
    distance: int  # dependency steps from the expression's head to that word


def candidate_spans(sent) -> list[tuple[int, int]]:
    """Token ranges (start, end) of date-like expressions in a sentence."""
    spans: list[tuple[int, int]] = []
    start = None
    for token in sent:
        label = token.ent_type_
        if start is not None and (token.ent_iob_ != "I" or label not in ("DATE", "TIME")):
            spans.append((start, token.i))
            start = None
        if token.ent_iob_ == "B" and label in ("DATE", "TIME"):
            start = token.i
    if start is not None:
        spans.append((start, sent.end))
    doc = sent.doc
    # TIME entities count only when they name a day ("Monday night", "last night").
    spans = [
        (s, e) for s, e in spans
        if doc[s].ent_type_ == "DATE" or _TIME_DATE_WORDS.search(doc[s:e].text) or _TIME_WITH_DATE.search(doc[s:e].text)
    ]
    spans = [_with_ordinal_day(doc, s, e) for s, e in spans]
    covered = {i for s, e in spans for i in range(s, e)}
    for token in sent:
        if token.i in covered:
            continue
        if _RELATIVE_DAY_WORDS.match(token.text):
            spans.append((token.i, token.i + 1))
        elif token.lower_ in _SPAN_NOUNS and token.dep_ in ("pobj", "npadvmod") and not any(
            child.dep_ == "prep" for child in token.children  # "the fall of Aleppo"
        ):
            # "last night", "in the autumn", "last summer": the tagger often leaves these out.
            left = [c.i for c in token.lefts if c.dep_ in ("det", "amod")]
            if token.lower_ != "night" or any(doc[i].lower_ == "last" for i in left):
                spans.append((min(left, default=token.i), token.i + 1))
        elif _YEAR.match(token.text) and (
            (token.dep_ == "pobj" and token.head.lower_ in _YEAR_HEAD_PREPS)
            or (token.dep_ in ("nummod", "compound", "amod", "npadvmod") and token.head.pos_ in ("NOUN", "PROPN", "VERB"))
        ):
            spans.append((token.i, token.i + 1))
    spans.sort()
    return spans


def _with_ordinal_day(doc, start: int, end: int) -> tuple[int, int]:
    """Widen "May 2015" to "the 5th of May 2015" when the ordinal was tagged apart."""
    if start >= 2 and doc[start - 1].lower_ == "of" and (doc[start - 2].ent_type_ == "ORDINAL" or doc[start - 2].like_num):
        start -= 2
        if start >= 1 and doc[start - 1].lower_ == "the":
            start -= 1
    return start, end


def _span_root(doc, start: int, end: int):
    for i in range(start, end):
        head = doc[i].head
        if head.i < start or head.i >= end or head.i == i:
            return doc[i]
    return doc[start]


def attachment(doc, start: int, end: int, chain_positions: dict) -> Optional[tuple[int, int]]:
    """(chain index, steps) of the chain word the expression attaches to, or None."""
    current = _span_root(doc, start, end)
    previous_dep = ""
    for steps in range(12):
        if current.i in chain_positions:
            return chain_positions[current.i], steps
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            return None
        if dep == "relcl" and head.i in chain_positions and current.lemma_ in _EVENT_TIME_VERBS:
            return chain_positions[head.i], steps + 1
        if dep in _BOUNDARY_DEPS:
            return None
        # "received the first delivery in 2014": a prepositional date on the object is the
        # verb's adjunct more often than the noun's (the parser attaches it either way).
        through_object = dep in _OBJECT_DEPS and previous_dep == "prep"
        if steps > 0 and dep not in _CLIMB_DEPS and not through_object:
            return None
        previous_dep = dep
        current = head
    return None


def find_date_expression(doc, chain: list[Governor]) -> Optional[DateExpression]:
    """The best attached date expression for the trigger at ``chain[0]``, or None.

    Nearest chain word first, then fewest steps, then the earliest in the sentence.
    """
    return next(iter(find_date_expressions(doc, chain)), None)


def find_date_expressions(doc, chain: list[Governor]) -> list[DateExpression]:
    """All attached date expressions, best first (see find_date_expression)."""
    positions = {}
    for index, governor in enumerate(chain):
        if governor.kind != "report":
            positions.setdefault(governor.token.i, index)
    sent = chain[0].token.sent
    found = []
    for start, end in candidate_spans(sent):
        attached = attachment(doc, start, end, positions)
        if attached is not None:
            found.append(DateExpression(start, end, attached[0], attached[1]))
    found.sort(key=lambda e: (e.chain_index, e.distance, e.start))
    return found
