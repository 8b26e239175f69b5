"""find_events: match trigger patterns on the dependency parse and fill source and target from syntax."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Optional

from ..actors.context import DOMESTIC_SECTORS
from ..records import ActorMention, Document, EventMention, Span
from .arguments import (
    NO_ARGUMENT,
    QUANTIFIER_NOUNS,
    Argument,
    MentionIndex,
    agent_of,
    child,
    conjuncts,
    is_passive,
    prep_objects,
    unwrap_quantifier,
)
from .patterns import EventPatterns, NounPattern, VerbPattern
from .political import SCORE, PartyTest  # SCORE: a sports score ("2-0"); with a result verb, a match

VERB_POS = {"VERB", "AUX"}
# Sectors of a state acting as itself (None: the country named bare) and of people a state arrests at home.
STATE_SECTORS = {None, "GOV", "COP", "MIL", "JUD", "SPY"}
OWN_PEOPLE_SECTORS = DOMESTIC_SECTORS | {"MIL"}
NOUN_POS = {"NOUN", "PROPN"}
OBJECT_DEPS = ("dobj", "obj")
# A verb form in these positions is used as a noun ("evacuated the wounded").
NOMINAL_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "compound", "csubjpass"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "pcomp", "csubj"}
STATEMENT_ROOTS = ("01", "02")
VIOLENCE_ROOTS = ("18", "19", "20")
# Named-entity labels of places, which the place stage can turn into a country.
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})
THREAT_ROOT = "13"
# Victims counted from this many make a killing a mass killing (grammar.yaml: mass_killing_code)
MASS_KILLING_COUNT = 1000
NUMBER_WORDS = {"thousand": 1_000, "million": 1_000_000}
DISAPPROVE_ROOT = "11"
FIGHT_ROOT = "19"
CEASEFIRE_VIOLATION_CODE = "196"  # a truce broken is broken against the other party
PROTEST_ROOT = "14"
# Investigations, disapproval and rejections aimed at a thing ("the conduct of U.S. forces", "remarks made by X") are
# aimed at the one whose thing it is.
PREP_PHRASE_TARGET_ROOTS = frozenset({"09", "11", "12"})
REQUEST_ROOT = "10"
# Codes whose required object is the source's own forces (deployed, withdrawn), never the target.
FORCES_AS_MEANS = ("15", "0874")
ADDRESSEE_PREPS = ("to", "with")  # "appealed to donors for aid": the one asked, on whom the parser may hang "for"
RETREAT_CODE = "0874"
FORCE_POSTURE_ROOT = "15"
FASTING_PATTERN_ID = "grammar:fasting"  # "stopped eating": a hunger strike read from grammar.yaml's fasting_verbs
BOMBING_CODE = "183"  # what an explosion by no one named is coded ("a car bomb exploded near a market")
# Sectors of fighters: the owners of withdrawn forces, the only doers whose evacuating is a retreat.
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF"})
# Particles the parser often labels adverbs ("handed the pilot back", "stepped down", "called off").
ADVERB_PARTICLES = frozenset({"back", "down", "off", "out", "up", "away", "aside", "free", "loose", "ablaze", "alight",
                              "halfway"})
# Prepositions of the one asked by a request verb without an object ("called on X to", "appealed to X to").
REQUEST_ADDRESSEE_PREPS = ("on", "upon", "to")
# Dependencies followed from a trigger into its complements when the event has no target yet
# ("threatened to cut off electricity to Nakhichevan", "willing to send material to help defend Saudi Arabia").
COMPLEMENT_DEPS = {"dobj", "obj", "xcomp", "prep", "pobj", "pcomp", "dative", "acl", "amod", "compound", "nmod",
                   "poss", "appos", "attr", "oprd", "acomp"}
# Prepositions that name where something happened: an actor behind one is a weaker guess at the target.
LOCATIVE_PREPS = {"in", "at", "near", "inside", "within", "across", "throughout", "around", "outside"}
COMPLEMENT_DEPTH = 6
# Prepositions of an adjunct whose nominal event is done by the clause's subject ("in protest", "during talks").
ADJUNCT_EVENT_PREPS = {"in", "during"}
# Prepositions of the means of a passive act of violence ("killed in Russian air strikes").
INSTRUMENT_PREPS = ("in", "during", "by")
# rejecting (12) or threatening (13) an act aims at the act's target: _object_event_targets
OBJECT_EVENT_ROOTS = ("12", "13")
# "accused X of Ving", "condemned X for Ving", "credited X with Ving", "charged X with Ving": X does the gerund's act
GERUND_DOER_PREPS = ("of", "for", "with")
# Hostile acts on a thing a pronoun gives to another actor aim at that actor ("accused Ukraine of shelling its territory"
# -> Russia): criticism, rejection and defiance, threats, coercion and violence; not cutting ties ("closed its embassy").
PRONOUN_OWNER_ROOTS = frozenset({"11", "12", "13", "17", "18", "19", "20"})
# Requests aim at the one a bare object pronoun stands for ("urged Beijing to persuade them to cease", them = Pyongyang and
# Moscow); a possessive on what is requested is usually the asked one's own ("urged Iran to release its prisoners").
OBJECT_PRONOUN_ROOTS = frozenset({"10"})
# Possessive and object pronouns that may stand for a person ("him"); those for a country or body ("its", "them") are
# grammar.yaml's thing_pronouns.
PERSON_PRONOUNS = frozenset({"his", "her", "him"})
PLURAL_PRONOUNS = frozenset({"their", "them"})
# Non-finite clauses whose missing subject is their head's subject ("used the base to launch strikes").
INHERITING_DEPS = {"xcomp", "advcl", "conj", "pcomp", "acomp", "ccomp"}


@dataclass
class _Candidate:
    """An event being assembled before it becomes an EventMention."""

    trigger: object  # spaCy Token
    cameo: str
    pattern_id: str
    specificity: int
    source: Argument = NO_ARGUMENT
    target: Argument = NO_ARGUMENT
    reciprocal: bool = False
    self_ok: bool = False
    needs_target: bool = False
    armed_source: bool = False  # only armed actors do it ("fighters evacuated the district": a retreat)
    mission: bool = False  # a force sent abroad on a mission its clause names (074: "arrived in Haiti to lead a mission")
    foreign_object: bool = False  # those let in are foreign or international ("allowed UN investigators into Tigray")
    nominal: bool = False
    chained: bool = False  # arguments inherited through xcomp/conj/control chains
    subordinate: bool = False  # a purpose or participle clause of another event ("staged rallies to demand ...")
    modality_applied: bool = False
    covers: tuple = ()  # tokens of the original trigger when a modal or control moved the trigger
    clause_depth: int = 0  # relative/adverbial clauses between the trigger and the sentence root
    consumed: set = field(default_factory=set)
    alone_code: Optional[str] = None  # the code to use when no counterpart is named (pattern flag alone=)
    placed_only: bool = False  # an unattributed bombing: kept without actors, the place stage names both sides
    opener: bool = False  # a participle opening the sentence ("Yielding to pressure, X reversed ..."): never the main event


def find_events(
    document: Document,
    actor_mentions: list[ActorMention],
    patterns: EventPatterns,
    include_statements: bool = False,
    main_event_only: bool = False,
) -> list[EventMention]:
    """Find the events of every sentence of ``document``.

    Triggers are verbs and nouns matched against ``patterns`` by lemma; source and target come from
    the dependency parse (subject, object, passive agent, possessive, prepositions, coordination,
    xcomp chains, relative clauses) and are the ``actor_mentions`` covering those arguments.
    Events without any actor, and self-events (same country and sector on both sides) unless the
    pattern allows them, are dropped. Statements and appeals (CAMEO 01, 02) are produced only when
    ``include_statements`` is true. With ``main_event_only``, each sentence gives at most its main event
    (and its mirror for a reciprocal event), the convention of sentence-level gold standards.
    """
    index = MentionIndex(actor_mentions, patterns.actor_nouns, patterns.ownership_participles, patterns.reporting_verbs)
    matcher = _SentenceMatcher(patterns, index, include_statements, document.columns)
    events: list[EventMention] = []
    actor_tokens = sorted(index.by_token)
    for sentence_index, sentence in enumerate(document.sentences):
        # a sentence without any actor (most of a long article) can only report an unattributed bombing
        first = bisect.bisect_left(actor_tokens, sentence.start)
        if first == len(actor_tokens) or actor_tokens[first] >= sentence.end:
            candidates = matcher.unattributed_explosions(sentence, []) if matcher.has_rare_words(sentence) else []
        else:
            candidates = matcher.match(sentence)
        finished = [(c, _finish_reciprocal(c, sentence_index, sentence, patterns)) for c in candidates]
        finished = [(c, mentions) for c, mentions in finished if mentions]
        if main_event_only and finished:
            finished = [_main_event(finished)]
        for _, mentions in finished:
            events.extend(mentions)
    return _answer_targets(events, patterns, document.doc)


JUDGEMENT_PREFIX = "judgement:"  # pattern id of "called the raid an authoritarian act" (``_judgements``)
CASE_PREFIX = "case:"  # a case taken to court against no one named in its clause ("would take the case to the ICJ")
ANSWER_LOOKBACK = 3  # sentences before an answer that names an act in which the act it answers is looked for
ANSWER_NEAR_LOOKBACK = 2  # the same for an answer that names nothing ("vowed to respond")
# Dependencies of what an answer names: its object, the noun a relative clause of it describes ("a charge New Delhi
# rejected"), the patient of a passive; prepositions of a nominal answer ("criticism of the move")
ANSWER_OBJECT_DEPS = ("dobj", "obj", "nsubjpass")
ANSWER_NOUN_PREPS = ("of", "on", "over", "against", "about")


def _answer_targets(events: list[EventMention], patterns: EventPatterns, doc) -> list[EventMention]:
    """A demand, criticism, rejection or threat (``answer_roots``) with a source of one country and no target answers
    the story's latest act by another country in the sentences before it: "Moscow vowed a tough response" after
    "Poland expelled 45 Russian diplomats" is aimed at Poland. What the answer names decides which act
    (``_answered_kind``). (Only earlier sentences: a sentence's own actors were already weighed by the parse.)"""
    out = []
    for event in events:
        countries = {m.actor.country for m in event.source}
        if event.target or not event.source or None in countries or event.cameo[:2] not in patterns.answer_roots:
            if event.target or not event.pattern.startswith((JUDGEMENT_PREFIX, CASE_PREFIX)):
                out.append(event)  # (a judgement or case with nothing to answer is dropped below)
            continue
        kind = _answered_kind(doc[event.trigger_token], event.cameo, patterns)
        lookback = ANSWER_LOOKBACK if kind else ANSWER_NEAR_LOOKBACK
        answered = _named_act_doers(event, out, doc, patterns) if kind == "act" else []
        for earlier in _earlier_events(out, event, lookback) if kind != "other" and not answered else ():
            if kind == "accusation" and earlier.cameo[:2] not in patterns.answered_accusation_roots:
                continue
            doers = [m for m in _distinct(earlier.source) if m.actor.country and m.actor.country not in countries]
            if doers:
                answered = doers
                break
        if not answered and event.pattern.startswith((JUDGEMENT_PREFIX, CASE_PREFIX)):
            # "called the images a staged provocation", "took its case to the Supreme Court": a judgement or a case
            # against no one named is no criticism and no legal action
            continue
        out.append(replace(event, target=answered, confidence=max(0.0, event.confidence - 0.1)) if answered else event)
    return out


def _earlier_events(events: list[EventMention], event: EventMention, lookback: int):
    """The events of the ``lookback`` sentences before ``event``'s, nearest first (``events`` in story order)."""
    for earlier in reversed(events):
        if earlier.sentence_index >= event.sentence_index:
            continue
        if earlier.sentence_index < event.sentence_index - lookback:
            return
        yield earlier


def _violence_family(root: str) -> str:
    return "violence" if root in VIOLENCE_ROOTS else root


def _named_act_doers(event: EventMention, earlier_events: list, doc, patterns: EventPatterns) -> list:
    """The doers of the act an answer names by its own trigger noun ("condemned the attack", "denounced that
    abduction"): the nearest earlier event of the lookback of that kind (violence of any root for an attack), whose doer
    may be of the answerer's own country when it is another actor ("Pakistan's prime minister condemned the attack"
    after a Pakistani Taliban bombing); [] when the noun is no trigger or no such event is told."""
    trigger = doc[event.trigger_token]
    named = next((c for c in trigger.children if c.dep_ in ANSWER_OBJECT_DEPS), None)
    if named is None or named.pos_ != "NOUN":
        return []
    families = {_violence_family(pattern.cameo[:2]) for pattern in patterns.nouns.get(patterns.lemma(named), ())
                if not pattern.modifiers or _has_modifiers(named, pattern.modifiers)}  # ("the attack" is no cyberattack)
    if not families:
        return []
    own = {_actor_key(m) for m in event.source}
    for earlier in _earlier_events(earlier_events, event, ANSWER_LOOKBACK):
        if _violence_family(earlier.cameo[:2]) not in families:
            continue
        # (a doer with no country yet, "armed men", takes the one its story gives it later, as its own event's does)
        doers = [m for m in _distinct(earlier.source) if _actor_key(m) not in own]
        if doers:
            return doers
    return []


def _answered_kind(trigger, cameo: str, patterns: EventPatterns) -> Optional[str]:
    """What an answer's own words name: "act" ("denounced the delay", "rejected it"), "accusation" ("rejected the
    accusations"), "other" (a person, a thing: "find Lai guilty", "accusing the other", "rejected questions"), or None
    when they name nothing ("vowed to respond", "alleged that ...") or only the answer's own content: what a demand asks
    for ("Pyongyang's demand for sanctions relief"), what a threat promises ("vowed a tough response"), the act of a
    refusal or threat the trigger's own verb does not name ("would not allow Assange safe passage")."""
    root = cameo[:2]
    named = [child for child in trigger.children if child.dep_ in ANSWER_OBJECT_DEPS]
    if trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN", "PRON"):
        named.append(trigger.head)
    if root == REQUEST_ROOT:
        # the one asked, when no coded actor (else the demand has a target): "called on all parties", "urged them to"
        asked = [grand for child in trigger.children if child.dep_ in ("prep", "prt") and child.lower_ in REQUEST_ADDRESSEE_PREPS
                 for grand in child.children if grand.dep_ == "pobj"]
        if any(child.dep_ == "xcomp" for child in trigger.children):
            asked += [child for child in named if child.dep_ in ("dobj", "obj")]
        # (a pronoun, a name the actor stage left uncoded or a definite noun stands for someone named before: "urged
        # them to", "called on Kim to", "urged the junta to"; a plural of common nouns asks everyone: "all parties")
        return "other" if any(w.pos_ == "NOUN" and w.tag_ in ("NNS", "NNPS") for w in asked) else None
    lemma = patterns.lemma(trigger)
    own = patterns.nouns.get(lemma, ()) if trigger.pos_ == "NOUN" else patterns.verbs.get(lemma, ())
    if not any(pattern.cameo[:2] == root for pattern in own):
        return None  # a refusal or threat made of another act by a modal or a negation: its object is that act's
    if trigger.pos_ == "NOUN":
        named += [grand for child in trigger.children if child.dep_ == "prep" and child.lower_ in ANSWER_NOUN_PREPS
                  for grand in child.children if grand.dep_ == "pobj"]
    if not named:
        return None
    if named[0].pos_ in ("PROPN", "PRON"):
        return "act"  # "accused the South of firing first", "rejected it": someone the story named before, or the act
    word = patterns.lemma(named[0])
    acts = word in patterns.answered_act_nouns or word in patterns.nouns or named[0].lower_ in patterns.answered_act_nouns
    if root == THREAT_ROOT:
        return None if acts or word in patterns.threat_nouns else "other"  # "vowed a tough response", "threatened him"
    if word in patterns.accusation_nouns:
        return "accusation"
    return "act" if acts else "other"


def _main_event_rank(item) -> tuple:
    """How strongly a sentence's event reads as its main event: both participants named, then not inside a relative
    or adverbial clause ("called off a strike after reaching a deal with the government": the strike's end), then not a
    detail of another event (purpose or participle clause), then confidence."""
    candidate, mentions = item
    first = mentions[0]
    # (a protest with no named target is aimed at its own country, which the place stage fills in later:
    # "demonstrated in Colombo demanding the resignation of the president" is a protest first)
    targeted = bool(first.target) or candidate.cameo[:2] == PROTEST_ROOT and not candidate.subordinate
    return (not candidate.opener, bool(first.source) and targeted, -min(candidate.clause_depth, 1), not candidate.subordinate,
            first.confidence)


def _main_event(finished: list) -> tuple:
    """The sentence's main event: the best by ``_main_event_rank``; but a detail of another event (a purpose, participle
    or adverbial clause under it) of another kind yields to a main-clause event ("called off the strike after reaching a
    deal": the strike's end; "gave a cool response to Lula's offer to mediate": the rejection; "were accused of
    torturing prisoners": the accusation), even one that names only one side; not a participle of it."""
    best = max(finished, key=_main_event_rank)
    candidate = best[0]
    trigger = candidate.trigger
    if not candidate.subordinate or trigger.dep_ in ("advcl", "conj") and trigger.tag_ == "VBG":
        # (a participle telling what the act did keeps its named victims: "opened fire, arresting 12 protesters")
        return best
    family = _violence_family(candidate.cameo[:2])
    others = [(c, mentions) for c, mentions in finished if not c.subordinate and not c.opener
              and (mentions[0].source or mentions[0].target) and _violence_family(c.cameo[:2]) != family]
    return max(others, key=_main_event_rank) if others else best


def _finish_reciprocal(candidate: _Candidate, sentence_index: int, sentence, patterns: EventPatterns) -> list:
    """One event per direction when joint actors act on each other ("Iran and Russia signed a deal",
    "talks between X and Y"): X->Y and Y->X, as CAMEO codes reciprocal events; otherwise one event."""
    event = _finish(candidate, sentence_index, sentence, patterns)
    if event is None:
        return []
    joint = _distinct(candidate.source.mentions) if not candidate.target.mentions else (
        _distinct(candidate.target.mentions) if not candidate.source.mentions else [])
    if not candidate.reciprocal or len(joint) < 2 or event.source != joint[:1]:
        return [event]
    mirrored = [event]
    for index in range(1, len(joint)):
        others = joint[:index] + joint[index + 1:]
        if {_actor_key(m) for m in others} == {_actor_key(joint[index])}:
            continue
        mirrored.append(replace(event, source=[joint[index]], target=others))
    return mirrored


class _Words:
    """A document's token columns (``Document.columns``, shared with the other stages): the trigger scan reads every
    word of a sentence, and builds spaCy Token objects only for possible triggers. Tags are strings; word forms stay
    string ids until asked for (``string``), as most words are never read."""

    def __init__(self, columns) -> None:
        from spacy.strings import hash_string

        self.string = columns.string  # string id -> string, each distinct one looked up once
        self.pos, self.tag, self.dep = columns.pos, columns.tag, columns.dep
        self.lower, self.lemma = columns.lower_id, columns.lemma_id
        hyphen = hash_string("-")
        self.hyphen = [key == hyphen for key in columns.orth_id]
        self.head = columns.head
        self.lemmas: dict[tuple[int, int], str] = {}  # (form id, tagger's lemma id) -> our lemma: words repeat


@dataclass
class _Triggers:
    """The trigger tokens of one sentence."""

    verbs: dict = field(default_factory=dict)  # token index -> (VerbPattern, required object token or None)
    nouns: dict = field(default_factory=dict)  # token index -> NounPattern
    consumed_nouns: set = field(default_factory=set)
    reporting: list = field(default_factory=list)
    departures: list = field(default_factory=list)  # "to leave" infinitives, for orders to leave
    has_obligation: bool = False


class _SentenceMatcher:
    """Matches one sentence at a time against the patterns of one document; holds no state between sentences but
    lookups of the document's own words."""

    def __init__(self, patterns: EventPatterns, index: MentionIndex, include_statements: bool, columns):
        self.patterns = patterns
        self.index = index
        self.include_statements = include_statements
        self.text = columns.text  # the parsed text, for cheap checks before reading a sentence's parse
        self._word_positions: Optional[dict] = None  # lower-cased word -> its token indices in the document
        self._document_columns = columns  # the document's shared token columns (Document.columns)
        self._columns: Optional[_Words] = None  # the events stage's view of them
        self._party_test: Optional[PartyTest] = None  # the political-party test, built on first need (``_party``)

    def has_rare_words(self, sentence) -> bool:
        """Whether the sentence may hold an explosion noun or an unwelcome phrase (EventPatterns.rare_word_starts)."""
        return self.patterns.rare_word_starts().search(self.text, sentence.start_char, sentence.end_char) is not None

    # ---------------------------------------------------------------- matching
    def match(self, sentence) -> list[_Candidate]:
        """All event candidates of one sentence, before arguments are checked and scored."""
        hits = self._find_triggers(sentence)
        candidates, controlled_heads = self._verb_candidates(sentence, hits)
        for i, pattern in hits.nouns.items():
            if i not in hits.consumed_nouns and not self._alternative_not_taken(sentence.doc[i]):
                candidate = self._noun_candidate(sentence.doc[i], pattern)
                if candidate is not None:
                    candidates.append(candidate)
        candidates = self._control_nominals(candidates, controlled_heads)
        candidates = [self._apply_modality(c) for c in candidates]
        candidates = self._not_ruled_out(candidates)
        candidates = self._object_event_targets(candidates)
        if hits.has_obligation:
            candidates.extend(self._bare_obligations(sentence, candidates))
        candidates.extend(self._departure_orders(hits.departures))
        candidates = self._judgements(sentence, candidates)
        if self.has_rare_words(sentence):
            candidates.extend(self._unwelcome_declarations(sentence))
            candidates.extend(self.unattributed_explosions(sentence, candidates))
        candidates = [c for c in candidates if not self._alternative_not_taken(c.trigger) and not self._in_condition(c.trigger)]
        if self._names_one_another(sentence):
            for candidate in candidates:
                self._mutual(candidate)
        for candidate in candidates:
            if (candidate.alone_code and not candidate.modality_applied and not candidate.target
                    and len(_distinct(candidate.source.mentions)) < 2):
                # "China held military drills near Taiwan": without a partner, a show of force, not cooperation
                candidate.cameo, candidate.reciprocal = candidate.alone_code, False
        for candidate in candidates:
            self._vehicle_victim(candidate)
            if candidate.needs_target and self._warns_of_own_act(candidate):
                candidate.needs_target = False
        candidates = [c for c in candidates if not self._hazard_or_sport(c)]
        for candidate in candidates:
            candidate.cameo = self._means_code(candidate) or candidate.cameo
            if candidate.cameo == RETREAT_CODE and self._leaves_body(candidate):
                candidate.cameo = self.patterns.body_departure_code
            if candidate.cameo[:2] in VIOLENCE_ROOTS and self._in_exercise(candidate.trigger):
                if len(_distinct(candidate.source.mentions)) >= 2:
                    # "American and Filipino marines will storm a beach as part of war games": a joint exercise
                    candidate.cameo, candidate.reciprocal = self.patterns.joint_exercise_code, True
                    candidate.target = NO_ARGUMENT
                else:
                    # "fired missiles as part of war games near Taiwan": a show of force, no attack
                    candidate.cameo = self.patterns.exercise_code
            if not candidate.source and not candidate.nominal and candidate.cameo[:2] in VIOLENCE_ROOTS:
                self._raid_behind(candidate)
            if candidate.cameo in self.patterns.mass_killing_refines and self._mass_victims(candidate.trigger):
                # "Boko Haram gunmen killed as many as 2,000 people in Baga": a mass killing
                candidate.cameo = self.patterns.mass_killing_code
            elif (candidate.cameo in self.patterns.mass_expulsion_refines
                  and self.patterns.lemma(candidate.trigger) in self.patterns.mass_expulsion_verbs
                  and self._mass_victims(candidate.trigger) and self._population_driven_out(candidate.trigger)):
                # "Algeria expelled more than 13,000 migrants": a mass expulsion
                candidate.cameo = self.patterns.mass_expulsion_code
            if self._labour_strike(candidate):
                candidate.cameo, candidate.self_ok = self.patterns.labour_strike_code, True
            elif self._violent_protest(candidate):
                # "Iraqi protesters stormed the Bahraini embassy": violence by protesters is a riot
                candidate.cameo, candidate.self_ok = self.patterns.riot_code, True
            elif self._cyber_attack(candidate):
                candidate.cameo = self.patterns.cyber_code
        triggers = {c.trigger.i for c in candidates}
        for candidate in candidates:
            if self._crowd_demand(candidate, triggers):
                code = self.patterns.crowd_demand_code
                # (CAMEO's demands 1041-1044 and demonstrations 1411-1414 run parallel)
                candidate.cameo = code + candidate.cameo[3] if len(candidate.cameo) == 4 and candidate.cameo[:3] == "104" else code
                candidate.self_ok = True
        self._mark_subordinates(candidates)
        candidates = self._drop_voiced_content(candidates)
        for candidate in candidates:
            if candidate.cameo[:2] == PROTEST_ROOT and not candidate.source and not candidate.target:
                # "after weeks of protests in La Paz", "thousands marched in Santiago": protests by no one named are
                # by people of the place where they are held (the place stage names both sides, or drops the event)
                candidate.placed_only = True
        self._accuser_as_victim(candidates)
        not_legal = set()  # ids of cases taken to no court
        absorbed_accusations = set()  # participles that say what a case accuses ("filed a case ... accusing Israel")
        for candidate in candidates:
            # events that need a recipient keep needing one from their own pattern ("invested 9% of its GDP")
            if (candidate.source and not candidate.target and not candidate.reciprocal and not candidate.needs_target
                    and candidate.cameo[:2] not in self.patterns.target_required_roots
                    and not candidate.pattern_id.startswith(JUDGEMENT_PREFIX)):
                # (a judgement's owner is found by _judgements alone: "called the killing of civilians a crime" is
                # not aimed at the civilians)
                candidate.target = self._complement_target(candidate)
            if not self._aim_case(candidate, absorbed_accusations):
                not_legal.add(id(candidate))  # "referred the matter to the Security Council": no court, no legal action
                continue
            if candidate.cameo[:2] == FORCE_POSTURE_ROOT and candidate.source and not candidate.target:
                # "Japan scrambled fighter jets after Chinese aircraft entered its air defense zone": a show of force
                # answering another's act is aimed at its doer
                candidate.target = self._provoker(candidate)
            if candidate.cameo[:2] in (THREAT_ROOT, "03") and candidate.source and candidate.target.quality < 0.4:
                # nothing, or only a place, among the complements: the threat (or the offer: "ready to pull its troops
                # back if India did the same") is aimed at whoever must meet its condition
                candidate.target = self._condition_target(candidate) or candidate.target
        candidates = [c for c in candidates if id(c) not in not_legal
                      and c.trigger.i not in absorbed_accusations]
        self._targets_of_joined_acts(candidates)
        candidates = [c for c in candidates if self._has_political_party(c)]
        if self.include_statements:
            triggers = {c.trigger.i for c in candidates}
            for token in hits.reporting:
                if token.i not in triggers and token.i not in hits.verbs and token.pos_ in VERB_POS:
                    candidates.append(self._statement_candidate(token))
        return candidates

    def _crowd_demand(self, candidate: _Candidate, triggers: set) -> bool:
        """Whether a demand is a crowd's participle on an act of its own that is no event ("thousands of Chileans
        flooded the square demanding a new constitution"): the crowd demonstrates."""
        trigger = candidate.trigger
        if (candidate.cameo[:2] != REQUEST_ROOT or trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "xcomp")
                or trigger.head.pos_ not in VERB_POS or trigger.head.i in triggers):
            return False
        subject = child(trigger.head, "nsubj")
        return subject is not None and any(
            self._listed(subject, words) for words in (self.patterns.protester_nouns, self.patterns.riot_crowd_nouns,
                                                        self.patterns.demanding_crowd_nouns))

    def _leaves_body(self, candidate: _Candidate) -> bool:
        """Whether a withdrawal is a state leaving an international body ("Gambia withdrew from the Commonwealth"): its
        target is only bodies, nothing withdrawn is named (no required object: "withdrew its troops from the UN
        mission" is a retreat) and no armed men withdraw."""
        prefixes = tuple(p.upper() for p in self.patterns.body_actor_prefixes)
        if not prefixes or candidate.consumed or not candidate.source or not candidate.target:
            return False
        doc = candidate.trigger.doc
        if any(m.actor.sector in ARMED_SECTORS or m.actor.code[:3] == "IMG"
               or self.patterns.lemma(doc[m.head]) in self.patterns.armed_nouns for m in candidate.source.mentions):
            return False
        return all(m.actor.code.startswith(prefixes) for m in candidate.target.mentions)

    def _has_political_party(self, candidate: _Candidate) -> bool:
        """An event needs a political doer or a political object (political.py): "the Irish rock band will launch a
        world tour", "Brazil coach Tite", "a shark attacked a surfer off Western Australia's coast" are none."""
        party_test = self._party(candidate.trigger.doc)
        doer = None
        if not candidate.source and not candidate.nominal and candidate.trigger.pos_ in VERB_POS:
            verb = candidate.trigger
            for _ in range(3):
                # (a participle with no subject of its own is done by its head's: "..., killing at least nine people")
                doer = self._doer(verb)
                if doer is not None or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
                    break
                verb = verb.head
        return party_test.political_event(candidate.trigger, candidate.cameo, list(candidate.source.mentions),
                                                list(candidate.target.mentions), doer)

    def unattributed_explosions(self, sentence, candidates: list[_Candidate]) -> list[_Candidate]:
        """Bombings whose doer is not named: "a car bomb exploded near a market in Benghazi" (1832), "a roadside bomb
        went off in Kandahar" (1833), "a blast ripped through a mosque in Quetta" (183). A candidate already on the
        verb with no source ("a bomb blast hit a police convoy": an attack) takes the bombing's code instead; the
        new ones are returned. Accidents ("a gas explosion", "a boiler exploded"), nuclear tests and bombs an actor
        owns or sets ("a Taliban car bomb", "was detonated by militants") are left to the other rules."""
        patterns = self.patterns
        on_trigger = {c.trigger.i: c for c in candidates}
        found = []
        for verb in sentence:
            if verb.pos_ != "VERB" or not self._explosion_verb(verb):
                continue
            bomb = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if bomb is None or agent_of(verb) is not None:
                continue
            # (a head listed, or a modifier that is: "an explosive device", "a bomb blast"; not "the device exploded")
            if not any(self._listed_noun(w, patterns.explosion_nouns) for w in (bomb, *(
                    c for c in bomb.children if c.dep_ in ("amod", "compound")))):
                continue
            modifiers = [w for c in bomb.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                         for w in c.subtree]
            if any(self._listed_noun(w, patterns.accident_explosion_modifiers)
                   or self._listed_noun(w, patterns.hazard_nouns) or w.i in self.index.by_token for w in modifiers):
                continue
            if self._industrial_accident(bomb):
                continue  # "a blast tore through a processing unit at a refinery": an accident, no attack
            if any(w.i in self.index.by_token for c in bomb.children
                   if c.dep_ not in ("amod", "compound", "nmod", "poss", "det")
                   and not (c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS) for w in c.subtree):
                continue  # "a bomb planted by Taliban militants exploded": the planting names the bomber
            code = next((patterns.bombing_modifier_codes[w] for w in
                         [self.patterns.lemma(m) for m in modifiers] + [self.patterns.lemma(bomb)]
                         if w in patterns.bombing_modifier_codes), BOMBING_CODE)
            existing = on_trigger.get(verb.i)
            if existing is not None:
                if not existing.source and existing.cameo[:2] in VIOLENCE_ROOTS:
                    existing.cameo, existing.placed_only = code, True
                continue
            target = NO_ARGUMENT
            obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
            if obj is not None:
                target = self.index.argument(obj)
            if not target:
                target = self._first_prep_target(verb, ("through", *sorted(LOCATIVE_PREPS)), NO_ARGUMENT)
            if not target:
                # "exploded alongside a convoy used by Yemen's defence minister": an actor named anywhere else in the
                # clause is a weak guess at whom it was aimed
                bomb_tokens = {w.i for w in bomb.subtree}
                target = next((a for w in verb.subtree if w.i not in bomb_tokens and w.i != verb.i
                               and (a := self.index.argument(w, quality_cap=0.5))), NO_ARGUMENT)
            if not target and not any(e.label_ in PLACE_ENTITY_LABELS for e in sentence.ents):
                continue  # nowhere to place it, so no one to name: "explosions shook the city overnight"
            found.append(_Candidate(trigger=verb, cameo=code, pattern_id="unattributed_explosion", specificity=1,
                                    target=target, placed_only=True, clause_depth=_clause_depth(verb)))
        return found

    def _alternative_not_taken(self, trigger) -> bool:
        """Whether ``trigger`` names the act not chosen: "rather than attack them", "instead of easing sanctions"."""
        doc = trigger.doc
        start = trigger.i
        while start > 0 and doc[start - 1].lower_ in ("to", "the", "a", "an"):
            start -= 1
        return start >= 2 and f"{doc[start - 2].lower_} {doc[start - 1].lower_}" in self.patterns.alternative_marks

    def _raid_behind(self, candidate: _Candidate) -> None:
        """Violence with no doer that came after, during or in an attack named with its doer is that attack: "bombs hit
        a hospital in Aleppo after Russian air raids on the city" is a Russian air strike (195), not a bombing by no one."""
        for prep in candidate.trigger.children:
            if prep.dep_ != "prep" or (prep.lower_ not in self.patterns.provocation_marks
                                       and prep.lower_ not in INSTRUMENT_PREPS):
                continue
            for noun in prep.children:
                pattern = self._match_noun(noun, self.patterns.lemma(noun)) if noun.dep_ == "pobj" else None
                if pattern is None or not pattern.cameo.startswith(self.patterns.means_codes):
                    continue
                doer = self.index.argument(noun, quality_cap=0.6)
                if doer and not _overlaps(doer, candidate.target):
                    # a bombing by no one becomes the attack; a killing stays a killing, now with its doer
                    if candidate.cameo.startswith(BOMBING_CODE):
                        candidate.cameo = pattern.cameo
                    candidate.source = doer
                    return

    def _in_condition(self, trigger) -> bool:
        """Whether ``trigger`` lies inside a condition, which is no event of its own: "would boycott the talks unless
        government forces lifted their sieges", "should Kosovo's government go ahead with ...", "vowed not to leave
        until the council handed power" (a pending mark only before what has not happened: "fought until the rebels
        withdrew" keeps the withdrawal)."""
        node = trigger
        for _ in range(8):
            if node.head.i == node.i:
                return False
            if node.dep_ in ("advcl", "ccomp") and self._inverted_condition(node):
                return True
            if node.dep_ == "advcl":
                marks = {m.lower_ for m in node.children if m.dep_ == "mark"}
                if marks & self.patterns.pending_marks:
                    if not _past_clause(node.head):
                        return True
                elif marks & self.patterns.condition_marks:
                    return True
            node = node.head
        return False

    def _inverted_condition(self, clause) -> bool:
        """A clause opened by an auxiliary in front of its subject: "should Kosovo go ahead", "were Iran to attack"."""
        first = clause.left_edge
        if first.lower_ not in self.patterns.inversion_auxes or first.i >= clause.i:
            return False
        subject = child(clause, "nsubj", "nsubjpass")
        return subject is not None and first.i < subject.left_edge.i

    def _names_one_another(self, sentence) -> bool:
        """Whether the sentence says "each other" or "one another" (a cheap text check)."""
        text = self.text[sentence.start_char:sentence.end_char].lower()
        return any(phrase in text for phrase in self.patterns.reciprocal_pronouns)

    def _mutual(self, candidate: _Candidate) -> None:
        """Joint actors acting on "each other" ("Armenian and Azerbaijani forces shelled each other's positions") act
        on one another: the event is reciprocal, and a place found as target gives way."""
        trigger = candidate.trigger
        if candidate.reciprocal or len(_distinct(candidate.source.mentions)) < 2:
            return
        for c in trigger.children:
            if c.dep_ not in OBJECT_DEPS and c.dep_ not in ("prep", "dative") and not (c.dep_ == "advcl" and c.tag_ == "VBG"):
                continue  # (a participle tells how: "breached the truce, shelling each other's positions")
            for token in c.subtree:
                if token.i > 0 and f"{token.doc[token.i - 1].lower_} {token.lower_}" in self.patterns.reciprocal_pronouns:
                    candidate.reciprocal, candidate.target = True, NO_ARGUMENT
                    return

    def _explosion_verb(self, verb) -> bool:
        """Whether ``verb`` is one of the grammar's explosion verbs, with its particle when the entry names one."""
        lemma = self.patterns.lemma(verb)
        if lemma in self.patterns.explosion_verbs:
            return True
        return any(f"{lemma} {c.lower_}" in self.patterns.explosion_verbs
                   for c in verb.children if c.dep_ in ("prt", "prep", "advmod"))

    def _plays_sport(self, token) -> bool:
        """Whether an actor's word is, or belongs to, a player or team ("India's bowlers", "the Brazilian striker")."""
        words = (token, token.head) if token.dep_ in ("poss", "compound", "amod") else (token,)
        return any(self._listed_noun(w, self.patterns.sports_doers) for w in words)

    def _hazard_or_sport(self, candidate: _Candidate) -> bool:
        """Whether the event is a natural hazard, disease or accident ("floods killed 40 people", "a train
        derailed, injuring 15"), a sports result ("Brazil beat Argentina 2-0") or done by bystanders ("tourists
        visit the temples"), not a political act."""
        trigger = candidate.trigger
        if candidate.source and all(self.patterns.lemma(trigger.doc[m.head]) in self.patterns.bystander_nouns
                                    for m in candidate.source.mentions):
            return True  # "thousands of tourists visit the temples"
        if candidate.source and all(self._business_mention(m, trigger.doc) for m in candidate.source.mentions) and all(
                self._business_mention(m, trigger.doc, rival=True) for m in candidate.target.mentions):
            return True  # "South Korean chipmaker Hanil sued Taiwanese rival Formosa Micro": companies, not states
        if (trigger.dep_ in ("acl", "amod") and self._listed(trigger, self.patterns.warning_verbs)
                and self._listed_noun(trigger.head, self.patterns.hazard_nouns)):
            return True  # "issued its highest storm warning" (parsed as a verb "warning" on "storm"): a forecast
        if (not candidate.source and candidate.target and candidate.cameo[:2] not in VIOLENCE_ROOTS
                and candidate.cameo[:2] != "17"
                and all(self._business_mention(m, trigger.doc) for m in candidate.target.mentions)):
            return True  # "we will not surrender this company": a company acted on by no one named (an attack stays)
        if self._told_in_fiction(trigger):
            return True  # "the film follows a girl who hides a deserter as soldiers shell the valley"
        if (candidate.cameo[:2] in self.patterns.sports_clause_roots and candidate.source
                and not any(m.actor.sector for m in candidate.source.mentions)
                and any(w.pos_ in NOUN_POS and self._listed_noun(w, self.patterns.sports_clause_cues) for w in trigger.subtree)):
            return True  # "Ghana travel to Bamako for the return match", "Mali struck first with a header"
        if (candidate.source and not candidate.target
                and all(m.actor.country is None and self.patterns.is_commercial(m.actor.sector)
                        for m in candidate.source.mentions)):
            return True  # "the two companies held talks on a merger": business, not politics
        if (not candidate.source and candidate.cameo in self.patterns.doerless_passive_codes and not candidate.nominal
                and self._passive(trigger) and agent_of(trigger) is None):
            return True  # "115,000 people have been forced from their homes": no one is named forcing them
        if candidate.source and all(self._listed_noun(trigger.doc[m.head], self.patterns.petty_crime_doers)
                                    for m in candidate.source.mentions):
            return True  # "thieves smashed a display case": a crime, not a political act
        if candidate.source and candidate.cameo[:2] in VIOLENCE_ROOTS and all(
                self._plays_sport(trigger.doc[m.head]) for m in candidate.source.mentions):
            return True  # "India's bowlers launched a blistering attack on England's top order"
        if candidate.cameo[:2] in VIOLENCE_ROOTS and not candidate.nominal and trigger.pos_ in VERB_POS:
            doer = self._doer(trigger)
            if doer is not None and self._plays_sport(doer):
                return True  # "India's batsmen attacked the spinners" (players are often no coded actor)
        if candidate.target and candidate.cameo[:2] in VIOLENCE_ROOTS and all(
                self._plays_sport(trigger.doc[m.head]) for m in candidate.target.mentions):
            return True  # "attacked the Pakistani spinners"
        if candidate.cameo[:2] in VIOLENCE_ROOTS and any(
                self._figurative_volley(noun) for noun in (trigger, *(trigger.doc[i] for i in candidate.covers),
                                                            *(c for c in trigger.children if c.dep_ in OBJECT_DEPS))):
            return True  # "launched a furious barrage of punches"
        if candidate.nominal and candidate.cameo[:2] in VIOLENCE_ROOTS and any(
                c.dep_ in ("amod", "compound", "nmod") and self._listed(c, self.patterns.figurative_fight_modifiers)
                for c in trigger.children):
            return True  # "the trade war between the United States and China", "a legal battle"
        if candidate.nominal or trigger.pos_ not in VERB_POS:
            return False
        subject = child(trigger, "nsubj") if not self._passive(trigger) else None
        if subject is not None and subject.pos_ == "NOUN" and self._listed_noun(subject, self.patterns.market_nouns):
            return True  # "shares of mining companies rallied": prices moving, whoever owns them
        if candidate.cameo[:2] in self.patterns.not_political_roots:
            if self._figurative_strike(trigger):
                return True  # "a cold snap struck northern Vietnam, forcing schools to close"
            doers = [self._doer(trigger)]
            if not self._passive(trigger):
                # (the parser may give the clause two subjects: "a magnitude 6.8 earthquake struck")
                doers += [c for c in trigger.children if c.dep_ == "nsubj"]
                if trigger.dep_ == "relcl":
                    doers.append(trigger.head)  # "the earthquake that struck Morocco"
            if any(doer is not None and self._names_hazard(doer) for doer in doers):
                return True
            # (the parser may make the object the subject of a participle after it: "battle wildfires raging along ...")
            objects = [child(trigger, *OBJECT_DEPS)] + [child(c, "nsubj") for c in trigger.children if c.dep_ in ("ccomp", "xcomp")]
            if any(obj is not None and obj.i not in self.index.by_token and self._listed_noun(obj, self.patterns.hazard_objects)
                   for obj in objects):
                return True  # "pooled aircraft to battle wildfires": a hazard fought, not an enemy

        # (role nouns with a sector are people acting, not teams: "police beat football fans after the match")
        if self.patterns.lemma(trigger) in self.patterns.sports_verbs and not any(
                m.actor.sector and trigger.doc[m.head].pos_ == "NOUN" for m in candidate.source.mentions):
            words = list(trigger.subtree)
            if any(w.pos_ in NOUN_POS | {"ADJ"} and (self.patterns.lemma(w) in self.patterns.sports_cues
                                                     or w.lower_ in self.patterns.sports_cues) for w in words):
                return True
            text = trigger.doc[words[0].i:words[-1].i + 1].text
            if SCORE.search(text):
                return True
        return False

    def _business_mention(self, mention, doc, rival: bool = False) -> bool:
        """Whether an actor mention is a company the actor stage coded only by its country or a sector word ("South
        Korean chipmaker Hanil", "Chinese companies"); a company the dictionary lists ("Gazprom") stays an actor. With
        ``rival``, a company's rival counts too (the side a company acts on)."""
        return mention.kind != "organization" and self._business_phrase(doc[mention.head], rival)

    def _business_phrase(self, token, rival: bool = False) -> bool:
        """Whether an actor's word belongs to a company's name phrase: "South Korean chipmaker Hanil", "U.S. rival Carver
        Industries", "French fry makers" (a business noun among the phrase's head and its modifiers, or a company
        suffix ending it)."""
        head = token
        for _ in range(4):
            if head.dep_ not in ("amod", "compound", "nmod", "npadvmod") or head.head.i == head.i:
                break
            head = head.head
        words = [head] + [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "appos")]
        nouns = self.patterns.business_nouns | self.patterns.business_rival_nouns if rival else self.patterns.business_nouns
        if any(w.pos_ in NOUN_POS and self._listed_noun(w, nouns) for w in words):
            return True
        return head.pos_ == "PROPN" and head.lower_.rstrip(".") in self.patterns.company_suffixes and head.i > token.i

    def _told_in_fiction(self, trigger) -> bool:
        """Whether the event is in what a film, novel or play tells ("the film follows a girl who hides a deserter as
        soldiers shell the valley") or in a "drama about" a war."""
        if not self._party(trigger.doc).has_fiction_word():
            return False  # (both tests below need a word of fiction_nouns: most stories have none)
        node = trigger
        for _ in range(10):
            head = node.head
            if head.i == node.i:
                return False
            if (head.pos_ in VERB_POS and self._listed(head, self.patterns.narrating_verbs)
                    and any(c.dep_ == "nsubj" and self._listed_noun(c, self.patterns.fiction_nouns) for c in head.children)):
                return True
            if node.dep_ == "prep" and node.lower_ == "about" and self._listed_noun(head, self.patterns.fiction_nouns):
                return True
            node = head
        return False

    def _market_rally(self, noun) -> bool:
        """"a three-day rally in technology stocks", "the rally of the peso": prices rising, no protest."""
        return any(c.dep_ == "prep" and c.lower_ in ("in", "of", "for") and any(
            o.dep_ == "pobj" and self._listed_noun(o, self.patterns.market_nouns) for o in c.children) for c in noun.children)

    def _figurative_volley(self, noun) -> bool:
        """Whether a quantity noun of violence has an "of" object that is no weapon: "a barrage of punches", "a
        volley of questions"; not "a barrage of rockets", "a hail of stones"."""
        if not self._listed(noun, self.patterns.quantity_violence_nouns):
            return False
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = child(c, "pobj")
                if obj is None:
                    continue
                if (self._listed_noun(obj, self.patterns.weapon_nouns) or self._listed_noun(obj, self.patterns.violent_volley_objects)
                        or self.patterns.lemma(obj) in self.patterns.instrument_codes):
                    return False
                pattern = self._match_noun(obj, self.patterns.lemma(obj))
                return pattern is None or pattern.cameo[:2] not in self.patterns.not_political_roots
        return False

    def _figurative_strike(self, trigger) -> bool:
        """Whether ``trigger`` is a striking verb (or a participle sharing its subject: "..., forcing schools to
        close") done by a common noun that names no actor, armed group, weapon or attack: "a cold snap struck
        Vietnam", "hit by fears that donors would cut aid", "news of the deaths hit markets"."""
        verb = trigger
        for _ in range(3):
            if self.patterns.lemma(verb) in self.patterns.figurative_strike_verbs:
                break
            # (a participle, or a participle joined to one, with no subject of its own: "..., killing cattle and forcing")
            if verb.dep_ not in ("advcl", "conj") or child(verb, "nsubj", "nsubjpass") is not None:
                return False
            verb = verb.head
        else:
            return False
        # (a bare participle "hit by fears" is passive without its auxiliary)
        doer = (agent_of(verb) if verb.tag_ == "VBN" else None) or self._doer(verb)
        if doer is None and not self._passive(verb) and verb.dep_ == "relcl":
            doer = verb.head  # "the cold snap that struck the north"
        if doer is None or doer.pos_ != "NOUN" or doer.lower_ in self.patterns.thing_pronouns:
            return False
        # (not an actor inside a clause of its own: "fears that donors would cut aid")
        stack = [c for c in doer.children if not (c.dep_ in ("acl", "relcl") and child(c, "nsubj", "nsubjpass"))]
        while stack:
            node = stack.pop()
            if node.i in self.index.by_token:
                return False  # "Israeli fire hit a school", "a blaze started by rioters"
            stack.extend(node.children)
        if doer.i in self.index.by_token:
            return False
        listed = (self.patterns.armed_nouns, self.patterns.weapon_nouns, self.patterns.explosion_nouns,
                  self.patterns.actor_nouns, self.patterns.protester_nouns, self.patterns.cyber_doer_nouns,
                  self.patterns.worker_nouns, self.patterns.hazard_nouns, self.patterns.vehicle_nouns)
        if any(self._listed_noun(doer, words) for words in listed) or self.patterns.lemma(doer) in self.patterns.instrument_codes:
            return False  # (hazards and vehicles are the hazard rules' to judge)
        pattern = self._match_noun(doer, self.patterns.lemma(doer))
        return pattern is None or pattern.cameo[:2] not in self.patterns.not_political_roots

    def _vehicle_victim(self, candidate: _Candidate) -> None:
        """A vehicle that ran into or was struck by a weapon is the victim, not the doer: "an army truck hit a
        roadside bomb" targets the truck's owner (the army), and in "..., killing four soldiers" or "a bus was struck
        by a missile, killing 20" the vehicle did not kill; the one who set the weapon is unnamed."""
        trigger = candidate.trigger
        if candidate.nominal or trigger.pos_ not in VERB_POS or candidate.cameo[:2] not in self.patterns.not_political_roots:
            return
        doer = self._doer(trigger)
        if doer is None or not self._is_vehicle(doer) or not self._struck_by_weapon(doer):
            return
        if doer.dep_ == "nsubj" and doer.head.i == trigger.i and self.patterns.lemma(trigger) in self.patterns.delivery_verbs:
            return  # "helicopters dropped barrel bombs on the town": the vehicle delivers the weapon
        if doer.head.i == trigger.i and doer.dep_ == "nsubj":
            candidate.target = candidate.source  # "the truck hit a mine": the truck (its owner) was hit
        candidate.source = NO_ARGUMENT

    def _doer(self, verb):
        """The token that does what ``verb`` says: the "by" agent of a passive, else the subject; None without one."""
        return agent_of(verb) if self._passive(verb) else self._subject_token(verb)[0]

    def _means_code(self, candidate: _Candidate) -> Optional[str]:
        """The code named by the means of a violent verb, or None: its doer (subject or "by" agent) is an attack noun
        or a weapon ("a U.S. drone strike killed ..." -> 1952, "Israeli air strikes hit Gaza" -> 195, "was struck by
        Ukrainian drones" -> 1952); never a bare root, never one the verb's own code already refines ("a knife attack
        killed" stays 1823)."""
        trigger = candidate.trigger
        if (candidate.nominal or trigger.pos_ not in VERB_POS or candidate.cameo not in self.patterns.means_refined_codes
                or not candidate.source):
            return None  # (whose means it is must be said: "a car bomb killed six soldiers" names no one)
        # (only the doer itself: "were killed in Russian air strikes" stays a killing, the strikes its own event)
        doer = self._doer(trigger)
        if doer is not None and doer.pos_ in NOUN_POS:
            pattern = self._match_noun(doer, self.patterns.lemma(doer))
            code = pattern.cameo if pattern is not None else (
                self.patterns.instrument_codes.get(self.patterns.lemma(doer))
                or self.patterns.instrument_codes.get(doer.lower_.removesuffix("s")))
            if code is not None and code.startswith(self.patterns.means_codes):
                return None if candidate.cameo.startswith(code) else code
        return None

    def _party(self, doc) -> PartyTest:
        """The document's political-party test, built on first need."""
        if self._party_test is None:
            self._party_test = PartyTest(self.patterns.political, self.patterns, self.index, doc, self._document_columns)
        return self._party_test

    def _listed(self, token, words) -> bool:
        """Whether a token's lemma or its lower-cased form is in one of the grammar's word lists."""
        return self.patterns.listed(token, words)

    def _listed_noun(self, token, words) -> bool:
        """``_listed``, also for a plural the lemmatizer left alone ("Humvees")."""
        return self.patterns.listed_noun(token, words)

    def _is_vehicle(self, token) -> bool:
        return self._listed_noun(token, self.patterns.vehicle_nouns)

    def _struck_by_weapon(self, vehicle) -> bool:
        """Whether the clause of ``vehicle`` (its verb and verbs conjoined with it) names a weapon as object, agent or
        prepositional object: "the car hit a roadside bomb", "a truck ran over a landmine", "was struck by a missile"."""
        if vehicle.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = vehicle.head
        verbs = [verb, *conjuncts(verb)] + ([verb.head] if verb.dep_ == "conj" else [])
        for v in verbs:
            for c in v.children:
                nouns = [c] if c.dep_ in OBJECT_DEPS else (
                    [o for o in c.children if o.dep_ == "pobj"] if c.dep_ in ("prep", "agent") else [])
                for noun in nouns:
                    # (with its compounds: the parser reads "struck a mine west of Ramadi" as "a mine west")
                    words = [w for n in (noun, *conjuncts(noun)) for w in (n, *(c for c in n.children if c.dep_ == "compound"))]
                    if any(self._listed(w, self.patterns.weapon_nouns) for w in words):
                        return True
        return False

    def _violent_protest(self, candidate: _Candidate) -> bool:
        """Violence whose every doer is a protester or rioter ("protesters stormed the embassy"): CAMEO 145."""
        if not candidate.source or not candidate.cameo.startswith(self.patterns.violent_protest_prefixes):
            return False
        doers = [candidate.trigger.doc[m.head] for m in candidate.source.mentions]
        if candidate.cameo.startswith("18") and all(self._listed(d, self.patterns.partisan_nouns)
                                                    or self._listed(d, self.patterns.riot_crowd_nouns) for d in doers):
            # "a mob beat to death a factory manager", "villagers abducted two police officers amid unrest": an
            # assault on a person, not a riot
            return False
        if all(self._listed(d, self.patterns.protester_nouns) for d in doers):
            return True
        # "residents looted stores and hurled bottles at police in unrest over police killings": a crowd of citizens
        # whose act's own clause names the unrest or riot (not "residents killed a leopard")
        return all(self._listed(d, self.patterns.riot_crowd_nouns) for d in doers) and self._clause_names_unrest(
            candidate.trigger)

    def _clause_names_unrest(self, trigger) -> bool:
        """Whether a riot cue is in the trigger's subtree or in a prepositional adjunct of the verb it is an argument or
        conjunct of ("youths torched cars and looted shops during riots"), not elsewhere in the sentence."""
        words = list(trigger.subtree)
        if trigger.dep_ != "ROOT" and trigger.head.pos_ in VERB_POS:
            words += [w for c in trigger.head.children if c.dep_ == "prep" for w in c.subtree]
        if any(c.dep_ == "advcl" and c.tag_ == "VBG" and self.patterns.lemma(c) in self.patterns.riot_cue_verbs
               for c in trigger.children):
            return True  # "students occupied the parliament, demanding that the president resign"
        return any(self.patterns.lemma(t) in self.patterns.riot_cues for t in words)

    def _cyber_attack(self, candidate: _Candidate) -> bool:
        """An attack whose every doer is a hacker ("hackers attacked Ukraine's power grid"): CAMEO 176."""
        if not candidate.source or candidate.cameo[:2] not in ("18", "19"):
            return False
        doers = [candidate.trigger.doc[m.head] for m in candidate.source.mentions]
        return all(self._listed_noun(d, self.patterns.cyber_doer_nouns) for d in doers)

    def _named_hazard(self, token) -> bool:
        """A bare name the story introduced with a hazard word: "Haiyan would strike Vietnam" after "Super Typhoon
        Haiyan slammed into the Philippines" (never a name coded as an actor)."""
        if token.pos_ != "PROPN" or token.i in self.index.by_token:
            return False
        doc = token.doc
        return any(i != token.i and i > 0 and self._listed_noun(doc[i - 1], self.patterns.hazard_nouns)
                   for i in self._positions_of(token.lower_))

    def _has_own_country(self, token) -> bool:
        """Whether the actors of a phrase all have a country ("200 Venezuelans", "two Kenyan activists"; not "migrants")."""
        argument = self.index.argument(token) if token is not None else NO_ARGUMENT
        return bool(argument) and all(m.actor.country for m in argument.mentions)

    def _positions_of(self, word: str) -> list[int]:
        """Where the lower-cased ``word`` occurs in the matcher's one document (read once, on first need)."""
        if self._word_positions is None:
            self._word_positions = {}
            for i, lower in enumerate(self._document_columns.lower):
                self._word_positions.setdefault(lower, []).append(i)
        return self._word_positions.get(word, [])

    def _industrial_accident(self, blast) -> bool:
        """Whether a generic explosion noun ("a blast", "an explosion") is the subject of a clause that names an
        industrial site and no actor: "a blast tore through a processing unit at a refinery" (a bomb stays a bomb)."""
        if blast.dep_ not in ("nsubj", "nsubjpass") or not self._listed_noun(blast, self.patterns.generic_explosion_nouns):
            return False
        clause = list(blast.head.subtree)
        return (any(w.pos_ in NOUN_POS and self._listed_noun(w, self.patterns.industrial_sites) for w in clause)
                and not any(w.i in self.index.by_token for w in blast.subtree))

    def _names_hazard(self, token) -> bool:
        """A noun phrase headed (or, for a name, introduced) by a hazard word whose cause names no actor:
        "floods", "the Ebola virus", "Cyclone Idai", "the Turkish lira"; not "a blaze started by rioters"."""
        # (a name's compound introduces it, "Cyclone Idai"; a common noun's describes it, "a bus bombing")
        if self._industrial_accident(token):
            return True  # "a blast tore through a unit at a refinery, killing four workers"
        words = [token] + [c for c in token.children if c.dep_ == "compound" and token.pos_ == "PROPN"]
        # "the magnitude 6.8 earthquake": the parser may make the hazard an apposition of its measure
        words += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        vehicle = any(self._is_vehicle(w) for w in words)
        if not vehicle and not any(self._listed_noun(w, self.patterns.hazard_nouns) for w in words):
            return self._named_hazard(token)
        if vehicle and self._struck_by_weapon(token):
            return False  # "the car hit a roadside bomb, killing two": an attack on the car, not an accident
        if vehicle and any(w.i in self.index.by_token for c in token.children
                           if c.dep_ in ("amod", "compound", "poss", "nmod") for w in c.subtree):
            return False  # "Iranian boats", "Houthi boats", "the army's trucks": whose they are says who acted
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ == "NNS" for o in c.children)
               for c in token.children):
            return False  # "a rain of rockets", "a hail of bullets": weapons, not weather
        # an actor behind a clause or an agent says who caused it ("a blaze started by rioters"); a nationality
        # ("the Turkish lira", "an Ethiopian plane crash") or a place ("in Peru") does not
        # (what the hazard itself did, "the earthquake that struck Morocco", names no cause)
        stack = [c for c in token.children if c.dep_ not in ("amod", "compound", "poss", "nmod", "det", "appos")
                 and not (c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS) and not _subject_relative(c)]
        # (only an apposition that is the hazard itself: "typhoon battered the Philippines, flattening homes" may come
        # out with "homes" as the typhoon's apposition, and the people it hurt are no cause)
        stack += [a for c in token.children if c.dep_ == "appos" and self._listed_noun(c, self.patterns.hazard_nouns)
                  for a in c.children
                  if not _subject_relative(a) and a.dep_ not in ("amod", "compound", "poss", "nmod", "det", "nummod")]
        while stack:
            node = stack.pop()
            if node.i in self.index.by_token:
                return False
            stack.extend(c for c in node.children if not (c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS))
        return True

    def _condition_target(self, candidate: _Candidate) -> Argument:
        """The subject of a threat's condition: "threatened to hold a strike unless Israel rescinded ..." -> Israel.
        The condition may hang on the threat verb or on the threatened act's infinitive chain."""
        level = [candidate.trigger, *(candidate.trigger.doc[i] for i in candidate.covers)]
        if candidate.trigger.dep_ == "acomp":
            level.append(candidate.trigger.head)  # "was ready to ... if India did the same": on the copula
        seen = {t.i for t in level}
        for _depth in range(3):
            next_level = []
            for node in level:
                for c in node.children:
                    if c.i in seen:
                        continue
                    seen.add(c.i)
                    if self._is_condition(c) and self.patterns.lemma(c) not in self.patterns.reporting_verbs:
                        subject = child(c, "nsubj", "nsubjpass")
                        argument = self.index.argument(subject, quality_cap=0.6)
                        if not argument and subject is not None and any(
                                "reciprocal" in p.flags for p in self.patterns.nouns.get(self.patterns.lemma(subject), ())):
                            # "threatened to launch an offensive if talks with Armenia failed": the partner of the
                            # joint act the condition names
                            argument = self._first_prep_target(subject, ("with", "between"), candidate.source)
                        if argument and not _overlaps(argument, candidate.source):
                            return argument
                    elif c.dep_ in ("xcomp", "ccomp", "dobj", "acl") or c.dep_ == "advcl" and _infinitive(c):
                        # "threatened on Sunday to begin"
                        next_level.append(c)
            level = next_level
        return NO_ARGUMENT

    def _provoker(self, candidate: _Candidate) -> Argument:
        """The doer of the act a show of force answers, named in an "after"/"following" clause on its trigger ("after
        Chinese military aircraft entered its air defense zone", "after a tanker was seized by Iran");
        NO_ARGUMENT when there is none."""
        for clause in candidate.trigger.children:
            if clause.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in self.patterns.provocation_marks for m in clause.children):
                continue
            if self._passive(clause):
                doer = _passive_agent(clause, self.patterns.late_agent_hosts)
            else:
                doer = child(clause, "nsubj")
            argument = self.index.argument(doer, quality_cap=0.5, agentive=True)
            # (a state's or its people's act: "Nigeria went on high alert after the WHO declared mpox an emergency" is
            # no answer to the WHO)
            if argument and not _overlaps(argument, candidate.source) and all(
                    m.actor.country for m in argument.mentions):
                return argument
        return NO_ARGUMENT

    def _complement_target(self, candidate: _Candidate) -> Argument:
        """The nearest actor in the trigger's complements (objects, infinitives, prepositional phrases), for an
        event whose pattern found no target: "rejected a fresh offer from Afghanistan" -> Afghanistan.
        Actors behind a locative preposition count only when nothing else is found; an actor of the source's own
        code, or one inside the source, is skipped. Subjects, relative and adverbial clauses are not entered."""
        trigger = candidate.trigger
        if trigger.pos_ not in VERB_POS and trigger.pos_ != "ADJ":
            return NO_ARGUMENT
        source_keys = {_actor_key(m) for m in candidate.source.mentions}
        # a bare country word of the source's own country is its possession, not a target ("levied U.S. tariffs")
        source_keys |= {(m.actor.country, None) for m in candidate.source.mentions if m.actor.country}
        source_tokens = {i for m in candidate.source.mentions for i in range(m.token_start, m.token_end)}
        forces_as_means = candidate.cameo.startswith(FORCES_AS_MEANS)
        best = None  # (locative, depth, mentions, token)
        level = [(trigger, False)]
        seen = {trigger.i}
        for depth in range(1, COMPLEMENT_DEPTH + 1):
            next_level = []
            for node, locative in level:
                children = list(node.children)
                if node.pos_ in VERB_POS and any(c.dep_ in OBJECT_DEPS for c in children):
                    # with a direct object, a gerund clause says what it did, not to whom:
                    # "accused YChina of supporting the government" has no actor target
                    children = [c for c in children if not (c.dep_ == "prep" and child(c, "pcomp") is not None)]
                for c in children:
                    # conjoined nouns share their phrase: "launched artillery and rocket fire against X"
                    conjoined_noun = c.dep_ == "conj" and node.pos_ in NOUN_POS
                    # a purpose infinitive says at whom the act was aimed: "fired tear gas to disperse protesters"
                    # (not for an event that is itself a detail of another: "prevented the rally staged to protest X")
                    purpose = c.dep_ == "advcl" and not candidate.subordinate and _infinitive(c)
                    if c.i in seen or c.dep_ not in COMPLEMENT_DEPS and not conjoined_noun and not purpose:
                        continue
                    if conjoined_noun and all(c.i != x.i for x in self.index.listed_conjuncts(node)):
                        continue  # "arrested two men, residents and a local official said": the speakers
                    if c.dep_ == "appos" and self.index.is_speaker(c) or c.dep_ == "prep" and c.lower_ in self.patterns.attribution_preps:
                        continue  # "... from the disputed shoal, Foreign Secretary X said", "according to X": the speaker
                    if c.lower_ in self.patterns.company_preps and any(g.lower_ == "with" for g in c.children):
                        continue  # "..., along with donors and France": more doers, not a target ("along the border" is)
                    seen.add(c.i)
                    via_locative = locative or (c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS)
                    # the required object is the event's means, not its target: for a show of force or a withdrawal
                    # whatever it names ("deployed troops"), otherwise its forces ("deployed troops on the border")
                    means = c.i in candidate.consumed
                    usable = [
                        m for m in self.index.by_head.get(c.i, ()) if _actor_key(m) not in source_keys
                        and not (source_tokens & set(range(m.token_start, m.token_end)))
                        and not (means and (forces_as_means or m.actor.sector == "MIL"
                                            # the doer's own thing: "reopened its embassy in Kabul"
                                            or any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in c.children)))]
                    if usable:
                        if best is None or (via_locative, depth) < best[:2]:
                            best = (via_locative, depth, usable, c)
                        continue
                    next_level.append((c, via_locative))
            if best is not None and not best[0]:
                break
            level = next_level
            if not level:
                break
        if best is None:
            return self._addressee_of_message(candidate)
        first = best[2][0]
        mentions = tuple(m for m in best[2] if m.token_start == first.token_start and m.token_end == first.token_end)
        # coordinated actors share the phrase: "its role as a mediator between Israel and Hamas" names both
        mentions += tuple(m for c in self.index.listed_conjuncts(best[3]) for m in self.index.by_head.get(c.i, ())
                          if _actor_key(m) not in source_keys and not (source_tokens & set(range(m.token_start, m.token_end))))
        return Argument(mentions, 0.3 if best[0] else 0.4, best[3].i)

    def _addressee_of_message(self, candidate: _Candidate) -> Argument:
        """The one a message was sent to, for a demand the message makes: "sent a diplomatic note to Germany
        demanding reparations" -> Germany."""
        trigger = candidate.trigger
        if candidate.cameo[:2] != REQUEST_ROOT or trigger.tag_ != "VBG":
            return NO_ARGUMENT
        if trigger.dep_ == "acl" and trigger.head.dep_ in OBJECT_DEPS:
            sender = trigger.head.head  # "sent a message to Washington calling for talks"
        elif trigger.dep_ == "advcl" and any(c.dep_ in OBJECT_DEPS for c in trigger.head.children):
            sender = trigger.head  # "sent a note to Germany on Monday demanding reparations"
        else:
            return NO_ARGUMENT
        for c in sender.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                argument = self.index.argument(child(c, "pobj"), quality_cap=0.6)
                if argument and not _overlaps(argument, candidate.source):
                    return argument
        return NO_ARGUMENT

    def _find_triggers(self, sentence) -> "_Triggers":
        hits = _Triggers()
        doc = sentence.doc
        words = self._words()
        pos, tag, dep, lower, string = words.pos, words.tag, words.dep, words.lower, words.string
        patterns = self.patterns
        # (a Token is built only for a word that may be a trigger: most words of a sentence are none)
        scanned_verbs = (patterns.verbs, patterns.quote_statement_verbs, patterns.warning_verbs, patterns.fasting_lemmas(),
                         patterns.reporting_verbs, patterns.departure_verbs)
        for i in range(sentence.start, sentence.end):
            if (pos[i] in VERB_POS or tag[i].startswith("VB")) and (dep[i] not in NOMINAL_DEPS or (
                    # a gerund with its own object is a verb, wherever the parser hangs it ("accused the militia of
                    # gang-raping women": "raping" as the object of "of")
                    dep[i] == "pobj" and tag[i] == "VBG" and any(c.dep_ in OBJECT_DEPS for c in doc[i].children))):
                lemma = self._hyphenated_lemma(words, i, patterns.verbs) or self._word_lemma(words, i)
                if not any(lemma in scanned for scanned in scanned_verbs):
                    if dep[i] == "aux" and string(lower[i]) in patterns.obligation_modals:
                        hits.has_obligation = True
                    continue
                token = doc[i]
                # "'Talks will resume,' agreed the ministers", "warned of a possible IS resurgence": speech, no event
                reports = self._reports_speech(token, lemma)
                hit = None if reports else self._match_verb(token, lemma)
                # ("stopped taking food in protest": not eating beats the verb's other patterns)
                if lemma in patterns.fasting_lemmas() and self._stops_eating(token, lemma):
                    hit = (VerbPattern(pattern_id=FASTING_PATTERN_ID, lemma=lemma, cameo=patterns.hunger_strike_code,
                                       flags=frozenset({"self_ok"})), None)
                if hit is not None and self._aims_at_abstraction(token, hit[0]):
                    hit = None  # "help fight the pandemic", "vowed to combat corruption": no one is attacked
                if hit is not None:
                    hits.verbs[i] = hit
                    if hit[1] is not None:
                        hits.consumed_nouns.add(hit[1].i)  # "imposed sanctions": the noun is this event's object
                if reports or lemma in patterns.reporting_verbs:
                    hits.reporting.append(token)
                if lemma in patterns.departure_verbs and _infinitive(token):
                    hits.departures.append(token)
                if dep[i] == "aux" and string(lower[i]) in patterns.obligation_modals:
                    hits.has_obligation = True
            elif pos[i] in NOUN_POS:
                lemma = self._hyphenated_lemma(words, i, patterns.nouns) or self._word_lemma(words, i)
                if lemma in patterns.nouns:
                    hit = self._match_noun(doc[i], lemma)
                    if hit is not None:
                        hits.nouns[i] = hit
            elif tag[i] == "VBG" and dep[i] in ("nsubj", "nsubjpass") and string(lower[i]) in patterns.nouns and not any(
                    c.dep_ in OBJECT_DEPS for c in doc[i].children):
                # a gerund the tagger took for a verb, used as a noun: "Fighting between the army and the RSF erupted"
                hit = self._match_noun(doc[i], string(lower[i]))
                if hit is not None:
                    hits.nouns[i] = hit
        for i, pattern in hits.nouns.items():
            inner = _required_inner_noun(sentence.doc[i], pattern, hits.nouns)
            if inner is not None:
                hits.consumed_nouns.add(inner.i)  # "the suspension of talks": the talks are this event's object
        return hits

    def _persists(self, verb) -> bool:
        """"pressed ahead", "forged ahead", "pushed on", "proceeded" (``persisting_verbs``: "lemma" or "lemma adverb")."""
        lemma = self.patterns.lemma(verb)
        if lemma in self.patterns.persisting_verbs:
            return True
        return any(c.dep_ in ("advmod", "prt") and f"{lemma} {c.lower_}" in self.patterns.persisting_verbs
                   for c in verb.children)

    def _stops_eating(self, verb, lemma: str) -> bool:
        """Whether a fasting verb (``fasting_verbs``) is governed by a cease or refuse verb, with its object where the
        entry names one: "stopped eating", "refused to take food" (a hunger strike)."""
        if verb.dep_ != "xcomp":
            return False
        control = self.patterns.controls.get(self.patterns.lemma(verb.head))
        if control is None or control.kind not in ("cease", "refuse"):
            return False
        obj = child(verb, *OBJECT_DEPS)
        if obj is None:
            return lemma in self.patterns.fasting_verbs  # ("stopped eating meat" is a diet)
        return f"{lemma} {self.patterns.lemma(obj)}" in self.patterns.fasting_verbs

    def _labour_strike(self, candidate: _Candidate) -> bool:
        """A strike verb without an object done by workers: "teachers struck over unpaid wages" (no attack)."""
        trigger = candidate.trigger
        if candidate.nominal or self.patterns.lemma(trigger) not in self.patterns.labour_strike_verbs:
            return False
        if child(trigger, *OBJECT_DEPS) is not None:
            return False
        doer = self._doer(trigger)
        return doer is not None and (self._listed_noun(doer, self.patterns.worker_nouns) or any(
            m.actor.sector == "LAB" for m in self.index.by_head.get(doer.i, ())))

    def _hyphenated_lemma(self, words: "_Words", i: int, known) -> Optional[str]:
        """'test-fired', 'a sit-in' are one word to us, two words (and a hyphen) to the tokenizer: the joined lemma
        of the word at ``i`` when it is one of ``known`` (the verb or noun triggers), else None."""
        # (cheap tests first: this runs on every verb and noun)
        if i < 2 or not words.hyphen[i - 1] or words.head[i - 2] != i:
            return None
        joined = f"{words.string(words.lower[i - 2])}-{self._word_lemma(words, i)}"
        return joined if joined in known else None

    def _word_lemma(self, words: "_Words", i: int) -> str:
        key = (words.lower[i], words.lemma[i])
        found = words.lemmas.get(key)
        if found is None:
            found = words.lemmas[key] = self.patterns.word_lemma(words.string(key[0]), words.string(key[1]))
        return found

    def _words(self) -> "_Words":
        """The token columns of the matcher's one document (read once, on first need)."""
        if self._columns is None:
            self._columns = _Words(self._document_columns)
        return self._columns

    def _aims_at_abstraction(self, verb, pattern: VerbPattern) -> bool:
        """Coercion or violence whose object is an ill, not an actor: "fight the pandemic", "combat corruption"."""
        if pattern.cameo[:2] not in self.patterns.not_political_roots:
            return False
        aim = child(verb, *OBJECT_DEPS)
        return aim is not None and aim.i not in self.index.by_token and self._listed(aim, self.patterns.abstract_targets)

    def _reports_speech(self, verb, lemma: str) -> bool:
        """Whether a trigger verb only reports speech here: an agreement verb introducing a quote or clause in front
        of it ("'Talks will resume,' agreed the ministers"), or a warning of a danger rather than of the warner's own
        act ("warned of a possible IS resurgence")."""
        if lemma in self.patterns.quote_statement_verbs:
            return self._introduces_quote(verb) or self._agrees_with_view(verb)
        if lemma in self.patterns.warning_verbs:
            return self._warns_of_danger(verb)
        return False

    def _introduces_quote(self, verb) -> bool:
        """'"The danger is not over," the minister agreed' (a clause before the verb), or 'Talks will resume next
        week, agreed the ministers' (a comma, the verb, then its inverted speaker)."""
        if any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
            return True
        if verb.dep_ not in ("conj", "parataxis", "ccomp") or verb.head.i > verb.i or child(verb, "nsubj", "nsubjpass"):
            return False
        before = verb.doc[verb.i - 1]
        if not (before.is_punct or before.is_quote):
            return False
        # the speaker follows: a name, an actor or a noun for people ("agreed Polat Sayim", "agreed the ministers");
        # "..., accepted the deal" is a second act, not speech
        return any(c.i > verb.i and c.dep_ in ("nsubj", "attr", "dobj")
                   and (c.pos_ == "PROPN" or c.i in self.index.by_head or self.patterns.lemma(c) in self.patterns.actor_nouns)
                   for c in verb.children)

    def _agrees_with_view(self, verb) -> bool:
        """'agreed with officials' concerns', 'agreed that the danger had not passed': accord with a view, a
        statement; not 'agreed that talks would resume' (a future act) nor 'agreed with Iran' (a partner)."""
        if any(self.patterns.lemma(o) in self.patterns.opinion_nouns for _w, o in prep_objects(verb, ["with"])):
            return True
        clause = _finite_clause(verb)
        return clause is not None and not any(
            a.dep_ == "aux" and a.lower_ in self.patterns.future_modals | self.patterns.obligation_modals
            for a in clause.children)

    def _warns_of_danger(self, verb) -> bool:
        """A warning 'of'/'about' something that is not an act of the warner's own (``threat_nouns``, owned by no
        other actor): "warned of a possible IS resurgence", "warned Iraq about rising prices" are statements;
        "warned of severe consequences", "warned Turkey of sanctions" stay threats."""
        holders = [verb] + [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        topics = [unwrap_quantifier(o) for h in holders for c in h.children
                  if c.dep_ == "prep" and c.lower_ in ("of", "about") for o in c.children if o.dep_ == "pobj"]
        if not topics or self._has_condition(verb):
            return False  # "warned Washington of conflict if it does not change course": a conditional warning threatens
        subject, _chained = self._subject(verb)
        own = {m.actor.country for m in self.index.argument(subject).mentions}
        for topic in topics:
            words = [topic] + [o for _w, o in prep_objects(topic, ["of"])]  # "the possibility of military action"
            if not any(self.patterns.lemma(w) in self.patterns.threat_nouns for w in words):
                continue
            owners = [m for c in topic.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                      for m in self.index.by_token.get(c.i, ())]
            if all(m.actor.country in own for m in owners):
                return False  # "warned of severe consequences", "warned of Iranian retaliation" (by Iran)
        return True

    def _warned_of(self, candidate: _Candidate):
        """The control of a hostile act a state or armed actor warns of, when nobody else is named doing it: "North
        Korea warned of a nuclear attack on South Korea" threatens the attack (1385); "warned of Israeli strikes"
        and "aid groups warned of attacks on civilians" stay warnings of a danger."""
        noun = candidate.trigger
        if candidate.cameo[:2] not in self.patterns.conflict_roots or noun.dep_ != "pobj" or noun.head.lower_ not in ("of", "about"):
            return None
        verb = noun.head.head
        if self.patterns.lemma(verb) not in self.patterns.warning_verbs:
            return None
        subject, _chained = self._subject(verb)
        warner = self.index.argument(subject)
        if not warner or not all(m.actor.country and (m.actor.sector in STATE_SECTORS or m.actor.sector in ARMED_SECTORS)
                                 for m in warner.mentions):
            return None
        own = {m.actor.country for m in warner.mentions}
        if candidate.source and not {m.actor.country for m in candidate.source.mentions} <= own:
            return None
        return verb, "threaten", False

    def _has_condition(self, verb) -> bool:
        """Whether ``verb`` or its complement clause has a condition ("... if it does not change course")."""
        clauses = [verb] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        return any(self._is_condition(c) for clause in clauses for c in clause.children)

    def _is_condition(self, clause) -> bool:
        """An adverbial clause introduced by a condition mark ("if", "unless")."""
        return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.patterns.condition_marks
                                              for m in clause.children)

    def _warns_of_own_act(self, candidate: _Candidate) -> bool:
        """A warning that the warner will or would act ("warned that Tehran would leave the treaty if ...", "warned
        it would respond"): a threat even when nobody is named as its target."""
        verb = candidate.trigger
        if self.patterns.lemma(verb) not in self.patterns.warning_verbs or not candidate.source:
            return False
        own = {m.actor.country for m in candidate.source.mentions}
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "wo")
                                                 for a in clause.children):
                continue
            subject = child(clause, "nsubj")
            if subject is None:
                continue
            if subject.tag_ == "PRP" and subject.lower_ in ("it", "we", "they"):
                return True
            doer = self.index.argument(subject)
            if doer and {m.actor.country for m in doer.mentions} <= own:
                return True
        return False

    def _verb_candidates(self, sentence, hits: "_Triggers") -> tuple[list[_Candidate], set[int]]:
        candidates: list[_Candidate] = []
        controlled_heads: set[int] = set()
        for i, (pattern, obj) in hits.verbs.items():
            token = sentence.doc[i]
            if self._alternative_not_taken(token):
                continue  # (before a control verb moves the trigger: "decided to withdraw rather than fight")
            candidate = self._verb_candidate(token, pattern, obj)
            control = self._control_of(token)
            if control is not None:
                head, kind, object_control = control
                if kind == "prevent" and head.i in hits.verbs and hits.verbs[head.i][1] is not None:
                    continue  # "barred inspectors from visiting": the verb's own pattern says it, the visit is none
                if pattern.pattern_id != FASTING_PATTERN_ID:
                    # (not eating under "stopped" or "refused" is itself the hunger strike: the control changes nothing)
                    candidate = self._apply_control(candidate, head, kind, object_control, embedded=token)
                controlled_heads.add(head.i)
            candidates.append(candidate)
        # a control verb whose infinitive produced an event is not coded a second time on its own
        candidates = [c for c in candidates if not (c.trigger.i in controlled_heads and c.pattern_id.startswith("verb:"))]
        return candidates, controlled_heads

    def _control_nominals(self, candidates: list[_Candidate], controlled_heads: set[int]) -> list[_Candidate]:
        """'threatened to launch an offensive': control verbs also govern support-verb + noun events."""
        for position, candidate in enumerate(candidates):
            head = self._modal_head(candidate) if candidate.nominal else None
            control = self._control_of(head) if head is not None else None
            if control is None and candidate.nominal:
                control, head = self._warned_of(candidate), candidate.trigger
            if control is not None:
                control_head, kind, object_control = control
                controlled = self._apply_control(candidate, control_head, kind, object_control, embedded=head)
                if controlled is not candidate:
                    candidates[position] = controlled
                    controlled_heads.add(control_head.i)
        # (nor is an intent verb whose own control noun is its object: "expressed its readiness to resume talks" is the
        # readiness; "would not meet the hostage-takers' demands to release prisoners", "accepted Russia's offer to
        # mediate" stay events of their own)
        return [c for c in candidates if not (c.trigger.i in controlled_heads and c.pattern_id.startswith(("verb:", "noun:")))
                and not (c.pattern_id.startswith("verb:") and c.cameo.startswith("03") and any(
                    _own_noun(c.trigger.doc[i]) for i in c.consumed & controlled_heads))]

    def _object_event_targets(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """A threat or rejection whose object is an act aims at the act's target ("threatened tariffs on Colombian
        goods", "an easing of sanctions on Belarus was ruled out by the EU"); the act threatened or rejected, when
        nobody is named doing it, is not coded on its own ("Tokyo's demand ... was rejected" stays Tokyo's)."""
        acts = {c.trigger.i: c for c in candidates if c.nominal}
        dropped = set()
        for candidate in candidates:
            if candidate.nominal or candidate.cameo[:2] not in OBJECT_EVENT_ROOTS:
                continue
            verb = candidate.trigger
            obj = child(verb, "nsubjpass") if self._passive(verb) else child(verb, "dobj")
            act = acts.get(obj.i) if obj is not None else None
            if act is None or act.source:
                continue
            if not candidate.target and act.target and not _overlaps(act.target, candidate.source):
                candidate.target = act.target
            dropped.add(act.trigger.i)
        return [c for c in candidates if not (c.nominal and c.trigger.i in dropped)]

    def _targets_of_joined_acts(self, candidates: list[_Candidate]) -> None:
        """A demand, criticism, rejection or threat (``answer_roots``) joined to another act of the same doer, with no
        target of its own but a pronoun or nothing as its object, is aimed at that act's target: "Poland expelled 45
        Russian diplomats, accusing them of spying" (POL -> RUS), "summoned Iran's ambassador and demanded her
        release" (-> IRN)."""
        by_trigger = {c.trigger.i: c for c in candidates}
        for candidate in candidates:
            trigger = candidate.trigger
            if (candidate.target or not candidate.source or candidate.nominal or candidate.reciprocal
                    or candidate.cameo[:2] not in self.patterns.answer_roots or trigger.dep_ not in ("conj", "advcl")):
                continue
            head = by_trigger.get(trigger.head.i)
            if head is None or not head.target or head.reciprocal or not _overlaps(head.source, candidate.source):
                continue
            obj = child(trigger, *OBJECT_DEPS)
            if obj is not None and obj.pos_ != "PRON" and not (obj.i in self.index.by_token):
                # (a thing of its own: "and demanded her release" has "release" as object; only its owner may be a pronoun)
                if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
                    continue
            candidate.target = head.target

    def _drop_voiced_content(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """What a protest voices is part of the protest ("demonstrated in Colombo demanding the president's
        resignation", "began a hunger strike to press for his release"), and a demand noun a concession answers is
        background ("bowed to protesters' demands for reform"): neither is coded on its own. The content hangs
        below the protest through clauses, objects and prepositions, never through a coordinated or reported clause
        ("protesters marched, and the opposition demanded ..." keeps the demand)."""
        voicing: dict[int, _Candidate] = {}
        answering: dict[int, _Candidate] = {}
        for candidate in candidates:
            root = candidate.cameo[:2]
            if root not in self.patterns.voicing_roots and root not in self.patterns.answering_roots:
                continue
            own = {candidate.trigger.i, *candidate.covers}
            head = self._modal_head(candidate)
            if head is not None:
                own.add(head.i)
            for i in own:
                (voicing if root in self.patterns.voicing_roots else answering)[i] = candidate
        effects = {c.trigger.i: c for c in candidates if c.cameo[:2] in self.patterns.effect_roots}
        if not voicing and not answering and not effects:
            return candidates
        kept = []
        for candidate in candidates:
            if candidate.cameo[:2] in self.patterns.voiced_content_roots and self._voiced_by(candidate, voicing, answering):
                continue
            trigger = candidate.trigger
            if (candidate.cameo[:2] in self.patterns.effect_roots and not candidate.nominal and trigger.dep_ == "advcl"
                    and trigger.tag_ == "VBG" and child(trigger, "nsubj") is None and trigger.head.i in effects
                    and effects[trigger.head.i] is not candidate):
                continue  # "eased its blockade of Gaza, allowing most goods in": the easing's effect
            kept.append(candidate)
        return kept

    def _voiced_by(self, candidate: _Candidate, voicing: dict, answering: dict) -> bool:
        """Whether ``candidate`` hangs below a protest in ``voicing`` or, as a demand noun, below a concession in
        ``answering``."""
        node = self._modal_head(candidate) or candidate.trigger
        own = {candidate.trigger.i, *candidate.covers, node.i}
        for _ in range(5):
            if node.head.i == node.i or node.dep_ in ("conj", "ccomp", "parataxis"):
                return False
            node = node.head
            if node.i in own:
                continue
            if node.i in voicing and voicing[node.i] is not candidate:
                return True
            if (node.i in answering and answering[node.i] is not candidate and candidate.nominal
                    and candidate.cameo[:2] == REQUEST_ROOT):
                return True
        return False

    def _mark_subordinates(self, candidates: list[_Candidate]) -> None:
        """An event inside another event's clause or argument ("denounced Serbia's suppression of unrest",
        "staged demonstrations to demand reforms") is a detail of that event: it gets less confidence."""
        anchors: set[int] = set()
        owned = []
        for candidate in candidates:
            own = {candidate.trigger.i, *candidate.covers}
            head = self._modal_head(candidate)
            if head is not None:
                own.add(head.i)
            anchors |= own
            owned.append((candidate, own, head if head is not None else candidate.trigger))
        for candidate, own, node in owned:
            start = node
            for _ in range(6):
                if node.head.i == node.i:
                    break
                node = node.head
                if node.i in anchors and node.i not in own:
                    candidate.subordinate = True
                    break
            candidate.clause_depth = _clause_depth(candidate.trigger)
            if (start.dep_ == "advcl" and start.tag_ in ("VBG", "VBN") and start.head.i in anchors
                    and start.head.i not in own and start.i < start.head.i):
                # "Yielding to pressure from protesters, the government reversed its decision": the main verb is the news
                subject = child(start.head, "nsubj", "nsubjpass")
                candidate.opener = subject is None or start.i < subject.i

    def _match_verb(self, token, lemma: str):
        options = self.patterns.verb_options(lemma)
        if options is None:
            return None
        particles = None
        objects = None
        hung_objects = None
        tried = options.free
        if options.by_head:
            # only the object patterns whose object head the verb has can match (in place or hung on the direct object)
            objects = self._objects_by_word(token)
            heads = [head for head in objects if head in options.by_head]
            if options.hangs_objects:
                hung_objects = self._prepositions_on_object(token)
                heads += [head for found in hung_objects.values() for head in map(self.patterns.lemma, found)
                          if head in options.by_head and head not in objects]
            if heads:
                tried = sorted([*tried, *(option for head in set(heads) for option in options.by_head[head])],
                               key=_first)
        for _order, pattern in tried:  # most specific first
            if pattern.cameo[:2] in STATEMENT_ROOTS and not self.include_statements:
                continue
            if "clause" in pattern.flags and _finite_clause(token) is None:
                continue  # "protested that the police had beaten detainees": only with a that-clause
            if "infinitive" in pattern.flags and not any(
                    # ("gave Qatar ten days to comply": the parser may make the infinitive an adverbial clause)
                    c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive(c)
                    and self.patterns.lemma(c) not in self.patterns.departure_verbs for c in token.children):
                # "asked China to restructure its debt", not "asked reporters" or "asked about" (and "asked the
                # journalists to leave" is an expulsion: departure_orders)
                continue
            if "border" in pattern.flags and self._border_phrase(token) is None:
                continue  # "moved troops to its border with India": only with a phrase on a border
            if "court" in pattern.flags and not self._in_court(token):
                continue  # "challenged the result in court", not "challenged the result"
            if "own_fight" in pattern.flags and not self._own_fight(token):
                continue  # "put an end to the fighting", not "put an end to the fighting between Israel and Hamas"
            if pattern.particle:
                if particles is None:
                    # (an infinitive's "to" the parser hung on the verb as a preposition is no particle)
                    # (nor is a preposition of time: "called his counterpart on Sunday" is no "called on")
                    # ("was shot dead": the parser makes an adjective particle of a passive a predicate, "oprd")
                    # (a relative "with which" is no particle: "the seriousness with which the US takes the issue")
                    # (but a time counting what follows it is: "arrived for two days of talks")
                    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "agent", "dative", "oprd")
                                 and not (c.dep_ == "prep" and c.pos_ == "PART")
                                 and not any(o.dep_ == "pobj" and unwrap_quantifier(o) is o
                                             and (o.ent_type_ in ("DATE", "TIME") or o.tag_ in ("WDT", "WP"))
                                             for o in c.children)}
                    # "handed the pilot back to India", "stepped down": the parser makes the particle an adverb
                    particles |= {c.lower_ for c in token.children if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES}
                    # "stood firm", "held Washington responsible for", "said no to": an adjective or interjection the
                    # parser makes a complement, a clause or an interjection
                    particles |= {c.lower_ for c in token.children if c.dep_ in ("acomp", "intj")
                                  or c.pos_ == "ADJ" and c.dep_ in ("advcl", "ccomp", "xcomp")}
                    # "set free 200 prisoners", "set the prisoners free", "held Hamas responsible": the parser makes the
                    # particle (any adjective after the object) the object's adjective
                    particles |= {a.lower_ for o in token.children if o.dep_ in OBJECT_DEPS for a in o.children
                                  if a.dep_ == "amod" and (a.lower_ in ADVERB_PARTICLES and a.i == token.i + 1 or a.i > o.i)}
                if pattern.particle not in particles:
                    if pattern.obj is None:
                        continue
                    if any(c.dep_ == "prt" and c.lower_ != pattern.particle for c in token.children):
                        continue  # "turned down Zambia's request for a loan" is no "turned to Zambia for a loan"
                    hung = next((o for o in hung_objects.get(pattern.particle, ()) if self.patterns.lemma(o) == pattern.obj.head
                                 and (not pattern.obj.modifiers or _has_modifiers(o, pattern.obj.modifiers))), None)
                    if hung is not None:
                        return pattern, hung  # "stripped the activist of her citizenship"
                    continue
            if pattern.obj is None:
                return pattern, None
            for obj in objects.get(pattern.obj.head, ()):
                if not pattern.obj.modifiers or _has_modifiers(obj, pattern.obj.modifiers, self.patterns.to_modified_nouns):
                    return pattern, obj
        return None

    def _objects_by_word(self, verb) -> dict:
        """The verb's object candidates by lemma, by form and by hyphenated form ("staged a sit-in")."""
        objects: dict = {}
        for obj in self._object_candidates(verb):
            objects.setdefault(obj.lemma_.lower(), []).append(obj)
            objects.setdefault(obj.lower_, []).append(obj)
            if obj.i >= 2 and obj.doc[obj.i - 1].text == "-":
                objects.setdefault(f"{obj.doc[obj.i - 2].lower_}-{obj.lower_}", []).append(obj)
        return objects

    def _prepositions_on_object(self, verb) -> dict:
        """Preposition -> its objects, for the prepositions the parser hung inside the direct object's phrase rather
        than on the verb ("stripped the activist of her citizenship": "of" under "activist"; "stripped 94 critics of
        President Ortega, including writer Sergio Ramirez, of their citizenship": the second "of" under "Ramirez").
        Without a direct object, inside the object of the verb's "to" or "with" ("appealed to donors for emergency aid",
        "pleaded with Western allies for fighter jets": "for" under the one asked)."""
        direct = child(verb, *OBJECT_DEPS)
        found: dict = {}
        if direct is None:
            direct = next((o for _w, o in prep_objects(verb, ADDRESSEE_PREPS)), None)
            if direct is None:
                return found
        for c in direct.subtree:
            if c.dep_ == "prep" and c.i > direct.i:
                obj = child(c, "pobj")
                if obj is not None:
                    found.setdefault(c.lower_, []).append(obj)
        return found

    def _object_candidates(self, verb) -> list:
        found = []
        direct = child(verb, *OBJECT_DEPS)
        nominal_object = direct if direct is not None and self.patterns.lemma(direct) in self.patterns.nouns else None
        for c in verb.children:
            # (a sentence-initial noun the tagger took for a verb: "Aid to Afghanistan has been suspended")
            if c.dep_ in OBJECT_DEPS or c.dep_ in ("nsubjpass", "csubjpass") or c.dep_ == "attr":
                found.append(c)
            if c.dep_ in OBJECT_DEPS or c.dep_ == "dative":
                # "designated the Houthis a terrorist organization": the parser makes the predicate an apposition
                found.extend(a for a in c.children if a.dep_ == "appos")
            if c.dep_ == "npadvmod" and child(c, "nummod") is not None:
                found.append(c)  # "gave Qatar ten days to comply": the parser makes a counted time an adverb
            if c.dep_ in ("ccomp", "xcomp") and _infinitive(c) and child(c, "nsubj") is not None:
                # "allowed U.N. inspectors to search the palace": the parser makes the object the infinitive's subject
                found.append(child(c, "nsubj"))
            elif c.dep_ in ("prep", "prt"):
                obj = child(c, "pobj")
                if (obj is not None and nominal_object is not None and nominal_object.i < c.i
                        and self.patterns.lemma(obj) in self.patterns.nouns):
                    continue  # "conducting an inquiry into an air strike": the strike is what the inquiry is about
                if obj is None and child(c, "prep") is not None:
                    obj = child(child(c, "prep"), "pobj")  # "pulled out of the treaty": a two-word preposition
                if obj is not None:
                    found.append(obj)
        if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN":
            found.append(verb.head)  # "sanctions imposed on Iran"
        expanded = []
        for obj in found:
            obj = unwrap_quantifier(obj)
            expanded.append(obj)
            expanded.extend(self.index.listed_conjuncts(obj))  # (not a trailing ", residents and an official said")
        for obj in list(expanded):
            if self.patterns.lemma(obj) in self.patterns.generic_heads:
                # "suspended the military aid program": the modifier names what was suspended
                expanded.extend(c for c in obj.children if c.dep_ in ("compound", "nmod") and c.pos_ in NOUN_POS)
        return expanded

    def _match_noun(self, token, lemma: str) -> Optional[NounPattern]:
        options = self.patterns.nouns.get(lemma)
        if not options:
            return None
        for pattern in options:
            if pattern.cameo[:2] in STATEMENT_ROOTS and not self.include_statements:
                continue
            # (a noun's "to" phrase counts only under a light verb's pattern, which checks whose fight it is:
            # "ordered a halt to military operations" is no ceasefire of the court's)
            if not pattern.modifiers or _has_modifiers(token, pattern.modifiers):
                return pattern
        return None

    # ---------------------------------------------------------------- modality
    def _modal_head(self, candidate: _Candidate):
        """The verb whose auxiliaries qualify the event: the trigger, or the support verb of a nominal trigger."""
        trigger = candidate.trigger
        if candidate.nominal:
            if trigger.dep_ in ("dobj", "nsubjpass", "obj", "attr") and self.patterns.lemma(trigger.head) in self.patterns.support_verbs:
                return trigger.head
            return None
        return trigger

    def _obligation_demander(self, clause):
        """The verb that states what ``clause`` says someone must do: the clause's head for a complement ("said that
        Sudan must return"), the sending verb for a message's that-clause ("issued a stern reminder to Iraq that it must
        cooperate", grammar.yaml: obligation_message_nouns); None for other clauses."""
        if clause.dep_ == "ccomp":
            return clause.head
        message = clause.head
        if (clause.dep_ == "acl" and self.patterns.lemma(message) in self.patterns.obligation_message_nouns
                and message.head.pos_ in VERB_POS and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)):
            return message.head
        return None

    def _obligated(self, named: Argument, clause, demander) -> Argument:
        """Who a "must" clause binds: ``named`` (its subject) if any, else, when the demand is a message noun rather than
        the clause's own head, the actor the message goes to ("issued a reminder to Iraq that it must cooperate")."""
        if named or demander.i == clause.head.i:
            return named
        return self._first_prep_target(demander, ("to",), NO_ARGUMENT)

    def _apply_modality(self, candidate: _Candidate) -> _Candidate:
        """'will provide aid' -> intent (033); 'would blockade' -> threat (1381); 'will not meet' -> refusal;
        'X said Y must release ...' -> X demands of Y (1053)."""
        if candidate.modality_applied or candidate.cameo[:2] in STATEMENT_ROOTS:
            return candidate
        head = self._modal_head(candidate)
        if head is None:
            return candidate
        auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
        negated = any(c.dep_ == "neg" for c in head.children)
        root = candidate.cameo[:2]
        kind = None
        demander = self._obligation_demander(head)
        if auxes & self.patterns.obligation_modals and demander is not None and not negated and not self._inverted_condition(head):
            subject, chained = self._subject(demander)
            source = self.index.argument(subject)
            if source and not _overlaps(source, candidate.source):
                target = self._obligated(candidate.source, head, demander)
                return _Candidate(
                    trigger=demander, cameo=self.patterns.control_code("request", candidate.cameo),
                    pattern_id=f"modal:must>{candidate.pattern_id}", specificity=candidate.specificity,
                    source=source, target=target or candidate.target, chained=True, modality_applied=True,
                    covers=(head.i, candidate.trigger.i),
                )
            return candidate
        if not self.patterns.recode_modality:
            if negated and auxes & self.patterns.refusal_modals and root in self.patterns.cooperative_roots:
                # "Israel will not supply weapons to Ukraine", "would not give up any territory": an announced refusal,
                # whatever the modality convention (a negated past act stays negated: "did not send aid")
                kind = "refuse"
            elif (auxes & self.patterns.future_modals and not negated and "have" not in auxes
                    and root in self.patterns.conflict_roots and self._conditional(head)
                    and not self._deployed_at_home(candidate)):
                # "would seize more land unless Hezbollah pulled back", "could turn off the taps if the junta delays the
                # vote": a hostile act held out on a condition is a threat, whatever the modality convention
                kind = "threaten"
            else:
                return candidate  # the status stage says planned / future / hypothetical / negated
        elif negated and root in self.patterns.cooperative_roots:
            kind = "refuse"
        elif auxes & self.patterns.future_modals and not negated:
            if root in self.patterns.cooperative_roots:
                kind = "intent"
            elif root in self.patterns.conflict_roots and not self._deployed_at_home(candidate):
                # (a deployment aimed at nobody else stays a mobilization: "will deploy police to the capital")
                kind = "threaten"
        if kind is None:
            return candidate
        candidate.cameo = self.patterns.control_code(kind, candidate.cameo)
        if kind == "refuse" and not self.patterns.recode_modality:
            # (the status stage reads "control:refuse:" as a refusal whose negation is the refusal, made)
            candidate.pattern_id = f"control:refuse:{'+'.join(sorted(auxes & self.patterns.refusal_modals))}>{candidate.pattern_id}"
        else:
            candidate.pattern_id = f"modal:{kind}>{candidate.pattern_id}"
        candidate.modality_applied = True
        return candidate

    @staticmethod
    def _deployed_at_home(candidate: _Candidate) -> bool:
        """A deployment aimed at nobody else, a mobilization rather than a threat ("will deploy police to the capital")."""
        return candidate.cameo[:2] == FORCE_POSTURE_ROOT and (
            {m.actor.code for m in candidate.target.mentions} <= {m.actor.code for m in candidate.source.mentions})

    def _conditional(self, head) -> bool:
        """Whether ``head``, or the clause it completes, carries an "if" or "unless" condition ("said it would downgrade
        relations if ...": the parser may hang the condition on either verb). "until" is left out: "would fight until
        the last man" sets no condition on anyone."""
        marks = self.patterns.condition_marks - self.patterns.pending_marks
        clauses = [head, *(c for c in head.children if c.dep_ == "conj")]  # "would seize ... and stay there unless"
        if head.dep_ in ("ccomp", "conj") and head.head.i != head.i:
            clauses.append(head.head)
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
                   for clause in clauses for c in clause.children)

    def _not_ruled_out(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """An act not ruled out may come: "did not rule out military action against Iran" is a threat (138),
        "refused to rule out sanctions" a threat of them, "did not rule out talks with the Taliban" an intent to meet;
        the act itself is no event, and a negated exclusion of anything else is no rejection."""
        rejections = self.patterns.exclusion_rejection_roots
        if not any(c.cameo[:2] in rejections and not c.nominal for c in candidates):
            return candidates  # (most sentences: no rejection to read)
        acts = {c.trigger.i: c for c in candidates if c.nominal}
        dropped: set[int] = set()
        for candidate in candidates:
            verb = candidate.trigger
            if (candidate.nominal or candidate.cameo[:2] not in rejections or verb.pos_ not in VERB_POS
                    or self.patterns.lemma(verb) not in self.patterns.exclusion_verbs):
                continue
            if not self._exclusion_negated(verb):
                self._ruled_out_act(candidate, candidates, dropped)
                continue
            obj = child(verb, "nsubjpass") if self._passive(verb) else child(verb, *OBJECT_DEPS, "xcomp")
            act = acts.get(obj.i) if obj is not None else None
            act_code = act.cameo if act is not None else None
            if act_code is None and obj is not None and obj.tag_ == "VBG":
                hit = self._match_verb(obj, self.patterns.lemma(obj))  # "did not rule out sending troops"
                act_code = hit[0].cameo if hit is not None else None
            elif act_code is None and obj is not None and obj.pos_ in NOUN_POS:
                # the act is the pattern's own object ("ruled out talks with Kabul" is rule_out_talks, not a noun event)
                pattern = self._match_noun(obj, self.patterns.lemma(obj))
                act_code = pattern.cameo if pattern is not None else None
            code = None
            if act_code is not None and (act_code[:2] in self.patterns.conflict_roots or act_code[:2] == THREAT_ROOT):
                code = self.patterns.control_code("threaten", act_code)
            elif act_code is not None and (act_code[:2] in self.patterns.cooperative_roots
                                          or act_code[:2] in self.patterns.exclusion_intent_roots):
                code = self.patterns.control_code("intent", act_code)
            elif obj is not None and act_code is None and obj.pos_ in NOUN_POS:
                military = any(self.patterns.lemma(c) in self.patterns.military_modifiers for c in obj.children
                               if c.dep_ in ("amod", "compound"))
                if military or self.patterns.lemma(obj) in self.patterns.threat_nouns:
                    code = (self.patterns.exclusion_military_threat_code if military
                            else self.patterns.exclusion_threat_code)
            if code is None:
                dropped.add(id(candidate))  # "did not rule out a run for president": no rejection, no event we code
                continue
            if act is not None:
                dropped.add(id(act))
                if not candidate.target and act.target and not _overlaps(act.target, candidate.source):
                    candidate.target = act.target
            candidate.cameo, candidate.modality_applied = code, True
            candidate.pattern_id = f"unruled:{candidate.pattern_id}"
        return [c for c in candidates if id(c) not in dropped]

    def _ruled_out_act(self, rejection: _Candidate, candidates: list[_Candidate], dropped: set[int]) -> None:
        """An act ruled out is refused, not done: "Serbia ruled out recognising Kosovo" is one refusal (12x) aimed at
        the act's target; the act is no event."""
        verb = rejection.trigger
        obj = child(verb, *OBJECT_DEPS, "xcomp")
        if obj is None:
            # the parser may make the gerund an adverbial clause: only right after the verb or its particle, not
            # "ruled out talks, saying ..."
            obj = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                        and all(verb.doc[k].dep_ == "prt" for k in range(verb.i + 1, c.i))), None)
        if obj is None or obj.tag_ != "VBG":
            return
        act = next((c for c in candidates if c.trigger.i == obj.i and not c.nominal and id(c) not in dropped), None)
        if act is None:
            return
        dropped.add(id(act))
        if not rejection.target and act.target and not _overlaps(act.target, rejection.source):
            rejection.target = act.target
        rejection.cameo = self.patterns.control_code("refuse", act.cameo)

    def _exclusion_negated(self, verb) -> bool:
        """"did not rule out", "cannot exclude", "refused to rule out", "would not rule out"."""
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        control = self.patterns.controls.get(self.patterns.lemma(verb.head)) if verb.dep_ == "xcomp" else None
        return control is not None and control.kind == "refuse"

    def _accuser_as_victim(self, candidates: list[_Candidate]) -> None:
        """Fighting a state accuses another of, aimed at no one named, was aimed at the accuser: "Pakistan's military
        accused Indian troops of violating the ceasefire along the Line of Control" (India -> Pakistan)."""
        accusations = {c.trigger.i: c for c in candidates if c.cameo[:2] == DISAPPROVE_ROOT and not c.nominal}
        if not accusations:
            return
        for candidate in candidates:
            trigger = candidate.trigger
            if (candidate.target or not candidate.source or candidate.nominal or candidate.cameo[:2] != FIGHT_ROOT
                    or trigger.dep_ != "pcomp" or trigger.head.lower_ not in GERUND_DOER_PREPS):
                continue
            if candidate.cameo != CEASEFIRE_VIOLATION_CODE and child(trigger, *OBJECT_DEPS) is not None:
                continue  # "accused Iran of attacking two tankers": a thing named, whose owner is not said
            accusation = accusations.get(trigger.head.head.i) or accusations.get(trigger.head.head.head.i)
            if accusation is None or not accusation.source or _overlaps(accusation.source, candidate.source):
                continue
            if all(m.actor.sector in STATE_SECTORS and m.actor.country for m in accusation.source.mentions):
                candidate.target = replace(accusation.source, quality=min(accusation.source.quality, 0.6))

    def _mass_victims(self, verb) -> bool:
        """Whether a killing verb's victims number at least MASS_KILLING_COUNT ("killed as many as 2,000 people",
        "massacred thousands of villagers"); "killed 40 civilians" is a killing."""
        if verb.pos_ not in VERB_POS:
            return False
        victims = self._acted_on(verb)
        if victims is None:
            return False
        people = unwrap_quantifier(victims)
        if self._listed_noun(people, self.patterns.armed_nouns) or self._listed_noun(people, self.patterns.combatant_nouns):
            return False  # "1,250 terrorists have been killed in 15 months": fighters killed, a tally of operations
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "a war that lasted three years and killed 100,000 people"
        doer = clause.head if clause.dep_ == "relcl" else self._doer(verb)
        if doer is not None and self._listed_noun(doer, self.patterns.conflict_nouns):
            return False  # "a war that killed 100,000 people": a death toll, not one massacre
        if victims.lower_ in self.patterns.mass_killing_words:
            return True  # "thousands of people"
        if victims.lower_ == "hundreds" and any(o.lower_ in self.patterns.mass_killing_words for p in victims.children
                                                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
            return True  # "hundreds of thousands of Afghans"
        for number in (c for c in victims.children if c.dep_ == "nummod"):
            value = _number_value(number)
            if value is not None and value >= MASS_KILLING_COUNT:
                return True
        return False

    def _population_driven_out(self, verb) -> bool:
        """Whether an expelling verb's people are a population: migrants, refugees, villagers, a nationality ("drove
        330,000 Congolese out"); not "drove out thousands of protesters from a square", which disperses a crowd."""
        people = unwrap_quantifier(self._acted_on(verb))
        if people is None:
            return False
        return self._listed_noun(people, self.patterns.expelled_population_nouns) or people.ent_type_ == "NORP"

    def _acted_on(self, verb):
        """Who a verb acts on: its passive subject or its object ("2,000 people were killed", "expelled 13,000
        migrants")."""
        return child(verb, "nsubjpass") if self._passive(verb) else child(verb, *OBJECT_DEPS)

    def _in_exercise(self, trigger) -> bool:
        """Whether a violent act is done "as part of war games", "during drills" or "in exercises", or is a participle
        of a clause that holds them ("launched exercises around Taiwan, firing missiles into waters near the island")."""
        if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.pos_ in VERB_POS and any(
                c.dep_ in OBJECT_DEPS and self._exercise_noun(c) for c in trigger.head.children):
            return True
        for prep in trigger.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj":
                    continue
                if noun.lower_ == "part":  # "as part of military exercises"
                    noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for o in p.children if o.dep_ == "pobj"), noun)
                if self._exercise_noun(noun):
                    return True
        return False

    def _exercise_noun(self, noun) -> bool:
        lemma = self.patterns.lemma(noun)
        return lemma in self.patterns.exercise_nouns or any(
            f"{c.lower_} {lemma}" in self.patterns.exercise_nouns for c in noun.children if c.dep_ == "compound")

    def _aim_case(self, candidate: _Candidate, absorbed: Optional[set] = None) -> bool:
        """Aims a case taken to court (``legal_action_code`` with a ``case_nouns`` object) at whom it is about; False when
        it is no legal action. "would take the case to the International Court of Justice": the court is where the case
        goes, not whom it is against: named elsewhere in the clause, or the doer of the act it answers (the answer
        stage), or none ("the opposition took its case to the Supreme Court" sues no one)."""
        trigger = candidate.trigger
        if not (candidate.cameo.startswith(self.patterns.legal_action_code) and trigger.pos_ in VERB_POS):
            return True
        cases = [c for c in trigger.children if c.dep_ == "dobj"]
        if not any(self.patterns.lemma(c) in self.patterns.case_nouns for c in cases):
            # "challenged the result in court", "contested the ruling before the WTO": the court is never the target
            courts = self._court_phrases(trigger, ("in", "at", "before", "to"))
            court_tokens = {t.i for v in courts for t in v.subtree}
            if candidate.target and court_tokens and all(m.head in court_tokens for m in candidate.target.mentions):
                candidate.target = NO_ARGUMENT
            return True
        venues = [o for h in (trigger, *cases) for _w, o in prep_objects(h, ["to", "before", "at"])]
        if (venues and not self._adjudicating(venues)) or (candidate.source and all(
                self.patterns.is_commercial(m.actor.sector) for m in candidate.source.mentions)):
            # "referred the matter to the Security Council", "took the matter to FIFA": no court; nor a firm's case
            # ("The company took the matter to court")
            return False
        venue_tokens = {t.i for v in venues for t in v.subtree}
        if candidate.target and any(m.head in venue_tokens for m in candidate.target.mentions):
            candidate.target = NO_ARGUMENT  # the court, whatever its sector, is where the case goes
        if not candidate.target:
            # "took its dispute with China over barley tariffs to the WTO": the other party
            party = next((o for c in cases for _w, o in prep_objects(c, ["with", "against"])), None)
            argument = self.index.argument(party) if party is not None else NO_ARGUMENT
            if argument and not _overlaps(argument, candidate.source):
                candidate.target = argument
        if not candidate.target:
            # "filed a case at the ICJ accusing Israel of genocide": the one the case accuses (grammar case_accusing_verbs)
            accusing = next((c for c in (*trigger.children, *(g for k in cases for g in k.children))
                             if c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VBG"
                             and self.patterns.lemma(c) in self.patterns.case_accusing_verbs
                             and child(c, "dobj") is not None), None)
            argument = self.index.argument(child(accusing, "dobj")) if accusing is not None else NO_ARGUMENT
            if argument and not _overlaps(argument, candidate.source):
                candidate.target = argument
                if absorbed is not None:
                    absorbed.add(accusing.i)  # (the accusation is what the case says: one event, the case)
        if not candidate.target:
            candidate.pattern_id = CASE_PREFIX + candidate.pattern_id
        return True

    def _adjudicating(self, venues) -> bool:
        """Whether a case goes to a court, tribunal or body that rules on disputes (grammar.yaml
        ``adjudicating_venues``: "to the International Court of Justice", "to the WTO"), not a political body ("to the
        UN Security Council") or a sports or trade body ("to FIFA", "to the European Commission")."""
        words = self.patterns.adjudicating_venues
        for venue in venues:
            text = " ".join(t.lower_ for t in venue.subtree)
            if any(self._listed(t, words) for t in venue.subtree) or any(
                    " " in w and f" {w} " in f" {text} " for w in words):
                return True
        return False

    def _judgements(self, sentence, candidates: list) -> list:
        """Calling an act or claim by a condemning name criticises whoever it is theirs (grammar.yaml
        ``judging_verbs``, ``condemning_words``, ``judgement_code``): "called the raid by Ecuadorian police an
        authoritarian act", "called the U.S. sanctions an act of economic piracy", "described the charges as
        absurd". The target is the actor named in what is judged; with none ("called the move a provocation"), the
        answer stage aims it at the act answered. Such a verb is no call for or on anything, so its other readings
        yield ("called the sanctions an act of piracy" is no call for sanctions)."""
        words = self.patterns.judging_verbs
        if not words:
            return candidates
        out = list(candidates)
        triggers = {c.trigger.i for c in candidates}
        pos = self._document_columns.pos  # (every word of every sentence is asked: a Token only for a verb)
        for i in range(sentence.start, sentence.end):
            if pos[i] not in VERB_POS:
                continue
            verb = sentence.doc[i]
            if self.patterns.lemma(verb) not in words or self._passive(verb):
                continue
            if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i in triggers:
                continue  # "rejected the proposal, calling it unacceptable": what the rejection voices
            judged = child(verb, "dobj")
            predicate = _judgement_predicate(verb, judged) if judged is not None else None
            if predicate is None or not any(self._listed(t, self.patterns.condemning_words) for t in predicate.subtree):
                continue
            subject, chained = self._subject(verb)
            source = self.index.argument(subject, quality_cap=0.8 if chained else 1.0, agentive=True)
            if not source:
                continue
            target = NO_ARGUMENT
            if self._listed(judged, self.patterns.patient_nouns) or any(
                    c.trigger.i == judged.i and c.cameo[:2] in self.patterns.violent_act_roots for c in out):
                # "called the killing of Palestinian civilians a crime", "the journalist's murder": the victim is
                # no owner; only a doer named by "by" or an adjective ("the Russian bombing of Aleppo") is
                owners = [*(c for c in judged.children if c.dep_ in ("compound", "amod")),
                          *(o for _w, o in prep_objects(judged, ["by"]))]
            else:
                owners = [judged, *(c for c in judged.children if c.dep_ in ("compound", "amod", "poss", "nmod")),
                          *(o for _w, o in prep_objects(judged, ["by", "of"]))]
            for token in owners:
                argument = self.index.argument(token)
                if argument and not _overlaps(argument, source):
                    target = argument
                    break
            out = [c for c in out if c.trigger.i != verb.i]
            out.append(_Candidate(trigger=verb, cameo=self.patterns.judgement_code, pattern_id=f"{JUDGEMENT_PREFIX}{verb.lemma_}",
                                  specificity=0, source=source, target=target, chained=chained))
        return out

    def _departure_orders(self, departures) -> list[_Candidate]:
        """'ordered the French ambassador to leave the country', 'gave two diplomats 72 hours to leave': an expulsion
        of the one ordered out by whoever gave the order."""
        out = []
        for leave in departures:
            order = leave.head
            if leave.dep_ in ("relcl", "acl") and order.pos_ in NOUN_POS:
                order = order.head  # "gave them 72 hours to leave": the infinitive hangs on the time given
            if order.pos_ not in VERB_POS or self.patterns.lemma(order) not in self.patterns.departure_orders:
                continue
            left = child(leave, *OBJECT_DEPS)
            if left is not None and not (self.patterns.lemma(left) in self.patterns.departure_places or any(
                    m.actor.sector is None for m in self.index.by_head.get(left.i, ()))):
                continue  # "told the delegation to leave the talks": no expulsion
            ordered = child(leave, "nsubj") if leave.dep_ == "ccomp" else None
            ordered = ordered or child(order, "dative", "iobj") or child(order, *OBJECT_DEPS)
            target = self.index.argument(ordered)
            if not target:
                continue
            if self._passive(order):
                source = self.index.argument(agent_of(order))
            else:
                subject, chained = self._subject(order)
                source = self.index.argument(subject, quality_cap=0.8 if chained else 1.0, agentive=True)
            words = [ordered, *(c for c in ordered.children if c.dep_ in ("compound", "appos", "nmod"))]
            if any(self.patterns.lemma(w) in self.patterns.diplomat_nouns for w in words):
                code = self.patterns.diplomat_departure_code
            elif all(m.actor.country is None for m in target.mentions):
                code = self.patterns.presence_departure_code  # "ordered a UN official to leave"
            else:
                code = self.patterns.departure_code
            out.append(_Candidate(
                trigger=order, cameo=code,
                pattern_id="order:leave", specificity=2, source=source, target=target, covers=(leave.i,),
                modality_applied=True,
            ))
        return out

    def _unwelcome_declarations(self, sentence) -> list[_Candidate]:
        """'Ukraine declared the Russian consul persona non grata', 'two diplomats were declared personae non gratae
        by Estonia': an expulsion of the diplomat (``diplomat_departure_code``). The parser splits the Latin phrase
        (grammar.yaml: unwelcome_phrases) in many ways, so the declared one is the actor between the verb and the
        phrase, or the passive's subject."""
        out = []
        words = [t.lower_ for t in sentence]
        for phrase in self.patterns.unwelcome_phrases:
            wanted = phrase.split()
            for k in range(len(words) - len(wanted) + 1):
                if words[k:k + len(wanted)] != wanted:
                    continue
                start = sentence[k]
                verb = start
                for _step in range(4):
                    if verb.pos_ in VERB_POS and self.patterns.lemma(verb) in self.patterns.unwelcome_verbs:
                        break
                    verb = verb.head
                else:
                    continue
                if self._passive(verb):
                    agent = agent_of(verb) or next(
                        (o for t in verb.subtree if t.i >= start.i for _w, o in prep_objects(t, ["by"])), None)
                    source = self.index.argument(agent)
                    target = self.index.argument(child(verb, "nsubjpass"))
                else:
                    subject, chained = self._subject(verb)
                    source = self.index.argument(subject, quality_cap=0.8 if chained else 1.0, agentive=True)
                    declared = [t for t in verb.subtree if verb.i < t.i < start.i and t.i in self.index.by_head]
                    target = self.index.argument(declared[0]) if declared else NO_ARGUMENT
                if not target or _overlaps(target, source):
                    continue
                out.append(_Candidate(
                    trigger=verb, cameo=self.patterns.diplomat_departure_code, pattern_id="declare:persona_non_grata",
                    specificity=2, source=source, target=target, covers=(start.i,), modality_applied=True,
                ))
        return out

    def _bare_obligations(self, sentence, candidates: list[_Candidate]) -> list[_Candidate]:
        """'Russia said that Sudan must return the helicopter': a demand even when the verb is not a trigger."""
        triggers = {c.trigger.i for c in candidates}
        covered = triggers | {self._modal_head(c).i for c in candidates if self._modal_head(c) is not None}
        covered |= {i for c in candidates for i in c.covers}
        out = []
        for token in sentence:
            if token.i in covered or token.pos_ not in VERB_POS:
                continue
            demander = self._obligation_demander(token)
            if demander is None:
                continue
            if demander.i in triggers or token.head.i in triggers:
                continue  # "demanded that Ethiopia must stop ...": the demand verb is its own event already
            if not any(c.dep_ == "aux" and c.lower_ in self.patterns.obligation_modals for c in token.children):
                continue
            if any(c.dep_ == "neg" for c in token.children) or self._inverted_condition(token):
                continue  # (nor "should Kosovo go ahead with ...": a condition, not an obligation)
            subject, _chained = self._subject(demander)
            source = self.index.argument(subject)
            target = self._obligated(self.index.argument(child(token, "nsubj", "nsubjpass")), token, demander)
            if source and target and not _overlaps(source, target):
                out.append(_Candidate(
                    trigger=demander, cameo=self.patterns.control_code("request", ""), pattern_id="modal:must",
                    specificity=0, source=source, target=target, chained=True, modality_applied=True,
                ))
        return out

    def _first_prep_target(self, token, preps, source: Argument) -> Argument:
        """The first actor, in the order of ``preps``, that is the object of one of ``token``'s prepositions
        and is not the source ("a visit to Russia", "launched strikes against armed groups")."""
        for prep in preps:
            for _w, obj in prep_objects(token, [prep]):
                argument = self.index.argument(obj)
                if argument and not _overlaps(argument, source):
                    return argument
        return NO_ARGUMENT

    # ---------------------------------------------------------------- verbs
    def _verb_candidate(self, verb, pattern: VerbPattern, obj) -> _Candidate:
        index = self.index
        candidate = _Candidate(
            trigger=verb, cameo=pattern.cameo, pattern_id=pattern.pattern_id, specificity=pattern.specificity,
            reciprocal="reciprocal" in pattern.flags, self_ok="self_ok" in pattern.flags,
            needs_target="needs_target" in pattern.flags, alone_code=pattern.alone_code,
            armed_source="armed_source" in pattern.flags, mission="mission" in pattern.flags,
            foreign_object="foreign_object" in pattern.flags,
        )
        participle = (
            verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "conj")
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass", "auxpass") for c in verb.children)
        )  # "the leader, killed in an air strike": the noun it describes is the patient
        passive = self._passive(verb) or participle
        if passive:
            # (``_passive_agent``, but a "by" on the object or on "with" is looked for first, before ``_late_agent``'s)
            agent = agent_of(verb) or _agent_on_objects(verb) or _late_agent(verb, self.patterns.late_agent_hosts)
            if agent is None and obj is not None and obj.dep_ in ("nsubjpass", "csubjpass"):
                # "the release of 50 prisoners by Eritrea was announced": the act's own "by" names who does it
                agent = agent_of(obj)
            if agent is None and obj is not None and obj.dep_ == "nsubjpass" and candidate.reciprocal:
                # "a trade agreement between Japan and Vietnam was signed": with no agent, the parties named on the
                # joint act did it together
                agent = next((o for _w, o in prep_objects(obj, ["between"])), None) or _topic_parties(obj)
            candidate.source = index.argument(agent) if agent is not None else NO_ARGUMENT
            if not candidate.source and "from_source" in pattern.flags:
                # "two activists were deported from Tanzania": the country they were sent away from sent them
                candidate.source = self._first_prep_target(verb, ("from",), NO_ARGUMENT)
            if not candidate.source and pattern.cameo[:2] in self.patterns.conflict_roots:
                candidate.source = self._instrument_source(verb)
            if (not candidate.source and pattern.cameo[:2] == FORCE_POSTURE_ROOT and obj is not None
                    and (obj.dep_ == "nsubjpass" or obj.dep_ == "pobj" and obj.head.lower_ == "of"
                         and obj.head.head.dep_ == "nsubjpass")):  # "thousands of troops were deployed"
                # "several hundred troops were deployed to the villages": with no agent, the forces moved stand for
                # whoever moved them
                candidate.source = index.argument(obj)
        else:
            subject, chained = self._subject(verb)
            candidate.source = index.argument(subject, quality_cap=0.8 if chained else 1.0, agentive=True)
            candidate.chained = chained
        if "subject_target" in pattern.flags:
            return self._undergone_candidate(candidate, verb, obj)

        object_is_target = pattern.obj is None or "object_is_target" in pattern.flags
        target_tokens = []
        if object_is_target:
            if passive:
                patient = child(verb, "nsubjpass")
                if patient is None and participle:
                    patient = verb.head if verb.dep_ == "acl" else self._subject(verb)[0]
                target_tokens.append(patient)
            direct = child(verb, *OBJECT_DEPS)
            if direct is None:
                # the small parser often labels a proper-noun object "npadvmod" ("met Turkey")
                direct = next((c for c in verb.rights if c.dep_ == "npadvmod" and c.pos_ == "PROPN"), None)
            if direct is None:
                # "allow Syrian refugees to enter": the parser makes the object the subject of the infinitive
                clause = child(verb, "ccomp", "xcomp")
                if clause is not None and _infinitive(clause):
                    direct = child(clause, "nsubj")
            if direct is None and not passive:
                direct = _shared_object(verb)
            target_tokens.append(unwrap_quantifier(direct))
        elif passive:
            patient = child(verb, "nsubjpass")
            # (nor when the required object is coordinated with it: "tanks and troops were massed near the border")
            if patient is not None and (obj is None or obj.i not in {patient.i, *(c.i for c in conjuncts(patient))}):
                target_tokens.append(patient)
        recipient = child(verb, "dative", "iobj")
        if recipient is not None and recipient.lower_ != "to":
            target_tokens.append(recipient)  # "give Tanzania a grant"
        if (obj is not None and not object_is_target and obj.dep_ == "pobj" and obj.head.lower_ == "with"
                and obj.head.head.i == verb.i):
            # "provided Ukraine with weapons": with the thing given behind "with", the direct object receives it
            target_tokens.append(unwrap_quantifier(child(verb, "dobj")))
        if obj is not None and not object_is_target and obj.dep_ == "npadvmod" and obj.head.i == verb.i:
            # "gave Niger's junta one week to reinstate the president": with the time given an adverb, the direct
            # object is the one given it
            target_tokens.append(unwrap_quantifier(child(verb, "dobj")))
        if pattern.particle and pattern.particle not in pattern.target_preps:
            # (a particle listed in preps= takes its place in that order: "protested to the UN over Israeli raids")
            target_tokens.extend(o for _w, o in prep_objects(verb, [pattern.particle]))
        holders = [verb] + ([obj] if obj is not None else [])
        # "provided assistance worth $50 million to Mongolia": the parser hangs the recipient on "worth", itself on the
        # object or on the verb
        holders += [c for holder in list(holders) for c in holder.children if c.lower_ == "worth"]
        if obj is None and candidate.reciprocal:
            # "agreed to talks with Mali": the partner of a joint act may be named on the thing its preposition governs
            holders += [o for _w, o in prep_objects(verb, [p for p in (pattern.particle, *pattern.target_preps) if p])
                        if o.pos_ in NOUN_POS and o.i not in self.index.by_token]
        if obj is not None and not object_is_target:
            # "approved a grant of 50 million euros for Moldova", "sent a shipment of arms to Kyiv": the parser may hang
            # the recipient on the amount or goods behind the required object's "of"
            holders += [o for _w, o in prep_objects(obj, ["of"])]
            if obj.dep_ == "conj" and obj.head.dep_ in OBJECT_DEPS and obj.head.head.i == verb.i:
                # "expand trade and investment ties with Argentina": the parser hangs the phrase on the first conjunct
                holders.append(obj.head)
        # "refused to hand the islands back to Mauritius": the parser hangs the recipient on "back"
        holders += [c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"]
        direct_object = child(verb, *OBJECT_DEPS)
        if object_is_target and direct_object is not None:
            holders.append(direct_object)
        elif obj is not None and direct_object is not None and direct_object.i != obj.i and unwrap_quantifier(direct_object).i == obj.i:
            # "delivered $50,000 worth of goods to X": the recipient may hang on the quantity noun
            holders.append(direct_object)
        if direct_object is not None and "to" in pattern.target_preps:
            # "returned the ships it had seized to Ukraine": the parser hangs the recipient on the relative clause
            holders.extend(c for c in direct_object.children if c.dep_ == "relcl")
        prep_tokens = [o for prep in pattern.target_preps for holder in holders for _w, o in prep_objects(holder, [prep])]
        if (obj is not None and not object_is_target and self.index.has_actor_possessor(obj)
                and child(obj, "poss").tag_ != "PRP$" and obj.i not in self.index.by_token):
            # "seized Maduro's plane in the Dominican Republic": whose thing it is says more than where it was
            prep_tokens = [o for o in prep_tokens if o.head.lower_ not in LOCATIVE_PREPS]
        if "recipient_first" in pattern.flags and not (
                # "deported 200 Venezuelans to El Salvador": deportees named by their country are the target, before
                # where they were sent ("deported dozens of migrants to Tunisia" targets Tunisia)
                "deportees" in pattern.flags and target_tokens and self._has_own_country(target_tokens[0])):
            target_tokens = prep_tokens + target_tokens  # "extradited two suspects to Uganda": Uganda receives them
        else:
            target_tokens.extend(prep_tokens)
        if candidate.cameo[:2] == REQUEST_ROOT and not passive:
            # "appealed to Russia for the release of the journalist": the one asked, not whoever the thing asked for
            # names, is the target
            target_tokens = [o for _w, o in prep_objects(verb, ["to"])] + target_tokens
        # people given or taken in are the target, but a role alone says less than where they came from: "took in
        # 10,000 refugees from Syria" targets Syria
        origins = ({o.i for holder in holders for _w, o in prep_objects(holder, ["from"])}
                   if object_is_target and "from_origin" in pattern.flags else set())
        role_only = NO_ARGUMENT
        # (a required object behind a preposition is where the act goes, never its target: "took its case to the Supreme
        # Court" sues no one, and a pattern whose object is its target then needs one: "took Kenya to court")
        venue = (obj is not None and obj.dep_ == "pobj" and pattern.particle is not None
                 and obj.head.lower_ == pattern.particle)
        if (venue and "object_is_target" in pattern.flags and self.index.argument(obj)
                and self.patterns.lemma(obj) not in self.patterns.actor_nouns
                and not any(self.patterns.lemma(c) in self.patterns.case_nouns for c in verb.children if c.dep_ == "dobj")):
            # (only when the venue is an institution: "pounded Kharkiv with artillery", "flooded Urumqi with police" stand)
            # (a case taken there is against whoever it is about, named in the clause or the act it answers: "would take
            # the case to the International Court of Justice", after Ecuador's raid)
            candidate.needs_target = True
        for token in target_tokens:
            if token is None or (obj is not None and token.i == obj.i and (not object_is_target or venue)):
                continue
            argument = self.index.argument(token)
            if argument and not _overlaps(argument, candidate.source):
                if origins and not role_only and all(m.actor.country is None for m in argument.mentions):
                    role_only = argument
                    continue
                if role_only and token.i not in origins:
                    continue
                candidate.target = argument
                break
        if not candidate.target and role_only:
            candidate.target = role_only
        if not candidate.target and "border" in pattern.flags:
            candidate.target = self._border_target(verb, candidate.source)
        if not candidate.target and obj is not None and not object_is_target:
            # "investigating the killing of Turkish soldiers", "occupied the Syrian town": an actor
            # inside the required object phrase is a weaker guess at the target
            # ("the proposal put forward by Egypt was rejected by Hamas": what is rejected in the passive is still the
            # proposer's)
            mentions, _quality = self.index.nested(
                obj, done_by=obj.dep_ == "nsubjpass" and candidate.cameo[:2] in PREP_PHRASE_TARGET_ROOTS)
            # the object itself ("sent its troops into Iraq") is what is given or used, not to whom
            mentions = [m for m in mentions if m.head != obj.i]
            argument = Argument(tuple(mentions), 0.5, obj.i) if mentions else NO_ARGUMENT
            source_countries = {m.actor.country for m in candidate.source.mentions if m.actor.country}
            # "deepen U.S. investment": a bare country modifier of the object is the source's own, not a target
            own = all(m.actor.country in source_countries and not m.actor.sector for m in argument.mentions) if argument else True
            if argument and not _overlaps(argument, candidate.source) and not own:
                candidate.target = argument
        if not candidate.target and candidate.cameo[:2] in PREP_PHRASE_TARGET_ROOTS:
            # "voiced its disapproval of remarks made by Togo's foreign minister", "opened an inquiry into the conduct
            # of U.S. forces": what is disapproved of or investigated is someone's; its owner or doer is the target
            for token in prep_tokens:
                if venue and token.i == obj.i:
                    continue
                mentions, _quality = self.index.nested(token, done_by=True)
                argument = Argument(tuple(mentions), 0.5, token.i) if mentions else NO_ARGUMENT
                if argument and not _overlaps(argument, candidate.source):
                    candidate.target = argument
                    break
        if not candidate.target and "clause" in pattern.flags:
            # "complained that Croatia is failing to ...": the one complained of is the clause's subject
            clause = _finite_clause(verb)
            argument = self.index.argument(child(clause, "nsubj", "nsubjpass")) if clause is not None else NO_ARGUMENT
            if argument and not _overlaps(argument, candidate.source):
                candidate.target = argument
        if not candidate.target and candidate.cameo[:2] in PRONOUN_OWNER_ROOTS | OBJECT_PRONOUN_ROOTS:
            # (also on a required object: "Russian warplanes entered its airspace")
            candidate.target = self._pronoun_owner([*target_tokens, *prep_tokens, obj], candidate.source,
                                                   possessive=candidate.cameo[:2] in PRONOUN_OWNER_ROOTS)
        control = self.patterns.controls.get(self.patterns.lemma(verb))
        if not candidate.target and control is not None and control.kind == "request" or (
                not candidate.target and candidate.cameo[:2] == REQUEST_ROOT):
            clause = child(verb, "ccomp")  # "demanded that the United States ..."
            if clause is None:
                clause = _for_clause(verb)  # "called for Israel to allow more aid into Gaza"
            if clause is None:
                # "insisted on its demand that Burundi's government grant ...": the clause of the demand noun
                nouns = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
                nouns += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
                clause = next((c for n in nouns for c in n.children if c.dep_ in ("acl", "ccomp")
                               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                # (the parser may make the clause's subject the clause: "demanded that the Philippines back down")
                asked = child(clause, "nsubj", "nsubjpass")
                if asked is None and clause.pos_ in NOUN_POS:
                    asked = clause
                argument = self.index.argument(asked)
                if argument and not _overlaps(argument, candidate.source):
                    candidate.target = argument
        if obj is not None:
            candidate.consumed.add(obj.i)
        return candidate

    def _pronoun_owner(self, tokens, source: Argument, possessive: bool = True) -> Argument:
        """The actor a pronoun on the act's object stands for, when it is not the doer: "Russia accused Ukraine of shelling
        its territory" -> Russia, "Japan said a Chinese plane violated its airspace" -> Japan, "blamed India, accusing it
        of ..." -> India. A possessive stands for the nearest actor named before it in the sentence, of the right number,
        that is not the doer; an object pronoun ("it", "them") only for the noun right before it, when that noun is an
        actor ("gunmen stormed it" after "attacked the hotel" is the hotel). Nothing when the doer is the only one."""
        pronouns = self.patterns.thing_pronouns | PERSON_PRONOUNS
        for token in tokens:
            if token is None:
                continue
            bare = token.lower_ in pronouns and token.pos_ == "PRON"
            pronoun = token if bare else None if not possessive else next(
                (c for c in token.children if c.dep_ == "poss" and c.lower_ in pronouns), None)
            if pronoun is None or any(c.lower_ == "own" for c in token.children):
                continue  # "shelled its own positions"
            if not source:
                return NO_ARGUMENT  # who acted is unknown, so whose thing it is cannot be told apart from the doer's
            antecedent = self._nearest_noun_actor(pronoun, source) if bare else self._nearest_actor(pronoun, source)
            if antecedent is None:
                return NO_ARGUMENT
            head = pronoun.doc[antecedent.head]
            while pronoun.lower_ in PLURAL_PRONOUNS and head.dep_ == "conj":
                head = head.head  # "tariffs on Mexico, Canada and China to pressure them": all three
            argument = self.index.argument(head, quality_cap=0.4)
            return argument if argument and not _overlaps(argument, source) else NO_ARGUMENT
        return NO_ARGUMENT

    def _is_doer(self, mention: ActorMention, source: Argument) -> bool:
        """Whether ``mention`` is the act's doer, or shares its country or head in any role, so a pronoun on the act's
        object cannot stand for it ("Tehran rejected its offer" after "the United States ... Iran" is not Iran's)."""
        keys = {_actor_key(m) for m in source.mentions}
        countries = {m.actor.country for m in source.mentions if m.actor.country}
        return _actor_key(mention) in keys or mention.actor.country in countries or any(
            mention.token_start <= m.head < mention.token_end or m.token_start <= mention.head < m.token_end
            for m in source.mentions)

    def _fits_pronoun(self, mention: ActorMention, pronoun) -> bool:
        """Whether ``pronoun`` can stand for the actor: of a country or body, a person for "him", of its number."""
        if mention.kind == "coref" and pronoun.doc[mention.head].pos_ == "PRON":
            return False  # "they" is itself a pronoun
        if not (mention.actor.country or mention.actor.code[:3] in ("IGO", "NGO", "IMG")):
            return False  # "protesters", "police": a role with no country owns no airspace
        head = pronoun.doc[mention.head]
        person = mention.kind in ("person", "coref") and mention.actor.name is not None
        if pronoun.lower_ in PERSON_PRONOUNS:
            # a named person, or one named by a role ("urged China's ambassador ... urged him")
            return person or mention.kind == "sector" and head.tag_ == "NN"
        if person:
            return False
        # (coordinated names are plural: "Pyongyang and Moscow ... persuade them")
        plural = head.tag_ in ("NNS", "NNPS") or head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
        if plural and pronoun.lower_ in ("its", "it"):
            return False
        return not (pronoun.lower_ in PLURAL_PRONOUNS and not plural and mention.actor.sector is not None)

    def _nearest_actor(self, pronoun, source: Argument) -> Optional[ActorMention]:
        """The antecedent of a possessive pronoun: the nearest actor named before it in its sentence that is not the
        doer and that the pronoun can stand for (``_fits_pronoun``); None without one."""
        start = pronoun.sent.start
        earlier = sorted((m for head, mentions in self.index.by_head.items() if start <= head < pronoun.i
                          for m in mentions[:1]), key=lambda m: -m.head)
        return next((m for m in earlier if not self._is_doer(m, source) and self._fits_pronoun(m, pronoun)), None)

    def _nearest_noun_actor(self, pronoun, source: Argument) -> Optional[ActorMention]:
        """The antecedent of an object pronoun ("it", "them"): the nearest noun before it that is not the doer, if it
        names an actor the pronoun can stand for; None otherwise ("attacked the hotel ... stormed it" is the hotel)."""
        for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            mentions = self.index.by_token.get(token.i, [])
            if mentions and any(self._is_doer(m, source) for m in mentions):
                continue
            if token.pos_ in NOUN_POS or token.pos_ == "PRON":
                return next((m for m in mentions if self._fits_pronoun(m, pronoun)), None)
        return None

    def _undergone_candidate(self, candidate: _Candidate, verb, obj) -> _Candidate:
        """An act the subject undergoes ("their forces came under attack from Assad loyalists"): the subject is the
        target, and the doer, if named, is behind "from" or "by" on the act or the verb."""
        candidate.target = candidate.source
        holders = ([obj] if obj is not None else []) + [verb]
        doers = (self.index.argument(o) for holder in holders for _w, o in prep_objects(holder, ["from", "by"]))
        candidate.source = next((a for a in doers if a and not _overlaps(a, candidate.target)), NO_ARGUMENT)
        if not candidate.source and obj is not None:
            # "came under Russian shelling": the act's own modifier names the doer
            owners = (self.index.argument(c, quality_cap=0.6, coordinated=True) for c in obj.children
                      if c.dep_ in ("poss", "amod", "compound", "nmod"))
            candidate.source = next((a for a in owners if a and not _overlaps(a, candidate.target)), NO_ARGUMENT)
        if obj is not None:
            candidate.consumed.add(obj.i)
        return candidate

    def _in_court(self, verb) -> bool:
        """Whether ``verb`` (or its object) has a phrase on a court or tribunal (grammar.yaml ``adjudicating_venues``):
        "challenged the result in court", "contested the law before the Constitutional Court"; not "to" ("contested
        the nomination of Kavanaugh to the Supreme Court": a seat, not a venue)."""
        return bool(self._court_phrases(verb, ("in", "at", "before")))

    def _own_fight(self, verb) -> bool:
        """Whether the fight a light verb stops ("put an end to the fighting", "called a halt to hostilities") is the
        subject's own: not a fight "between" others it mediates or breaks up ("Egypt put an end to the fighting between
        Israel and Hamas", "police put an end to clashes between rival fans"; "between them" is their own), nor one
        it ends by force ("put an end to the fighting by retaking the last rebel district")."""
        stoppers = [c for c in verb.children if c.dep_ in OBJECT_DEPS and self.patterns.lemma(c) in self.patterns.to_modified_nouns]
        fights = [o for h in (verb, *stoppers) for _w, o in prep_objects(h, ["to"])]
        for fight in fights:
            if any(o.pos_ != "PRON" for _w, o in prep_objects(fight, ["between"])):
                return False
        return not any(o.tag_ == "VBG" for _w, o in prep_objects(verb, ["by"]))

    def _court_phrases(self, verb, preps) -> list:
        """The objects of ``verb``'s ``preps`` phrases (also on its objects, and on an object's "of" noun: the parser
        may hang the court there, "challenged the result of the election in court") whose own noun is a court
        (``_court_noun``)."""
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        holders = [verb, *objects, *(o for obj in objects for _w, o in prep_objects(obj, ["of"]))]
        return [o for h in holders for _w, o in prep_objects(h, preps) if self._court_noun(o)]

    def _court_noun(self, venue) -> bool:
        """Whether the head noun of a phrase (with its compounds and adjectives) is a court or tribunal (grammar.yaml
        ``adjudicating_venues``): "in the Supreme Court", "before the WTO"; not "at a press conference outside the
        Supreme Court", "at the court's gates", nor one of ``non_adjudicating_phrases`` ("in the court of public
        opinion", "at Centre Court")."""
        subtree = f" {' '.join(t.lower_ for t in venue.subtree)} "
        if any(f" {w} " in subtree for w in self.patterns.non_adjudicating_phrases):
            return False
        name = " ".join(t.lower_ for t in (*(c for c in venue.lefts if c.dep_ in ("compound", "amod")), venue))
        words = self.patterns.adjudicating_venues
        return self._listed(venue, words) or any(" " in w and f" {w} " in f" {name} " for w in words)

    def _border_phrase(self, verb):
        """The border noun behind one of ``verb``'s (or its object's) prepositions: "to its border with India",
        "on the Syrian border"; or None."""
        holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        for holder in holders:
            for c in holder.children:
                if c.dep_ not in ("prep", "dative"):
                    continue
                for obj in c.children:
                    if obj.dep_ == "pobj" and self.patterns.lemma(obj) in self.patterns.border_nouns:
                        return obj
        return None

    def _border_target(self, verb, source: Argument) -> Argument:
        """The country whose border an act is aimed at: "border with India", "Syria's border", "the Syrian
        border" (the source's own country is skipped: "its border with India" is India's)."""
        border = self._border_phrase(verb)
        if border is None:
            return NO_ARGUMENT
        tokens = [o for _w, o in prep_objects(border, ["with"])]
        tokens += [c for c in border.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        tokens += [o for _w, o in prep_objects(verb, ["with"])]  # "sent troops to the frontier with China"
        source_countries = {m.actor.country for m in source.mentions if m.actor.country}
        for token in tokens:
            argument = self.index.argument(token, quality_cap=0.6)
            owner = self.index.border_owners.get(token.i)
            if not argument and owner is not None:
                argument = Argument((owner,), 0.6, token.i)  # "on the Syrian border"
            if argument and not _overlaps(argument, source) and not all(
                    m.actor.country in source_countries for m in argument.mentions):
                return argument
        return NO_ARGUMENT

    def _instrument_source(self, verb) -> Argument:
        """The actor behind the attack a passive clause names as its means: "civilians were killed in Russian air
        strikes" -> Russia (the modifier, possessor or agent of the event noun)."""
        for _w, noun in prep_objects(verb, INSTRUMENT_PREPS):
            pattern = self._match_noun(noun, self.patterns.lemma(noun)) if noun.pos_ in NOUN_POS else None
            if pattern is None:
                continue
            argument = self.index.argument(agent_of(noun), quality_cap=0.7)
            if argument:
                return argument
            if "reciprocal" in pattern.flags:
                # "soldiers were killed in a clash with Chinese troops": the other side of the clash killed them
                for _p, side in prep_objects(noun, ["with"]):
                    argument = self.index.argument(side, quality_cap=0.6, coordinated=True)
                    if argument:
                        return argument
                continue  # (a clash's own modifiers name both sides: "in Indian-Chinese clashes")
            for c in noun.children:
                if c.dep_ in ("poss", "amod", "compound", "nmod"):
                    argument = self.index.argument(c, quality_cap=0.6, coordinated=True)
                    if argument:
                        return argument
        return NO_ARGUMENT

    def _subject(self, verb):
        """The logical subject token of ``verb`` and whether it was inherited through a chain; a pronoun
        subject of a reported clause stands for the reporter ("Syria says it is willing to ...")."""
        subject, chained = self._subject_token(verb)
        pronoun = None
        if subject is not None and subject.i not in self.index.by_token:
            if subject.tag_ == "PRP":
                pronoun = subject
            elif self.patterns.lemma(subject) in self.patterns.speaker_own_nouns:
                # "Kagame said his country had pardoned France": the speaker's own country, office or side
                owner = child(subject, "poss")
                pronoun = owner if owner is not None and owner.tag_ == "PRP$" else None
        antecedent = self._reporter_antecedent(subject.head, pronoun) if pronoun is not None else None
        if antecedent is not None:
            return antecedent, True
        return subject, chained

    def _passive(self, verb) -> bool:
        """A passive clause, but not a stative one ("Israel is opposed to", "troops were engaged in") whose
        subject is the one acting."""
        return is_passive(verb) and not self._stative(verb)

    def _stative(self, verb) -> bool:
        return self.patterns.lemma(verb) in self.patterns.stative_participles and agent_of(verb) is None

    def _subject_token(self, verb, depth: int = 0):
        subject = _nearest_subject(verb, child(verb, "nsubj", "csubj", "expl"))
        if subject is None and self._stative(verb):
            subject = child(verb, "nsubjpass")
        if subject is not None and subject.dep_ != "expl":
            return subject, depth > 0
        if subject is None and depth == 0:
            # "Turkey massed tanks on the border": the small parser sometimes labels a sentence-initial name "npadvmod"
            subject = next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                            and c.left_edge.i == verb.sent.start and c.i in self.index.by_token), None)
            if subject is not None:
                return subject, False
        if depth > 4 or verb.head.i == verb.i:
            return None, False
        head = verb.head
        dep = verb.dep_
        if (dep in ("pcomp", "pobj") and verb.lower_.endswith("ing") and head.dep_ == "prep"
                and head.lower_ in GERUND_DOER_PREPS and head.head.dep_ in OBJECT_DEPS and head.head.head.pos_ in VERB_POS
                and self.index.argument(head.head)):
            # "accused the rebel group of killing civilians": the parser hangs the gerund on the actor accused
            return head.head, True
        if dep == "pcomp" and head.dep_ == "prep":
            preposition = head
            head = head.head  # "committed to delivering": the prep's head governs
            objects = [c for c in head.children if c.dep_ in OBJECT_DEPS] if (
                preposition.lower_ in GERUND_DOER_PREPS and head.pos_ in VERB_POS) else []
            # an actor or a pronoun, not a thing ("took credit for attacking", "claimed responsibility for"); the
            # parser may split a hyphenated name into several objects ("accused al-Shabab of killing")
            doer = next((o for o in objects if o.tag_ == "PRP" or self.index.argument(o)), None)
            if doer is not None:
                return doer, True  # "condemned Uzbek troops for firing on protesters": the troops fired
            if head.pos_ in NOUN_POS and head.dep_ in OBJECT_DEPS and head.head.pos_ in VERB_POS:
                head = head.head  # "claimed responsibility for attacking": whoever claimed it attacked
        if dep in ("relcl", "acl"):
            if dep == "acl" and verb.tag_ == "VBG" and head.i not in self.index.by_token and head.dep_ in ("dobj", "attr"):
                # "issued a declaration demanding ...": the issuer demands
                return self._subject_token(head.head, depth + 1)
            if _infinitive(verb) and head.i not in self.index.by_token and head.dep_ in ("dobj", "attr", "pobj"):
                # "converged for a rally to protest ...", "approved a plan to attack ...": the clause's subject acts
                governor = head.head.head if head.dep_ == "pobj" else head.head
                if (head.dep_ == "pobj" and head.head.lower_ == "as" and child(governor, *OBJECT_DEPS) is not None
                        and self.patterns.lemma(governor) in self.patterns.describing_verbs):
                    # "condemned the emergency as an attempt to crush dissent": the object's doer attempts, not the critic
                    return None, False
                if governor.pos_ in VERB_POS:
                    return self._subject_token(governor, depth + 1)
            return head, True
        if dep not in INHERITING_DEPS and not (dep == "pcomp"):
            return None, False
        if dep == "ccomp" and not _infinitive(verb):
            return None, False  # a finite complement clause has its own subject
        if dep == "advcl" and not (verb.tag_ in ("VBG", "VBN") or _infinitive(verb)):
            return None, False
        control = self.patterns.controls.get(self.patterns.lemma(head))
        # (one kept from an act does it only behind "from": "blocked roads to press the government" is the blockers')
        if control is not None and control.object_control and (control.kind != "prevent" or dep == "pcomp"):
            obj = child(head, *OBJECT_DEPS)
            if obj is not None:
                return obj, True
        raised = _nearest_subject(head, child(head, "nsubj", "nsubjpass"))
        if raised is not None and raised.dep_ == "nsubjpass" and dep == "conj":
            return None, False  # "was arrested and charged": shared patient, not agent
        if raised is not None:
            return raised, True
        return self._subject_token(head, depth + 1)

    def _reporter_antecedent(self, verb, pronoun):
        """'The rebels said they will release ...': a pronoun subject of a reported clause is the reporter."""
        if pronoun.lower_ not in ("it", "they", "he", "she", "we", "its", "their", "his", "her", "our"):
            return None
        clause = verb
        for _ in range(3):
            if clause.dep_ == "ccomp" and self.patterns.lemma(clause.head) in self.patterns.reporting_verbs:
                reporter = child(clause.head, "nsubj")
                if reporter is not None and reporter.i != pronoun.i and reporter.tag_ != "PRP":
                    return reporter
                return None
            if clause.dep_ not in ("xcomp", "conj", "acomp") or clause.head.i == clause.i:
                return None
            clause = clause.head
        return None

    def _noun_owner(self, noun):
        """Who a demand or pledge belongs to: 'Iran's demand', or the subject of 'reiterated its demand'."""
        owner = child(noun, "poss")
        if owner is not None and owner.tag_ != "PRP$":
            return owner
        agent = agent_of(noun)
        if agent is not None:
            return agent  # "an offer by Washington to share intelligence"
        for c in noun.children:
            if c.dep_ in ("amod", "compound") and c.i in self.index.by_token:
                return c  # "the American demand"
        if noun.dep_ == "nsubjpass" and self.patterns.lemma(noun.head) in self.patterns.support_verbs:
            return agent_of(noun.head)  # "a threat to cut off gas supplies was issued by Russia"
        if noun.dep_ in ("dobj", "attr") and (self.patterns.lemma(noun.head) in self.patterns.support_verbs
                                              or self.patterns.lemma(noun.head) in self.patterns.owning_verbs):
            return self._subject(noun.head)[0]  # "the ILO reiterated its demand", "he had no intention of"
        if noun.dep_ == "pobj" and noun.head.head.pos_ in VERB_POS and owner is not None:
            return self._subject(noun.head.head)[0]  # "insisted on its demands that ..."
        return owner

    def _control_of(self, verb):
        """(control verb, kind, object control) when ``verb`` is the infinitive of 'agreed/refused/urged ... to'
        or the gerund of 'barred/prevented ... from'."""
        if verb.dep_ == "conj" and verb.head.dep_ in ("xcomp", "ccomp", "pcomp") and verb.head.head.i != verb.head.i:
            # "called on China to limit or cease its support": the conjoined infinitive is asked for too
            return self._control_of(verb.head)
        if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.head.pos_ in VERB_POS
                and f"{self.patterns.lemma(verb.head.head)} {verb.head.lower_}" in self.patterns.rejecting_gerund_heads):
            return verb.head.head, "reject", False  # "voted against sending troops": the act is rejected
        if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and verb.head.head.i != verb.head.i:
            # "barred inspectors from visiting the site": the gerund is kept from happening
            head = verb.head.head
            if head.dep_ in OBJECT_DEPS and head.pos_ in NOUN_POS:
                head = head.head  # the parser may hang "from" on the object: "banned the opposition from holding"
            control = self.patterns.controls.get(self.patterns.lemma(head))
            if control is None or control.kind not in ("prevent", "cease") or head.pos_ not in VERB_POS:
                return None
            return head, "prevent", True  # ("stopped Iran from enriching uranium" too)
        if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "to"
                and self.patterns.lemma(verb.head.head) in self.patterns.openness_words and verb.head.head.pos_ == "ADJ"):
            return verb.head.head, "intent", False  # "open to resuming talks"
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of":
            intent = self.patterns.controls.get(self.patterns.lemma(verb.head.head))
            if intent is not None and intent.kind == "intent" and verb.head.head.pos_ in NOUN_POS:
                return verb.head.head, "intent", False  # "had no intention of stepping down", "its commitment of"
            prospect = verb.head.head
            if (self.patterns.lemma(prospect) in self.patterns.prospect_nouns and prospect.dep_ in OBJECT_DEPS
                    and self.patterns.lemma(prospect.head) in self.patterns.prospect_verbs):
                return prospect.head, "intent", False  # "held out the prospect of lifting sanctions"
        if verb.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or verb.head.i == verb.i:
            return None
        if verb.dep_ == "advcl" and not _infinitive(verb):
            return None
        head = verb.head
        if (verb.dep_ == "xcomp" and self.patterns.lemma(head) in self.patterns.unhesitating_verbs
                and any(c.dep_ == "neg" for c in head.children)):
            return head, "unhesitating", False  # "would not hesitate to open fire"
        control = self.patterns.controls.get(self.patterns.lemma(head))
        if control is None or control.kind == "prevent":
            return None
        if control.kind == "cease" and not (verb.dep_ == "xcomp" and verb.tag_ == "VBG"):
            return None  # "stopped sharing intelligence", not "stopped to talk"
        if verb.dep_ == "ccomp" and self.patterns.lemma(head) in self.patterns.reporting_verbs:
            return None  # "X beat detainees, a court was told": a report, not a request
        if verb.dep_ == "ccomp" and control.kind != "request" and head.pos_ not in NOUN_POS and not _infinitive(verb) and not any(
                c.dep_ == "aux" and c.lower_ in self.patterns.future_modals for c in verb.children):
            # "threatened ... where 100 people were killed": a finite clause without 'will'/'would' is a fact, not
            # what was threatened or promised ("warned that it would strike" is)
            return None
        if head.pos_ in NOUN_POS:
            # "its demand that Israel ease restrictions", "a pledge to withdraw"
            if verb.dep_ not in ("acl", "ccomp") or control.kind != "request" and verb.dep_ == "ccomp":
                return None
            return head, control.kind, False
        if verb.dep_ == "acl":
            return None
        if head.pos_ not in VERB_POS and head.pos_ != "ADJ":
            return None
        return head, control.kind, control.object_control

    def _negated_control(self, head) -> bool:
        """Whether a control word is negated: "not willing", "not ready" (on the copula), "no intention"."""
        words = list(head.children) + (list(head.head.children) if head.dep_ == "acomp" else [])
        return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ in self.patterns.negators for c in words)

    def _apply_control(self, candidate: _Candidate, head, kind: str, object_control: bool, embedded) -> Optional[_Candidate]:
        root = candidate.cameo[:2]
        rejection = kind == "reject"  # "voted against sending troops": a refusal of any act, hostile ones too
        if rejection:
            kind = "refuse"
        if kind == "intent" and self._negated_control(head):
            kind = "refuse"  # "is not willing to resume talks", "had no intention of stepping down"
        elif kind in ("intent", "plan") and root in self.patterns.conflict_roots and any(
                c.dep_ == "neg" for c in embedded.children):
            # "vowed not to attack civilians", "decided not to halt its aid": no threat; the act stands, negated
            return candidate
        if kind == "unhesitating":
            # "would not hesitate to open fire on protesters": a threat of the act; "to help": an intent. The act stays the
            # trigger, with its own arguments
            kind = "threaten" if root in self.patterns.conflict_roots else "intent"
            if kind == "intent" and root not in self.patterns.cooperative_roots:
                return replace(candidate, covers=(*candidate.covers, head.i))
            return replace(candidate, cameo=self.patterns.control_code(kind, candidate.cameo), modality_applied=True,
                           covers=(*candidate.covers, head.i))
        if kind == "plan":
            # (a planned deployment aimed at nobody is a mobilization, not a threat: "plan to deploy thousands of police
            # ahead of the election")
            if root not in self.patterns.conflict_roots or root == FORCE_POSTURE_ROOT and not candidate.target:
                return candidate
            kind = "threaten"
        agreement = kind == "intent" and self.patterns.lemma(head) in self.patterns.agreement_controls
        if agreement and root in self.patterns.conflict_roots:
            root = "03"  # "agreed to deploy troops to curb migration": an agreement, not a threat
            # the partner is the one agreed with ("under a deal with Washington"), not the force act's target
            partner = next((a for a in (self.index.argument(t) for t in head.subtree
                                        if t.dep_ == "pobj" and t.head.lower_ == "with") if a), NO_ARGUMENT)
            candidate = replace(candidate, cameo=self.patterns.control_code("intent", ""), target=partner)
        elif kind == "intent" and root == "17" and self.patterns.lemma(head) in self.patterns.pledge_controls:
            pass  # "pledged to ban social media for children": an intent to change policy
        elif kind == "intent" and root in self.patterns.conflict_roots:
            kind = "threaten"  # "vowed to fight", "plans to impose restrictions"
        elif kind in ("intent", "refuse") and root not in self.patterns.cooperative_roots and root != "03" and not rejection:
            return candidate  # "vowed to reject ...": the embedded event stands
        elif kind == "cease" and self.patterns.control_code(kind, candidate.cameo) == self.patterns.control_code(kind, ""):
            return candidate  # only the acts the code map names stop into another event
        elif kind == "attempt":
            if not self.patterns.control_names(kind, candidate.cameo):
                return candidate  # "tried to kill": only the acts the code map names have an attempted form
            # the attempted act keeps its trigger and arguments (the place stage places it from there)
            return replace(candidate, cameo=self.patterns.control_code(kind, candidate.cameo), modality_applied=True)
        code = self.patterns.control_code(kind, candidate.cameo)
        if head.pos_ in NOUN_POS:
            subject, chained = self._noun_owner(head), True
        else:
            subject, chained = self._subject(head)
        if head.pos_ in NOUN_POS:
            source = self.index.argument(subject)
            asked = child(embedded, "nsubj", "nsubjpass")  # "demand that Israel ease ..."
        elif self._passive(head):
            # "Iran was urged to release ...": the asker is the agent, the one asked is the subject
            agent = _passive_agent(head, self.patterns.late_agent_hosts)
            source = self.index.argument(agent) if agent is not None else NO_ARGUMENT
            asked = child(head, "nsubjpass")
        else:
            source = self.index.argument(subject, quality_cap=0.8 if chained else 1.0)
            asked = child(head, *OBJECT_DEPS) if object_control else None
            if kind == "request" and asked is None:
                # "called on Serbia to resume talks", "appealed to Iran to release": the one called on is asked
                asked = next((o for _w, o in prep_objects(head, REQUEST_ADDRESSEE_PREPS)), None)
        if kind == "request" and (asked is None or not self.index.argument(asked)) and (
                for_asked := _for_asked(head)) is not None:
            asked = for_asked  # "called for Israel to allow aid", "a call for Moscow to withdraw": they are asked
        if embedded.dep_ == "ccomp":
            # "demanded that the United States lift sanctions": the clause subject is the one asked
            asked = child(embedded, "nsubj", "nsubjpass")
            if kind != "request" and not source:
                source = self.index.argument(asked)
        if kind in ("request", "prevent"):
            target = self.index.argument(asked) if asked is not None else NO_ARGUMENT
            if not target and asked is not None and kind == "request":
                target = self._pronoun_owner([asked], source, possessive=False)  # "urged him to stop", him = the envoy
            if not target:
                target = candidate.target
        else:
            target = candidate.target
            if not target and head.pos_ in VERB_POS:
                # "Syria offered its troops to Lebanon's president to help ...": the offer's own recipient
                recipient = child(head, "dative", "iobj")
                tokens = [recipient] if recipient is not None and recipient.lower_ != "to" else []
                tokens += [o for _w, o in prep_objects(head, ["to", "with"])]
                for token in tokens:
                    argument = self.index.argument(token)
                    if argument and not _overlaps(argument, source):
                        target = argument
                        break
        return _Candidate(
            # (keeping no one from an act is no sanction: "prevent the disease from being imported")
            needs_target=kind == "prevent",
            trigger=head, cameo=code, pattern_id=f"control:{kind}:{self.patterns.lemma(head)}>{candidate.pattern_id}",
            specificity=candidate.specificity + 1, source=source, target=target,
            reciprocal=candidate.reciprocal, self_ok=candidate.self_ok, chained=chained, consumed=candidate.consumed,
            modality_applied=True,
            # (the control moved the trigger: the act it governs is covered, so "demanded that Russia must withdraw" is
            # not a second, bare demand on the same "must")
            covers=tuple(dict.fromkeys((*candidate.covers, candidate.trigger.i, embedded.i))),
        )

    # ---------------------------------------------------------------- nouns
    def _noun_candidate(self, noun, pattern: NounPattern) -> Optional[_Candidate]:
        index = self.index
        candidate = _Candidate(
            trigger=noun, cameo=pattern.cameo, pattern_id=pattern.pattern_id, specificity=pattern.specificity,
            reciprocal="reciprocal" in pattern.flags, self_ok="self_ok" in pattern.flags, nominal=True,
            needs_target="needs_target" in pattern.flags, alone_code=pattern.alone_code,
        )
        own_argument = False
        source = NO_ARGUMENT
        if noun.dep_ == "compound" and self.patterns.lemma(noun.head) in self.patterns.generic_heads:
            noun = noun.head  # "a mediation effort between X and Y": arguments hang on "effort"
        possessor = child(noun, "poss")
        if possessor is not None:
            source = index.argument(possessor)
        undergone = NO_ARGUMENT
        if source and self._undergoes(noun, possessor, source):
            undergone, source = source, NO_ARGUMENT  # "Zamora's detention", "halt Khalil's deportation"
        if not source:
            agent = agent_of(noun)
            if agent is None and possessor is None:
                # "the expulsion of Russian diplomats by Norway": the parser hangs the act's "by" on its "of" object
                agent = next((a for _w, o in prep_objects(noun, ["of"]) if (a := agent_of(o)) is not None), None)
            if agent is not None:
                source = index.argument(agent)
        of_forces = False
        # (a possessor, even one no actor covers, is the doer: "its first tour of the United States" visits the U.S.)
        if not source and "of_source" in pattern.flags and possessor is None:
            for _w, obj in prep_objects(noun, ["of"]):
                source = index.argument(obj)
                of_forces = bool(source) and all(m.actor.sector in ARMED_SECTORS for m in source.mentions)
                break
        own_argument = bool(source)

        own_preps = [p for p in pattern.target_preps if not (p == "of" and "of_source" in pattern.flags)]
        target = undergone or self._first_prep_target(noun, own_preps, source)
        if not target:
            # "the supply of vaccines to Ghana": the parser hangs the act's target preposition on its "of" object
            for _w, obj in prep_objects(noun, ["of"]):
                target = self._first_prep_target(obj, [p for p in own_preps if p != "of"], source)
                break
        if not source and not target and candidate.reciprocal:
            # "negotiations on normalising relations between Serbia and Kosovo": the parties of a joint act may hang on
            # its topic
            parties = _topic_parties(noun)
            target = self.index.argument(parties) if parties is not None else NO_ARGUMENT
        if not target and noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.pos_ in VERB_POS:
            # "Rouhani arrived at the invitation of Putin": the one invited is the clause's subject
            subject, _chained = self._subject(noun.head.head)
            argument = index.argument(subject, quality_cap=0.8)
            if argument and not _overlaps(argument, source):
                target = argument
        if not target and candidate.cameo[:2] == REQUEST_ROOT and (for_asked := _for_asked(noun)) is not None:
            # "a call for Russia to pull its forces back", "opposition calls for the president to resign": the one asked
            # is the subject of the "for ... to" clause
            argument = index.argument(for_asked)
            if argument and not _overlaps(argument, source):
                target = argument
        if not source and not target and candidate.reciprocal and noun.dep_ == "nsubj" and noun.head.dep_ != "advcl":
            # "fighting erupted between the army and the RSF": the parties hang on the verb the fighting does (not in
            # a background clause: "... as street battles raged between insurgents and security forces")
            target = self._first_prep_target(noun.head, ("between",), source)
        own_argument = own_argument or bool(target)

        # support verb: "Russia launched air strikes", "Rouhani will pay a visit to Russia", also through a quantity
        # ("launched a wave of drone attacks on Ukrainian cities", "held a series of talks with Iran")
        carrier = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in QUANTIFIER_NOUNS:
            carrier = noun.head.head
        head = carrier.head
        if (carrier.dep_ in ("dobj", "nsubjpass", "obj", "attr") and self.patterns.lemma(head) in self.patterns.support_verbs
                and not _judged(head, carrier)):
            own_argument = True
            if source and of_forces and not self._passive(head):
                # "the US sped up the withdrawal of its forces from Panama": forces are moved by whoever commands
                # them, the support verb's subject
                subject, chained = self._subject(head)
                commander = index.argument(subject, quality_cap=0.8 if chained else 0.95)
                if commander and not _overlaps(commander, source):
                    forces, source = source, commander
                    if not target or _overlaps(target, commander):
                        # "the withdrawal of forces from Panama": the place left may hang on the forces
                        target = self._first_prep_target(noun.doc[forces.token], pattern.target_preps, source)
            if not source:
                if self._passive(head):
                    agent = agent_of(head)
                    source = index.argument(agent) if agent is not None else NO_ARGUMENT
                else:
                    subject, chained = self._subject(head)
                    source = index.argument(subject, quality_cap=0.8 if chained else 0.95)
                    candidate.chained = chained
            if not target:
                target = self._first_prep_target(head, pattern.target_preps, source)
            if not target and candidate.cameo[:2] == FORCE_POSTURE_ROOT:
                target = self._border_target(head, source)  # "held a military parade near the Estonian border"
        if (candidate.cameo[:2] == THREAT_ROOT and not source and possessor is None and carrier.dep_ in ("attr", "dobj")
                and self.patterns.lemma(head) in self.patterns.posing_verbs):
            # "Iran poses a threat to the region": the subject threatens; "climate change is a threat to X": no one
            source = self._clause_subject_source(head, target)
            if not source:
                return None
            own_argument = True
        # (a joint act needs no argument of its own: "Colombian and Ecuadorian police ... in a joint operation")
        joint = candidate.reciprocal and not source and not target
        host = _adjunct_clause_verb(noun) if noun.dep_ == "pobj" and noun.head.lower_ in ADJUNCT_EVENT_PREPS else None
        if (not source and (own_argument or joint) and possessor is None and host is not None
                and host.pos_ in VERB_POS and not self._passive(host)):
            # "staged a hunger strike in protest against X", "threw stones during demonstrations against X",
            # "strapped a man to the hood of a jeep during a raid": the one acting in the adjunct event is the subject of
            # the clause ("in its battle": not)
            argument = self._clause_subject_source(host, target)
            if argument:
                source = argument
                own_argument = own_argument or len(_distinct(argument.mentions)) > 1
        if (not source and own_argument and (possessor is None or possessor.tag_ == "PRP$") and noun.dep_ == "pobj"
                and noun.head.lower_ == "with"
                and noun.head.head.pos_ in VERB_POS and not self._passive(noun.head.head)
                and (self.patterns.lemma(noun.head.head) in self.patterns.response_verbs
                     or self._persists(noun.head.head))):
            # "Europe retaliated with tariffs on U.S. exports": the one responding acts; "Turkey pressed ahead with the
            # offensive": the one pressing ahead
            argument = self._clause_subject_source(noun.head.head, target)
            if argument:
                source = argument
        if (not source and noun.dep_ == "pobj" and noun.head.lower_ == "behind" and noun.head.head.pos_ in VERB_POS
                and noun.head.head.lemma_ == "be"):
            # "accused Russia of being behind the nerve agent attack", "Iran is believed to be behind the bombing":
            # whoever is behind an act did it
            argument = self._clause_subject_source(noun.head.head, target)
            if argument:
                source = argument
                own_argument = True
        if (not source and candidate.cameo[:2] in self.patterns.violent_act_roots
                and (blamed := self._blamed_doer(noun)) is not None):
            # "a cyberattack blamed on Russian hackers", "cyberattacks, which Tallinn blamed on Russia": the one blamed
            # did the act (alleged); unrest blamed on someone was stirred, not done, by them ("the riots, which Beijing
            # blamed on the Dalai Lama": the rioters are not the Dalai Lama)
            argument = index.argument(blamed)
            if argument and not _overlaps(argument, target):
                source = argument
                own_argument = True
        if not source and not any(index.argument(c) for c in noun.children if c.dep_ in ("amod", "compound", "nmod")):
            claimer = self._claimer(noun)
            if claimer is not None:
                source = index.argument(claimer)
                own_argument = own_argument or bool(source)
        if not source:
            # "Russian air strikes", "US sanctions": an actor modifier is a weak source
            for c in noun.children:
                if c.dep_ in ("amod", "compound", "nmod"):
                    argument = index.argument(c, quality_cap=0.6, coordinated=True)
                    if argument and not _overlaps(argument, target):
                        source = argument
                        break
        if not own_argument and source and self._bare_attack_subject(noun, pattern):
            # "Russian air strikes continued overnight in Idlib": the attack itself is what the clause reports (its
            # target is the place, which the place stage fills in)
            own_argument = True
        if (not own_argument and not source and not target and candidate.cameo[:2] == PROTEST_ROOT
                and noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "pobj")  # (not "riot police", the month "March")
                and not self._market_rally(noun)):
            # (the object of another verb is no protest that happened: "cleared the rally", "to head off protests")
            # "after three weeks of protests in La Paz": a protest by no one named is by people of its place (the
            # place stage names both sides, or drops it)
            candidate.placed_only = True
            return candidate
        if not own_argument:
            return None
        candidate.source, candidate.target = source, target
        return candidate

    def _undergoes(self, noun, possessor, owner: Argument) -> bool:
        """Whether the possessor of an act noun undergoes it (grammar.yaml ``patient_nouns``): a person or a pronoun
        before an arrest, a detention, a deportation with no "of" object ("Zamora's detention"; not "Russia's detention
        of Gershkovich", not "Iran's arrests")."""
        if not self._listed(noun, self.patterns.patient_nouns) or prep_objects(noun, ["of"]):
            return False
        return possessor.pos_ == "PRON" or all(m.kind in ("person", "coref") for m in owner.mentions)

    def _clause_subject_source(self, verb, target: Argument) -> Argument:
        """The subject of the clause whose ``verb`` a nominal act hangs on, as the act's weak source ("staged a hunger
        strike in protest", "retaliated with tariffs", "is behind the attack"); NO_ARGUMENT when it names no actor or
        is the act's target."""
        subject, _chained = self._subject(verb)
        argument = self.index.argument(subject, quality_cap=0.7, agentive=True)
        return argument if argument and not _overlaps(argument, target) else NO_ARGUMENT

    def _bare_attack_subject(self, noun, pattern: NounPattern) -> bool:
        """Whether ``noun`` is an attack (``subject_event_roots``) that is the subject of verbs that are no triggers of
        their own ("Russian air strikes continued overnight"; not "... hit Gaza", coded by the verb, nor "... were a
        factor")."""
        verb = noun.head
        if noun.dep_ != "nsubj" or pattern.cameo[:2] not in self.patterns.subject_event_roots or verb.pos_ != "VERB":
            return False
        if noun.i in self.index.by_head:
            return False  # the doers themselves ("suicide bombers were wearing vests"), not an act
        # (nor when the clause's verbs say what the attack did: "a military operation rescued 190 passengers and killed
        # 30 militants" is coded by "killed")
        return all(self._match_verb(v, self.patterns.lemma(v)) is None for v in (verb, *conjuncts(verb)))

    def _blamed_doer(self, noun):
        """The one an act noun is blamed on (grammar.yaml ``blame_verbs``), or None: a participle or relative clause on
        it names them behind "on"/"to" ("a cyberattack blamed on Russian hackers", "attacks, which Tallinn blamed on
        Russia", "traced to Russian servers"); not when the blame is negated. ("Blamed Britain for a drone attack" is
        left to the accusation: the wire sets code the accusation alone.)"""
        words = self.patterns.blame_verbs
        for verb in noun.children:
            if (verb.dep_ in ("acl", "relcl") and verb.pos_ in VERB_POS and self.patterns.lemma(verb) in words
                    and not any(c.dep_ == "neg" for c in verb.children)):
                return next((obj for _w, obj in prep_objects(verb, ["on", "to"])), None)
        return None

    def _claimer(self, noun):
        """Who claimed the act ``noun`` names ("al-Shabaab claimed the attack", "the bombing was claimed by ISIS",
        "claimed responsibility for the raid"), or None."""
        holder = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i != noun.head.i:
            holder = noun.head.head  # "responsibility for the attack", "responsibility was claimed for the attack"
            if holder.pos_ in NOUN_POS and self.patterns.lemma(holder) not in self.patterns.claim_nouns:
                return None
        verb = holder
        if holder.pos_ in NOUN_POS:
            if holder.dep_ not in ("dobj", "nsubjpass") or holder.head.i == holder.i:
                return None
            verb = holder.head
        if verb.pos_ not in VERB_POS or self.patterns.lemma(verb) not in self.patterns.claim_verbs:
            return None
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "no group has claimed the attack"
        if self._passive(verb):
            return _passive_agent(verb, self.patterns.late_agent_hosts)
        return self._subject(verb)[0]

    def _statement_candidate(self, verb) -> _Candidate:
        subject, chained = self._subject(verb)
        candidate = _Candidate(
            trigger=verb, cameo=self.patterns.statement_code, pattern_id=f"report:{self.patterns.lemma(verb)}", specificity=0,
            source=self.index.argument(subject), chained=chained,
        )
        if not candidate.source and self._introduces_quote(verb):
            # "'Talks will resume,' agreed the ministers": the speaker follows the verb
            speaker = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "attr", "dobj")), None)
            candidate.source = self.index.argument(speaker)
            return candidate
        listener = child(verb, *OBJECT_DEPS, "dative", "iobj")
        if listener is not None:
            candidate.target = self.index.argument(listener)
        return candidate


