"""Earlier mentions of an event in a story: wire copy gives an event's day once, in the lead, and
a later sentence that names the same event again leaves it out ("Greece and Egypt signed an
agreement on Thursday ... The deal was signed in Cairo", "militants stormed the train on Tuesday
... claimed responsibility for the attack").

Only the forms that refer back are followed: a noun with a definite determiner ("the attack",
"the strikes") and a passive verb ("was signed"). An active verb used again is more often a new
act of the same kind in long news stories ("ordered a new trial", "has now tightened
restrictions"), and so are plural or counted nouns ("several recent attacks"). The nearest earlier
noun or verb with the trigger's lemma, at most ``_MAX_SENTENCES_BACK`` sentences back, is taken for
the same event when it is what its own sentence reports; the resolver lends its date."""

from __future__ import annotations

import bisect

import numpy
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NOUN, VERB

from .expressions import sentence_spans, sentence_starts

_MEMO_KEY = "eventcoder.dates.lemmas"
_EVENT_POS = frozenset({NOUN, VERB})
_NOUN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "ROOT"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Later mentions farther back than this are more often another event of the same kind.
_MAX_SENTENCES_BACK = 3


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
