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

import bisect
import re
from typing import NamedTuple, Optional

from spacy.strings import StringStore

from ..status.scope import Governor, governing_chain, is_infinitive
from .calendar_rules import era_setting_nouns, past_era_end
from .reports import ReportRules, default_report_rules

# Hash ids of the words and labels compared in the hot loop (the same in every StringStore).
_STRINGS = StringStore()
_MEMO_KEY = "eventcoder.dates.candidate_spans"

# A date's own head may have any of these links; the words above it only these.
_CLIMB_DEPS = frozenset(
    {"prep", "agent", "advmod", "npadvmod", "amod", "nummod", "compound", "quantmod", "nmod", "poss", "det", "pcomp"}
)
# Verbs of aspect over a complement that share its time: "began building the dam in 2011".
_ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume", "finish", "complete"})
_END_PREPOSITIONS = frozenset({"until", "till", "pending"})
# Auxiliaries of a clause still to come or only possible ("would retaliate", "will respond", "could strike").
_COMING_AUXILIARIES = frozenset({"will", "'ll", "wo", "shall", "would", "'d", "could", "might", "may", "should", "must", "to"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "nsubj", "pobj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# A verb's own arguments (not a preposition's object: "freed before the push Wednesday evening").
_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "nsubj"})
_BOUNDARY_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "appos", "conj", "csubj", "xcomp", "ROOT"})
# A relative clause with one of these verbs describes its noun's own time:
# "a ceasefire which took force since the beginning of 2017", "talks that began on Monday".
_EVENT_TIME_VERBS = frozenset({"take", "come", "go", "begin", "start", "enter", "happen", "occur", "hold", "break"})

