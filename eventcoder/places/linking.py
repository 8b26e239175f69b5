"""Link an event to where it happened: the place attached to its trigger, not any place in the sentence.

Ranks, best first (a place must be in the event's sentence):
  0. attached to the trigger: its object ("attacked Aleppo", "used Nojeh air base") or a locative
     preposition under it ("strikes in Syria"; "to" only for visits and travel: "visit to Russia");
  1. the same, under the verb that governs a noun trigger ("launched strikes in Syria");
  2. inside the trigger's phrase without crossing another verb, e.g. the target's phrase
     ("strikes against armed groups in Syria");
  3. inside the trigger's phrase across another verb, or under a verb above the trigger;
  4. elsewhere in the sentence, in a locative phrase ("In Kabul, ... ").
Within a rank the more specific place wins (point, city, region, country), then the nearer one.
Places that are subjects or possessors ("Turkey shelled", "Syria's army") are actors, not places.

Country precision: the Location carries the country's representative point with precision
"country"; it must not be read as a city or a point.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ..records import ActorMention, Document, EventMention, Location
from .cues import PlaceCues
from .gazetteer import Gazetteer
from .toponyms import Toponym, document_toponyms

UNKNOWN = Location(None, None, None, None, None, "unknown")

NOT_A_PLACE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
DISTANCE_PHRASE_DEPS = frozenset({"npadvmod", "pobj", "dobj", "advmod", "appos"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
CONTINUING_CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp", "acl"})
SPECIFICITY = {"point": 0, "city": 1, "region": 2, "country": 3}
UNRESOLVED_SPECIFICITY = 0.5
# A quarter or suburb of our own list (a city-precision alias: "Adhamiyah") lies inside a GeoNames city:
# "Baghdad's neighborhood of Adhamiyah" is placed at the quarter, not at the word nearer the trigger.
QUARTER_SPECIFICITY = 0.75
MAX_RANK = 4


MODIFIER = "modifier"
MAX_CLIMB = 12


def _noun_in(token, words) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def _attachment(token, cues: PlaceCues):
    """Climb from a place's head over appositions, conjunctions, compounds and "city of X" chains.

    Returns (token, preposition, qualifier_hops): the token that attaches the place phrase, the
    preposition that introduces it (None when the place is a bare argument, e.g. a direct object)
    and how many times the climb passed through an apposition or a distance phrase, i.e. how far
    the place is a qualifier of another place ("Amara, south of Baghdad": Baghdad has one).
    """
    current = token
    hops = 0
    for _ in range(MAX_CLIMB):
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            return current, None, hops
        if dep in ("appos", "conj") and head.pos_ in ("PROPN", "NOUN"):
            current = head
            hops += 1
            continue
        if dep in ("compound", "nmod", "amod", "npadvmod", "poss") and head.pos_ in ("PROPN", "NOUN"):
            if (head.pos_ == "PROPN" and dep != "poss") or _noun_in(head, cues.locating_nouns):
                # "Baghdad neighbourhood", "a Hong Kong hotel", "Syria's conflict", "Gaza City"
                current = head
                continue
            # "U.S. airstrike", "Los Angeles television station", "Syria's army": not a place here
            return current, MODIFIER, hops
        if dep == "pobj" and head.dep_ == "prep":
            prep = head
            governor = prep.head
            if prep.lower_ == "of" and _noun_in(governor, cues.place_nouns):
                current = governor
                continue
            if governor.lower_ in cues.direction_nouns and governor.dep_ in DISTANCE_PHRASE_DEPS:
                # "20 km north of Baghdad": the place phrase is the distance phrase.
                current = governor
                hops += 1
                continue
            return current, prep, hops
        if dep == "pobj":
            return current, head, hops
        return current, None, hops
    return current, None, hops


def _settlement_phrase(token, cues: PlaceCues) -> bool:
    """Whether the name sits in "the town of X" or "X district" (then it is a place even if unknown)."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and _noun_in(head.head, cues.place_nouns):
        return True
    return token.dep_ in ("compound", "nmod") and _noun_in(head, cues.place_nouns)


def _governing_verb(trigger):
    """The verb a noun trigger depends on ("launched strikes" -> launched); None for verb triggers."""
    if trigger.pos_ in ("VERB", "AUX"):
        return None
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _is_travel(trigger, mention: EventMention, cues: PlaceCues) -> bool:
    return trigger.lemma_.lower() in cues.travel_lemmas or mention.cameo.startswith(cues.travel_cameo_prefixes)


