"""Dates stage: when did (or will) an event happen?

``resolve_date`` finds the date expression governing the trigger (expressions.py), resolves it
against the publication date in the direction the event's status and tense point
(calendar_rules.py), and falls back to the publication date only for asserted or alleged events
that carry no date expression of their own — never silently for planned, future, hypothetical,
negated or historical events, and never when a date expression was present but unreadable.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..records import Document, EventDate, EventMention, Span, Status
from ..status.cues import default_cues
from ..status.scope import governing_chain, is_infinitive, rank_verb
from .aspect import running_or_repeated
from .calendar_rules import DURATION, NOT_A_DATE, Resolved, period_end, period_start, resolve_expression
from .expressions import (AFTER, AROUND, JUDGING_VERBS, LENT, OWN, PURPOSE, REPORT, clause_marks, find_date_expressions,
                          judged_from, relative_day_offset, reporting_verb, sentence_spans, sentence_starts,
                          simple_past)
from .mentions import earlier_mention, family_mention, later_mention
from .offsets import find_offsets, reference_for, shift
from .reports import ReportRules, default_report_rules

FUTURE_STATUSES = frozenset({"planned", "future", "hypothetical"})
# Statuses whose undated events happened around the time of the report.
PUBLICATION_DATE_STATUSES = frozenset({"asserted", "alleged"})
# Statuses of an infinitive of purpose done by (or set with) the act it serves.
_DONE_OR_SET = frozenset({"asserted", "alleged", "planned"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "going"})
# Bounds older than this many days are kept (the news window's default).
_BOUND_WINDOW_DAYS = 30
# A period running to the present begun longer ago than this is background when told past the lead.
_BACKGROUND_PERIOD_DAYS = 183
_YEAR_HINT = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A year, a month name or a numeric day/month: not a bare number ("the SU 35" is no date).
_ABSOLUTE_HINT = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])|\b\d{1,2}[/.-]\d{1,2}\b", re.I
)
# A coming period ("within the next two years", "in the coming months") is a deadline or a
# forecast, never the span of an event that happened.
# Words without which a tagged "date" is none: "the SU 35" (an aircraft) is skipped, not kept
# as an unreadable date.
_DATE_VOCABULARY = re.compile(
    r"\b(?:1[0-9]|20)\d\d|\d0'?s\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
    r"|day|week|month|year|decade|centur|today|tonight|night|morning|afternoon|evening|spring|summer"
    r"|autumn|fall|winter|season|ago|since|recent|past|earlier|later|time|period|era|\d{1,2}[/.-]\d{1,2}",
    re.I,
)
# Words after a length that count it from another event: "a day after the attack".
_RELATIVE_TO_EVENT = frozenset({"after", "before", "earlier", "later", "since", "into", "ahead"})
# The day of a story's lead lends itself to undated deeds told after it when it is at most this
# many days before publication; read once per document (doc.user_data).
_LEAD_DAYS = 3
_LEAD_MEMO = "eventcoder.dates.lead_day"
_PRESENT_AUXILIARIES = frozenset({"has", "have", "'s", "'ve", "is", "are", "am", "will", "would", "can", "could",
                                  "may", "might", "must", "should", "shall", "wo"})
_PAST_AUXILIARIES = frozenset({"had", "'d", "was", "were"})
# Words that open a phrase setting a deed before or after another: what they hold is background.
_BACKGROUND_MARKS = frozenset({"since", "after", "before", "until"})
# Ordinals that make a noun identified by a copula the news itself ("the first candidate detained").
_NEWS_ORDINALS = frozenset({"first", "second", "third", "latest", "last"})
_LEAD_CAMEO = "010"  # the lead's main verb is read as a statement: "said on Saturday" dates the news
_COMING_PERIOD = re.compile(r"\b(?:next|coming|following)\b", re.I)
# A day named by reference to the day told just before: "on Wednesday crowds stormed the mayor's office.
# Tokayev accepted the government's resignation the same day".
_SAME_DAY = re.compile(r"^(?:on |later )?(?:the same|that(?: same)?) (?:day|night|evening|morning|afternoon)$", re.I)
# How many sentences back the day referred to may be told.
_SAME_DAY_SENTENCES = 2


def _direction(chain, status: Status) -> str:
    """"future" or "past": where bare weekdays and months point for this event."""
    trigger = chain[0].token
    if (status.value == "future" and trigger.dep_ in ("advcl", "acl", "relcl") and is_infinitive(trigger)
            and rank_verb(trigger) is None):
        # An infinitive of purpose or of a noun ("the attempt to overthrow him on Feb. 7") is
        # future only relative to its governing event, which news reports mostly in the past; not
        # a rank's, whose verb is itself to come ("will be the first leader to visit on Tuesday").
        return "past"
    if status.value in FUTURE_STATUSES:
        return "future"
    if status.value == "negated":
        for governor in chain:
            if governor.kind in ("report", "adjunct", "content"):
                break
            if any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in governor.token.children):
                return "future"
    return "past"


def _cue_position(chain, status: Status) -> Optional[int]:
    """The chain index of a word whose lemma made the event future, hypothetical or negated
    ("ordered ... to allow", "urged ... to accept", "threatened to close", "cancelled the visit",
    "a law against deporting"), or None. Its dates are its own act's: the ordered act is still to
    come, the cancelled one never came. (Not for planned: "the talks are scheduled for Monday".)"""
    if status.value not in ("future", "hypothetical", "negated", "alleged") or status.cue_start is None:
        return None
    for index, governor in enumerate(chain[1:], 1):
        if governor.kind in ("report", "content", "adjunct"):
            return None
        if governor.token.idx == status.cue_start and governor.kind in ("clause", "object", "prep"):
            # (alleged: only a denied deed in a story, "denied on Monday attacking the ship", not Monday's)
            denied = governor.token.lemma_.lower() in default_cues().denying_verbs
            return index if status.value != "alleged" or denied else None
    return None


def _mention_on(token, cameo: str = "") -> EventMention:
    """An event mention on one token, to ask what date another word of the story has."""
    return EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)


def _text_only(span) -> EventDate:
    """A date expression kept as text with no date: a duration, an unreadable phrase, a bound told as text."""
    return EventDate(date=None, precision="unknown", text=span.text, source=None, start=span.start_char, end=span.end_char)


def _dateparser_fallback(text: str, published: Optional[dt.date], direction: str) -> Optional[Resolved]:
    """dateparser, only for absolute-looking expressions our rules could not read."""
    if not _ABSOLUTE_HINT.search(text):
        return None
    if published is None and not _YEAR_HINT.search(text):
        return None  # without a publication date, dateparser would silently use today's year
    settings = {"PREFER_DATES_FROM": "future" if direction == "future" else "past"}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    try:
        import dateparser

        data = dateparser.DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; treat as unreadable
        return None
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return Resolved(f"{found.year:04d}", "year")
    if period == "month":
        return Resolved(f"{found.year:04d}-{found.month:02d}", "month")
    if period == "week":
        year, week, _ = found.isocalendar()
        return Resolved(f"{year}-W{week:02d}", "week")
    return Resolved(found.isoformat(), "day")


# Gatherings where what is decided is done: an act "after" one on a given day is mostly that day's.
_GATHERINGS = frozenset({"summit", "meeting", "session", "conference", "talks"})


def _after_gathering(date_token) -> bool:
    """Whether a date is the day of a gathering in an "after" phrase: "imposed sanctions after an
    emergency summit in Abuja on Sunday" (the imposing is that Sunday's, as the stories read it)."""
    token = date_token
    for _ in range(5):
        if token.lemma_.lower() in _GATHERINGS and token.head.lower_ == "after" and token.dep_ == "pobj":
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _in_past_after_clause(chain, status: Status) -> bool:
    """Whether the event is a done act told in an "after" clause of a past verb: "the lira plunged on
    Friday after Trump doubled tariffs", "paralysed the city on Thursday after troops detained a son". It
    came no later than its head, in wire copy mostly that day: the head's day is a closer bound than
    the publication day (a month or a year is shared with any event of such a clause)."""
    if status.value not in PUBLICATION_DATE_STATUSES:
        return False
    for governor in chain:
        clause = governor.token
        if clause.dep_ == "advcl":
            # (not after a judging verb: "sentenced a man on Tuesday after he killed a priest" judges an older deed)
            return "after" in clause_marks(clause) and clause.tag_ == "VBD" and clause.head.tag_ in ("VBD", "VBN") \
                and clause.head.lemma_.lower() not in JUDGING_VERBS
    return False


