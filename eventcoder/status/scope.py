"""Which words govern an event trigger: the path from the trigger up its dependency tree.

Both status cues and date expressions count only when they sit on this path (or modify a word
on it). The path climbs from the trigger through

- ``xcomp`` / ``acomp`` heads (kind "clause"): "is scheduled to visit", "is due to visit"; so are
  the heads of "for X to do" clauses ("called for Russia to reciprocate");
- ``conj`` heads when the conjunct has no subject of its own (kind "conj"): "met and signed";
- the verb of a noun trigger (kind "object" for dobj / nsubjpass, "subject" for nsubj):
  "pay a visit", "the visit was cancelled", "talks will take place";
- a complement preposition to its head (kind "prep"): "accused Iran of attacking"; so are "by" and
  "at" with a gerund ("may provoke Washington by buying missiles": the buying shares the modal;
  "aimed at raising revenue", "must be united in condemning") and "including" under a noun (a member of a list shares the list's
  doubt or denial: "prepared for eventualities, including a retreat");
- an adjunct preposition to its head (kind "adjunct", the last link): "under a deal in 2007" —
  only its date counts for the noun, not its cues ("will withdraw after the attack");

and from an "including" phrase to the verb it lists acts of (kind "prep": "sanctioned for X, including
by targeting journalists"), and through a noun's content clause (kind "content": "denied reports that troops crossed"; above it,
as above a reporting verb, only lemmas count), and stops after a ``ccomp`` head (kind "report", the last link): the reporting verb's own lemma
can still be a cue ("denied that", "claimed that") but its negation, modality and date belong to
the saying, not to the event ("did not say it would attack", "said on Friday").
Relative clauses, adverbial clauses, acl modifiers, parataxis and appositions end the path.
"""

from __future__ import annotations

from typing import NamedTuple

MAX_DEPTH = 8
# Prepositions that introduce a complement of their head ("accused of", "talks on", "refrained
# from"); any other preposition starts an adjunct ("under a deal", "after the attack").
COMPLEMENT_PREPOSITIONS = frozenset(
    {"of", "for", "to", "from", "with", "about", "on", "over", "into", "without", "against"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Prepositions that link a list member to its list noun: "eventualities, including a retreat".
MEMBER_PREPOSITIONS = frozenset({"including"})
# Verbs that hold a judgement or a rank ("was the first to", "became the first leader to").
EVALUATING_VERBS = frozenset({"be", "seem", "become", "remain", "appear"})
_RANK_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "next"})


def is_complement_link(preposition, obj) -> bool:
    """Whether ``obj`` (pobj / pcomp of ``preposition``) is a complement of the preposition's head,
    so that the head's cues reach it: "accused X of attacking", "by attacking", "including a retreat"."""
    word = preposition.lower_
    if word == "with" and obj.pos_ in ("VERB", "AUX") and any(child.dep_ in SUBJECT_DEPS for child in obj.children):
        # An absolute clause with a subject of its own is an adjunct: "called for calm, with both
        # sides being accused of killing civilians" (the accusing is not called for).
        return False
    if word in COMPLEMENT_PREPOSITIONS:
        return True
    if word == "behind":
        # "accused Russia of being behind the attack": who was behind it is the predicate.
        return preposition.head.lemma_ == "be"
    if word in ("by", "at", "in"):
        # Manner or aim with a gerund: "tease the US by buying missiles", "aimed at raising revenue",
        # "united in condemning".
        return obj.dep_ == "pcomp" and obj.tag_ == "VBG"
    return word in MEMBER_PREPOSITIONS and preposition.head.pos_ in ("NOUN", "PROPN")


def _listing_object(preposition):
    """The direct object a member preposition hung on a verb lists members of, or None: "committed war crimes,
    including the execution of civilians" ("including" on "committed", a member of "crimes")."""
    verb = preposition.head
    if preposition.lower_ not in MEMBER_PREPOSITIONS or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((child for child in verb.children if child.dep_ == "dobj" and child.i < preposition.i
                 and child.pos_ in ("NOUN", "PROPN")), None)


def is_infinitive(verb) -> bool:
    """Whether ``verb`` is a bare verb with the infinitive marker "to" ("to support")."""
    return verb.tag_ == "VB" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _is_for_infinitive(verb) -> bool:
    """Whether ``verb`` heads a "for X to do" clause the parser calls adverbial: it complements its
    head ("called for Russia to reciprocate", "it is necessary for the army to withdraw")."""
    return verb.dep_ == "advcl" and is_infinitive(verb) and any(
        child.dep_ == "mark" and child.lower_ == "for" for child in verb.children
    )


