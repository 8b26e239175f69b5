"""Acts at an occasion named earlier in the story, and partners shared by coordinated verbs.

Wire copy names an occasion once ("Rouhani is scheduled to pay a visit to Russia on Monday") and
then reports what will happen at it without naming anyone again: "agreements will be signed during
the visit", "the two sides are preparing documents for signing during the visit". Such an act takes
the occasion's participants (both ways: a signing is reciprocal) and, in the pipeline, its status
and date (``OccasionLinks.timing``). An event with actors of its own that happens "during the
visit" keeps its actors and takes only the occasion's date when it has none of its own.
The occasion must be found unambiguously: every earlier event of the occasion's kinds with both a
source and a target has the same participants; otherwise nothing changes.

A second verb coordinated with a verb that has a "with" partner shares that partner when its code
is a bilateral kind: "would hold negotiations with their Russian counterparts and sign deals".

A broker's act that names no parties ("signed the truce after talks brokered by Saudi Arabia", "the
talks were mediated by Norway") is aimed at the parties of the act it brokered: the event its brokered
noun belongs to in the same sentence, else, for a definite noun, the nearest earlier act of a kind that
can be brokered in the same or the two sentences before (occasions.yaml: mediation_codes, mediated_codes).

The passes are cheap: one regular-expression search of the article for the occasion phrases, and a
look at the dependency head of events that lack a target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional

import yaml

from ..datafiles import key_lines, read_yaml
from ..errors import DataFileError
from ..records import ActorMention, Document, EventDate, EventMention, Span, Status

DEFAULT_PATH = Path(__file__).with_name("occasions.yaml")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# A status of the act itself that the occasion's own overrides: the act is as real as the occasion.
_OCCASION_DECIDES = frozenset({"asserted", "future", "planned"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
_OCCASION_CONFIDENCE = 0.6


@dataclass(frozen=True)
class OccasionAct:
    """A reciprocal act that can happen at an occasion without naming its actors."""

    verb: str
    cameo: str
    objects: frozenset
    purpose: frozenset = frozenset()


@dataclass(frozen=True)
class OccasionRules:
    """The words of occasions.yaml: prepositions, occasion nouns, acts, bilateral codes."""

    prepositions: tuple
    occasions: dict  # occasion noun lemma -> frozenset of CAMEO codes
    acts: dict  # verb lemma -> OccasionAct
    bilateral_codes: frozenset
    phrase: re.Pattern
    occasion_codes: frozenset  # every CAMEO code an occasion event can have
    occasion_stems: tuple  # the occasion nouns less their first letter, for a case-blind substring gate
    mediation_codes: frozenset = frozenset()  # a broker's act: "talks brokered by X" is aimed at the talks' parties
    mediated_codes: frozenset = frozenset()  # acts a definite brokered noun can name ("the talks were mediated by")

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> "OccasionRules":
        """Read and check occasions.yaml; a bad entry raises DataFileError naming file and line."""
        data, node = read_yaml(Path(path), "occasion rules")
        lines = key_lines(node)
        act_lines = _item_lines(node, "acts")
        if not isinstance(data, dict):
            raise DataFileError(path, 1, "expected a mapping with prepositions, occasions, acts, bilateral_codes")
        for key in ("prepositions", "occasions", "acts", "bilateral_codes"):
            if key not in data:
                raise DataFileError(path, None, f"missing key {key!r}")
        prepositions = data["prepositions"]
        if not isinstance(prepositions, list) or not all(isinstance(p, str) and p.strip() for p in prepositions):
            raise DataFileError(path, lines.get("prepositions"), "prepositions must be a list of words or phrases")
        occasions = {}
        if not isinstance(data["occasions"], dict):
            raise DataFileError(path, lines.get("occasions"), "occasions must map a noun to a list of CAMEO codes")
        for noun, codes in data["occasions"].items():
            if not isinstance(codes, list) or not all(_is_code(c) for c in codes):
                raise DataFileError(path, lines.get(f"occasions.{noun}"), f"occasion {noun!r}: expected a list of CAMEO codes as strings")
            occasions[str(noun).lower()] = frozenset(codes)
        acts = {}
        if not isinstance(data["acts"], list):
            raise DataFileError(path, lines.get("acts"), "acts must be a list")
        for number, entry in enumerate(data["acts"]):
            verb = entry.get("verb") if isinstance(entry, dict) else None
            line = act_lines[number] if number < len(act_lines) else lines.get("acts")
            if not isinstance(verb, str) or not _is_code(entry.get("cameo")) or not isinstance(entry.get("objects"), list):
                raise DataFileError(path, line, "each act needs verb, cameo (a quoted CAMEO code) and objects (a list)")
            purpose = entry.get("purpose", [])
            if not isinstance(purpose, list):
                raise DataFileError(path, line, f"act {verb!r}: purpose must be a list")
            acts[verb] = OccasionAct(verb, entry["cameo"], frozenset(entry["objects"]), frozenset(purpose))
        codes = {}  # bilateral_codes is required (above); the mediation lists may be left out
        for key in ("bilateral_codes", "mediation_codes", "mediated_codes"):
            value = data.get(key, [])
            if not isinstance(value, list) or not all(_is_code(c) for c in value):
                raise DataFileError(path, lines.get(key), f"{key} must be a list of quoted CAMEO codes")
            codes[key] = frozenset(value)
        words = "|".join(re.escape(p.strip()).replace(r"\ ", r"\s+") for p in prepositions)
        nouns = "|".join(re.escape(n) for n in sorted(occasions, key=len, reverse=True))
        phrase = re.compile(rf"\b(?:{words})\s+(?:[\w-]+(?:'s|’s)?\s+){{1,3}}?(?:{nouns})s?\b", re.IGNORECASE)
        return cls(
            tuple(prepositions), occasions, acts, codes["bilateral_codes"], phrase,
            frozenset().union(*occasions.values()), tuple(noun[1:] for noun in occasions),
            codes["mediation_codes"], codes["mediated_codes"],
        )


def _is_code(value) -> bool:
    return isinstance(value, str) and value.isdigit() and 2 <= len(value) <= 4


def _item_lines(node, key: str) -> list[int]:
    """The 1-based line of each item of the list under a top-level key, for error messages."""
    if not isinstance(node, yaml.MappingNode):
        return []
    items = next((value for name, value in node.value if name.value == key), None)
    return [item.start_mark.line + 1 for item in items.value] if isinstance(items, yaml.SequenceNode) else []


class OccasionLinks:
    """The mentions of one article with the occasion each act happened at; lends the occasion's
    status and date to its acts as the pipeline decides them in order."""

    def __init__(self, mentions: list, occasion_of: dict, added: set):
        self.mentions = mentions
        self._occasion_of = occasion_of  # id(act mention) -> occasion mention
        self._added = added  # ids of mentions that only the occasion gave actors
        self._decided: dict = {}  # id(mention) -> (Status, EventDate)

    def timing(self, mention: EventMention, status: Status, when: EventDate) -> tuple:
        """The status and date ``mention`` should have: its own, or its occasion's (see module doc)."""
        occasion = self._occasion_of.get(id(mention))
        if occasion is not None and id(occasion) in self._decided:
            occasion_status, occasion_when = self._decided[id(occasion)]
            if occasion_when.source == "text" and when.source != "text":
                when = occasion_when
            if id(mention) in self._added and status.value in _OCCASION_DECIDES:
                status = occasion_status
        self._decided[id(mention)] = (status, when)
        return status, when


