"""Event trigger patterns: verb and noun triggers -> CAMEO codes, kept as data and validated on load.

Three data files sit beside this module:

* ``verbs.tsv``  verbal triggers: lemma(s), required particle/preposition, required object noun(s), code, flags;
* ``nouns.tsv``  nominal triggers: lemma(s), required modifier(s), code, flags;
* ``grammar.yaml`` verb classes the matcher needs: reporting verbs, support ("light") verbs, and the
  verbs that govern an infinitive ("agreed to", "refused to", "urged X to") with the code maps they apply.

A row may list alternatives separated by ``|``; each combination becomes one pattern with a stable id
(``verb:sign+agreement``), so a user file can override a built-in pattern by giving the same combination.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

import yaml

from ..errors import DataFileError
from .political import WORD_LISTS as POLITICAL_WORD_LISTS, PoliticalClasses, forms_listed

DATA_DIR = Path(__file__).resolve().parent
CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
# grammar.yaml keys that hold lists of words, roots or code prefixes (all lower-cased sets, roots checked).
GRAMMAR_WORD_LISTS = (
    "reporting_verbs", "support_verbs", "negators", "actor_nouns", "future_modals", "obligation_modals",
    "generic_heads", "cooperative_roots", "conflict_roots", "target_required_roots", "source_required_roots",
    "stative_participles", "condition_marks", "hazard_nouns", "not_political_roots", "sports_verbs", "sports_cues",
    "border_nouns", "agreement_controls", "own_country_target_codes", "protester_nouns", "own_country_protest_codes",
    "violent_protest_prefixes", "bystander_nouns", "armed_nouns", "vehicle_nouns", "weapon_nouns",
    "quote_statement_verbs", "warning_verbs", "threat_nouns", "departure_orders", "departure_verbs", "diplomat_nouns",
    "departure_places", "abstract_targets", "figurative_fight_modifiers",
    "opinion_nouns", "response_verbs", "partisan_nouns", "cyber_doer_nouns", "pledge_controls", "claim_verbs", "claim_nouns",
    "means_codes", "means_refined_codes", "subject_event_roots", "ownership_participles", "late_agent_hosts",
    "thing_pronouns", "unwelcome_phrases", "unwelcome_verbs", "provocation_marks",
    "explosion_verbs", "explosion_nouns", "accident_explosion_modifiers", "alternative_marks", "openness_words",
    "prospect_nouns", "prospect_verbs", "pending_marks", "inversion_auxes", "reciprocal_pronouns",
    "unhesitating_verbs", "hazard_objects", "background_preps", "owning_verbs", "to_modified_nouns",
    "background_span_nouns", "background_protest_cause_preps", "background_protest_home_nouns",
    "attribution_preps", "company_preps", "posing_verbs", "rejecting_gerund_heads", "exclusion_verbs",
    "military_modifiers", "exercise_nouns",
    "delivery_verbs", "refusal_modals", "sports_doers", "mass_killing_refines", "mass_killing_words", "mass_expulsion_refines", "mass_expulsion_verbs", "expelled_population_nouns",
    "combatant_nouns", "conflict_nouns", "meaning_keeping_prefixes", "exclusion_rejection_roots",
    "exclusion_intent_roots", "fasting_verbs", "labour_strike_verbs", "worker_nouns",
    "persisting_verbs", "describing_verbs", "voiced_content_roots", "voicing_roots", "answering_roots",
    "figurative_strike_verbs", "quantity_violence_nouns", "violent_volley_objects", "market_nouns", "petty_crime_doers",
    "answer_roots", "answered_act_nouns", "accusation_nouns", "answered_accusation_roots", "business_nouns", "business_rival_nouns", "company_suffixes", "fiction_nouns",
    "narrating_verbs", "sports_clause_cues", "sports_clause_roots", "generic_explosion_nouns", "industrial_sites", "effect_roots", "doerless_passive_codes", "commercial_sectors",
    "patient_nouns", "obligation_message_nouns", "riot_crowd_nouns", "riot_cues", "speaker_own_nouns",
    "body_actor_prefixes", "riot_cue_verbs", "demanding_crowd_nouns", "mission_cues", "mission_doer_nouns",
    "mission_blocking_words", "violent_act_roots",
    "international_investigator_words", "adjudicating_venues",
    "mission_doer_sectors",
    "blame_verbs", "judging_verbs", "condemning_words", "case_nouns", "case_accusing_verbs",
    "non_adjudicating_phrases",
)
# grammar.yaml keys that hold one CAMEO code each.
GRAMMAR_CODES = ("statement_code", "riot_code", "cyber_code", "departure_code", "diplomat_departure_code", "presence_departure_code",
                 "exercise_code", "joint_exercise_code", "mass_killing_code", "mass_expulsion_code", "exclusion_threat_code",
                 "exclusion_military_threat_code", "hunger_strike_code", "labour_strike_code",
                 "body_departure_code", "crowd_demand_code", "judgement_code",
                 "legal_action_code")
GRAMMAR_CODE_PREFIXES = frozenset({"own_country_target_codes", "own_country_protest_codes", "violent_protest_prefixes",
                                   "means_codes"})
VERB_FLAGS = {"reciprocal", "self_ok", "object_is_target", "needs_target", "clause", "recipient_first", "from_source",
              "border", "armed_source", "subject_target", "infinitive", "from_origin", "deportees", "mission",
              "foreign_object", "court", "own_fight"}
NOUN_FLAGS = {"reciprocal", "self_ok", "of_source", "needs_target"}
CONTROL_KINDS = ("intent", "plan", "refuse", "threaten", "request", "prevent", "cease", "attempt")
# Default order in which prepositions are tried for the target (the "recipient") of an event.
WORD_FORMS_CACHE_SIZE = 100_000  # distinct words whose forms a pattern set keeps (a few MB)
DEFAULT_TARGET_PREPS = ("against", "on", "upon", "to", "with", "toward", "towards", "into", "at", "from", "for", "over", "in")


@dataclass(frozen=True)
class ObjectSpec:
    """A required object (verbs) or head noun modifier set: the head lemma plus modifier lemmas that must be present."""

    head: str
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerbPattern:
    pattern_id: str
    lemma: str
    cameo: str
    particle: Optional[str] = None
    obj: Optional[ObjectSpec] = None
    flags: frozenset = frozenset()
    target_preps: tuple[str, ...] = DEFAULT_TARGET_PREPS
    origin: str = ""
    alone_code: Optional[str] = None  # the code when no counterpart is named ("held military drills" -> 150)

    @property
    def specificity(self) -> int:
        """How many constraints beyond the lemma the pattern checks; more specific patterns win."""
        score = 0
        if self.particle:
            score += 1
        if self.obj:
            score += 2 + len(self.obj.modifiers)
        if "clause" in self.flags:
            score += 1
        if "border" in self.flags:
            score += 1
        return score


@dataclass(frozen=True)
class NounPattern:
    pattern_id: str
    lemma: str
    cameo: str
    modifiers: tuple[str, ...] = ()
    flags: frozenset = frozenset()
    target_preps: tuple[str, ...] = DEFAULT_TARGET_PREPS
    origin: str = ""
    alone_code: Optional[str] = None

    @property
    def specificity(self) -> int:
        return 1 + len(self.modifiers)


@dataclass(frozen=True)
class VerbOptions:
    """One lemma's verb patterns split for the matcher: those that need no object, and those that do by the object's
    head word, each pattern with its place in the lemma's most-specific-first order. A pattern whose object is absent
    cannot match, so the matcher tries only the free patterns and those of the heads the sentence has (a common verb
    has hundreds of object patterns: "suspend", "send", "hand")."""

    free: tuple = ()  # (order, VerbPattern) without a required object
    by_head: dict = field(default_factory=dict)  # object head -> ((order, VerbPattern), ...)
    hangs_objects: bool = False  # some object pattern needs a particle, whose object may hang on the direct object


@dataclass(frozen=True)
class ControlVerb:
    """A verb governing an infinitive: 'agreed to sign' (intent), 'refused to meet' (refuse), 'urged X to' (request)."""

    lemma: str
    kind: str  # one of CONTROL_KINDS
    object_control: bool = False  # the object, not the subject, does the embedded action ("urged Iran to ...")


@dataclass
class EventPatterns:
    """All trigger patterns, indexed by lemma for fast matching."""

    verbs: dict[str, list[VerbPattern]] = field(default_factory=dict)
    nouns: dict[str, list[NounPattern]] = field(default_factory=dict)
    reporting_verbs: frozenset = frozenset()
    support_verbs: frozenset = frozenset()
    negators: frozenset = frozenset()
    actor_nouns: frozenset = frozenset()
    future_modals: frozenset = frozenset()
    obligation_modals: frozenset = frozenset()
    generic_heads: frozenset = frozenset()
    stative_participles: frozenset = frozenset()
    condition_marks: frozenset = frozenset()
    protester_nouns: frozenset = frozenset()
    riot_code: str = "145"
    partisan_nouns: frozenset = frozenset()
    cyber_doer_nouns: frozenset = frozenset()
    cyber_code: str = "176"
    cooperative_roots: frozenset = frozenset()
    conflict_roots: frozenset = frozenset()
    target_required_roots: frozenset = frozenset()
    source_required_roots: frozenset = frozenset()
    hazard_nouns: frozenset = frozenset()
    vehicle_nouns: frozenset = frozenset()
    weapon_nouns: frozenset = frozenset()
    quote_statement_verbs: frozenset = frozenset()
    warning_verbs: frozenset = frozenset()
    threat_nouns: frozenset = frozenset()
    departure_orders: frozenset = frozenset()
    departure_verbs: frozenset = frozenset()
    diplomat_nouns: frozenset = frozenset()
    departure_places: frozenset = frozenset()
    abstract_targets: frozenset = frozenset()
    figurative_fight_modifiers: frozenset = frozenset()
    opinion_nouns: frozenset = frozenset()
    response_verbs: frozenset = frozenset()
    claim_verbs: frozenset = frozenset()
    claim_nouns: frozenset = frozenset()
    departure_code: str = "174"
    diplomat_departure_code: str = "161"
    presence_departure_code: str = "166"
    not_political_roots: frozenset = frozenset()
    sports_verbs: frozenset = frozenset()
    sports_cues: frozenset = frozenset()
    border_nouns: frozenset = frozenset()
    agreement_controls: frozenset = frozenset()
    pledge_controls: frozenset = frozenset()
    own_country_target_codes: tuple = ()
    own_country_protest_codes: tuple = ()
    bystander_nouns: frozenset = frozenset()
    armed_nouns: frozenset = frozenset()
    violent_protest_prefixes: tuple = ()
    # weapon noun -> the CAMEO code of attacking with it ("Ukrainian drones struck a depot" -> 1952)
    instrument_codes: dict[str, str] = field(default_factory=dict)
    bombing_modifier_codes: dict[str, str] = field(default_factory=dict)
    # code prefixes of the means (attack nouns, instruments) that may name a violent verb's code, and the verb codes
    # they may replace
    means_codes: tuple = ()
    means_refined_codes: frozenset = frozenset()
    # roots of nominal events coded as the bare subject of a verb that is no trigger ("Russian air strikes continued")
    subject_event_roots: frozenset = frozenset()
    # participles naming the owner of a passive's patient ("a tanker owned by a Greek company was seized")
    ownership_participles: frozenset = frozenset()
    # prepositions of place and time whose object the parser may give a passive's "by" agent
    late_agent_hosts: frozenset = frozenset()
    # pronouns that may stand for a country or body ("its territory", "accusing it of")
    thing_pronouns: frozenset = frozenset()
    # "declared the consul persona non grata": the phrases and the verbs that declare them
    unwelcome_phrases: frozenset = frozenset()
    unwelcome_verbs: frozenset = frozenset()
    # conjunctions of the clause naming the act a show of force answers ("after Chinese aircraft entered ...")
    provocation_marks: frozenset = frozenset()
    explosion_verbs: frozenset = frozenset()  # "explode", "go off": a lemma and an optional particle
    explosion_nouns: frozenset = frozenset()
    accident_explosion_modifiers: frozenset = frozenset()
    alternative_marks: frozenset = frozenset()  # "rather than": two words before the act not taken
    openness_words: frozenset = frozenset()
    prospect_nouns: frozenset = frozenset()
    prospect_verbs: frozenset = frozenset()
    # conjunctions of a clause that is a condition only while what it governs has not happened ("vowed not to leave
    # until the council handed power"), and auxiliaries that open an inverted condition ("should Kosovo go ahead")
    pending_marks: frozenset = frozenset()
    inversion_auxes: frozenset = frozenset()
    reciprocal_pronouns: frozenset = frozenset()  # "each other", "one another": joint actors acting on one another
    unhesitating_verbs: frozenset = frozenset()  # "would not hesitate to open fire": the act is affirmed
    hazard_objects: frozenset = frozenset()  # hazards fought, not enemies ("battle wildfires")
    background_preps: frozenset = frozenset()  # "days after a meeting between ...": a nominal event as background
    to_modified_nouns: frozenset = frozenset()  # "a halt to hostilities", "an end to the fighting": "to" names what
    background_span_nouns: frozenset = frozenset()  # "after weeks of protests": a span a background protest stands behind
    background_protest_cause_preps: frozenset = frozenset()  # "protests over the election": a background protest's cause
    background_protest_home_nouns: frozenset = frozenset()  # "protests across the country": a background protest at home
    owning_verbs: frozenset = frozenset()  # "had no intention of": the object noun is the subject's own
    attribution_preps: frozenset = frozenset()  # "according to X": X reports, it is no target
    company_preps: frozenset = frozenset()  # "along with X": X does the act too, it is no target
    posing_verbs: frozenset = frozenset()  # "X is/poses a threat to Y": X threatens, or no one does
    rejecting_gerund_heads: frozenset = frozenset()  # "voted against sending troops": "lemma preposition"
    exclusion_verbs: frozenset = frozenset()  # "did not rule out military action": a threat
    military_modifiers: frozenset = frozenset()
    exercise_nouns: frozenset = frozenset()  # "fired missiles as part of war games": a show of force
    exercise_code: str = "150"
    joint_exercise_code: str = "062"
    delivery_verbs: frozenset = frozenset()  # "helicopters dropped bombs": the vehicle delivers, it is not hit
    refusal_modals: frozenset = frozenset()  # "will not supply weapons": an announced refusal
    mass_killing_refines: frozenset = frozenset()  # killing codes a count of thousands makes a mass killing
    mass_killing_words: frozenset = frozenset()
    combatant_nouns: frozenset = frozenset()  # killed fighters are a tally, not a mass killing
    conflict_nouns: frozenset = frozenset()  # "a war that killed 100,000": a death toll
    mass_killing_code: str = "202"
    mass_expulsion_refines: frozenset = frozenset()  # expulsion codes a count of thousands makes a mass expulsion
    riot_crowd_nouns: frozenset = frozenset()  # citizens whose violence in a riot is a riot
    riot_cues: frozenset = frozenset()
    speaker_own_nouns: frozenset = frozenset()
    # actor code prefixes of international bodies: leaving one reduces relations ("Gambia withdrew from the Commonwealth")
    body_actor_prefixes: frozenset = frozenset()
    riot_cue_verbs: frozenset = frozenset()
    # a force's arrival is a peacekeeping or security mission (074) only when its clause names one
    mission_cues: frozenset = frozenset()
    mission_doer_nouns: frozenset = frozenset()
    mission_doer_sectors: frozenset = frozenset()  # besides armed sectors, police (lower case) may go on a mission
    mission_blocking_words: frozenset = frozenset()  # "on a training mission", "for a multinational exercise": none
    judging_verbs: frozenset = frozenset()  # "called the raid an authoritarian act": criticism (judgement_code)
    condemning_words: frozenset = frozenset()
    judgement_code: str = "111"
    legal_action_code: str = "115"  # "took the case to the ICJ": legal action against whom the case is about
    adjudicating_venues: frozenset = frozenset()  # a case goes to a court or tribunal ("to the WTO"), not "to FIFA"
    case_nouns: frozenset = frozenset()  # "took the case to the ICJ": legal action against whom the case is about
    non_adjudicating_phrases: frozenset = frozenset()  # "in the court of public opinion": no court
    case_accusing_verbs: frozenset = frozenset()  # "filed a case ... accusing Israel of genocide": against Israel
    blame_verbs: frozenset = frozenset()  # the one an act is blamed on did it ("a cyberattack blamed on Russia")
    # flag foreign_object: investigators let in are foreign or international ("UN investigators", "international ...")
    international_investigator_words: frozenset = frozenset()
    violent_act_roots: frozenset = frozenset()  # ... for these roots only (riots blamed on someone were incited)
    demanding_crowd_nouns: frozenset = frozenset()
    crowd_demand_code: str = "141"
    body_departure_code: str = "160"
    obligation_message_nouns: frozenset = frozenset()  # "issued a reminder that Iraq must": a demand
    mass_expulsion_verbs: frozenset = frozenset()  # not "deport": a deportation of thousands stays 174
    mass_expulsion_code: str = "201"
    expelled_population_nouns: frozenset = frozenset()  # a people driven out, not a crowd dispersed
    sports_doers: frozenset = frozenset()  # "India's bowlers launched an attack": players, no violence
    meaning_keeping_prefixes: frozenset = frozenset()  # "re-took" is "take", "co-hosted" is "host"
    # "did not rule out ...": the roots of the rejection read as an exclusion, and of the acts that make it an intent
    exclusion_rejection_roots: frozenset = frozenset()
    exclusion_intent_roots: frozenset = frozenset()
    exclusion_threat_code: str = "130"  # "did not rule out the option"
    exclusion_military_threat_code: str = "138"  # "did not rule out military action"
    # "stopped eating", "refused to take food": a hunger strike ("lemma" or "lemma object" under a cease or refuse verb)
    fasting_verbs: frozenset = frozenset()
    hunger_strike_code: str = "142"
    # "teachers struck over unpaid wages": a strike without an object by workers is a labour strike, not an attack
    labour_strike_verbs: frozenset = frozenset()
    worker_nouns: frozenset = frozenset()
    labour_strike_code: str = "143"
    persisting_verbs: frozenset = frozenset()  # "pressed ahead with the offensive": the subject's own offensive
    describing_verbs: frozenset = frozenset()  # "condemned the emergency as an attempt to crush dissent"
    # "demonstrated demanding the president's resignation": what a protest voices is part of the protest
    voiced_content_roots: frozenset = frozenset()
    voicing_roots: frozenset = frozenset()
    answering_roots: frozenset = frozenset()  # "bowed to protesters' demands": a demand noun answered is background
    # "a cold snap struck northern Vietnam", "fears hit the shilling": striking by a thing that names no actor
    figurative_strike_verbs: frozenset = frozenset()
    quantity_violence_nouns: frozenset = frozenset()  # "a barrage of punches" is no shelling
    violent_volley_objects: frozenset = frozenset()  # "a volley of stones": with weapon_nouns, what keeps it violent
    market_nouns: frozenset = frozenset()  # "shares rallied", "the peso retreated": markets, not actors
    petty_crime_doers: frozenset = frozenset()  # "thieves smashed a display case": a crime, not a political act
    # "Poland expelled 45 Russian diplomats. Moscow vowed a tough response.": answers aimed at the story's last doer
    answer_roots: frozenset = frozenset()
    answered_act_nouns: frozenset = frozenset()  # "denounced the delay": an object that names the act answered
    accusation_nouns: frozenset = frozenset()  # "rejected the accusations": answers only an accusation
    answered_accusation_roots: frozenset = frozenset()
    business_nouns: frozenset = frozenset()  # "South Korean chipmaker X sued Taiwanese rival Y": companies, not states
    company_suffixes: frozenset = frozenset()  # "Carver Industries", "Ostwald AG"
    business_rival_nouns: frozenset = frozenset()  # "sued Taiwanese rival Formosa Micro" (targets only)
    fiction_nouns: frozenset = frozenset()  # "the film follows a girl ... as soldiers shell the valley": a story told
    narrating_verbs: frozenset = frozenset()
    sports_clause_cues: frozenset = frozenset()  # "Mali struck first with a header"
    sports_clause_roots: frozenset = frozenset()
    generic_explosion_nouns: frozenset = frozenset()  # "a blast tore through a unit at a refinery": an accident
    industrial_sites: frozenset = frozenset()
    effect_roots: frozenset = frozenset()  # "eased the blockade, allowing goods in": the easing's effect, no event
    doerless_passive_codes: frozenset = frozenset()  # "115,000 people have been forced from their homes": no one coerced
    commercial_sectors: frozenset = frozenset()  # "the two companies held talks on a merger": business, not politics
    patient_nouns: frozenset = frozenset()  # "Zamora's detention": the possessor undergoes the act
    political: PoliticalClasses = field(default_factory=PoliticalClasses)  # political.yaml: the political-party test
    controls: dict[str, ControlVerb] = field(default_factory=dict)
    # kind -> list of (code prefix, resulting code), longest prefix first; "" is the default.
    control_codes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    statement_code: str = "010"
    # The older CAMEO convention: "will provide aid" -> intent (03x), "would blockade" -> threat (13x),
    # "did not send aid" -> refusal (12x). Off by default: the status stage records modality instead.
    recode_modality: bool = False
    # derived lookup tables, built on first use (and reset whenever a file is added)
    _known: Optional[frozenset] = field(default=None, repr=False, compare=False)
    _inflections: Optional[dict] = field(default=None, repr=False, compare=False)
    _repairs: Optional[dict] = field(default=None, repr=False, compare=False)
    _rare_word_starts: Optional[re.Pattern] = field(default=None, repr=False, compare=False)
    _fasting_lemmas: Optional[frozenset] = field(default=None, repr=False, compare=False)
    _verb_options: Optional[dict] = field(default=None, repr=False, compare=False)
    # (form id, tagger's lemma id) -> (our lemma, lower-cased form, that form less a plural "s"): the stages ask for
    # the lemma of the same words thousands of times. String ids are hashes of the strings, the same in any
    # document. Bounded (emptied when full); a pure function of the tables above, so sharing it is harmless.
    _word_forms: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, known_codes: Optional[set[str]] = None, extra_paths: Sequence[str | Path] = ()) -> "EventPatterns":
        """Load the built-in patterns, then each file in ``extra_paths`` (a ``.tsv`` named ``*noun*`` is a noun
        file, any other ``.tsv`` a verb file, ``.yaml``/``.yml`` a grammar file). Later patterns with the same id
        override earlier ones. Codes are checked against ``known_codes`` when given (else only their shape)."""
        patterns = cls()
        patterns.add_grammar_file(DATA_DIR / "grammar.yaml", known_codes)
        patterns.add_verb_file(DATA_DIR / "verbs.tsv", known_codes)
        patterns.add_noun_file(DATA_DIR / "nouns.tsv", known_codes)
        political = DATA_DIR / "political.yaml"
        patterns.political = PoliticalClasses.from_mapping(political, _read_mapping(political, POLITICAL_WORD_LISTS)[1])
        for raw in extra_paths:
            path = Path(raw)
            if not path.is_file():
                raise DataFileError(path, None, "pattern file not found")
            if path.suffix in (".yaml", ".yml"):
                patterns.add_grammar_file(path, known_codes)
            elif path.suffix == ".tsv" and "noun" in path.name:
                patterns.add_noun_file(path, known_codes)
            elif path.suffix == ".tsv":
                patterns.add_verb_file(path, known_codes)
            else:
                raise DataFileError(path, None, "unknown pattern file type: use .tsv (verbs/nouns) or .yaml (grammar)")
        patterns._forms_repaired()
        patterns._forms()  # build the lookup tables now, so a loaded EventPatterns is never mutated while shared
        patterns.rare_word_starts()
        patterns.fasting_lemmas()
        patterns.verb_options("")
        return patterns

    def lemma(self, token) -> str:
        """The token's lemma, repaired from its surface form: a regular inflection of exactly one trigger lemma
        is that lemma whatever the tagger says ("raped" is "rape", though the small model's rules give "rap",
        itself a trigger: "rapped the government"); otherwise a tagger's lemma that is not a word we know is
        mapped back through our inflection table ("staged" -> "stag" -> "stage"). A prefixed word whose prefix keeps
        the meaning (``meaning_keeping_prefixes``) is its base trigger: "re-took" is "take", "co-hosted" is "host"."""
        return self.word_forms(token)[0]

    def is_commercial(self, sector: Optional[str]) -> bool:
        """Whether an actor's sector is a company's or an investor's (``commercial_sectors``)."""
        return sector is not None and sector.lower() in self.commercial_sectors

    def listed_noun(self, token, words) -> bool:
        """Whether a token's repaired lemma, its lower-cased form or that form without a plural "s" (a plural the
        lemmatizer left alone: "Humvees") is in one of the grammar's word lists."""
        return forms_listed(self.word_forms(token), words)

    def listed(self, token, words) -> bool:
        """Whether a token's repaired lemma or its lower-cased form is in one of the grammar's word lists."""
        lemma, lower, _ = self.word_forms(token)
        return lemma in words or lower in words

    def word_forms(self, token) -> tuple[str, str, str]:
        """A token's (``lemma``, lower-cased form, that form less a plural "s"), worked out once per distinct word."""
        found = self._word_forms.get((token.lower, token.lemma))
        if found is None:
            found = self._new_word_forms(token.lower, token.lemma, token.lower_, token.lemma_)
        return found

    def column_word_forms(self, lower_id: int, lemma_id: int, string) -> tuple[str, str, str]:
        """``word_forms`` of a word given as its LOWER and LEMMA string ids (a document's token columns);
        ``string``: id -> string (``TokenColumns.string``)."""
        found = self._word_forms.get((lower_id, lemma_id))
        if found is None:
            found = self._new_word_forms(lower_id, lemma_id, string(lower_id), string(lemma_id))
        return found

    def _new_word_forms(self, lower_id: int, lemma_id: int, lower: str, tagger_lemma: str) -> tuple[str, str, str]:
        if len(self._word_forms) >= WORD_FORMS_CACHE_SIZE:
            self._word_forms.clear()
        found = self._word_forms[(lower_id, lemma_id)] = (
            self.word_lemma(lower, tagger_lemma), lower, lower.removesuffix("s"))
        return found

    def word_lemma(self, form: str, tagger_lemma: str) -> str:
        """``lemma`` of a word given as its lower-cased form and the tagger's lemma."""
        repaired = (self._repairs if self._repairs is not None else self._forms_repaired()).get(form)
        if repaired is not None:
            return repaired
        lemma = tagger_lemma.lower()
        known = self._known or self._known_lemmas()
        if lemma in known:
            return lemma
        if "-" in lemma:
            # a prefix that keeps the verb's meaning: "re-took" (lemma "re-take") is "take", "co-hosted" is "host"
            prefix, _, base = lemma.partition("-")
            if prefix in self.meaning_keeping_prefixes and base in known:
                return base
        return (self._inflections or self._forms()).get(form, lemma)

    def fasting_lemmas(self) -> frozenset:
        """The verbs of ``fasting_verbs`` ("take food" -> "take"), for a cheap first check."""
        if self._fasting_lemmas is None:
            self._fasting_lemmas = frozenset(entry.split()[0] for entry in self.fasting_verbs)
        return self._fasting_lemmas

    def verb_options(self, lemma: str) -> Optional[VerbOptions]:
        """The verb patterns of ``lemma`` indexed by required object head (None when the lemma is no verb trigger)."""
        if self._verb_options is None:
            table = {}
            for word, options in self.verbs.items():
                free, by_head = [], {}
                for order, pattern in enumerate(options):
                    if pattern.obj is None:
                        free.append((order, pattern))
                    else:
                        by_head.setdefault(pattern.obj.head, []).append((order, pattern))
                table[word] = VerbOptions(
                    free=tuple(free), by_head={head: tuple(found) for head, found in by_head.items()},
                    hangs_objects=any(p.particle and p.obj for p in options))
            self._verb_options = table
        return self._verb_options.get(lemma)

    def rare_word_starts(self) -> re.Pattern:
        """Where a word that may start an explosion noun ("bomb", "blasts") or an unwelcome phrase ("persona non
        grata") begins, case-insensitively. A cheap check on a sentence's text: the scans for unattributed bombings
        and unwelcome declarations read the parse only of sentences it matches (most sentences have neither)."""
        if self._rare_word_starts is None:
            # a lemma less its last letter also starts its inflections ("explosive" -> "explosives")
            stems = {word[:-1] if len(word) > 3 else word for word in self.explosion_nouns}
            stems |= {phrase.split()[0] for phrase in self.unwelcome_phrases}
            alternatives = "|".join(re.escape(stem) for stem in sorted(stems))
            self._rare_word_starts = re.compile(rf"(?<![^\W\d_])(?:{alternatives})" if stems else r"(?!)",
                                                re.IGNORECASE)
        return self._rare_word_starts

    def _known_lemmas(self) -> frozenset:
        if self._known is None:
            self._known = frozenset(self.verbs) | frozenset(self.nouns) | self.reporting_verbs | self.support_verbs | frozenset(self.controls)
        return self._known

    def _forms(self) -> dict:
        if self._inflections is None:
            table: dict[str, str] = {}
            for lemma in sorted(self._known_lemmas()):
                for form in _inflections(lemma):
                    table.setdefault(form, lemma)
            self._inflections = table
        return self._inflections

    def _forms_repaired(self) -> dict:
        """Surface forms that regularly inflect exactly one known lemma and are not themselves known lemmas
        (irregular forms such as "wound" or "found" stay with the tagger, which reads their context)."""
        if self._repairs is None:
            owners: dict[str, set] = {}
            known = self._known_lemmas()
            for lemma in known:
                for form in _strict_inflections(lemma):
                    owners.setdefault(form, set()).add(lemma)
            self._repairs = {form: next(iter(lemmas)) for form, lemmas in owners.items()
                             if len(lemmas) == 1 and form not in known}
        return self._repairs

    # -- counts, for reports and tests
    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())

    def control_code(self, kind: str, embedded_code: str) -> str:
        """The code for 'agreed/refused/threatened/was urged to <embedded event>'."""
        for prefix, code in self.control_codes.get(kind, ()):
            if embedded_code.startswith(prefix):
                return code
        raise KeyError(kind)

    def control_names(self, kind: str, embedded_code: str) -> bool:
        """Whether the code map of a control kind names ``embedded_code`` by a prefix of its own (not by 'default')."""
        return any(prefix and embedded_code.startswith(prefix) for prefix, _code in self.control_codes.get(kind, ()))

    # -- loaders
    def add_verb_file(self, path: Path, known_codes: Optional[set[str]] = None) -> None:
        self._known = self._inflections = self._repairs = self._rare_word_starts = self._fasting_lemmas = None
        self._word_forms = {}
        self._verb_options = None
        first_lines: dict[str, int] = {}
        for line_no, cells in _rows(path, min_cells=5, max_cells=6):
            lemmas, particle, objects, code = cells[1], cells[2], cells[3], cells[4]
            row_id = cells[0]
            _check_unique_id(path, line_no, row_id, first_lines)
            flags, preps, alone = _flags(path, line_no, cells[5] if len(cells) > 5 else "", VERB_FLAGS, known_codes)
            _check_code(path, line_no, code, known_codes)
            if not row_id:
                raise DataFileError(path, line_no, "empty pattern id in column 1")
            particles = _alternatives(path, line_no, particle, "particle", allow_none=True)
            object_specs = [_object_spec(path, line_no, o) for o in _alternatives(path, line_no, objects, "object", allow_none=True)]
            for lemma in _alternatives(path, line_no, lemmas, "lemma", allow_none=False):
                for prt in particles:
                    for obj in object_specs:
                        pattern_id = "verb:" + lemma + (f"_{prt}" if prt else "") + (
                            "+" + "_".join(obj.modifiers + (obj.head,)) if obj else ""
                        ) + ("+that" if "clause" in flags else "") + ("+border" if "border" in flags else "")
                        pattern = VerbPattern(
                            pattern_id=pattern_id, lemma=lemma, cameo=code, particle=prt, obj=obj, flags=flags,
                            target_preps=preps or DEFAULT_TARGET_PREPS, origin=f"{path.name}:{line_no}:{row_id}", alone_code=alone,
                        )
                        _put(self.verbs, lemma, pattern)

    def add_noun_file(self, path: Path, known_codes: Optional[set[str]] = None) -> None:
        self._known = self._inflections = self._repairs = self._rare_word_starts = self._fasting_lemmas = None
        self._word_forms = {}
        self._verb_options = None
        first_lines: dict[str, int] = {}
        for line_no, cells in _rows(path, min_cells=4, max_cells=5):
            row_id, lemmas, modifiers, code = cells[0], cells[1], cells[2], cells[3]
            _check_unique_id(path, line_no, row_id, first_lines)
            flags, preps, alone = _flags(path, line_no, cells[4] if len(cells) > 4 else "", NOUN_FLAGS, known_codes)
            _check_code(path, line_no, code, known_codes)
            if not row_id:
                raise DataFileError(path, line_no, "empty pattern id in column 1")
            modifier_sets = [
                tuple(m.split()) if m else () for m in _alternatives(path, line_no, modifiers, "modifier", allow_none=True)
            ]
            for lemma in _alternatives(path, line_no, lemmas, "lemma", allow_none=False):
                for mods in modifier_sets:
                    pattern_id = "noun:" + "_".join(mods + (lemma,))
                    pattern = NounPattern(
                        pattern_id=pattern_id, lemma=lemma, cameo=code, modifiers=mods, flags=flags,
                        target_preps=preps or DEFAULT_TARGET_PREPS, origin=f"{path.name}:{line_no}:{row_id}", alone_code=alone,
                    )
                    _put(self.nouns, lemma, pattern)

    def add_grammar_file(self, path: Path, known_codes: Optional[set[str]] = None) -> None:
        self._known = self._inflections = self._repairs = self._rare_word_starts = self._fasting_lemmas = None
        self._word_forms = {}
        self._verb_options = None
        text, data = _read_mapping(path, set(GRAMMAR_WORD_LISTS) | set(GRAMMAR_CODES) | {
            "controls", "recode_modality", "instrument_codes", "bombing_modifier_codes"})
        for key in GRAMMAR_WORD_LISTS:
            if key in data:
                words = data[key]
                if key.endswith("_roots"):
                    words = [f"{w:02d}" if isinstance(w, int) else w for w in words or []]
                    for root in words:
                        if not (isinstance(root, str) and re.fullmatch(r"0[1-9]|1[0-9]|20", root)):
                            raise DataFileError(path, _line_of(text, key), f"{key}: {root!r} is not a CAMEO root (01-20)")
                if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                    raise DataFileError(path, _line_of(text, key), f"{key} must be a list of words")
                value = frozenset(getattr(self, key)) | {w.lower() for w in words}
                # code prefixes are matched with str.startswith, once per candidate: keep them as a tuple
                setattr(self, key, tuple(sorted(value)) if key in GRAMMAR_CODE_PREFIXES else value)
        if "recode_modality" in data:
            if not isinstance(data["recode_modality"], bool):
                raise DataFileError(path, _line_of(text, "recode_modality"), "recode_modality must be true or false")
            self.recode_modality = data["recode_modality"]
        for key in GRAMMAR_CODES:
            if key in data:
                code = str(data[key])
                _check_code(path, _line_of(text, key), code, known_codes)
                setattr(self, key, code)
        self.instrument_codes.update(_word_codes(path, text, data, "instrument_codes", "weapon nouns", known_codes))
        self.bombing_modifier_codes.update(
            _word_codes(path, text, data, "bombing_modifier_codes", "modifier words", known_codes))
        for kind, spec in (data.get("controls") or {}).items():
            line = _line_of(text, kind)
            if kind not in CONTROL_KINDS:
                raise DataFileError(path, line, f"unknown control kind {kind!r} (expected one of {CONTROL_KINDS})")
            if not isinstance(spec, dict) or "codes" not in spec:
                raise DataFileError(path, line, f"control kind {kind!r} needs 'verbs' and 'codes'")
            codes = spec["codes"]
            if not isinstance(codes, dict) or "default" not in codes:
                raise DataFileError(path, line, f"codes of {kind!r} must be a mapping with a 'default' entry")
            table = []
            for prefix, code in codes.items():
                code = str(code)
                _check_code(path, line, code, known_codes)
                table.append(("" if prefix == "default" else str(prefix), code))
            table.sort(key=lambda pc: -len(pc[0]))
            self.control_codes[kind] = table
            for entry in spec.get("verbs") or []:
                lemma, _, option = str(entry).partition(" ")
                if option not in ("", "object"):
                    raise DataFileError(path, line, f"bad control verb {entry!r}: write 'lemma' or 'lemma object'")
                self.controls[lemma.lower()] = ControlVerb(lemma.lower(), kind, option == "object")