def resolve_date(document: Document, mention: EventMention, status: Status,
                 rules: Optional[ReportRules] = None) -> EventDate:
    """The date of one event mention.

    Returns an EventDate with ``source="text"`` when a date expression governs the trigger (or
    dates the saying of an event that is itself a statement: "urged X ..., officials said on
    Tuesday"), ``source="report"`` for an asserted or alleged event whose only date is the day a
    verb of saying reported it ("sent troops, the ministry said on Tuesday"),
    ``source="publication"`` (precision day) for an undated asserted or alleged event of a dated
    article, and ``EventDate(None, "unknown")`` otherwise. A duration ("over the past four
    years") or an unreadable expression gives date None, precision "unknown", with its text.
    ``rules`` default to the packaged ``reports.yaml``.
    """
    return _resolve(document, mention, status, rules or default_report_rules(), counting=True, inheriting=True)


def _counted_date(document: Document, chain, status: Status, direction: str,
                  rules: ReportRules) -> Optional[tuple[EventDate, int, int, int]]:
    """The date a counted phrase gives the event (offsets.py), with the token range whose date
    expressions it stands for (the length, and the anchor when the event is outside) and the
    chain rank from which other expressions give way to it (the head's own dates, for an event
    inside the phrase)."""
    doc = document.doc
    published = document.article.published
    for offset in find_offsets(chain):
        first = doc[offset.start]
        if offset.inside is None:
            anchor = next(((s, e) for s, e in sentence_spans(doc, offset.word) if offset.word < s < offset.region_end), None)
            if anchor is None:
                continue
            span = doc[anchor[0] : anchor[1]]
            reference = reference_for(published, offset) if published is not None else None
            result = resolve_expression(span.text, reference, direction)
            moved = shift(result, offset.amount, offset.unit) if isinstance(result, Resolved) else None
            if moved is None:
                continue
            return (EventDate(moved.date, moved.precision, text=document.clean_text[first.idx : span.end_char],
                              source="text", start=first.idx, end=span.end_char), offset.start, anchor[1], len(chain))
        if status.value in ("negated", "hypothetical"):
            continue  # a time lent by another clause does not date what did not happen
        if _cue_position(chain, status) is not None:
            # "arrested them on Friday, a day after the president ordered troops to disperse the crowds": the
            # count dates the order, never the act still to come that it orders (session 24). Also a deed a verb of
            # denying inside the phrase makes alleged ("a day after Russia denied attacking the ship"): the count
            # dates the denial, and the denied deed is left undated.
            continue
        # "arrested on Monday, two days after protesters stormed parliament": the head's day,
        # counted back.
        head = doc[offset.inside]
        head_date = _resolve(document, _mention_on(head), status, rules, counting=False, inheriting=True)
        if (head_date.source not in ("text", "lead") or head_date.date is None) and head.dep_ in ("ccomp", "xcomp") and (
                head.head.pos_ in ("VERB", "AUX")):
            # The head is the complement of a dated command: "on Thursday ordered him held in custody,
            # a day after the security service detained him" (counted from the ordering's day).
            head = head.head
            head_date = _resolve(document, _mention_on(head), status, rules, counting=False, inheriting=True)
        if head_date.source not in ("text", "lead") or head_date.date is None or head_date.start is None:
            continue
        if first.idx <= head_date.start < doc[offset.region_end - 1].idx + len(doc[offset.region_end - 1]):
            continue  # the anchor's own date, hung on the head: "clashed two days after the election on March 3"
        moved = shift(Resolved(head_date.date, head_date.precision), -offset.amount, offset.unit)
        if moved is None:
            continue
        word = doc[offset.word]
        start, end = min(head_date.start, first.idx), max(head_date.end, word.idx + len(word))
        if head_date.start < first.sent.start_char:
            # The head's day came from an earlier sentence (the lead's day, an earlier mention):
            # the text is the length alone.
            start, end = first.idx, word.idx + len(word)
        rank = next((i for i, governor in enumerate(chain) if governor.token.i == head.i), len(chain))
        return (EventDate(moved.date, moved.precision, text=document.clean_text[start:end], source="text",
                          start=start, end=end), offset.start, offset.word + 1, rank)
    return None


