"""Running and repeated acts: an undated act that lasts or repeats has no single day.

The publication date stands in for the day of an undated deed the news reports ("troops shelled
the town", "troops are shelling Kharkiv"). It is a fake day for an act the sentence tells as running
over a period or repeated ("are providing military support", "has been fighting an insurgency",
"continues to back the rebels", "the group opposes the deal", "have held several phone
conversations", "brokering rounds of talks", "repeatedly attacked"). ``running_or_repeated`` finds
the words that say so; the resolver then gives no point date (precision unknown) and keeps those
words as the date text, as it does for a duration ("over the past four years").

Word lists: ``aspect.yaml`` beside this module.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Optional, Union

from ..datafiles import read_word_lists
from ..status.scope import governing_chain

ASPECT_PATH = Path(__file__).with_name("aspect.yaml")
_KEYS = ("count_words", "count_nouns", "plural_count_nouns", "repeat_adverbs", "lasting_adverbs", "continuing_verbs", "lasting_acts")
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
_PRESENT_HAVE = frozenset({"has", "have", "'s", "'ve", "’s", "’ve"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "dozen", "dozens", "hundreds"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "compound"})
# Length units of a frame that has lasted: "Syria's six-year-old conflict", "a decade-long war".
_FRAME_UNITS = frozenset({"week", "month", "year", "decade", "weeks", "months", "years", "decades"})


@dataclass(frozen=True)
class AspectRules:
    """The word lists of ``aspect.yaml`` (lemmas): see that file for what each one means."""

    count_words: frozenset
    count_nouns: frozenset
    plural_count_nouns: frozenset
    repeat_adverbs: frozenset
    lasting_adverbs: frozenset
    continuing_verbs: frozenset
    lasting_acts: frozenset
    path: str = str(ASPECT_PATH)

    @classmethod
    def load(cls, path: Optional[Union[str, Path]] = None) -> "AspectRules":
        """Read and validate an aspect YAML file; raise DataFileError naming the file and line."""
        path = Path(path) if path is not None else ASPECT_PATH
        lists, _ = read_word_lists(path, "date aspect rules", _KEYS)
        return cls(**{key: frozenset(words) for key, words in lists.items()}, path=str(path))


@functools.lru_cache(maxsize=1)
def default_aspect_rules() -> AspectRules:
    """The packaged lists, loaded once per process."""
    return AspectRules.load()


class Aspect(NamedTuple):
    """Words saying an act runs or repeats: their text and character offsets, and which it is."""

    text: str
    start: int
    end: int
    kind: str  # "running" or "repeated": the event's date_source, in place of a day


def _aspect(doc, first: int, last: int, kind: str) -> Aspect:
    span = doc[first : last + 1]
    return Aspect(span.text, span.start_char, span.end_char, kind)


def _event_verb(trigger, support_verbs: frozenset, rules: AspectRules):
    """The verb whose tense tells the trigger's time: the trigger itself, or the nearest verb
    governing a noun trigger when that verb carries the noun's act ("have held phone conversations",
    "have a strategic partnership") or is a lasting one ("are involved in negotiations"). Any other
    verb over a noun says nothing of the act's time ("the killing of demonstrators is unacceptable",
    "this marks his second visit")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    for governor in governing_chain(trigger)[1:]:
        if governor.kind in ("report", "content"):
            return None
        verb = governor.token
        if verb.pos_ in ("VERB", "AUX"):
            lemma = verb.lemma_.lower()
            carries = governor.kind in ("object", "subject") and lemma in support_verbs
            return verb if carries or lemma in rules.lasting_acts else None
    return None


def _auxiliaries(verb) -> list:
    """The verb's auxiliaries; a bare conjunct shares its head's ("are fighting and supplying")."""
    own = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if own or verb.dep_ != "conj" or any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return own
    return [child for child in verb.head.children if child.dep_ in ("aux", "auxpass")]


def _tense(verb) -> Optional[str]:
    """"perfect_progressive", "perfect", "progressive", "present" (simple, active or passive), or
    None for a past, modal or non-finite verb."""
    auxes = _auxiliaries(verb)
    words = [aux.lower_ for aux in auxes]
    if any(aux.tag_ in ("VBD", "MD") for aux in auxes) or verb.tag_ == "VBD":
        return None
    if words and words[0] in _PRESENT_HAVE and auxes[0].lemma_ == "have":
        return "perfect_progressive" if verb.tag_ == "VBG" and "been" in words else "perfect"
    if words and words[0] in _PRESENT_BE:
        if verb.tag_ == "VBG":
            return "progressive"
        return "present" if verb.tag_ == "VBN" and auxes[0].dep_ == "auxpass" else None
    if not words and verb.tag_ in ("VBZ", "VBP") and (verb.tag_ == "VBP" or verb.lower_.endswith("s")) and (
            verb.dep_ not in _ARGUMENT_DEPS):
        # (a VBZ tag on a word without "-s", "Russia leapt", is the tagger's slip on a past form,
        # and so is one on a noun argument: "last year's protests over the war, has prompted")
        return "present"
    return None