def link_occasions(
    document: Document, mentions: list, actor_mentions: list, rules: OccasionRules, main_event_only: bool = False
) -> OccasionLinks:
    """Add the acts at an earlier occasion that name no actors, give coordinated bilateral verbs their
    partner, and link each act to its occasion (see the module docstring)."""
    mentions = [_with_coordinated_partner(document, m, actor_mentions, rules) for m in mentions]
    mentions = [_with_mediated_parties(document, m, mentions, rules) for m in mentions]
    occasion_of: dict = {}
    added: set = set()
    # cheap gates first: an event that can be an occasion, then an occasion noun, then the phrase
    text = document.clean_text
    if not any(m.cameo in rules.occasion_codes and m.source and m.target for m in mentions):
        return OccasionLinks(mentions, occasion_of, added)
    if not any(noun in text for noun in rules.occasion_stems) or not rules.phrase.search(text):
        return OccasionLinks(mentions, occasion_of, added)
    doc = document.doc
    by_trigger = {m.trigger_token: m for m in mentions}
    sentences_with_events = {m.sentence_index for m in mentions}
    new_mentions = []
    for match in rules.phrase.finditer(document.clean_text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        noun = span[-1]
        act = _act_of_occasion(noun, rules)
        if act is None:
            continue
        codes = rules.occasions.get(noun.lemma_.lower()) or rules.occasions.get(noun.lower_)
        sentence_index = _sentence_index(document, act.i)
        occasion = _occasion_event(mentions, codes, act.i, sentence_index)
        if occasion is None:
            continue
        existing = by_trigger.get(act.i)
        if existing is not None:
            if existing is not occasion:
                occasion_of[id(existing)] = occasion
            continue
        rule = rules.acts.get(act.lemma_.lower())
        if rule is None or not _is_reciprocal_act(act, rule):
            continue
        if main_event_only and sentence_index in sentences_with_events:
            continue
        sides = _sides(act, actor_mentions, occasion)
        if sides is None:
            continue
        trigger = Span(act.text, act.idx, act.idx + len(act.text))
        first, second = sides
        both_ways = [
            EventMention(sentence_index, trigger, act.i, rule.cameo, first, second,
                         _OCCASION_CONFIDENCE, f"occasion:{rule.verb}"),
            EventMention(sentence_index, trigger, act.i, rule.cameo, second, first,
                         _OCCASION_CONFIDENCE, f"occasion:{rule.verb}"),
        ]
        for made in both_ways[: 1 if main_event_only else 2]:
            occasion_of[id(made)] = occasion
            added.add(id(made))
            new_mentions.append(made)
        by_trigger[act.i] = both_ways[0]
        sentences_with_events.add(sentence_index)
    if new_mentions:
        mentions = _merged(mentions, new_mentions)
    return OccasionLinks(mentions, occasion_of, added)


def _merged(mentions: list, new_mentions: list) -> list:
    """``mentions`` with each new mention after the last one of its sentence or an earlier one
    (the order the pipeline decides dates in: an occasion before its acts)."""
    merged = list(mentions)
    for made in new_mentions:
        position = len(merged)
        while position and merged[position - 1].sentence_index > made.sentence_index:
            position -= 1
        merged.insert(position, made)
    return merged


def _definite(noun) -> bool:
    """"the visit", "this week's summit", "Monday's meeting": an occasion named before, not a new one."""
    return any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in noun.children)