def _weekend_day(doc, trigger, weekend, expressions, published, direction) -> Optional[EventDate]:
    """The day of that weekend a clause the event shares its time with names, when the weekend only says
    what kind of event it is: "as a **weekend** demonstration against the bill turned violent", head "fired
    pepper spray at protesters late on Sunday" (the demonstration is dated Sunday, not the week). Only a
    weekend on the event noun itself ("the weekend's protests"); not "clashed over the weekend"."""
    root = doc[weekend.start : weekend.end].root
    if not (trigger.pos_ == "NOUN" and root.lower_ == "weekend" and root.head.i == trigger.i
            and root.dep_ in ("compound", "amod", "nmod", "poss")):
        return None
    week = resolve_expression(doc[weekend.start : weekend.end].text, published, direction)
    for other in expressions:
        if other.link == OWN or other.link in (LENT, AROUND, AFTER, REPORT) or other.start == weekend.start:
            continue
        span = doc[other.start : other.end]
        day = resolve_expression(span.text, published, direction)
        if not (isinstance(day, Resolved) and day.precision == "day" and isinstance(week, Resolved)):
            continue
        when = dt.date.fromisoformat(day.date)
        if when.weekday() >= 5 and f"{when.isocalendar()[0]}-W{when.isocalendar()[1]:02d}" == week.date:
            return EventDate(date=day.date, precision="day", text=span.text, source="text",
                             start=span.start_char, end=span.end_char)
    return None


