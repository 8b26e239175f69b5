"""Earlier mentions of an event in a story: wire copy gives an event's day once, in the lead, and
a later sentence that names the same event again leaves it out ("Greece and Egypt signed an
agreement on Thursday ... The deal was signed in Cairo", "militants stormed the train on Tuesday
... claimed responsibility for the attack").

Only the forms that refer back are followed: a noun with a definite determiner ("the attack",
"the strikes") and a passive verb ("was signed"). An active verb used again is more often a new
act of the same kind in long news stories ("ordered a new trial", "has now tightened
restrictions"), and so are plural or counted nouns ("several recent attacks"). The nearest earlier
noun or verb with the trigger's lemma, at most ``_MAX_SENTENCES_BACK`` sentences back, is taken for
the same event when it is what its own sentence reports; the resolver lends its date.

A later mention may also use another word of the same kind (session 22, ``family_mention``; the
families in ``mentions.yaml``): "A car bomb exploded in Kandahar on Tuesday ... **The blast** killed 12
policemen": the blast is Tuesday's explosion, and so is the killing it did (a simple-past verb whose
subject is such a noun, or a past passive "were killed in the blast")."""

from __future__ import annotations

import bisect
import functools
from pathlib import Path

import numpy
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NOUN, VERB

from ..datafiles import key_lines, read_yaml
from ..errors import DataFileError
from .expressions import sentence_spans, sentence_starts

FAMILIES_PATH = Path(__file__).with_name("mentions.yaml")

_MEMO_KEY = "eventcoder.dates.lemmas"
_EVENT_POS = frozenset({NOUN, VERB})
_NOUN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "ROOT"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Later mentions farther back than this are more often another event of the same kind.
_MAX_SENTENCES_BACK = 3
# A story names an event's day again at most this many sentences after a lead that leaves it out.
_MAX_SENTENCES_FORWARD = 1


def earlier_mention(doc, token_index: int, reporting_verbs: frozenset = frozenset()):
    """The word of an earlier sentence that names the same event as ``doc[token_index]``, or None.

    ``doc[token_index]`` must refer back (``_refers_back``) from a sentence with no date-like
    words of its own, and must not be a verb of saying (``reporting_verbs``: "told Politico" is
    another saying). The match is the nearest noun or verb with the same lemma (and particle) in
    the ``_MAX_SENTENCES_BACK`` sentences before, and only when it is what its own sentence
    reports (``_is_reported_event``). The lemma and part-of-speech columns are read once per Doc
    (``doc.user_data``), and only for documents that ask."""
    token = doc[token_index]
    if token.pos not in _EVENT_POS or not _refers_back(token) or token.lemma_.lower() in reporting_verbs:
        return None
    starts = sentence_starts(doc)
    sentence = bisect.bisect_right(starts, token_index) - 1
    if sentence == 0 or any(start == 0 or doc[start - 1].lower_ not in ("after", "before")
                            for start, _ in sentence_spans(doc, token_index)):
        # The first sentence, or one with date words of its own ("Days later, ..."); a length
        # counted from another event is none ("signed after months of negotiations").
        return None
    columns = doc.user_data.get(_MEMO_KEY)
    if columns is None:
        columns = doc.user_data[_MEMO_KEY] = doc.to_array([LEMMA, POS])
    first = starts[max(0, sentence - _MAX_SENTENCES_BACK)]
    before = columns[first : starts[sentence]]
    same = before[:, 0] == columns[token_index, 0]
    if not same.any():
        return None
    for index in numpy.flatnonzero(same)[::-1]:
        if before[index, 1] in _EVENT_POS:
            earlier = doc[first + int(index)]
            # One noun for one noun: "the strikes" for "air strikes", not "attacks" for "an attack".
            same_number = token.pos != NOUN or earlier.pos != NOUN or earlier.tag_ == token.tag_
            same_kind = same_number and _particle(earlier) == _particle(token)
            return earlier if same_kind and _is_reported_event(earlier) else None
    return None


@functools.lru_cache(maxsize=1)
def event_families() -> dict[str, str]:
    """Each lemma of ``mentions.yaml`` and the name of its family, loaded once; DataFileError naming the
    file and line of a bad entry."""
    data, node = read_yaml(FAMILIES_PATH, "event families")
    if not isinstance(data, dict):
        raise DataFileError(FAMILIES_PATH, 1, "expected a mapping of family names to lists of lemmas")
    lines = key_lines(node)
    families = {}
    for name, words in data.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise DataFileError(FAMILIES_PATH, lines.get(name), f"{name!r} must be a non-empty list of lemmas")
        families.update((word.strip().lower(), name) for word in words)
    return families