def _counted(noun, verb, tense: Optional[str], rules: AspectRules) -> Optional[Aspect]:
    """The words counting a plural event noun: "several phone conversations", "rounds of talks",
    "numerous attacks"; a number only in the perfect ("have held eight meetings")."""
    doc = noun.doc
    for child in noun.children:
        if child.dep_ in ("amod", "nummod", "det", "quantmod") and child.lemma_.lower() in rules.count_words:
            return _aspect(doc, child.i, child.i, "repeated")
        if (child.dep_ == "nummod" and noun.tag_ == "NNS" and tense in ("perfect", "perfect_progressive")
                and (child.like_num or child.lower_ in _NUMBER_WORDS) and child.lower_ not in ("one", "1")):
            return _aspect(doc, child.i, child.i, "repeated")
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        counter = head.head
        lemma = counter.lemma_.lower()
        if lemma in rules.count_nouns or (lemma in rules.plural_count_nouns and counter.tag_ == "NNS"):
            first = min([counter.i] + [child.i for child in counter.children if child.dep_ in ("det", "amod", "nummod")
                                       and child.tag_ != "VBG" and child.i < counter.i])
            return _aspect(doc, first, head.i, "repeated")
    return None


def _repeated(verb, tense: Optional[str], rules: AspectRules) -> Optional[Aspect]:
    """An adverb of repetition on the verb: "repeatedly attacked", "have met several times" (a
    count of times only in the present or perfect: "shot them several times" is one deed)."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in rules.repeat_adverbs:
            return _aspect(doc, child.i, child.i, "repeated")
        if child.dep_ in ("npadvmod", "dobj") and child.lower_ == "times" and tense is not None and any(
                grand.lower_ in rules.count_words or grand.like_num or grand.lower_ in _NUMBER_WORDS
                for grand in child.children if grand.dep_ in ("amod", "nummod", "quantmod")):
            return _aspect(doc, child.left_edge.i, child.i, "repeated")
    return None


def _frame(verb) -> Optional[Aspect]:
    """A lasting frame in the verb's clause: "in Syria's six-year-old conflict", "a decade-long war"."""
    for token in verb.subtree:
        if token.lower_ in ("old", "long") and token.dep_ == "amod" and any(
                child.lower_ in _FRAME_UNITS for child in token.children) and token.head.pos_ == "NOUN":
            noun = token.head
            first = min(child.i for child in token.subtree)
            return _aspect(verb.doc, first, noun.i, "running")
        if token.lower_ in ("years-long", "decades-long", "months-long", "decade-long", "year-long") and token.head.pos_ == "NOUN":
            return _aspect(verb.doc, token.i, token.head.i, "running")
    return None


def running_or_repeated(trigger, is_statement: bool, support_verbs: frozenset,
                        rules: Optional[AspectRules] = None) -> Optional[Aspect]:
    """The words saying an undated event runs over a period or repeats, or None.

    Repeated (any tense): a counted event noun ("held several phone conversations", "rounds of
    talks") or an adverb of repetition ("repeatedly attacked"). Running (present or perfect only):
    a perfect progressive ("has been fighting"), a continuing verb ("continues to back"), a lasting
    adverb ("has long backed"), the simple present of a deed that is no statement ("the group
    targets convoys", "the law bans": a state or a habit; a statement in the present, "we urge", is
    said that day), the present of a lasting act ("are providing military support", "are involved
    in negotiations", "the group opposes the deal"), and the progressive in a lasting frame ("in
    Syria's six-year-old conflict"); the progressive of a deed stays the day's ("troops are
    shelling Kharkiv").
    ``is_statement``: the event is an act of saying (reports.yaml ``statement_codes``).
    ``support_verbs``: verbs that carry a noun's event ("held several meetings"; the status cues').
    """
    rules = rules or default_aspect_rules()
    verb = _event_verb(trigger, support_verbs, rules)
    tense = _tense(verb) if verb is not None else None
    if trigger.pos_ in ("NOUN", "PROPN"):
        counted = _counted(trigger, verb, tense, rules)
        if counted is not None:
            return counted
    elif verb is not None and verb.lemma_.lower() in support_verbs:
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "NOUN":
                counted = _counted(child, verb, tense, rules)
                if counted is not None:
                    return counted
    if verb is None:
        return None
    repeated = _repeated(verb, tense, rules)
    if repeated is not None:
        return repeated
    # A continuing verb above the trigger: "continues to back the rebels", "has kept shelling".
    for governor in governing_chain(verb)[1:]:
        if governor.kind != "clause":
            break
        if governor.token.lemma_.lower() in rules.continuing_verbs and _tense(governor.token) is not None:
            return _verb_group(governor.token)
    if tense is None:
        return None
    if tense == "perfect_progressive":
        return _verb_group(verb)
    lasting_adverb = next((child for child in verb.children
                           if child.dep_ == "advmod" and child.lower_ in rules.lasting_adverbs), None)
    if lasting_adverb is not None:
        return _verb_group(verb)
    if tense == "perfect":
        return None
    lasting = verb.lemma_.lower() in rules.lasting_acts or trigger.lemma_.lower() in rules.lasting_acts
    if lasting or (tense == "present" and not is_statement):
        return _verb_group(verb)
    if tense in ("progressive", "present"):
        return _frame(verb)
    return None


def _verb_group(verb) -> Aspect:
    """The verb with its auxiliaries and adverbs before it: "are both providing", "has long backed"."""
    first = min([verb.i] + [child.i for child in _auxiliaries(verb) if child.i < verb.i])
    return _aspect(verb.doc, first, verb.i, "running")