def _resolve(document: Document, mention: EventMention, status: Status, rules: ReportRules,
             counting: bool, inheriting: bool) -> EventDate:
    """resolve_date; ``counting`` false leaves counted phrases out (a head dated for one), and
    ``inheriting`` false the date of an earlier mention (one earlier mention is looked at, not a chain)."""
    doc = document.doc
    published = document.article.published
    trigger = doc[mention.trigger_token]
    chain = governing_chain(trigger)
    direction = _direction(chain, status)
    unreadable = None
    counted_length = None  # a length counted from an undated act: the last resort before the publication day
    judged = judged_from(chain)
    governed_from = _cue_position(chain, status)
    counted = _counted_date(document, chain, status, direction, rules) if counting else None
    reporter = reporting_verb(chain, rules.reporting_verbs)
    # "said on Friday that ...": the verb of saying that reports the event comes before it.
    reported_before = reporter is not None and reporter.i < trigger.i
    expressions = find_date_expressions(doc, chain, rules, reporter=reporter)
    for expression in expressions:
        if counted is not None and (expression.chain_index >= counted[3] or counted[1] <= expression.start < counted[2]):
            # The event's own dates outside the counted phrase come first ("clashed on Friday,
            # two days after the vote on Wednesday"); then the phrase, before any lent date.
            return counted[0]
        if expression.link == REPORT and (status.value not in PUBLICATION_DATE_STATUSES or unreadable is not None):
            # The day a coming or denied act was spoken of is not its day; and an act with a
            # span of its own ("had killed 1,000 in the past week") keeps that span.
            continue
        if (expression.link == REPORT and not rules.is_statement(mention.cameo) and reported_before
                and trigger.sent.start == 0 and trigger.sent.end == len(doc)):
            # "The ministry said on Friday that troops had attacked the town", coded alone: the deed
            # is set back by its own tense inside the report, and the day is the saying's alone
            # (publication fallback, as the blind case files read it). In a story the leading report
            # is the day's news and its deed takes the saying day ("M23 rebels said on Monday they
            # had seized Goma", as the stories' annotators read it), like a deed reported after it.
            continue
        span = doc[expression.start : expression.end]
        result = resolve_expression(span.text, published, direction)
        if result == NOT_A_DATE:
            continue
        if governed_from is not None and expression.chain_index >= governed_from:
            continue  # "on Jan. 14 ordered the schools to allow": the date is the order's
        if result == DURATION and direction == "past" and _COMING_PERIOD.search(span.text):
            continue
        if result == DURATION and expression.start > 0 and doc[expression.start - 1].lower_ == "to":
            continue  # a length, not a time: "sentenced him to six years in prison"
        if isinstance(result, Resolved) and direction == "past" and expression.start > 0 and (
            doc[expression.start - 1].lower_ == "for"
        ):
            continue  # "ordered a new trial for 2025": the time the ordered thing is due, not the order's
        if expression.link == PURPOSE and status.value not in _DONE_OR_SET:
            continue  # "sent troops on Monday to protect the villages": the protecting is to come
        if expression.link != OWN and status.value in ("negated", "hypothetical"):
            continue  # a time lent by another clause does not date what did not happen
        if result is None and direction == "past" and _SAME_DAY.match(span.text):
            result = _day_told_before(doc, expression.start, published) or result
        offset = relative_day_offset(span.text) if result is None else None
        if offset is not None:
            # A day counted from a day told nearby (session 23): "The village, shelled the night
            # before, was evacuated on Wednesday" (Tuesday); "detained him on Monday. The next day ..." (Tuesday).
            anchor = _day_told_near(doc, expression.start, expression.end, offset, published, direction, rules)
            if anchor is not None:
                result = shift(anchor, offset, "day") or result
        if result is None and expression.end < len(doc) and doc[expression.end].lower_ in _RELATIVE_TO_EVENT:
            continue  # "a day after an attack": counted from another event, whose date is elsewhere
        if (result == DURATION and expression.end < len(doc) and doc[expression.end].lower_ in ("after", "before")
                and status.value in PUBLICATION_DATE_STATUSES and published is not None
                and not _in_counted_phrase(doc[expression.end], trigger)):
            # "released him nine days after lifting the ban": a length counted from an undated act is
            # not the released's date; an earlier mention or the lead's day decides, and only without
            # them is the length kept (as for a sentence coded alone).
            if counted_length is None and expression.link == OWN:
                counted_length = _text_only(span)
            continue
        if result is None:
            if not _DATE_VOCABULARY.search(span.text):
                continue
            result = _dateparser_fallback(span.text, published, direction)
        if (expression.link in (AROUND, AFTER) and isinstance(result, Resolved) and result.precision not in ("month", "year")
                and not (expression.link == AROUND and result.precision == "day" and _in_past_after_clause(chain, status))
                and not (expression.link == AFTER and result.precision == "day" and status.value in PUBLICATION_DATE_STATUSES
                         and _after_gathering(doc[expression.start]))):
            continue  # "soured in 2010 after ... stormed" shares 2010; "on Monday after" no day
        if expression.link == AFTER and not isinstance(result, Resolved):
            continue  # "after she fled in the past week": no bound worth keeping
        if (result == DURATION and expression.start > 0 and doc[expression.start - 1].lower_ in ("after", "before")
                and not doc[expression.end - 1].left_edge.i <= trigger.i <= doc[expression.end - 1].right_edge.i):
            continue  # "signed after months of negotiations": the length is the talks' (theirs), not the signing's date
        if expression.link == LENT and not (isinstance(result, Resolved) and result.precision in ("day", "week")):
            continue  # a lent news day, not "statues carved into a cliff in the sixth century"
        if expression.link == REPORT and not isinstance(result, Resolved):
            continue
        if isinstance(result, Resolved) and judged is not None and expression.chain_index >= judged:
            # "sentenced in 2011 for the murder": the judging verb's date only bounds the act.
            # A bound past the news window is kept as text (apply_news_window reads it: the act
            # is historical); a recent one says nothing the publication date does not.
            end = period_end(result.date, result.precision)
            if published is not None and end is not None and end < published - dt.timedelta(days=_BOUND_WINDOW_DAYS):
                return _text_only(span)
            break
        if isinstance(result, Resolved):
            if expression.start > 0 and doc[expression.start - 1].lower_ == "since" and (
                    _in_lead_news(trigger) or not _long_begun(result, published)):
                # Keep "since" in the text: a period that runs to the present, so apply_news_window
                # must not call the event historical, when it is the news: in the lead ("has been on
                # hunger strike since 2000") or begun recently ("have arrested 2,400 people since
                # February 1" a month on). Past the lead, a period begun more than half a year ago is
                # background history, dated by its start ("Barghouti, who has been jailed since
                # 2002"; "had held nine rounds of talks since October last year"), as the stories'
                # annotators read it: the text is then the date alone.
                span = doc[expression.start - 1 : expression.end]
            # A reported deed happened no later than its report: the saying day is the best
            # bound the sentence gives. An event that is itself the statement happened then.
            source = "report" if expression.link == REPORT and not rules.is_statement(mention.cameo) else "text"
            if source == "report" and inheriting:
                # The saying day only bounds the deed; a next sentence that names it again with a day
                # of its own says when ("said Thursday it had detained an American ... was caught on Monday").
                later = _later_mention_date(document, mention, status, rules)
                # A day after the report cannot be the reported deed's (a weekday read from publication
                # that the report day precedes): keep the bound.
                if later is not None and later.date <= result.date:
                    return later
            if result.precision == "week" and expression.link == OWN:
                weekend_day = _weekend_day(doc, trigger, expression, expressions, published, direction)
                if weekend_day is not None:
                    return weekend_day
            return EventDate(
                date=result.date, precision=result.precision, text=span.text, source=source,
                start=span.start_char, end=span.end_char,
            )
        if unreadable is None and expression.link == OWN:
            # A duration or an expression we cannot read: report it, do not guess. (One lent by
            # another clause, "Days later, ... while ...", says nothing about this event.)
            unreadable = _text_only(span)
    if counted is not None:
        return counted[0]
    if unreadable is not None:
        return unreadable
    if status.value in PUBLICATION_DATE_STATUSES and inheriting:
        begun = _since_clause_date(document, trigger, rules)
        if begun is not None:
            return begun
    if status.value in PUBLICATION_DATE_STATUSES and published is not None:
        # "are providing military support", "have held several phone conversations": an act
        # that runs or repeats has no single day; the words that say so are kept, as for a
        # duration, and no day is made up.
        aspect = running_or_repeated(trigger, rules.is_statement(mention.cameo), default_cues().support_verbs)
        if aspect is not None:
            return EventDate(date=None, precision="unknown", text=aspect.text, source=aspect.kind,
                             start=aspect.start, end=aspect.end)
    if status.value in PUBLICATION_DATE_STATUSES and inheriting:
        inherited = _earlier_mention_date(document, mention, status, rules)
        if inherited is not None:
            return inherited
    if status.value in PUBLICATION_DATE_STATUSES and inheriting and not rules.is_statement(mention.cameo):
        later = _later_mention_date(document, mention, status, rules)
        if later is not None:
            return later
    if status.value in PUBLICATION_DATE_STATUSES and published is not None:
        if inheriting and not rules.is_statement(mention.cameo):
            lead = _lead_day(document, trigger, rules)
            if lead is not None:
                return lead
        if counted_length is not None:
            return counted_length
        return EventDate(date=published.isoformat(), precision="day", text=None, source="publication")
    return EventDate(date=None, precision="unknown")