def family_mention(doc, token_index: int, reporting_verbs: frozenset = frozenset()):
    """The word of an earlier sentence that names, with another word of its kind, the event
    ``doc[token_index]`` is or did, or None.

    The word that refers back is ``doc[token_index]`` itself, a definite noun of a family ("the
    blast"), or such a noun as the subject of a simple-past verb ("the blast **killed** 12") or the
    cause of a past passive ("12 were **killed** in the blast"). As for ``earlier_mention``, the
    sentence has no date-like words of its own, and the nearest earlier noun or verb of the family
    (``event_families``) at most ``_MAX_SENTENCES_BACK`` sentences back must be what its own sentence
    reports; one noun for one noun ("the attacks" is not "an attack")."""
    token = doc[token_index]
    families = event_families()
    referring = None
    if token.pos == NOUN:
        referring = token
    elif token.pos == VERB and token.lemma_.lower() not in reporting_verbs:
        if token.tag_ == "VBD":
            referring = next((child for child in token.children if child.dep_ == "nsubj"), None)
        elif token.tag_ == "VBN" and any(child.dep_ == "auxpass" and child.lower_ in ("was", "were")
                                         for child in token.children):
            referring = next((grandchild for child in token.children
                              if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by")
                              for grandchild in child.children if grandchild.dep_ == "pobj"), None)
    if referring is None or referring.pos != NOUN or not _refers_back(referring):
        return None
    family = families.get(referring.lemma_.lower())
    if family is None:
        return None
    starts = sentence_starts(doc)
    sentence = bisect.bisect_right(starts, token_index) - 1
    if sentence == 0 or any(start == 0 or doc[start - 1].lower_ not in ("after", "before")
                            for start, _ in sentence_spans(doc, token_index)):
        return None
    columns = doc.user_data.get(_MEMO_KEY)
    if columns is None:
        columns = doc.user_data[_MEMO_KEY] = doc.to_array([LEMMA, POS])
    first = starts[max(0, sentence - _MAX_SENTENCES_BACK)]
    before = columns[first : starts[sentence]]
    strings = doc.vocab.strings
    kin = numpy.array([strings[lemma] for lemma, name in families.items() if name == family], dtype=before.dtype)
    for index in numpy.flatnonzero(numpy.isin(before[:, 0], kin))[::-1]:
        if before[index, 1] in _EVENT_POS:
            earlier = doc[first + int(index)]
            same_number = earlier.pos != NOUN or earlier.tag_ == referring.tag_
            return earlier if same_number and _is_reported_event(earlier) else None
    return None


def later_mention(doc, token_index: int, reporting_verbs: frozenset = frozenset()):
    """The first word of the ``_MAX_SENTENCES_FORWARD`` sentences after ``doc[token_index]``'s that names the
    same event again and refers back to it, or None (session 23): a definite noun or a passive verb with the
    trigger's lemma or of its family ("claimed responsibility for a car bombing in Kabul ... The blast near
    the embassy on Thursday killed 12"; "said it had detained an American ... Kessler was caught on Monday").
    The caller takes its date only when that mention has one of its own."""
    token = doc[token_index]
    if token.pos not in _EVENT_POS or token.lemma_.lower() in reporting_verbs:
        return None
    families = event_families()
    lemma = token.lemma_.lower()
    family = families.get(lemma)
    starts = sentence_starts(doc)
    sentence = bisect.bisect_right(starts, token_index) - 1
    first = starts[sentence + 1] if sentence + 1 < len(starts) else len(doc)
    last = starts[sentence + 1 + _MAX_SENTENCES_FORWARD] if sentence + 1 + _MAX_SENTENCES_FORWARD < len(starts) else len(doc)
    for later in doc[first:last]:
        if later.pos not in _EVENT_POS or later.lemma_.lower() in reporting_verbs:
            continue
        kin = later.lemma_.lower() == lemma or (family is not None and families.get(later.lemma_.lower()) == family)
        if kin and _refers_back(later) and (later.pos != NOUN or token.pos != NOUN or later.tag_ == token.tag_) \
                and not _names_another(later) and (later.pos == NOUN or _same_patient(token, later)):
            return later
    return None


# Words on a mention or its patient that make it a further event, not the one told before
# ("Two other suspects were arrested on Friday", "a second blast").
_ANOTHER = frozenset({"other", "another", "second", "more", "further", "separate", "new", "additional"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them"})


def _names_another(mention) -> bool:
    """Whether the mention or one of its arguments is marked as a further one ("another", "other", "second")."""
    heads = [mention] + [child for child in mention.children if child.dep_ in ("nsubjpass", "dobj", "nsubj")]
    return any(child.lower_ in _ANOTHER for head in heads for child in head.children
               if child.dep_ in ("amod", "det", "nummod", "advmod"))


def _same_patient(deed, mention) -> bool:
    """Whether a passive mention is done to the deed's own object: the same noun, a pronoun, or a name for
    a person the deed names by a common noun ("detained an American citizen ... Kessler was caught").
    A different thing ("attacked a police station ... A checkpoint was attacked") is another deed."""
    patient = next((child for child in mention.children if child.dep_ == "nsubjpass"), None)
    target = next((child for child in deed.children if child.dep_ in ("dobj", "nsubjpass")), None)
    if patient is None or target is None:
        return False
    if patient.lower_ in _PRONOUNS or patient.lemma_.lower() == target.lemma_.lower():
        return True
    return patient.pos_ == "PROPN" and target.pos_ == "NOUN" and target.tag_ == "NN" and patient.ent_type_ == "PERSON"


def _refers_back(token) -> bool:
    """A definite noun ("the attack", "the strikes") or a passive verb ("the deal was signed")."""
    if token.pos == NOUN:
        return any(child.dep_ == "det" and child.lower_ in _DEFINITE for child in token.children) and not any(
            child.dep_ in ("nummod", "amod") and child.lower_ in ("several", "other", "recent", "previous", "earlier",
                                                                 "new", "further", "separate", "similar", "latest")
            for child in token.children)
    return any(child.dep_ == "auxpass" for child in token.children)


def _particle(token) -> str:
    """The verb's particle ("turned down" is not "turned over"), or ""."""
    return next((child.lower_ for child in token.children if child.dep_ == "prt"), "")


def _is_reported_event(token) -> bool:
    """Whether a word is what its sentence reports, not a clause about something else: a main verb
    or its conjunct ("signed an agreement on Thursday"), or a noun argument ("the attack on
    Tuesday"). Not "a year after it was agreed" or "a deal that was signed in 2015": another event."""
    if token.pos == VERB:
        return token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT")
    return token.dep_ in _NOUN_ARGUMENTS and token.head.dep_ in ("ROOT", "conj", "prep", "agent")