def _path_to(token, ancestor) -> Optional[list]:
    """Tokens strictly between ``token`` and ``ancestor`` on the way up, or None if not an ancestor."""
    path = []
    node = token
    for _ in range(40):
        if node.head.i == node.i:
            return None
        node = node.head
        if node is ancestor or node.i == ancestor.i:
            return path
        path.append(node)
    return None


def _rank(toponym: Toponym, trigger, mention: EventMention, doc, cues: PlaceCues) -> Optional[int]:
    """How closely the place is attached to the event trigger (0 best); None if it is not a place here."""
    head = doc[toponym.token_start:toponym.token_end].root
    if toponym.token_start <= trigger.i < toponym.token_end:
        return None
    attach, prep, _ = _attachment(head, cues)
    if prep is MODIFIER:
        return None
    if toponym.place is None and prep is None and not _settlement_phrase(head, cues) and not (
        toponym.tagged_place and attach.dep_ == "dobj" and attach.head.lemma_.lower() in cues.place_object_verbs
    ):
        # An unknown bare name ("captured Abu Zubaydah") is more often a mis-tagged person, unless the
        # tagger called it a place and it is what a place-taking verb acted on ("captured Burdhubo").
        return None
    if attach.dep_ in NOT_A_PLACE_DEPS and prep is None:
        # The passive subject of the trigger is what the event happened to: "Gibraltar was captured",
        # "Grozny's streets are patrolled". Any other subject is an actor: "Turkey shelled".
        if not (attach.dep_ == "nsubjpass" and attach.head.i == trigger.i and not toponym.is_actor
                and trigger.lemma_.lower() in cues.place_object_verbs):
            return None  # "Arad was shot down": a person named like a town
        return 0
    governor = prep.head if prep is not None else attach.head
    word = prep.lower_ if prep is not None else None
    if word == "to" and governor.lower_ in cues.proximity_words:
        word = "near"  # "close to Jaffna"
        governor = governor.head if governor.dep_ in ("advmod", "amod", "acomp") else governor
    if toponym.is_actor:
        # An actor's name is a place only in a locative phrase ("talks in Moscow"), or as the
        # destination of a visit ("visit to Russia", "visited Russia"); "Moscow said" is an actor.
        travel = _is_travel(trigger, mention, cues) or (
            _governing_verb(trigger) is not None and _is_travel(_governing_verb(trigger), mention, cues)
        )
        destination = word in cues.destination_prepositions or attach.dep_ == "dobj"
        if not (word in cues.locative_prepositions or (travel and destination)):
            return None

    def locative(for_trigger) -> bool:
        if word is None:
            return attach.dep_ in ("dobj", "npadvmod", "attr", "oprd")
        if word in cues.locative_prepositions:
            return True
        return word in cues.destination_prepositions and _is_travel(for_trigger, mention, cues)

    if governor.i == trigger.i and locative(trigger):
        return 0
    verb = _governing_verb(trigger)
    if verb is not None and governor.i == verb.i and word is not None and locative(verb):
        return 1
    path = _path_to(head, trigger)
    if path is not None:
        if (word not in cues.locative_prepositions and word != "of"
                and not (word == "to" and _is_travel(trigger, mention, cues))):
            return None  # "from Abidjan" (an origin), "against Libya" (a target): not where it happened
        if any(node.dep_ == "prep" and node is not prep and (
                node.lower_ in cues.topic_prepositions
                or (node.lower_ in cues.talk_prepositions and _noun_in(node.head, cues.talk_nouns))) for node in path):
            return None  # what it was about: "talks on the crisis in Syria"
        verbs = [node for node in path if node.pos_ in ("VERB", "AUX")]
        if word == "of" and (verbs or any(node.dep_ in SUBJECT_DEPS for node in path)):
            return None  # "Sara Fischer of Sweden won", "the governor of Anbar, who escaped": an origin or a role
        if any(node.dep_ in SUBJECT_DEPS for node in path):
            # In the subject's phrase: "a car bomb in Hama province killed 34", "forces in
            # Afghanistan are capturing fighters"; weaker, as it may only describe the actor.
            return None if verbs else 3
        if not verbs:
            return 2
        # One clause away, in a clause that continues the event ("killed ... while crossing into
        # Turkey", "were killed and wounded in Z"); not reported speech or a relative clause
        # describing someone ("said troops were sent to Syria", "who fled from Aleppo").
        if len(verbs) == 1 and verbs[0].dep_ in CONTINUING_CLAUSE_DEPS:
            return 3
        # Two clauses away through clauses that continue the event or say when it happened
        # ("killed ... while they were camping on a beach in Aceh", "captured ... after bursting into
        # an apartment in Palermo"); weaker still.
        if len(verbs) == 2 and all(v.dep_ in CONTINUING_CLAUSE_DEPS or v.dep_ == "pcomp" for v in verbs):
            return 4
        if len(verbs) == 1 and verbs[0].dep_ == "pcomp":
            return 3
        return None
    if word in cues.locative_prepositions and _path_to(trigger, governor) is not None:
        return 3  # a locative phrase on a verb above the trigger: "In Kabul, police said they arrested ..."
    if word in cues.locative_prepositions:
        return 4
    return None