def _since_clause_date(document: Document, trigger, rules: ReportRules) -> Optional[EventDate]:
    """The start of the period a perfect act runs over when a dated "since" clause opens it, or None
    (session 22): "more than 450 people have been **killed** since fighting erupted on Sept. 27" dates
    the killing as "since 2,400 arrests since February 1" does: by the start, "since" kept in the text
    (a period running to the present is never historical). Past the lead, a period begun over half a
    year ago is background, as for "since 2014": the text is the date alone."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if not any(child.dep_ == "aux" and child.lower_ in ("has", "have", "'s", "'ve") for child in verb.children):
        return None
    clause = next((child for child in verb.children if child.dep_ == "advcl" and "since" in clause_marks(child)), None)
    if clause is None:
        return None
    found = _resolve(document, _mention_on(clause), Status("asserted"), rules, counting=False, inheriting=False)
    if found.source != "text" or found.date is None or found.start is None:
        return None
    since = next(child for child in clause.children if child.lower_ == "since" and child.i < clause.i)
    published = document.article.published
    if not _in_lead_news(trigger) and _long_begun(Resolved(found.date, found.precision), published):
        return found
    return EventDate(date=found.date, precision=found.precision, text=document.clean_text[since.idx : found.end],
                     source="text", start=since.idx, end=found.end)


def _day_told_before(doc, before: int, published: Optional[dt.date]) -> Optional[Resolved]:
    """The nearest day named before token ``before`` in its sentence or the ``_SAME_DAY_SENTENCES`` before it,
    for "the same day" / "that day"; None when there is none (or it is no single day)."""
    starts = sentence_starts(doc)
    index = max(i for i, start in enumerate(starts) if start <= before)
    for sentence in range(index, max(-1, index - _SAME_DAY_SENTENCES - 1), -1):
        for start, end in reversed(sentence_spans(doc, starts[sentence])):
            if end > before or _SAME_DAY.match(doc[start:end].text):
                continue
            result = resolve_expression(doc[start:end].text, published, "past")
            if isinstance(result, Resolved) and result.precision == "day":
                return result
    return None


def _in_lead_news(trigger) -> bool:
    """Whether the trigger tells the lead's news: in the first sentence and not in a relative clause there,
    which describes a noun, often with background (session 23: "authorised an investigation into killings
    in Duterte's war on drugs, in which police say 6,000 suspects have been **killed** since mid-2016")."""
    if trigger.sent.start != 0:
        return False
    token = trigger
    for _ in range(12):
        if token.dep_ == "relcl":
            return False
        if token.head.i == token.i:
            break
        token = token.head
    return True


def _day_told_near(doc, start: int, end: int, offset: int, published: Optional[dt.date], direction: str,
                   rules: ReportRules) -> Optional[Resolved]:
    """The day a relative day ("the night before", "the next day") at tokens ``start``..``end`` counts from:
    the nearest date named before it in its sentence, else after it on a verb that governs it (the main
    clause's day: "The village, shelled the night before, was evacuated on Wednesday"), else in the
    ``_SAME_DAY_SENTENCES`` before. The nearest date decides: None when it is no day ("in 2014. The next
    day" is unreadable), as when there is none. A deed told done cannot follow its report, so a saying day
    over "the next day" is not its anchor ("The army said on Sunday that it killed 10 the next day"),
    while "said on Sunday that troops attacked the previous day" counts back from it; a date after it on another
    clause ("and the army said it would respond on Friday") is not its anchor."""
    starts = sentence_starts(doc)
    index = max(i for i, first in enumerate(starts) if first <= start)
    own = sentence_spans(doc, starts[index])
    governors = {ancestor.i for ancestor in doc[end - 1].ancestors}
    candidates = [span for span in reversed(own) if span[1] <= start] + [
        span for span in own if span[0] >= end and _hanging_verb(doc, span).i in governors]
    for sentence in range(index - 1, max(-1, index - _SAME_DAY_SENTENCES - 1), -1):
        candidates.extend(reversed(sentence_spans(doc, starts[sentence])))
    for first, last in candidates:
        text = doc[first:last].text
        if _SAME_DAY.match(text) or relative_day_offset(text) is not None:
            continue
        verb = _hanging_verb(doc, (first, last))
        if (offset > 0 and first >= starts[index] and verb.i in governors
                and verb.lemma_.lower() in rules.reporting_verbs):
            continue
        result = resolve_expression(text, published, direction)
        if isinstance(result, Resolved):
            return result if result.precision == "day" else None
    return None


def _hanging_verb(doc, span: tuple[int, int]):
    """The verb a date span hangs on (its head's nearest verb ancestor), or the sentence root."""
    token = next((doc[i] for i in range(*span) if not span[0] <= doc[i].head.i < span[1] or doc[i].head.i == i),
                 doc[span[0]])
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _in_counted_phrase(counting, trigger) -> bool:
    """Whether ``trigger`` sits in the phrase or clause the counting word ("after", "before") opens."""
    phrase = counting.head if counting.dep_ == "mark" else counting
    return phrase.left_edge.i <= trigger.i <= phrase.right_edge.i and trigger.i != phrase.head.i


def _lead_day(document: Document, trigger, rules: ReportRules) -> Optional[EventDate]:
    """The day the story's lead reports, for an undated deed told after the lead, or None.

    Wire copy gives the day once, in the lead ("Riot police fired tear gas at protesters late on
    Sunday"), and the sentences after it tell the same day's deeds without it ("Thousands had
    marched through the district earlier"): such a deed took place on the lead's day, not on the
    publication day after it. Only a day before publication and at most _LEAD_DAYS before it counts
    (a lead dated on the publication day changes nothing); statements are left out: what is said
    later in the story is said on its own day. ``source="lead"``, the text and offsets the lead's.
    """
    doc = document.doc
    published = document.article.published
    if trigger.sent.start == 0 or not _told_in_the_past(trigger):
        return None
    if _LEAD_MEMO not in doc.user_data:
        doc.user_data[_LEAD_MEMO] = _read_lead_day(document, rules)
    lead = doc.user_data[_LEAD_MEMO]
    if lead is None or published is None:
        return None
    day = dt.date.fromisoformat(lead.date)
    if not published - dt.timedelta(days=_LEAD_DAYS) <= day < published:
        return None
    return EventDate(date=lead.date, precision="day", text=lead.text, source="lead", start=lead.start, end=lead.end)


def _told_in_the_past(trigger) -> bool:
    """Whether the verb that tells the event (the trigger, or the verb over a noun trigger) is in the
    simple past or the pluperfect ("signed", "was released", "had marched"); the present perfect
    ("has freed") and the present reach the publication day. Not a relative clause, which
    describes the thing named rather than telling the day's news."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in ("relcl", "acl"):
        # A restrictive clause in the simple past tells a deed of the story's day ("fired at youths who
        # looted shops", "the first journalist arrested on spying charges"); one set off by a comma
        # describes its noun, often with background ("the deal, which Washington pulled out of").
        left = verb.left_edge.i
        if left > 0 and verb.doc[left - 1].text == ",":
            return False
        return _simple_past_clause(verb) and _governed_in_the_simple_past(verb.head)
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & _PRESENT_AUXILIARIES:
        return False
    return verb.tag_ == "VBD" or bool(auxiliaries & _PAST_AUXILIARIES)


def _governed_in_the_simple_past(noun) -> bool:
    """Whether the noun a restrictive clause names hangs on a verb that tells news in the simple past.
    A clause that identifies its noun for a copula ("the group that kidnapped 276 schoolgirls"), a
    perfect or present ("the officer who killed Floyd had been convicted"), or a since/after/before
    phrase ("since the rebels who seized the north joined forces") is background, not the day's deed."""
    token = noun
    for _ in range(6):
        if token.lower_ in _BACKGROUND_MARKS and token.dep_ in ("prep", "mark"):
            return False
        if any(child.dep_ == "mark" and child.lower_ in _BACKGROUND_MARKS for child in token.children):
            return False
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "acl", "relcl"):
            break
        if token.head.i == token.i:
            return False
        token = token.head
    else:
        return False
    if token.lemma_ == "be":
        # A copula: the clause says who the noun is, unless the noun counts it among the news
        # ("He is the first candidate detained during the campaign").
        return any(child.tag_ in ("JJS",) or child.lower_ in _NEWS_ORDINALS for child in noun.children)
    return simple_past(token)