def _act_of_occasion(noun, rules: OccasionRules):
    """The verb an occasion phrase is attached to, when the noun is definite ("the visit",
    "Monday's meeting", "this week's summit"): a new, indefinite occasion ("during a visit")
    is not one named earlier."""
    if noun.dep_ != "pobj" or not _definite(noun):
        return None
    preposition = noun.head
    head = preposition.head
    # "on the sidelines of the talks", "in the course of the visit": climb to the first word of the phrase
    if preposition.lower_ == "of" and head.dep_ == "pobj":
        preposition = head.head
        head = preposition.head
    # "documents for signing during the visit": the phrase can hang on the purpose noun; the act is the
    # verb of the object prepared for it
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.dep_ == "dobj":
        head = head.head.head.head
    if preposition.dep_ != "prep" or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def _is_reciprocal_act(act, rule: OccasionAct) -> bool:
    """The act's object (or passive subject) is a document signed between two parties, prepared
    "for signing" where the rule asks for a purpose."""
    for child in act.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in rule.objects:
            if not rule.purpose:
                return True
            if any(
                prep.lower_ == "for" and any(obj.lemma_.lower() in rule.purpose for obj in prep.children)
                for prep in child.children
            ):
                return True
    return False


def _sides(act, actor_mentions: list, occasion: EventMention) -> Optional[tuple]:
    """The two sides of a reciprocal act the event finder left uncoded: the occasion's participants
    when the act names no actor ("agreements will be signed"), two actors its subject names jointly
    ("the two sides are preparing documents for signing"); None when the subject names one actor
    (whose partner the sentence does not say)."""
    spans = [(t.left_edge.i, t.right_edge.i) for t in act.children if t.dep_ in _SUBJECTS]
    own = [m for m in actor_mentions for start, end in spans if start <= m.head <= end]
    if not own:
        return list(occasion.source), list(occasion.target)
    distinct = list({m.actor.code: m for m in own}.values())
    if len(distinct) != 2:
        return None
    return [distinct[0]], [distinct[1]]


def _sentence_index(document: Document, token_index: int) -> int:
    for index, sentence in enumerate(document.sentences):
        if sentence.start <= token_index < sentence.end:
            return index
    return -1


def _participants(mention: EventMention) -> frozenset:
    return frozenset(m.actor.code for m in mention.source + mention.target)