_RELATIVE_DAYS = frozenset(
    {"today", "tonight", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_TIME_DATE_WORDS = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I
)
_SPAN_NOUNS = frozenset({"night", "spring", "summer", "autumn", "fall", "winter"})
# A day named by reference to another day told nearby: "the night before", "the previous day",
# "the next morning" (the tagger leaves most of them out, or tags "the day" alone).
# The words, one place for both the finding (here) and the counting (relative_day_offset, read by resolve.py).
_DAY_PARTS = ("day", "night", "evening", "morning", "afternoon")
_BACK_ADJECTIVES, _ON_ADJECTIVES = frozenset({"previous", "preceding"}), frozenset({"next", "following"})
_BACK_ADVERBS, _ON_ADVERBS = frozenset({"before", "earlier"}), frozenset({"after", "later"})
_RELATIVE_DAY_NOUNS = frozenset(_STRINGS.add(word) for word in _DAY_PARTS)
_RELATIVE_DAY_ADJECTIVES = _BACK_ADJECTIVES | _ON_ADJECTIVES
_RELATIVE_DAY_ADVERBS = _BACK_ADVERBS | _ON_ADVERBS
_EXTRA_WORDS = frozenset(_STRINGS.add(word) for word in _RELATIVE_DAYS | _SPAN_NOUNS)
_DATE_LABEL = _STRINGS.add("DATE")
_DATE_LABELS = frozenset({_DATE_LABEL, _STRINGS.add("TIME")})
_HOURS = re.compile(r"\bhours$", re.I)
_TIME_WITH_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", re.I)
_YEAR = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_PARTS_OF_DAY = frozenset({"night", "morning", "afternoon", "evening"})
_LENGTH_UNIT = re.compile(r"^(?:hour|day|week|month|year|decade)s?$")
# An adjunct with one of these prepositions happens at its head's time: "photos taken during
# the arrest" in a sentence dated "In 2022" dates the arrest too.
_SAME_TIME_PREPOSITIONS = frozenset({"during", "amid", "amidst", "throughout"})
# Occasions in which an act is done: a date on them ("in a November report", "at a Monday
# meeting") is the act's.
_OCCASION_NOUNS = frozenset({
    "report", "statement", "speech", "address", "interview", "letter", "briefing", "meeting", "session",
    "summit", "conference", "post", "posting", "tweet", "broadcast", "announcement", "ruling", "hearing",
    "visit", "rally", "debate", "call", "ceremony", "funeral", "parade", "congress", "forum", "celebration",
    "commemoration",
    # Documents an act is done in: "dismissed 18,000 civil servants in a decree published on Sunday".
    "decree", "communique", "communiqué", "declaration", "directive", "verdict",
    # Services and gatherings an act is done during: "bombed a church during Sunday mass", "during
    # Friday prayers", "at a Saturday vigil".
    "mass", "prayer", "prayers", "service", "sermon", "vigil", "march", "match", "festival",
    # Episodes an act was part of: "sent warships to the islets in a 1996 standoff", "were killed
    # in Monday's fighting", "fought in the 1999 war".
    "standoff", "crisis", "war", "conflict", "confrontation", "uprising", "revolution", "coup", "invasion",
    "offensive", "siege", "battle", "fighting", "clash", "clashes", "unrest", "riot", "riots",
})
# Prepositions by which an act is done at an occasion: "demanded at a rally", "agreed in talks".
_OCCASION_PREPOSITIONS = frozenset({"at", "in"})
# Polls are occasions only of the act itself ("voted in an election held on March 26"); anywhere
# else they are mostly a topic ("complained ... in the 2022 election", "claims of irregularities in
# the February 8 vote").
_POLL_NOUNS = frozenset({"election", "vote", "referendum", "ballot", "poll", "runoff"})
# Prepositions that introduce examples or members of a noun: their dates are their own.
_EXAMPLE_PREPOSITIONS = frozenset({"including", "like", "excluding", "among"})
# An adverbial clause with one of these markers happens at its head's time: "the case went before
# the court in mid-March, though Kenya refused to attend" (the refusal is mid-March's too).
# Not "while" / "whereas": news uses them to contrast two events, often of different days.
_SAME_TIME_MARKS = frozenset({"when", "as", "though", "although"})
# "Relations soured in 2010 after commandos stormed the ship": the stormed is near the head's
# time, so a month or year is shared, never a day.
_AROUND_MARKS = frozenset({"after", "before"})
# A trailing participle of saying is the act it follows: "rejected the warrant, telling
# journalists on Wednesday that ..." (the rejecting is Wednesday's).
_SAYING_PARTICIPLES = frozenset({"tell", "say", "add", "call", "describe", "write", "note", "announce",
                                 "declare", "insist", "argue", "warn", "claim", "state", "explain"})
# A trailing participle of saying or of a stand taken in words, set off by a comma after a reported clause,
# is the reporter's: "told protesters on Saturday that it was the last day they should take to the streets,
# vowing that forces would crush any unrest" (the parser hangs "vowing" on "take"; the vow is Saturday's).
# Not a deed the reported actor could do in the reported clause ("gunmen stormed the village on Friday,
# threatening residents": threaten, demand, reject, urge stay their verb's).
_STATEMENT_PARTICIPLES = _SAYING_PARTICIPLES | frozenset({"vow", "pledge", "promise", "accuse", "blame", "deny"})
# A relative clause on a place or time with one of these words happens at its antecedent's
# clause's time: "fighting began on March 6 in the coastal region, where troops clashed".
_SAME_TIME_RELATIVES = frozenset({"where", "when"})
# Verbs that judge or punish an earlier act reached through a complement preposition: their
# date is when the act was judged, only a bound on the act's own ("sentenced in 2011 for the
# murder", "arrested on Monday for attacking police", "accused in 2015 of spying").
JUDGING_VERBS = frozenset({
    "sentence", "convict", "jail", "imprison", "arrest", "detain", "charge", "indict", "prosecute",
    "try", "punish", "fine", "accuse", "blame", "condemn", "criticize", "criticise", "praise", "thank",
    "reward", "honor", "honour", "apologize", "apologise", "acquit", "pardon", "execute", "hang",
    "expel", "sanction", "punish", "denounce", "fault", "credit", "award",
})
_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_YEAR_HEAD_PREPS = frozenset({"in", "since", "from", "until", "till", "by", "before", "after", "during", "of", "to"})


# A news day: a date the parser often hangs on a word below the verb it dates.
_NEWS_DAY = re.compile(
    r"^(?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?|today|yesterday|tonight|last night)$",
    re.I,
)
# Links by which a dependent clause's date is lent up to the verb it hangs from (see attachment).
_LENDING_ACL_TAGS = frozenset({"VBN", "VBG"})
# A "when" / "as" clause happens at its head's time, so its day is its head's too.
_LENDING_MARKS = frozenset({"when", "as"})


# How a date reaches an event (DateExpression.link), best first:
OWN = "own"  # on the event's governing chain
ANTECEDENT = "antecedent"  # the noun a relative clause describes ("the 2015 deal which removed")
SAME_TIME = "same_time"  # a clause that happens at the event's time ("..., killing four")
# Below the event: a date the parser hangs on a participle or complement of the event's clause
# ("blew up the statues carved into a cliff on Friday", "urged X to stand by Lebanon on Wednesday",
# "Speaking in Belgrade on Thursday, the president cautioned").
LENT = "lent"
# An infinitive of purpose whose act is done by the act it serves: "lobbied members on Monday to
# support the bid" (the resolver keeps it only for an event the status stage found done or planned).
PURPOSE = "purpose"
AROUND = "around"  # an "after"/"before" clause: only a coarse (month, year) date is shared
# The event's own "after" clause: "gave her refuge after she fled the country in August" (the giving
# is no earlier than August; the resolver keeps only a month or a year, never a day).
AFTER = "after"
REPORT = "report"  # the date of the verb of saying that reports the event ("officials said on Tuesday")
_LINKS = (OWN, ANTECEDENT, SAME_TIME, PURPOSE, LENT, AROUND, AFTER, REPORT)
_AFTER_MARKS = frozenset({"after"})


class DateExpression(NamedTuple):
    start: int  # token index (Document.doc), inclusive
    end: int  # token index, exclusive
    chain_index: int  # position on the governing chain of the word it attaches to (0 = the trigger)
    distance: int  # dependency steps from the expression's head to that word
    link: str = OWN  # how the date reaches the event (OWN, ANTECEDENT, SAME_TIME, AROUND)


def candidate_spans(sent) -> list[tuple[int, int]]:
    """Token ranges (start, end) of date-like expressions in a sentence."""
    doc = sent.doc
    spans: list[tuple[int, int]] = []
    extra: list = []  # tokens outside DATE/TIME entities that may still be dates
    start = None
    # One pass with integer attributes: this runs for every event mention.
    for token in sent:
        iob = token.ent_iob  # 3 = B, 1 = I, 2 = O
        is_time = token.ent_type in _DATE_LABELS
        if start is not None and (iob != 1 or not is_time):
            spans.append((start, token.i))
            start = None
        if iob == 3 and is_time:
            start = token.i
        elif start is None and (token.lower in _EXTRA_WORDS or (token.is_digit and len(token) == 4)):
            extra.append(token)
    if start is not None:
        spans.append((start, sent.end))
    # TIME entities count only when they name a day ("Monday night", "last night", "the night of March 15").
    spans = [
        _with_ordinal_day(doc, s, e) for s, e in _split_lengths(doc, spans)
        if doc[s].ent_type == _DATE_LABEL or _TIME_DATE_WORDS.search(doc[s:e].text) or _TIME_WITH_DATE.search(doc[s:e].text)
        # A length of hours is a duration: "the truce has held for 48 hours".
        or (_HOURS.search(doc[s:e].text) and s > 0 and doc[s - 1].lower_ in ("for", "over"))
    ]
    for token in extra:
        lower = token.lower_
        if lower in _RELATIVE_DAYS:
            spans.append((token.i, token.i + 1))
        elif lower in _SPAN_NOUNS:
            if token.dep_ not in ("pobj", "npadvmod") or any(child.dep_ in ("prep", "poss") for child in token.children):
                continue  # "the fall of Aleppo", "since Assad's fall"
            # "last night", "in the autumn", "last summer": the tagger often leaves these out.
            left = [c.i for c in token.lefts if c.dep_ in ("det", "amod")]
            if lower != "night" or any(doc[i].lower_ == "last" for i in left):
                spans.append((min(left, default=token.i), token.i + 1))
        elif _YEAR.match(token.text) and (
            (token.dep_ == "pobj" and token.head.lower_ in _YEAR_HEAD_PREPS)
            or (token.dep_ in ("nummod", "compound", "amod", "npadvmod") and token.head.pos_ in ("NOUN", "PROPN", "VERB"))
        ):
            spans.append((token.i, token.i + 1))
    for token in sent:
        if token.lower_ == "era" and token.i > sent.start and not any(s <= token.i < e for s, e in spans):
            # A named past era the tagger leaves out: "in colonial-era Namibia", "during the Soviet era".
            first = min((child.left_edge.i for child in token.lefts if child.dep_ in ("compound", "amod", "nmod")),
                        default=token.i)
            if first < token.i and past_era_end(doc[first : token.i + 1].text) is not None:
                spans.append((first, token.i + 1))
        if token.lower in _RELATIVE_DAY_NOUNS:
            relative = _relative_day(doc, token, sent.end)
            if relative is not None:
                # A tagged date that runs into it keeps its part before it ("on April 12 and the next day").
                kept = [(s, e) if e <= relative[0] or s >= relative[1] else (s, _trim_joiners(doc, s, relative[0]))
                        for s, e in spans]
                spans = [(s, e) for s, e in kept if e > s] + [relative]
    spans.sort()
    return spans


def _relative_day(doc, noun, sentence_end: int) -> Optional[tuple[int, int]]:
    """The span of "the night before", "the day earlier", "the previous day", "the next morning" on
    ``noun``, or None. Not "the day before the vote" (a length counted from an anchor: offsets.py)."""
    determiner = next((child for child in noun.lefts if child.dep_ == "det" and child.lower_ == "the"), None)
    if determiner is None:
        return None
    if any(child.dep_ == "amod" and child.lower_ in _RELATIVE_DAY_ADJECTIVES for child in noun.lefts):
        return determiner.i, noun.i + 1
    if noun.i + 1 >= sentence_end:
        return None
    following = doc[noun.i + 1]
    if following.dep_ == "mark" or following.head.i > following.i:
        return None  # "the day before he was due to testify": a day counted from the clause's event
    if following.lower_ not in _RELATIVE_DAY_ADVERBS or any(
            child.dep_ in ("pobj", "pcomp") or child.i == following.i + 1 for child in following.children):
        return None
    if following.i + 1 < sentence_end and doc[following.i + 1].lower_ in ("yesterday", "last"):
        return None  # "the day before yesterday" (calendar_rules), "the night before last"
    return determiner.i, following.i + 1


def _trim_joiners(doc, start: int, end: int) -> int:
    """``end`` moved back over the words that join a date to what follows it ("and", ",", "then")."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "then", "or")):
        end -= 1
    return end


def relative_day_offset(text: str) -> Optional[int]:
    """-1 for a day named back from a day told nearby ("the night before", "the previous day"), 1 for one
    named on from it ("the next morning", "the day after"), None for any other text."""
    words = text.lower().split()
    if len(words) != 3 or words[0] != "the":
        return None
    if words[2] in _DAY_PARTS:
        return -1 if words[1] in _BACK_ADJECTIVES else 1 if words[1] in _ON_ADJECTIVES else None
    if words[1] in _DAY_PARTS:
        return -1 if words[2] in _BACK_ADVERBS else 1 if words[2] in _ON_ADVERBS else None
    return None


def _split_lengths(doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a tagged date at a comma before a length: "on Saturday, three months after the
    collapse" is a day and a length, not one unreadable date ("March 3, 2017" stays whole)."""
    result = []
    for start, end in spans:
        for cut in range(start + 1, end - 1):
            word = doc[cut].lower_
            if word == "," and (_LENGTH_UNIT.match(doc[cut + 1].lower_) or (
                    cut + 2 < end and doc[cut + 1].like_num and _LENGTH_UNIT.match(doc[cut + 2].lower_))):
                result.append((start, cut))  # "on Tuesday, months ahead of schedule"
                start = cut + 1
                break
            if word in ("after", "before") and doc[cut - 1].lower_ in _WEEKDAYS:
                # "on Monday after weeks of protests": the rest counts from another event.
                end = cut
                break
        if end < len(doc) and doc[end].lower_ in _PARTS_OF_DAY and doc[end - 1].lower_ in _WEEKDAYS:
            end += 1  # "on Tuesday night": the tagger leaves "night" out
        result.append((start, end))
    return result


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


def past_era_setting(doc, era, first: int) -> bool:
    """Whether a named past era (``era`` the word "era", its name from ``first``) is the setting of an act done
    then (session 24): "during the Soviet era", "in the Stalin era", an era on a place or a period word "in
    colonial-era Namibia", "in Soviet-era times" (``eras.yaml`` setting_nouns), in or during, with a verb not
    in the present. Not an era on a thing ("under a colonial-era sedition law", "in Soviet-era tanks", "in the
    Ottoman-era quarter"), not "since"/"after"/"from" the era (a period running to now), not "post-"/"pre-"
    (the parser may hang "post" elsewhere: "the post-Soviet era capital"), not "are detained every year
    under ..."."""
    if any(doc[i].lower_.strip("-") in ("post", "pre") for i in range(max(first - 2, 0), era.i)):
        return False
    if era.dep_ == "pobj":
        preposition = era.head
    elif era.dep_ in ("compound", "amod", "nmod") and era.head.dep_ == "pobj" and (
            era.head.ent_type_ in ("GPE", "LOC") or {era.head.lower_, era.head.lemma_.lower()} & era_setting_nouns()):
        preposition = era.head.head
    else:
        return False
    if preposition.lower_ not in ("in", "during"):
        return False
    verb = preposition.head
    return not (verb.pos_ in ("VERB", "AUX") and (
        verb.tag_ in ("VBP", "VBZ")
        or any(child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBP", "VBZ") for child in verb.children)))


def attachment(doc, start: int, end: int, chain_positions: dict,
               appeal_verbs: frozenset = frozenset()) -> Optional[tuple[int, int, bool]]:
    """(chain index, steps, lent) of the chain word the expression attaches to, or None.

    ``lent`` says the climb passed a clause below that word whose date the parser misplaces
    (see ``_lends_date``): such a date ranks after the word's own."""
    current = _span_root(doc, start, end)
    lent = False
    if current.dep_ == "pobj" and current.head.lower_ in _END_PREPOSITIONS:
        return None  # "postponed until September": when a state ends, not when the event happened
    if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.lower_ == "as":
        # "as of 2023, its own law", "as of Monday, 200 had been killed": when a state or a count
        # holds, not when an event happened.
        return None
    era = next((token for token in doc[start:end] if token.lower_ == "era"), None)
    if era is not None and past_era_end(doc[start:end].text) is not None and not past_era_setting(doc, era, start):
        return None  # "charged under a colonial-era law", "attacked in Soviet-era tanks", "since the Soviet era"
    previous_dep = ""
    era_setting = (current.lower_ == "era" and current.dep_ in ("compound", "amod", "nmod") and current.head.dep_ == "pobj"
                   and current.head.head.lower_ in ("in", "during"))
    if era_setting:
        # The era of an act's setting is the act's: "committed genocide in colonial-era Namibia" (not
        # "deployed Soviet-era tanks": an era on an object is the thing's). Only the act it hangs on:
        # the parser often coordinates a later verb with it ("... in colonial-era Namibia and apologised").
        current = current.head
    for steps in range(12):
        # "The ministry said on Tuesday it is investigating": a date between a reporting verb and
        # its clause's subject is the saying's, wherever the parser hangs it (on the reported
        # verb, or on a word below it); the reported verb never takes it.
        reported = _before_reported_subject(current, start)
        if current.i in chain_positions and not reported:
            if era_setting and chain_positions[current.i] != 0:
                return None
            return chain_positions[current.i], steps, lent
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            return None
        if reported:
            return (chain_positions[head.i], steps + 1, lent) if head.i in chain_positions else None
        if (dep == "pcomp" and steps > 4 and current.pos_ == "VERB" and head.lower_ in ("of", "for") and (
                head.head.lemma_.lower() in JUDGING_VERBS
                or (head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in JUDGING_VERBS))):
            # "accused Zuma of taking bribes ... in connection with a deal in the late 1990s": a
            # date three phrases down in the judged act's phrase is that act's (not "accused X of
            # violating its airspace for the first time in August", which may be either).
            return None
        if dep == "relcl" and head.i in chain_positions and current.lemma_ in _EVENT_TIME_VERBS:
            return chain_positions[head.i], steps + 1, lent
        if dep == "conj" and current.pos_ in ("VERB", "AUX") and head.i in chain_positions and not any(
            child.dep_ in _SUBJECT_DEPS for child in current.children
        ):
            # "has been attacking and fighting troops since 2011": coordinated verbs without a
            # subject of their own share their adjuncts.
            return chain_positions[head.i], steps + 1, lent
        if (dep == "acl" and current.tag_ == "VBN" and head.lemma_.lower() in _OCCASION_NOUNS | _POLL_NOUNS
                and not any(child.dep_ == "dobj" for child in current.children)):
            # "In a joint statement issued at their meeting in July, ... agreed": the statement's
            # participle carries the occasion's date up to it.
            previous_dep = dep
            current = head
            continue
        if dep == "conj" and previous_dep == "prep" and current.pos_ in ("NOUN", "PROPN") and head.pos_ in ("NOUN", "PROPN"):
            # The last of coordinated objects: "blocked streets across Yerevan and the road to
            # the airport on Sunday" (the date is the blocking's, as on a single object).
            current = head
            continue
        if (dep == "xcomp" and steps > 0 and previous_dep in ("prep", "npadvmod")
                and head.lemma_.lower() in _ASPECT_VERBS):
            # "began building in 2011": the act begun and its beginning share their time.
            current = head
            continue
        if dep in _BOUNDARY_DEPS:
            through = previous_dep in ("prep", "npadvmod") or (previous_dep in _OBJECT_DEPS and dep == "acl")
            saying = _reporter_of_saying_on_coming(current) if steps > 0 and through and dep == "advcl" else None
            if saying is not None:
                # A participle of saying hung on the reported clause is the reporter's, and so is its day:
                # "Iran said it would retaliate, warning on Thursday that ..." (the saying's Thursday, not a
                # coming Thursday of the retaliation's).
                previous_dep = "lent"
                current = saying
                continue
            if steps > 0 and through and _lends_date(doc, current, start, end, appeal_verbs):
                lent = True
                if dep != "conj":  # a conjunct hands the date on to its first verb's own test
                    previous_dep = "lent"
                current = head
                continue
            return None
        # "received the first delivery in 2014", "the government in 2016 had called": a
        # prepositional date on an argument is the verb's adjunct more often than the noun's
        # (the parser attaches it either way). So is a bare day the parser hangs on the object:
        # "attacked a passenger train Tuesday".
        through_object = dep in _OBJECT_DEPS and (
            previous_dep == "prep" or (previous_dep == "npadvmod" and dep in _ARGUMENT_DEPS)
        )
        if (dep == "pobj" and previous_dep in ("nmod", "compound") and head.lower_ == "on" and head.i == start - 1
                and head.head.i in chain_positions):
            # "rejected on Wednesday international calls": the parser reads the day as a
            # modifier of the noun after it.
            return chain_positions[head.head.i], steps + 2, lent
        # The day of an occasion the act took place in: "said in a November report", "agreed at a
        # Monday meeting", "In his Tuesday speech, the president condemned", "In a statement issued
        # at their meeting in July, they agreed".
        # A bare day the parser hangs on the occasion noun counts too: "rejected the allegations
        # during a press conference Thursday".
        occasion = (dep == "pobj" and previous_dep in ("compound", "nmod", "nummod", "poss", "acl", "npadvmod")
                    and head.lower_ in ("in", "at", "during") and (
                        current.lemma_.lower() in _OCCASION_NOUNS
                        or (current.lemma_.lower() in _POLL_NOUNS and chain_positions.get(head.head.i) == 0)))
        if dep == "prep" and current.lower_ in _EXAMPLE_PREPOSITIONS:
            # "the rigging, including shutdowns on polling day": the date is the example's.
            return None
        # A section heading run into the sentence ("Background In 2017, China released ..."):
        # the parser hangs the date on the heading noun, an unlabelled ("dep") left fragment.
        heading = dep == "dep" and current.pos_ in ("NOUN", "PROPN") and current.i < head.i and previous_dep == "prep"
        # Above a lent participle of a noun, the noun climbs to its verb: "hit a camp for people
        # displaced by the insurgency in Rann on Tuesday" (the camp's verb, hit).
        lent_noun = lent and dep in _OBJECT_DEPS | {"prep", "conj", "appos", "dative"}
        if steps > 0 and dep not in _CLIMB_DEPS and not through_object and not heading and not occasion and not lent_noun:
            return None
        previous_dep = dep
        current = head
    return None


def _lends_date(doc, clause, start: int, end: int, appeal_verbs: frozenset) -> bool:
    """Whether a date at tokens ``start:end``, hung on the verb ``clause`` by a preposition or
    bare, dates the word ``clause`` hangs from rather than ``clause`` itself. The parser often
    hangs the main verb's time on a clause inside or after its object; in wire copy it is the
    main verb's:

    - a participle modifying a noun, when the date comes after another phrase of the participle:
      "blew up the statues carved into a cliff in Bamiyan on Friday", "hit a camp for people
      displaced by the insurgency in Rann on Tuesday" (but "freed a journalist arrested on
      Monday": right after the participle, the date is the arrest's);
    - a participle clause with no subject of its own, before or after its verb: "Speaking in
      Belgrade on Thursday, the president cautioned", "pressed ahead, approving homes on Sunday";
    - a "when" / "as" clause: "were killed when police opened fire on a march on Thursday";
    - a gerund complement: "ruled out imposing a no-fly zone on Friday", "stopped disbursing funds
      on Wednesday";
    - a news day ("on Tuesday", "yesterday") at the end of the infinitive of an appeal, command,
      permission or refusal (``appeal_verbs`` in reports.yaml): "called on friendly countries to
      stand by Lebanon on Wednesday" (not an intention's: "agreed to meet on Monday" is the
      meeting's day).

    The resolver keeps a lent date only when it names a day or a week.
    """
    dep, tag = clause.dep_, clause.tag_
    news_day = _NEWS_DAY.match(doc[start:end].text) is not None
    if dep in ("acl", "relcl") and is_infinitive(clause) and clause.head.pos_ in ("NOUN", "PROPN"):
        # An infinitive on the verb's object: "forced a resupply mission to turn back near the
        # shoal on Saturday" (a command's), "threw out a proposal to rewrite the constitution and
        # reform the monarchy on Wednesday" (a news day ending a long object phrase).
        if not news_day or clause.head.dep_ not in ("dobj", "nsubjpass", "pobj"):
            return False
        return clause.head.head.lemma_.lower() in appeal_verbs or any(
            clause.i < child.i and child.right_edge.i < start and child.dep_ in ("prep", "dobj", "conj")
            for child in clause.children)
    if dep == "conj" and clause.pos_ == "VERB" and clause.head.pos_ == "VERB" and not _has_subject_or_marker(clause):
        # "to rewrite the constitution and reform the monarchy on Wednesday": the last conjunct's
        # day ends the first conjunct's phrase too.
        return _lends_date(doc, clause.head, start, end, appeal_verbs)
    if (dep in ("acl", "ccomp", "relcl") and clause.head.pos_ in ("NOUN", "PROPN") and clause.head.dep_ in ("dobj", "nsubjpass")
            and any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)):
        # A content clause of the object: "rejected U.S. demands that he step down on Saturday".
        return news_day
    if dep == "ccomp" and is_infinitive(clause):
        # The parser's reading of "allowed inspectors to search the palace on Tuesday".
        return news_day and clause.head.lemma_.lower() in appeal_verbs
    if dep == "advcl" and clause.pos_ == "ADJ" and clause.head.pos_ in ("VERB", "AUX"):
        # A predicate adjective of the object: "held Washington responsible on Friday for ...",
        # "declared the vote void on Monday".
        return news_day
    if (dep == "advcl" and clause.tag_ == "VB" and not _has_subject_or_marker(clause)
            and any(child.dep_ == "dobj" for child in clause.head.children)):
        # A bare verb with no subject, auxiliary or marker is no clause: the tagger's reading of a
        # predicate noun of the object ("declared the envoy persona non grata on Thursday").
        return news_day
    if dep == "acl":
        # The tagger sometimes calls the participle a noun: "a carrier group sailing through".
        if (tag not in _LENDING_ACL_TAGS and not clause.lower_.endswith("ing")) or _has_subject_or_marker(clause) or clause.head.pos_ not in ("NOUN", "PROPN"):
            return False
        # Another phrase of the participle between it and the date, or a long object the date
        # ends ("a journalist covering protests against the curbs on Sunday"): the date ends a
        # long object phrase.
        return any(clause.i < child.i and (child.right_edge.i < start or (child.dep_ == "dobj" and child.i < start - 2))
                   and child.dep_ in ("prep", "dobj", "agent", "advmod", "prt") for child in clause.children)
    if dep == "advcl":
        if tag == "VBG" and not _has_subject_or_marker(clause):
            return True
        if clause_marks(clause) & _LENDING_MARKS:
            return True  # "were killed when police opened fire on a rally on Thursday"
        return is_infinitive(clause) and clause.head.lemma_.lower() in appeal_verbs and news_day
    if dep == "xcomp":
        if tag == "VBG":
            return True
        return is_infinitive(clause) and clause.head.lemma_.lower() in appeal_verbs and news_day
    return False


def _time_anchors(chain: list[Governor], same_time_only: bool = False) -> list[tuple[list[Governor], str]]:
    """Words outside the event's chain whose time is the event's, each as its own governing chain, with the link
    (SAME_TIME, PURPOSE or AROUND; ``same_time_only``: SAME_TIME alone).

    - a participle of result with no subject or marker of its own: "a bomber detonated a
      device earlier this month, killing one soldier" (the killing shares "earlier this month");
    - the head of a "during"/"amid" adjunct: "were arrested in 2022 for taking photos during
      the arrest of a lawmaker" (the arrest shares 2022);
    - the head of a "when"/"as"/"though" clause: "the court sat in mid-March, though Kenya
      refused to attend"; of an "after"/"before" clause, AROUND: "relations soured in 2010 after
      commandos stormed the ship";
    - the antecedent of a "where"/"when" relative clause: "fighting began on March 6 in the
      region, where troops clashed" (the region's clause dates the clash);
    - a past verb coordinated with the trigger's past clause: "rebels attacked the base on
      Monday, and the army responded with airstrikes";
    - a trailing participle of saying under the trigger's clause: "rejected the warrant, telling
      journalists on Wednesday";
    - the reporting verb of a present or past-progressive clause: "in December, Mogadishu
      announced it was cutting ties" (the cutting is December's).
    """
    anchors: list[tuple[list[Governor], str]] = []

    def add(token, link: str, token_chain: Optional[list[Governor]] = None, lend: bool = False) -> None:
        """``lend``: the added word's own same-time anchors come too, under ``link``: a clause inside a "when"
        clause shares the time the "when" clause takes ("collapsed in 2002, when the president broke off talks
        after rebels hijacked an airliner": the hijacking is around 2002). Only when the word itself is added (a
        nested "after" clause under ``same_time_only`` adds nothing, and lends nothing)."""
        if link == SAME_TIME or not same_time_only:
            chain_of_token = token_chain or governing_chain(token)
            anchors.append((chain_of_token, link))
            if lend:
                anchors.extend((lent, link) for lent, _ in _time_anchors(chain_of_token, same_time_only=True))

    for governor in chain:
        # Not for a subject of the reported clause: "said Friday that recent agreements are a
        # reminder" (the agreements are older than the saying).
        if governor.kind == "report" and governor.via is not None and _is_simultaneous(governor.via) and not any(
            g.kind == "subject" for g in chain
        ):
            add(governor.token, SAME_TIME)
        if governor.kind in ("report", "content"):
            break
        token = governor.token
        if governor.kind == "adjunct":
            if governor.via is not None and governor.via.lower_ in _SAME_TIME_PREPOSITIONS:
                add(token, SAME_TIME)
            elif (governor.via is not None and governor.via.lower_ in _OCCASION_PREPOSITIONS and governor is chain[1]
                  and chain[0].token.pos_ == "NOUN" and chain[0].token.lower_ in _OCCASION_NOUNS):
                # The occasion an act is done at is that act's time (session 23): "elections were demanded
                # by the opposition at a rally in Tbilisi on Monday" (the rally is Monday's).
                add(token, SAME_TIME)
            elif governor.via is not None and governor.via.lower_ == "in":
                # The act a participle of result names its deed by: "a truck bomb blew up on Saturday,
                # killing 230 people in the deadliest attack" (the attack is Saturday's; the parser
                # hangs "in" on the participle or on its object).
                verb = token.head if token.dep_ == "dobj" else token
                if _result_participle(verb):
                    add(verb.head, SAME_TIME)
            break
        for child in token.children:
            if (child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > token.i
                    and child.lemma_.lower() in _SAYING_PARTICIPLES and not _has_subject_or_marker(child)
                    # Not one the parser hung on a reported clause: "said it would retaliate, warning on
                    # Thursday that ..." (the warning, and its day, are the saying's; see attachment).
                    and _reporter_of_saying_on_coming(child) is None):
                add(child, SAME_TIME)
        dep = token.dep_
        if _result_participle(token):
            # After its verb ("..., killing four") or before it ("Bowing to pressure, the
            # government reversed the rise on Monday").
            add(_statement_participle_reporter(token) or token.head, SAME_TIME)
            break
        if governor is chain[0] and dep == "acl" and token.tag_ == "VBG":
            main = _misread_main_verb(token)
            if main is not None:
                add(main, SAME_TIME)
                break
        if (dep == "acl" and token.tag_ == "VBG" and token.head.dep_ == "pobj" and token.head.head.lower_ == "with"
                and token.head.head.head.i != token.head.head.i):
            # An absolute "with" clause: "rioting broke out on Monday night, with youths hurling
            # petrol bombs" (the hurling is Monday night's).
            add(token.head.head.head, SAME_TIME)
            break
        if (governor is chain[0] and dep == "acl" and token.tag_ == "VBN" and token.head.dep_ in ("nsubj", "nsubjpass")
                and any(child.dep_ == "agent" for child in token.children) and not _has_subject_or_marker(token)
                and simple_past(token.head.head)):
            # A reduced passive with its doer on the subject of a past act (session 22): "talks, mediated by
            # Oman, were held in Muscat on Saturday", "a general strike called by unions shut shops on Sunday"
            # (the act is that day's, or just before it: a closer bound than the publication day).
            add(token.head.head, SAME_TIME)
            break
        if (governor is chain[0] and dep == "advcl" and is_infinitive(token) and token.head.pos_ in ("VERB", "AUX")
                and not any(child.dep_ in _SUBJECT_DEPS or child.dep_ == "mark" for child in token.children)):
            add(token.head, PURPOSE)
            break
        if dep == "advcl":
            marks = clause_marks(token)
            if marks & _SAME_TIME_MARKS:
                add(token.head, SAME_TIME, lend=True)
                break
            if "before" in marks and token.tag_ == "VBD" and token.head.tag_ == "VBD":
                # A past act told after another, "before" it ended: "rallied on Sunday and set fire to
                # its door before security forces dispersed them" (the dispersing is Sunday's too).
                add(token.head, SAME_TIME)
                break
            if marks & _AROUND_MARKS:
                add(token.head, AROUND, lend=True)
                break
        if dep == "relcl" and any(child.lower_ in _SAME_TIME_RELATIVES and child.dep_ == "advmod" for child in token.children):
            add(token.head, SAME_TIME)
            break
        noun_chain = _scene_chain(token) if dep == "relcl" and governor is chain[0] else None
        if noun_chain is not None:
            # "police used batons on Tuesday night to push back protesters who hurled stones": a
            # past restrictive clause on what a past act was done to is part of that act's scene.
            add(token.head, SAME_TIME, noun_chain, lend=True)
            break
        if dep == "conj" and token.tag_ == "VBD" and token.head.tag_ == "VBD" and token.head.i < token.i:
            add(token.head, SAME_TIME)
            first = token.head
            if first.dep_ == "advcl" and clause_marks(first) & _SAME_TIME_MARKS:
                # "on Wednesday as troops completed the operation and killed 33": the second verb
                # of a "when"/"as" clause shares the clause's time too.
                add(first.head, SAME_TIME)
            elif first.dep_ == "advcl" and clause_marks(first) & _AROUND_MARKS:
                # "broke off talks after rebels hijacked an airliner and kidnapped a senator": the
                # second verb of an "after" clause is around the clause's head too.
                add(first.head, AROUND, lend=True)
            break
    return anchors


def _misread_main_verb(participle):
    """The main verb of a deed told before a trailing attribution when the parser, taking the attribution's
    verb for the sentence's, hung both the deed's verb and its trailing participle on the subject noun, or None
    (session 23): "Lecturers pressed on with their strike on Monday, ignoring calls to return, the union said"
    ("pressed" and "ignoring" both read as clauses of "lecturers"; the ignoring is Monday's)."""
    noun = participle.head
    if participle.i == 0 or participle.doc[participle.i - 1].text != "," or _has_subject_or_marker(participle):
        return None
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _SAYING_PARTICIPLES or noun.head.i < participle.i:
        return None
    return next((child for child in noun.children if child.dep_ in ("acl", "relcl") and child.tag_ in ("VBD", "VBN")
                 and child.i < participle.i and not _has_subject_or_marker(child)), None)


def _statement_participle_reporter(participle):
    """The reporting verb a participle of saying or vowing really hangs from when the parser put it on a verb of
    the clause that verb reports, or None (session 23): "told protesters on Saturday that they should not take to
    the streets, vowing that forces would crush any unrest" (the vow is the telling's, on Saturday), not "said
    troops attacked the town, killing four" (a participle of result stays its verb's)."""
    if participle.lemma_.lower() not in _STATEMENT_PARTICIPLES or participle.i == 0:
        return None
    if participle.doc[participle.i - 1].text != ",":
        return None
    clause = participle.head
    for _ in range(3):  # up through clauses the parser reads as reported ("it was the last day they should take")
        reporter = next((governor.token for governor in governing_chain(clause) if governor.kind == "report"), None)
        if reporter is None or reporter.i > participle.i:
            return None
        if reporter.lemma_.lower() in _SAYING_PARTICIPLES:
            return reporter
        clause = reporter
    return None


def _reporter_of_saying_on_coming(participle):
    """The reporting verb a participle of saying hung on a reported clause lends its day to, when that clause is
    still to come or only possible ("Iran said it would retaliate, warning on Thursday that ...": Thursday is the
    saying's, not a coming Thursday of the retaliation's); None otherwise, where the participle may be the
    reported subject's and its day the clause's ("Police said protesters marched through the capital, calling on
    Friday for ...": the march is Friday's). Session 24."""
    reporter = _statement_participle_reporter(participle)
    if reporter is None:
        return None
    clause = participle.head
    verbs = (clause, clause.head) if clause.dep_ == "conj" else (clause,)
    coming = any(child.dep_ == "aux" and child.lower_ in _COMING_AUXILIARIES for verb in verbs for child in verb.children)
    return reporter if coming else None


def simple_past(verb) -> bool:
    """A verb in the simple past, active ("hurled") or passive ("were arrested"): no perfect, no modal."""
    auxiliaries = [child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0] in ("was", "were")


def _scene_chain(relative) -> Optional[list[Governor]]:
    """The governing chain of a relative clause's noun when the clause happens at the time of the
    act its noun is the object of (or the place of), else None: a restrictive clause in the simple
    past on the object, the passive subject or an adjunct's noun of a past verb, "pushed back
    protesters who hurled stones", "fired at protesters who blocked the road". Not a clause set off by a comma, which describes ("the rebels, who seized
    the town"), nor the noun of a subject ("the man who killed the president died"), of a judging
    verb ("arrested a man who attacked a mosque": the deed is only before its judging) or of a
    complement preposition ("claimed responsibility for a bombing that killed ten"), nor a definite noun,
    which the clause identifies by an earlier deed ("captured the rebels who kidnapped the aid workers")."""
    if not simple_past(relative) or relative.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if relative.left_edge.i > 0 and relative.doc[relative.left_edge.i - 1].text == ",":
        return None
    chain = governing_chain(relative.head)
    if len(chain) < 2 or chain[1].kind not in ("object", "adjunct"):
        return None
    if chain[1].token.lemma_.lower() in JUDGING_VERBS:
        return None
    if any(child.dep_ == "det" and child.lower_ in _DEFINITE_DETERMINERS for child in relative.head.children):
        return None  # "identified the gunman who killed five": a definite noun is named by an earlier deed
    for governor in chain[1:]:
        verb = governor.token
        if verb.pos_ not in ("VERB", "AUX") or is_infinitive(verb):
            continue  # "used batons to push back protesters": the infinitive's time is its verb's
        return chain if simple_past(verb) else None
    return None


def clause_marks(verb) -> set[str]:
    """The words that open an adverbial clause before its verb: "as", "when", "after", "though"."""
    return {child.lower_ for child in verb.children if child.dep_ in ("mark", "advmod") and child.i < verb.i}


def _before_reported_subject(verb, start: int) -> bool:
    """Whether a date at token ``start`` lies between a reporting verb and the subject of the
    clause ``verb`` it reports ("said on Tuesday it is investigating")."""
    if verb.dep_ != "ccomp" or not verb.head.i < start < verb.i:
        return False
    return any(child.dep_ in _SUBJECT_DEPS and child.i > start for child in verb.children)


def _is_simultaneous(clause) -> bool:
    """Whether a reported clause is in the present or the past progressive, so happens at the
    time of its report: "announced in December it was cutting ties", "said on Monday that it is
    investigating" (not "said it had attacked" or "said it would attack")."""
    auxiliaries = [child for child in clause.children if child.dep_ in ("aux", "auxpass")]
    if clause.tag_ in ("VBZ", "VBP") and not auxiliaries:
        return True
    return clause.tag_ == "VBG" and len(auxiliaries) == 1 and auxiliaries[0].lower_ in (
        "was", "were", "is", "are", "am", "'s", "'re")


def _result_participle(token) -> bool:
    """Whether ``token`` is a participle clause of its verb with no subject or marker of its own ("..., killing
    four"): it shares its verb's time."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not _has_subject_or_marker(token)


def _has_subject_or_marker(verb) -> bool:
    return any(child.dep_ in _SUBJECT_DEPS or child.dep_ in ("mark", "aux", "auxpass") for child in verb.children)


def judged_from(chain: list[Governor]) -> Optional[int]:
    """The chain index of a verb that judges the event rather than dates it, or None:
    "sentenced in 2011 for the murder" (the murder is no later than 2011, not in 2011)."""
    for index, governor in enumerate(chain):
        if governor.kind in ("report", "content", "adjunct"):
            return None
        if governor.kind == "prep" and governor.token.lemma_.lower() in JUDGING_VERBS:
            return index
    return None


def reporting_verb(chain: list[Governor], reporting_verbs: frozenset):
    """The verb of saying that reports the event's clause ("officials **said** on Tuesday", "said
    on Thursday that Jakarta was keen"), or None."""
    top = chain[0].token
    for governor in chain:
        if governor.kind in ("content", "adjunct"):
            return None
        if governor.kind == "report":
            return governor.token if governor.token.lemma_.lower() in reporting_verbs else None
        top = governor.token
    # The parser also hangs a trailing attribution below the clause it reports: "Kyiv gave a cool
    # response ..., a presidential adviser said on Tuesday" (said: advcl of gave).
    for child in top.children:
        if (child.dep_ in ("advcl", "parataxis") and child.i > top.i and child.lemma_.lower() in reporting_verbs
                and not any(c.dep_ == "mark" for c in child.children)
                and (any(c.dep_ == "nsubj" for c in child.children)
                     # The speaker run into the clause before it: "..., Emir Sheikh Tamim said on Sunday".
                     or (child.tag_ == "VBD" and child.doc[child.i - 1].pos_ == "PROPN"))):
            return child
    return None


def sentence_starts(doc) -> list[int]:
    """The first token index of each sentence of a Doc, in order (memoised on the Doc)."""
    memo = doc.user_data.get(_MEMO_KEY)
    if memo is None:
        memo = doc.user_data[_MEMO_KEY] = {"starts": [sent.start for sent in doc.sents]}
    return memo["starts"]


def sentence_spans(doc, token_index: int) -> tuple[tuple[int, int], ...]:
    """The candidate date spans (``candidate_spans``) of the sentence holding a token."""
    # Memoised on the Doc: sentence bounds once per document, candidates once per sentence
    # (Token.sent walks the sentence on every call, and a sentence often holds several events).
    starts = sentence_starts(doc)
    memo = doc.user_data[_MEMO_KEY]
    index = bisect.bisect_right(starts, token_index) - 1
    spans = memo.get(index)
    if spans is None:
        end = starts[index + 1] if index + 1 < len(starts) else len(doc)
        spans = memo[index] = tuple(candidate_spans(doc[starts[index] : end]))
    return spans


# find_date_expressions looks the reporting verb up itself unless its caller has (None is a finding: no verb).
_LOOK_UP = object()


def find_date_expressions(doc, chain: list[Governor], rules: Optional[ReportRules] = None,
                          reporter=_LOOK_UP) -> list[DateExpression]:
    """All attached date expressions for the trigger at ``chain[0]``, best first: nearest chain word first,
    then fewest steps, then the earliest in the sentence. ``rules`` default to the packaged
    ``reports.yaml``. ``reporter`` is ``reporting_verb(chain, rules.reporting_verbs)`` when the
    caller has already found it (a token or None); by default it is looked up here."""
    rules = rules or default_report_rules()
    positions = {}
    for index, governor in enumerate(chain):
        if governor.kind in ("report", "content"):
            break  # "said on Friday", "reports on Friday that ...": the saying's date
        positions.setdefault(governor.token.i, index)
    for governor in chain:
        if governor.kind in ("report", "content", "adjunct"):
            break
        clause = governor.token
        if clause.head.pos_ in ("NOUN", "PROPN") and (
            # Not an infinitive: "the February 2020 pact ..., to pull all troops" aims at a later act.
            (clause.dep_ == "relcl" and not is_infinitive(clause))
            # The parser's reduced relative with an object is a misread main verb: "The
            # biggest attack, in 2009, killed 25 people" (the attack's date is the killing's).
            or (clause.dep_ == "acl" and clause.tag_ == "VBN" and any(c.dep_ == "dobj" for c in clause.children))
        ):
            # "the 2015 deal which removed sanctions": a relative clause with no date of its own
            # takes its antecedent's (ranked last, after every date of the clause itself).
            positions.setdefault(clause.head.i, len(chain))
            noun = clause.head
            for _ in range(4):
                # The parser hangs the clause on the last noun of a phrase: "a 2014 explosion at a
                # depot in the village of Vrbetice that killed two" (the explosion's 2014 dates it).
                if not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN")):
                    break
                noun = noun.head.head
                positions.setdefault(noun.i, len(chain))
            break
    for anchor_chain, link in _time_anchors(chain):
        # Ranked after the event's own chain: its own dates win.
        rank = len(chain) + _LINKS.index(link) - 1
        for governor in anchor_chain:
            if governor.kind in ("report", "content"):
                break
            positions.setdefault(governor.token.i, rank)
    for governor in chain:
        if governor.kind in ("report", "content", "adjunct"):
            break
        for child in governor.token.children:
            if child.dep_ == "advcl" and clause_marks(child) & _AFTER_MARKS:
                # Ranked after every date of the event's own and its anchors: a coarse bound.
                positions.setdefault(child.i, len(chain) + _LINKS.index(AFTER) - 1)
            elif child.dep_ == "prep" and child.lower_ in _AFTER_MARKS and governor.token.pos_ in ("VERB", "AUX") and (
                    not any(c.dep_ == "npadvmod" for c in child.children)
                    and not (child.i > 0 and _LENGTH_UNIT.match(doc[child.i - 1].lower_))):
                # The same bound from a dated event noun: "suspended peace talks after the 2008
                # Mumbai attacks" (no earlier than 2008; the resolver keeps only a month or a year).
                # Not a counted phrase ("two days after the March election": offsets.py's).
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        positions.setdefault(obj.i, len(chain) + _LINKS.index(AFTER) - 1)
    if reporter is _LOOK_UP:
        reporter = reporting_verb(chain, rules.reporting_verbs)
    if reporter is not None:
        # Ranked last: the day the event was reported ("Beijing promised aid, officials said on
        # Tuesday"). The resolver decides what it may date (asserted and alleged events only).
        reporter_chain = governing_chain(reporter)
        for governor in reporter_chain:
            if governor.kind == "report" and governor.token.lemma_.lower() in rules.reporting_verbs:
                # A report of a report: "the army said it was ready to ..., a spokesman said on Wednesday".
                positions.setdefault(governor.token.i, len(chain) + _LINKS.index(REPORT) - 1)
            if governor.kind in ("report", "content"):
                break
            positions.setdefault(governor.token.i, len(chain) + _LINKS.index(REPORT) - 1)
        if _result_participle(reporter):
            # A participle of saying is said when its verb is done (session 22): "dug in its heels on
            # Wednesday, saying it would not give ground" (the refusal is Wednesday's).
            for anchor_chain, _ in _time_anchors(reporter_chain, same_time_only=True):
                for governor in anchor_chain:
                    if governor.kind in ("report", "content"):
                        break
                    positions.setdefault(governor.token.i, len(chain) + _LINKS.index(REPORT) - 1)
    found = []
    for start, end in sentence_spans(doc, chain[0].token.i):
        attached = attachment(doc, start, end, positions, rules.appeal_verbs)
        if attached is not None:
            rank = attached[0]
            if attached[2]:
                rank = max(rank, len(chain) + _LINKS.index(LENT) - 1)
            link = OWN if rank < len(chain) else _LINKS[rank - len(chain) + 1]
            found.append(DateExpression(start, end, rank, attached[1], link))
    found.sort(key=lambda e: (e.chain_index, e.distance, e.start))
    return found