class Governor(NamedTuple):
    token: object  # spacy.tokens.Token
    kind: str  # self | clause | conj | object | subject | prep | adjunct | content | report
    via: object = None  # the word it governs on the chain; the preposition for "prep" / "adjunct"


def governing_chain(token) -> list[Governor]:
    """The trigger and the words that govern it, nearest first (see the module docstring)."""
    chain = [Governor(token, "self")]
    current = token
    for _ in range(MAX_DEPTH):
        head = current.head
        if head is current or head.i == current.i:
            break
        dep = current.dep_
        if dep == "amod" and current.tag_ == "VBG" and head.dep_ == "pobj" and len(chain) == 1:
            # The parser's reading of "accused the police of beating protesters": the gerund
            # as an adjective of its own object. Climb as if it were the preposition's complement.
            current = head
            continue
        if dep in ("xcomp", "acomp", "oprd") or _is_for_infinitive(current):
            chain.append(Governor(head, "clause", current))
        elif dep == "conj":
            if any(child.dep_ in SUBJECT_DEPS for child in current.children):
                break
            chain.append(Governor(head, "conj", current))
        elif dep in ("dobj", "nsubjpass", "attr", "dative"):
            chain.append(Governor(head, "object", current))
        elif dep == "nsubj":
            chain.append(Governor(head, "subject", current))
        elif dep in ("pobj", "pcomp") and head.dep_ in ("prep", "agent") and head.head.i != head.i:
            if is_complement_link(head, current):
                chain.append(Governor(head.head, "prep", head))
                current = head.head
                continue
            listed = _listing_object(head)
            if listed is not None:
                # The parser hangs "including" on the verb of the list noun it follows: "committed war
                # crimes in Bucha, including the execution of civilians" (a member of the crimes, session 23).
                chain.append(Governor(listed, "prep", head))
                current = listed
                continue
            # An adjunct phrase ("under a deal", "after the attack") belongs to another event:
            # its verb may lend a date but none of its cues, and the path ends there.
            chain.append(Governor(head.head, "adjunct", head))
            break
        elif dep == "prep" and current.lower_ in MEMBER_PREPOSITIONS and head.pos_ in ("VERB", "AUX") and len(chain) > 1:
            # A member of a verb's acts: "sanctioned in 2024 for undermining democracy, including by
            # targeting journalists" (the targeting is what was sanctioned, and no later than 2024).
            chain.append(Governor(head, "prep", current))
        elif dep in ("ccomp", "acl") and head.pos_ in ("NOUN", "PROPN") and any(
            child.dep_ == "mark" and child.lower_ == "that" for child in current.children
        ):
            # A content clause of a noun: "denied reports that troops had crossed",
            # "allegations that police beat protesters". Climb on through the noun.
            chain.append(Governor(head, "content", current))
        elif dep == "ccomp":
            chain.append(Governor(head, "report", current))
            break
        else:
            break
        current = head
    return chain


def rank_verb(infinitive):
    """The verb that holds a rank an infinitive completes ("become" in "will become the first leader to visit"), or
    None. The parser hangs the infinitive on the ranked noun, or on the copula when a phrase comes between."""
    if infinitive.tag_ != "VB":
        return None
    head = infinitive.head
    if infinitive.dep_ in ("acl", "relcl") and is_ranked(head) and head.dep_ in ("attr", "acomp", "oprd"):
        return head.head
    if (infinitive.dep_ == "advcl" and head.lemma_.lower() in EVALUATING_VERBS
            and any(child.dep_ in ("attr", "acomp") and is_ranked(child) for child in head.children)):
        return head
    return None


def is_ranked(noun) -> bool:
    """"the first / third / only / last country to ..." and "was the first to reject" state a
    fact, not an intention."""
    if noun.pos_ == "ADJ" and _is_rank_word(noun):
        return True
    return any(child.dep_ == "amod" and _is_rank_word(child) for child in noun.children)


def _is_rank_word(word) -> bool:
    return word.tag_ == "JJS" or word.ent_type_ == "ORDINAL" or word.lower_ in _RANK_WORDS