def _occasion_event(mentions: list, codes, token_index: int, sentence_index: int) -> Optional[EventMention]:
    """The earliest event before ``token_index`` of the occasion's kinds with a source and a target,
    when all such events have the same participants; None when there is none or they differ."""
    found = [
        m for m in mentions
        if m.cameo in codes and m.source and m.target and m.trigger_token < token_index
        and m.sentence_index <= sentence_index
    ]
    if not found or len({_participants(m) for m in found}) != 1:
        return None
    return min(found, key=lambda m: m.trigger_token)


def _with_coordinated_partner(
    document: Document, mention: EventMention, actor_mentions: list, rules: OccasionRules
) -> EventMention:
    """``mention`` with the "with" partner of the verb it is coordinated with, when it has a source, no
    target, a bilateral code, and the partner is an actor other than its source."""
    if mention.target or not mention.source or mention.cameo not in rules.bilateral_codes:
        return mention
    trigger = document.doc[mention.trigger_token]
    if trigger.dep_ != "conj" or trigger.head.pos_ not in ("VERB", "AUX"):
        return mention
    if any(c.dep_ in ("dobj", "prep") and c.lower_ == "with" for c in trigger.children):
        return mention  # it has a "with" phrase of its own
    partner = _with_partner(trigger.head)
    if partner is None:
        return mention
    start, end = partner.left_edge.i, partner.right_edge.i
    sources = {m.actor.code for m in mention.source}
    found = [m for m in actor_mentions if start <= m.head <= end and m.actor.code not in sources]
    if not found:
        return mention
    return replace(mention, target=found[:1])


def _with_partner(verb):
    """The object of "with" on ``verb`` or on its direct object ("hold negotiations with X")."""
    places = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for place in places:
        for prep in place.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return None


def _with_mediated_parties(document: Document, mention: EventMention, mentions: list, rules: OccasionRules) -> EventMention:
    """A broker's act with a source and no target, aimed at the parties of the act it brokered (see
    occasions.yaml: mediation_codes); ``mention`` unchanged when no such act is found."""
    if mention.cameo not in rules.mediation_codes or mention.target or not mention.source:
        return mention
    brokered = _brokered_noun(document.doc[mention.trigger_token])
    if brokered is None:
        return mention  # "offered to mediate": nothing brokered is named
    by_trigger: dict = {}
    for other in mentions:
        if other.cameo not in rules.mediation_codes:
            by_trigger.setdefault(other.trigger_token, []).append(other)
    mediators = {m.actor.code for m in mention.source}
    # the act the brokered noun belongs to: the noun itself or a word above it in the same sentence
    node = brokered
    while True:
        # the act is the word or, under a support verb, its object ("carried out a prisoner exchange")
        acts = list(by_trigger.get(node.i, ()))
        acts += [a for c in node.children if c.dep_ == "dobj" for a in by_trigger.get(c.i, ())]
        parties = _parties(acts, mediators)
        if parties:
            return replace(mention, target=parties)
        if node.head.i == node.i or node.dep_ in ("ccomp", "parataxis"):
            break
        node = node.head
    if not _definite(brokered):
        return mention
    # "the talks were mediated by Norway": the nearest earlier brokered kind of act of this or the two sentences before
    earlier = [
        m for m in mentions
        if m.cameo in rules.mediated_codes and m.trigger_token < mention.trigger_token
        and mention.sentence_index - 2 <= m.sentence_index <= mention.sentence_index
    ]
    for other in sorted(earlier, key=lambda m: m.trigger_token, reverse=True):
        parties = _parties(by_trigger.get(other.trigger_token, ()), mediators)
        if parties:
            return replace(mention, target=parties)
    return mention


def _brokered_noun(trigger):
    """What a broker verb brokered: the noun it describes ("talks brokered by"), its object ("brokered the
    talks") or its passive subject ("the talks were mediated by")."""
    if trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        return trigger.head
    for dep in ("dobj", "nsubjpass"):
        found = [c for c in trigger.children if c.dep_ == dep]
        if found:
            return found[0]
    return None


def _parties(acts, mediators: set) -> list:
    """The distinct actors of ``acts`` (sources and targets) other than the mediators."""
    parties: dict = {}
    for act in acts:
        for m in act.source + act.target:
            if m.actor.code not in mediators:
                parties.setdefault(m.actor.code, m)
    return list(parties.values())