# -------------------------------------------------------------------- helpers
def _number_value(token) -> Optional[int]:
    """The value of a count ("2,000", "1.5 million", "10 thousand"), or None."""
    text = token.text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        value = NUMBER_WORDS.get(token.lower_)
        if value is None:
            return None
    for c in token.children:  # "1.5 million": the parser hangs the number on its scale word, or the reverse
        if c.dep_ in ("compound", "quantmod", "nummod") and c.lower_ in NUMBER_WORDS:
            value *= NUMBER_WORDS[c.lower_]
    if token.head.lower_ in NUMBER_WORDS and token.head.dep_ == "nummod":
        value *= NUMBER_WORDS[token.head.lower_]
    return int(value)


def _noun_matches(token, head: str, modifiers: tuple[str, ...]) -> bool:
    if token.lemma_.lower() != head and token.lower_ != head:
        return False
    return not modifiers or _has_modifiers(token, modifiers)


def _has_modifiers(token, modifiers: tuple[str, ...], to_nouns: frozenset = frozenset()) -> bool:
    """Whether every modifier lemma occurs in the noun phrase of ``token`` (compounds, adjectives, 'of' phrases, and the
    'to' phrase of one of ``to_nouns``: "a halt to hostilities")."""
    wanted = set(modifiers)
    level = [token]
    seen = set()
    if token.lemma_.lower() in to_nouns and token.dep_ in ("dobj", "obj"):
        # (the parser hangs the "to" phrase on the verb: "called a halt | to hostilities", "put an end | to the fighting")
        level += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > token.i]
    for _depth in range(3):
        next_level = []
        for node in level:
            stopping = node.dep_ == "prep" and node.lower_ == "to"  # (only reached through a noun of ``to_nouns``)
            for c in node.children:
                if stopping:
                    # what is stopped is the head of the "to" phrase: "an end to the fighting", not "an end to the
                    # fighting spirit of its athletes"
                    found = c.dep_ == "pobj" and (c.lemma_.lower() in wanted or c.lower_ in wanted)
                else:
                    found = (c.dep_ in ("amod", "compound", "nmod", "npadvmod", "poss", "pobj")
                             or c.dep_ == "prep" and c.lower_ == "of"
                             or c.dep_ == "prep" and c.lower_ == "to" and node.i == token.i
                             and token.lemma_.lower() in to_nouns)
                if found:
                    seen.add(c.lemma_.lower())
                    seen.add(c.lower_)
                    next_level.append(c)
                    counted = unwrap_quantifier(c) if c.dep_ == "pobj" else c
                    if counted is not c:
                        # "a shipment of 50,000 tonnes of rice": the goods behind a quantity are one level down
                        seen.add(counted.lemma_.lower())
                        seen.add(counted.lower_)
                        next_level.append(counted)
        if wanted <= seen:
            return True
        level = next_level
    return wanted <= seen