def rank_places(
    document: Document, mention: EventMention, actor_mentions: Sequence[ActorMention], gazetteer: Gazetteer
) -> list[tuple[int, Toponym]]:
    """The event sentence's places with their attachment rank, best first."""
    doc = document.doc
    if not (0 <= mention.trigger_token < len(doc)):
        return []
    trigger = doc[mention.trigger_token]
    # The trigger's own sentence (the one ``sentence_index`` names); Document.sentences would
    # rebuild the sentence list on every call.
    sentence = trigger.sent
    start, end = sentence.start, sentence.end  # (read once: the loop below walks every place of the document)
    ranked = []
    for toponym in document_toponyms(document, actor_mentions, gazetteer):
        if not (start <= toponym.token_start < end):
            continue
        rank = _rank(toponym, trigger, mention, doc, gazetteer.cues)
        if rank is None or rank > MAX_RANK:
            continue
        root = doc[toponym.token_start:toponym.token_end].root
        if (toponym.place is not None and toponym.place.precision == "country"
                and root.dep_ in ("compound", "nmod", "poss", "amod")
                and _noun_in(root.head, gazetteer.cues.facility_nouns)):
            # "outside the US embassy in Brussels": a country naming a facility is its owner, not where it is.
            rank = min(rank + 2, MAX_RANK)
        elif _attachment(root, gazetteer.cues)[2] and rank < MAX_RANK:
            # A reference point ("80 km west of Baghdad", "Jolo, south of Manila") yields to any place
            # attached nearly as closely.
            rank = min(rank + 2, MAX_RANK)
        ranked.append((rank, toponym))
    # Within a rank: the place a phrase is about before its qualifiers ("in Amara, south of Baghdad"),
    # then the more specific place ("Mosul" before "Iraq's"; a named place the gazetteer does not know
    # is most often a village or a neighbourhood, so it counts as very specific), then the nearer.
    ranked.sort(key=lambda item: (
        item[0],
        _attachment(doc[item[1].token_start:item[1].token_end].root, gazetteer.cues)[2],
        _specificity(item[1]),
        abs(item[1].token_start - trigger.i),
    ))
    return ranked


def _specificity(toponym: Toponym) -> float:
    """How narrow the toponym's place is: lower first (a point, an unknown named place, a quarter, a city, ...)."""
    place = toponym.place
    if place is None:
        return UNRESOLVED_SPECIFICITY
    if place.kind == "alias" and place.precision == "city":
        return QUARTER_SPECIFICITY
    return SPECIFICITY.get(place.precision, 4)


def find_place(
    document: Document, mention: EventMention, actor_mentions: list[ActorMention], gazetteer: Gazetteer
) -> Location:
    """Where the event happened, as a Location; ``precision="unknown"`` with all fields None if not said.

    A place named in the right position that the gazetteer cannot resolve is returned with its
    text and offsets but ``precision="unknown"`` and no name, country or coordinates.

    Country-precision locations carry the country's representative point; use ``precision``
    before reading ``lat``/``lon`` as a position.
    """
    ranked = rank_places(document, mention, actor_mentions, gazetteer)
    if not ranked:
        return UNKNOWN
    return ranked[0][1].location()