def _simple_past_clause(verb) -> bool:
    """A relative or reduced clause in the simple past: "who looted", "that was signed", "arrested on charges"."""
    return simple_past(verb) or (verb.tag_ == "VBN" and verb.dep_ == "acl"
                                 and not any(child.dep_ in ("aux", "auxpass") for child in verb.children))


def _read_lead_day(document: Document, rules: ReportRules) -> Optional[EventDate]:
    """The own day of the first sentence's main verb (read as an asserted statement, so a leading
    "said on Saturday" counts), or of the deed a trailing attribution reports, or None."""
    doc = document.doc
    first = next(iter(doc.sents), None)
    if first is None or first.end == len(doc):
        return None
    root = first.root
    # (a trailing attribution is the root: "Soldiers clashed ... on Monday, the army said" is dated by
    # the deed it reports)
    verbs = [root] + [child for child in root.children if child.dep_ == "ccomp"][:1]
    for verb in verbs:
        found = _resolve(document, _mention_on(verb, _LEAD_CAMEO), Status("asserted"), rules, counting=True, inheriting=False)
        if found.source == "text" and found.precision == "day" and found.date is not None:
            return found
    return None


def _long_begun(result: Resolved, published: Optional[dt.date]) -> bool:
    """Whether a period ("since 2009") began more than ``_BACKGROUND_PERIOD_DAYS`` before publication."""
    start = period_start(result.date, result.precision)
    return published is not None and start is not None and start < published - dt.timedelta(days=_BACKGROUND_PERIOD_DAYS)