def _inflections(lemma: str) -> set[str]:
    """Regular English inflections of a verb or noun lemma (over-generation is harmless: it is a lookup key)."""
    forms = {lemma}
    if " " in lemma or len(lemma) < 2:
        return forms
    vowels = "aeiou"
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in vowels:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        plural = lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) else "s")
        forms |= {plural, lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # ban -> banned, banning
    return forms


def _strict_inflections(lemma: str) -> set[str]:
    """The regular inflections a lemma really has, for telling two lemmas apart: a one-syllable verb ending in
    consonant-vowel-consonant doubles its last letter ("rap" -> "rapped", never "raped", which is "rape"'s)."""
    forms = {lemma}
    if " " in lemma or len(lemma) < 2:
        return forms
    vowels = "aeiou"
    if lemma.endswith("e"):
        return forms | {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2] not in vowels:
        return forms | {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    forms.add(lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh", "o")) else "s"))
    doubles = len(lemma) >= 3 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels
    if doubles:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    # longer words double or not by stress ("banned", "targeted"); "bused" and "bussed" are both written
    if not doubles or len(_VOWEL_GROUPS.findall(lemma)) > 1 or lemma.endswith("s"):
        forms |= {lemma + "ed", lemma + "ing"}
    return forms


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _put(index: dict, lemma: str, pattern) -> None:
    bucket = index.setdefault(lemma, [])
    bucket[:] = [p for p in bucket if p.pattern_id != pattern.pattern_id]
    bucket.append(pattern)
    bucket.sort(key=lambda p: -p.specificity)


def _rows(path: Path, min_cells: int, max_cells: int) -> Iterable[tuple[int, list[str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, None, f"cannot read pattern file: {exc}") from exc
    for line_no, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.rstrip("\n").split("\t")]
        while len(cells) > min_cells and cells[-1] == "":
            cells.pop()
        if not (min_cells <= len(cells) <= max_cells):
            raise DataFileError(
                path, line_no, f"expected {min_cells} to {max_cells} tab-separated columns, found {len(cells)}"
            )
        yield line_no, cells


def _alternatives(path: Path, line_no: int, cell: str, what: str, allow_none: bool) -> list:
    if cell in ("", "-"):
        if not allow_none:
            raise DataFileError(path, line_no, f"missing {what}")
        return [None]
    values = [v.strip().lower() for v in cell.split("|")]
    for value in values:
        if not value or not re.fullmatch(r"[a-z0-9][a-z0-9' \-]*", value):
            raise DataFileError(path, line_no, f"bad {what} {value!r}: use lower-case words separated by '|'")
    return values


def _object_spec(path: Path, line_no: int, text: Optional[str]) -> Optional[ObjectSpec]:
    if text is None:
        return None
    if " of " in text:  # "state of emergency": head "state", modified by "emergency"
        head, _, rest = text.partition(" of ")
        words = head.split()
        return ObjectSpec(head=words[-1], modifiers=tuple(words[:-1]) + tuple(rest.split()))
    words = text.split()
    return ObjectSpec(head=words[-1], modifiers=tuple(words[:-1]))


def _flags(path: Path, line_no: int, cell: str, allowed: set,
           known_codes: Optional[set[str]] = None) -> tuple[frozenset, tuple[str, ...], Optional[str]]:
    flags, preps, alone = set(), (), None
    for flag in filter(None, (f.strip() for f in cell.split(","))):
        if flag.startswith("preps="):
            preps = tuple(p for p in flag[len("preps="):].split("|") if p)
            if not preps:
                raise DataFileError(path, line_no, "empty preps= flag")
        elif flag.startswith("alone="):
            alone = flag[len("alone="):]
            _check_code(path, line_no, alone, known_codes)
        elif flag in allowed:
            flags.add(flag)
        else:
            raise DataFileError(path, line_no, f"unknown flag {flag!r} (allowed: {sorted(allowed)}, preps=a|b, alone=CODE)")
    return frozenset(flags), preps, alone


def _check_unique_id(path: Path, line_no: int, row_id: str, first_lines: dict[str, int]) -> None:
    """One row per pattern id in a file: a second row with the same id is a copy-paste slip."""
    if row_id in first_lines:
        raise DataFileError(path, line_no, f"pattern id {row_id!r} is already used on line {first_lines[row_id]}")
    first_lines[row_id] = line_no


def _check_code(path: Path, line_no: Optional[int], code: str, known_codes: Optional[set[str]]) -> None:
    if not CODE_RE.match(code):
        raise DataFileError(path, line_no, f"malformed CAMEO code {code!r}: expected 2-4 digits with root 01-20")
    if known_codes is not None and code not in known_codes:
        raise DataFileError(path, line_no, f"unknown CAMEO code {code!r} (not in the codebook)")


def _word_codes(path: Path, text: str, data: dict, key: str, words: str,
                known_codes: Optional[set[str]]) -> dict[str, str]:
    """Grammar key ``key``, a mapping of lower-cased words to CAMEO codes, each code checked; DataFileError when it is
    no mapping or a code is unknown."""
    mapping = data.get(key) or {}
    if not isinstance(mapping, dict):
        raise DataFileError(path, _line_of(text, key), f"{key} must map {words} to codes")
    checked = {}
    for word, code in mapping.items():
        code = str(code)
        _check_code(path, _line_of(text, str(word)), code, known_codes)
        checked[str(word).lower()] = code
    return checked


def _read_mapping(path: Path, allowed) -> tuple[str, dict]:
    """A YAML data file's text and top-level mapping, whose keys must be ``allowed``; DataFileError with the file and
    line otherwise."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(path, None, f"cannot read pattern file: {exc}") from exc
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark else None, f"invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise DataFileError(path, 1, "expected a mapping at the top level")
    for key in data:
        if key not in allowed:
            raise DataFileError(path, _line_of(text, key), f"unknown key {key!r} (expected one of {sorted(allowed)})")
    return text, data


def _line_of(text: str, key: str) -> Optional[int]:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(str(key))}\s*:", line):
            return number
    return None