def _nearest_subject(verb, subject):
    """``subject``, or the subject nearer the verb when the parser gave the clause two: "In the capital, Kinshasa,
    protesters attacked ..." makes the fronted place's apposition a subject too; the one next to the verb acts."""
    if subject is None or subject.dep_ != "nsubj" or subject.i + 1 >= verb.i or subject.doc[subject.i + 1].text != ",":
        return subject  # (cheap test first: most subjects are not followed by a comma)
    return next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), subject)


def _judgement_predicate(verb, obj):
    """What ``verb`` calls its object ``obj``: an object predicate ("called the raid an authoritarian act", "called the
    charges ridiculous") or an "as" phrase ("described the sanctions as piracy"); None without one."""
    predicate = _object_predicate(verb, obj)
    if predicate is not None:
        return predicate
    for c in (*verb.children, *obj.children):
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i:
            return c
    return None


def _judged(verb, obj) -> bool:
    """Whether ``verb`` gives its object a predicate ("called the raid an authoritarian act", "declared the strike
    illegal"): the speaker judges the act, it is not the one who did it."""
    return _object_predicate(verb, obj) is not None


def _object_predicate(verb, obj):
    """The predicate ``verb`` gives its object ``obj`` ("an authoritarian act", "illegal"), or None."""
    return next((c for c in verb.children
                 if c.dep_ == "oprd" or c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN") and c.i > obj.i), None)


def _required_inner_noun(noun, pattern: NounPattern, noun_hits: dict):
    """The event noun that a nominal trigger's required modifier names through "of" or a compound ("the suspension
    of talks", "a cessation of hostilities", "the easing of sanctions"), itself a trigger in ``noun_hits``; None
    without one. Like a verb's required object, it is part of the outer act, not an event of its own."""
    if not pattern.modifiers:
        return None
    heads = {m.split()[-1] for m in pattern.modifiers}
    inner = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    inner += [c for c in noun.children if c.dep_ == "compound"]
    for candidate in inner:
        if candidate.i in noun_hits and (candidate.lemma_.lower() in heads or candidate.lower_ in heads):
            return candidate
    return None


def _for_clause(token):
    """The "for X to V" clause of a request ("called for Israel to allow aid", "a call for Russia to withdraw"), whose
    subject is the one asked; None without one."""
    for clause in token.children:
        if clause.dep_ in ("advcl", "acl", "ccomp", "xcomp") and child(clause, "nsubj") is not None and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            return clause
    return None


def _for_asked(token):
    """The one asked by a "for X to V" request: the subject of the clause, or the object of "for" when the parser hangs
    the infinitive on the request itself ("a call for Moscow to pull its troops back"); None without one."""
    clause = _for_clause(token)
    if clause is not None:
        return child(clause, "nsubj")
    infinitive = any(c.dep_ in ("relcl", "acl", "advcl") and _infinitive(c) for c in token.children)
    return next((o for _w, o in prep_objects(token, ["for"])), None) if infinitive else None


def _shared_object(verb):
    """The object a verb shares with the verb coordinated right after it ("Israel struck and destroyed a Hamas command
    centre", "criticized and condemned Sweden", "detained and beat dozens of supporters"), or None."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in VERB_POS or conj.i <= verb.i:
            continue
        between = verb.doc[verb.i + 1: conj.i]
        if between and all(t.dep_ in ("cc", "advmod", "punct") for t in between) and any(t.dep_ == "cc" for t in between):
            return child(conj, *OBJECT_DEPS)
    return None


def _subject_relative(clause) -> bool:
    """A relative clause whose relative pronoun is its subject: what its noun itself did ("the earthquake that
    struck Morocco")."""
    return clause.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in clause.children)


def _own_noun(noun) -> bool:
    """A noun with no possessor or a pronoun one ("its readiness"), not someone else's ("Russia's offer")."""
    owner = child(noun, "poss")
    return owner is None or owner.tag_ == "PRP$"


def _topic_parties(noun):
    """The object of "between" on the topic of a joint act ("negotiations on normalising relations between Serbia and
    Kosovo", "talks on the border dispute between A and B"), or None."""
    topics = [t for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
              for t in p.children if t.dep_ in ("pobj", "pcomp")]
    for topic in topics:
        for node in [topic, *(c for c in topic.children if c.dep_ == "dobj")]:
            for _w, obj in prep_objects(node, ["between"]):
                return obj
    return None


def _passive_agent(verb, late_agent_hosts: frozenset):
    """Who did what a passive ``verb`` says: its "by" agent, or one the parser hung further down (``_late_agent``);
    None when there is none."""
    return agent_of(verb) or _late_agent(verb, late_agent_hosts)


def _agent_on_objects(verb):
    """The agent of a passive the parser hung on its object ("Ukraine was given 31 tanks by the United States") or on
    the object of its "with" ("Britain was threatened with nuclear strikes by Medvedev"); None when there is none."""
    on_object = next((o for c in verb.children if c.dep_ in OBJECT_DEPS for _w, o in prep_objects(c, ["by"])), None)
    if on_object is not None:
        return on_object
    return next((o for _w, w in prep_objects(verb, ["with"]) for _x, o in prep_objects(w, ["by"])), None)


def _late_agent(verb, hosts: frozenset):
    """The agent of a passive the parser hung on its gerund or infinitive: "inspectors were barred from visiting the
    site by Iran" (Iran bars them), or on the object of a place or time phrase ("were allowed into the plant by Russian
    forces": ``hosts``, grammar.yaml's late_agent_hosts); None when there is none."""
    for c in verb.children:
        clauses = [p for p in c.children if p.dep_ == "pcomp"] if c.dep_ == "prep" else (
            [c] if c.dep_ == "xcomp" else [])
        for clause in clauses:
            late = [o for _w, o in prep_objects(clause, ["by"])]
            if late:
                return late[-1]
    for prep in verb.children:
        # "IAEA inspectors were allowed into the plant by Russian forces": or on the object of a place or time phrase
        if prep.dep_ == "prep" and prep.lower_ in hosts:
            for obj in prep.children:
                late = [o for _w, o in prep_objects(obj, ["by"])] if obj.dep_ == "pobj" else []
                if late:
                    return late[-1]
    return None


def _infinitive(verb) -> bool:
    """Whether ``verb`` heads an infinitive clause: it has the infinitive marker "to" as an auxiliary. Unlike
    ``status.scope.is_infinitive`` it takes any tag, so passive and perfect infinitives count ("refused to be
    inspected", "to have finished": the parser hangs "to" on the participle)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _finite_clause(verb):
    """The finite complement clause of ``verb`` with a subject of its own ("protested that the police had ..."),
    or None; an infinitive ("protested to demand") is not one."""
    for c in verb.children:
        if (c.dep_ == "ccomp" and c.pos_ in VERB_POS and child(c, "nsubj", "nsubjpass") is not None
                and not _infinitive(c)):
            return c
    return None


def _adjunct_clause_verb(noun):
    """The verb an adjunct's preposition belongs to, also, for "during", when the parser hung it on the object before it
    ("strapped a man to the hood of a jeep during a raid": the raid is the clause's); None when a noun holds it."""
    host = noun.head.head
    if noun.head.lower_ != "during":
        return host if host.pos_ in VERB_POS else None  # ("playing a role in talks with X": the object's own phrase)
    for _ in range(5):
        if host.pos_ in VERB_POS or host.dep_ not in ("dobj", "pobj", "acl") or host.head.i == host.i:
            break
        host = host.head.head if host.dep_ == "pobj" else host.head  # (the parser may make a noun "acl": "a jeep")
    return host if host.pos_ in VERB_POS else None


def _past_clause(verb) -> bool:
    """Whether ``verb`` (through an infinitive chain, to its finite verb) tells what happened: past tense and no modal
    ("fought until ..."; not "vowed not to leave until ...", "will fight until ...")."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in node.children):
            return False
        if node.tag_ == "VBD" or node.tag_ == "VBN" and any(c.dep_ == "aux" for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _clause_depth(token) -> int:
    depth = 0
    node = token
    for _ in range(10):
        if node.head.i == node.i:
            break
        if node.dep_ in CLAUSE_DEPS:
            depth += 1
        node = node.head
    return depth


_first = itemgetter(0)  # (an option's place in its lemma's order)


def _distinct(mentions) -> list[ActorMention]:
    """Mentions with repeated actors (same country and sector) removed, first kept."""
    out, keys = [], set()
    for mention in mentions:
        key = _actor_key(mention)
        if key not in keys:
            keys.add(key)
            out.append(mention)
    return out


def _overlaps(a: Argument, b: Argument) -> bool:
    if not a or not b:
        return False
    return any(x.token_start == y.token_start and x.token_end == y.token_end for x in a.mentions for y in b.mentions)


def _actor_key(mention: ActorMention):
    return (mention.actor.country, mention.actor.sector) if mention.actor.country else (mention.actor.code, None)


def _finish(candidate: _Candidate, sentence_index: int, sentence, patterns: EventPatterns) -> Optional[EventMention]:
    source = _distinct(candidate.source.mentions)
    target = _distinct(candidate.target.mentions)
    source_quality, target_quality = candidate.source.quality, candidate.target.quality
    if candidate.reciprocal and not target and len(source) >= 2:
        # "Iran and Russia signed a deal", "talks between X and Y": the first actor acts on the others
        source, target = source[:1], source[1:]
        target_quality = source_quality
    if candidate.reciprocal and len(target) >= 2 and not source:
        source, target = target[:1], target[1:]
        source_quality = target_quality
    if not source and not target and not candidate.placed_only:
        return None
    if not target and (candidate.needs_target or candidate.cameo[:2] in patterns.target_required_roots):
        return None  # "Russia has invested 9% of its GDP": aid and cooperation need a recipient
    if not source and candidate.cameo[:2] in patterns.source_required_roots:
        return None
    if candidate.armed_source and not any(
            m.actor.sector in ARMED_SECTORS or m.actor.code[:3] == "IMG"
            or patterns.lemma(sentence.doc[m.head]) in patterns.armed_nouns for m in source):
        return None  # "residents evacuated their homes" is no retreat
    if candidate.mission and not _on_mission(candidate.trigger, source, target, patterns):
        return None  # "Russian troops arrived in Belarus for drills" is no peacekeeping
    if candidate.foreign_object:
        target = _foreign_object(source, target, sentence.doc, patterns)
        if target is None:
            return None  # "The club welcomed investigators from UEFA", "let insurance investigators in" are none
    if candidate.reciprocal and candidate.nominal and not (source and target):
        return None  # "talks with Turkey" says nothing about who talked
    if source and target:
        source_keys = {_actor_key(m) for m in source}
        target = [m for m in target if not any(m is s for s in source)]
        if not target:
            return None
        if {_actor_key(m) for m in target} <= source_keys and not candidate.self_ok:
            if not candidate.cameo.startswith(FORCES_AS_MEANS):
                return None
            # "the withdrawal of U.S. troops from the country", "the country" read as the U.S.: forces move on or out
            # of someone else's ground, so the event stands without that target
            target = []
    if source and target and candidate.cameo.startswith(patterns.own_country_target_codes):
        target = _in_state_country(target, source)
    elif source and target and candidate.cameo.startswith(patterns.own_country_protest_codes):
        target = _in_state_country(target, source, any_source=True)
    trigger = candidate.trigger
    confidence = _confidence(candidate, source_quality if source else 0.0, target_quality if target else 0.0, sentence, patterns)
    return EventMention(
        sentence_index=sentence_index,
        trigger=Span(text=trigger.text, start=trigger.idx, end=trigger.idx + len(trigger.text)),
        trigger_token=trigger.i,
        cameo=candidate.cameo,
        source=source,
        target=target,
        confidence=confidence,
        pattern=candidate.pattern_id,
    )


def _in_state_country(target: list[ActorMention], source: list[ActorMention], any_source: bool = False) -> list[ActorMention]:
    """Role-only targets of a state's arrest take the state's country: "Turkey detained 200 soldiers" -> TURMIL;
    with ``any_source``, those of any source ("Venezuelan demonstrators rallied outside the National Assembly")."""
    countries = {m.actor.country for m in source if any_source or m.actor.sector in STATE_SECTORS}
    if len(countries) != 1 or None in countries:
        return target
    country = countries.pop()
    return [
        replace(m, actor=replace(m.actor, country=country, code=country + m.actor.code))
        if m.actor.country is None and m.actor.sector in OWN_PEOPLE_SECTORS and m.actor.code == m.actor.sector else m
        for m in target
    ]


def _confidence(candidate: _Candidate, source_quality: float, target_quality: float, sentence, patterns: EventPatterns) -> float:
    """A score in [0, 1] that rises with the evidence: arguments found by syntax, a specific pattern,
    a short sentence, no negation and no embedding under reporting verbs."""
    trigger = candidate.trigger
    score = 0.2 + 0.25 * source_quality + 0.25 * target_quality + 0.04 * min(candidate.specificity, 3)
    if candidate.nominal:
        score -= 0.05
    if candidate.chained:
        score -= 0.03
    if not target_quality and candidate.cameo[:2] == PROTEST_ROOT and not candidate.subordinate:
        score += 0.1  # a protest named without a target is aimed at home (the place stage fills it in): a whole event
    if candidate.reciprocal and not target_quality:
        score -= 0.1  # "Iran signed a deal" without the other party
    if candidate.subordinate:
        score -= 0.12  # "staged rallies to demand reforms": the main event comes first
    score -= 0.04 * min(candidate.clause_depth, 2)
    if not candidate.nominal and trigger.dep_ in ("relcl", "acl"):
        score -= 0.12  # "protesters seeking his ouster", "an air strike that killed seven": a description, not the news
    elif candidate.nominal and trigger.dep_ == "pobj" and trigger.head.lower_ in patterns.background_preps:
        score -= 0.1  # "days after a meeting between the presidents"
    elif candidate.nominal and trigger.dep_ == "appos":
        score -= 0.12  # "restored term limits, a key demand of protesters": what the thing was, not what happened
    length = len(sentence)
    score -= min(0.15, max(0.0, (length - 25) / 200))
    if any(c.dep_ == "neg" or c.lower_ in patterns.negators for c in trigger.children if c.dep_ in ("neg", "advmod", "det")):
        score -= 0.15
    depth = 0
    node = trigger
    for _ in range(8):
        if node.head.i == node.i:
            break
        if node.dep_ in ("ccomp", "parataxis") and patterns.lemma(node.head) in patterns.reporting_verbs:
            depth += 1
        node = node.head
    score -= 0.05 * depth
    return round(min(0.95, max(0.05, score)), 3)


def _on_mission(trigger, source: list, target: list, patterns: EventPatterns) -> bool:
    """Whether a force's arrival or deployment is a mission (flag ``mission``): its doers are armed men, police, an
    international body's or a listed force noun, it goes to another country ("police deployed to Lagos" is none),
    and its clause (the trigger's subtree) names a mission (``mission_cues``: "arrived in Haiti to lead a
    multinational security mission", "as the vanguard of a peacekeeping force")."""
    doc = trigger.doc
    source_countries = {m.actor.country for m in source}
    if not target or any(m.actor.country in source_countries for m in target):
        return False
    # (an international body counts only by its forces or police: "an IMF mission", "UN envoy", "IAEA inspectors" are none)
    if not source or not all(
            m.actor.sector in ARMED_SECTORS or (m.actor.sector or "").lower() in patterns.mission_doer_sectors
            or patterns.lemma(doc[m.head]) in patterns.armed_nouns
            or patterns.lemma(doc[m.head]) in patterns.mission_doer_nouns for m in source):
        return False
    listed = patterns.listed
    clause = [t for t in trigger.subtree if t.i != trigger.i]
    if any(listed(t, patterns.mission_blocking_words) for t in clause):
        return False  # "on a training mission", "for a multinational exercise", "on a mission to evacuate diplomats"
    # the doers' own words name a mission only on a force noun ("African Union peacekeepers", "peacekeeping troops");
    # "a Chinese police mission arrived" names none it goes on
    force_nouns = patterns.armed_nouns | patterns.mission_doer_nouns
    not_cues = {i for m in source if patterns.lemma(doc[m.head]) not in force_nouns
                for i in (*range(m.token_start, m.token_end), m.head)}
    return any(listed(t, patterns.mission_cues) for t in clause if t.i not in not_cues)


def _foreign_object(source: list, target: list, doc, patterns: EventPatterns) -> Optional[list]:
    """The target of letting foreign or international people in (flag ``foreign_object``), or None when they are
    neither: an international body's or a foreign state's ("a team of UN investigators", "Dutch investigators") stay
    the target; named by an international word alone ("international investigators", read as police of no country)
    they are no one's (an empty target)."""
    source_countries = {m.actor.country for m in source} - {None}
    bodies = tuple(p.upper() for p in patterns.body_actor_prefixes)  # international bodies' code prefixes
    if any(m.actor.code.startswith(bodies)
           or (source_countries and m.actor.country and m.actor.country not in source_countries) for m in target):
        return target
    words = patterns.international_investigator_words
    if any(c.lower_ in words for m in target for c in doc[m.head].children if c.dep_ in ("amod", "compound", "nmod")):
        return []
    return None