def _later_mention_date(document: Document, mention: EventMention, status: Status,
                        rules: ReportRules) -> Optional[EventDate]:
    """The own day of the next sentence's word that names the deed again (mentions.later_mention), or None
    (session 23): "claimed responsibility for a car bombing in Kabul ... The blast near the U.S. embassy on
    Thursday killed 12" (the bombing is Thursday's). Only a day read from the text, never a period."""
    later = later_mention(document.doc, mention.trigger_token, rules.reporting_verbs)
    if later is None:
        return None
    found = _resolve(document, _mention_on(later, mention.cameo), status, rules, counting=True, inheriting=False)
    if found.source != "text" or found.date is None or found.precision != "day":
        return None
    return found


def _earlier_mention_date(document: Document, mention: EventMention, status: Status,
                          rules: ReportRules) -> Optional[EventDate]:
    """The text date of the nearest earlier mention of the event in the story ("Air strikes hit the
    centre on Sunday ... The strikes brought down the roof"), or None (mentions.py)."""
    earlier = earlier_mention(document.doc, mention.trigger_token, rules.reporting_verbs) or family_mention(
        document.doc, mention.trigger_token, rules.reporting_verbs)
    if earlier is None:
        return None
    found = _resolve(document, _mention_on(earlier, mention.cameo), status, rules, counting=True, inheriting=False)
    if found.source != "text" or found.date is None or (found.text or "").lower().startswith("since ") or (
            found.start is not None and document.clean_text[:found.start].rstrip().lower().endswith("since")):
        return None  # a period running to the present ("since 2011") dates no single act
    return found
