"""Find and code actor mentions in a parsed Document.

Three passes per sentence:

1. *Atoms*: the longest dictionary phrase starting at each token (countries, demonyms,
   capitals, organisations, sector words, known people), found by walking tokens and
   looking the growing lower-cased text up in one dict.
2. *Phrases*: atoms are composed left to right into noun-phrase mentions with a small
   grammar: ``[the] [country|demonym|org ['s]] [modifiers] [sector words] [to|of COUNTRY] [Name]``
   ("Iranian Ambassador to Russia Mehdi Sanai", "Russia's army", "the Syrian government").
3. *Resolution*, in text order with an article memory: people are resolved on the article's
   publication date, sector-only mentions borrow a country from a coordinated or earlier
   mention in the sentence, and coreferring mentions ("Rouhani" after "Hassan Rouhani",
   "the president", "he", "the two sides") take the earlier actor (``kind="coref"``).

"The two sides" yields two ActorMentions over the same tokens, one per country: a compound
actor. Apart from that, mentions never overlap.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional

from ..datafiles import read_word_lists
from ..records import Actor, ActorMention, Document
from .context import (FOREIGN_MODIFIERS, FOREIGN_NOUNS, MISSION_NOUNS, SEATED_BODIES, STATE_SECTORS, clear_leader,
                      dateline_country, fill_countries_from_context, follow_group_sectors)
from .dictionary import (
    CAPITAL,
    COUNTRY,
    DEMONYM,
    ORGANIZATION,
    PERSON,
    SECTOR,
    SURNAME,
    ActorDictionary,
    Entry,
)

# Word lists of the rules below (words.yaml beside this file).
_WORDS, _ = read_word_lists(Path(__file__).with_name("words.yaml"), "the actor rule word lists",
                            ("envoy_nouns", "mediation_words", "host_words", "hosted_talks", "aimed_preps",
                             "nationwide_preps", "collective_codes", "western_states"))
ENVOY_NOUNS = frozenset(_WORDS["envoy_nouns"])
MEDIATION_WORDS = frozenset(_WORDS["mediation_words"])
HOST_WORDS = frozenset(_WORDS["host_words"])
HOSTED_TALKS = frozenset(_WORDS["hosted_talks"])
AIMED_PREPS = frozenset(_WORDS["aimed_preps"])
NATIONWIDE_PREPS = frozenset(_WORDS["nationwide_preps"])
COLLECTIVE_CODES = frozenset(code.upper() for code in _WORDS["collective_codes"])
# the members of each collective that is a region's (a collective not listed takes any state)
COLLECTIVE_MEMBERS = {"IGOWST": frozenset(code.upper() for code in _WORDS["western_states"])}

DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "several", "many",
     "two", "three", "other"}
)
# Words that may sit inside a role phrase without changing its code.
MODIFIERS = frozenset(
    {
        "senior", "top", "chief", "deputy", "acting", "new", "interim", "outgoing", "incoming", "veteran",
        "high-ranking", "high", "ranking", "local", "provincial", "regional", "federal", "national",
        "state", "central", "caretaker", "transitional", "then", "current", "longtime", "powerful",
        "influential", "prominent", "leading", "hardline", "moderate", "conservative", "liberal",
        "elected", "newly", "self", "declared", "self-declared", "de", "facto", "hard-line", "unnamed",
        "anonymous", "retired", "serving", "several", "many", "some", "other", "armed", "private",
        "special", "first", "second", "1st", "2nd", "permanent", "visiting", "exiled", "jailed", "junior", "vice",
    }
)
FORMER = frozenset({"former", "ex", "ex-", "erstwhile"})
POSSESSIVE = frozenset({"'s", "'"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
# A capital after these words is a place, not the government.
LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "throughout", "within", "over"})
# What a country may lead without the noun being an armed group: "the US-led war", "a Saudi-led coalition".
# Led bodies a later "the coalition" refers back to: "the Saudi-led coalition ... The coalition said" is Saudi Arabia.
LED_BODIES = frozenset({"coalition"})
LED_CAMPAIGNS = frozenset(
    "war invasion coalition campaign offensive operation operations strikes airstrikes raids bombing "
    "intervention occupation blockade alliance".split()
)
# Participles after a hyphen that make the country word the owner of the thing: "a British-flagged tanker", "a
# Greek-owned ship", "Russian-held villages" are that country's; "Russian-made", "Iranian-backed" are not.
OWNER_PARTICIPLES = frozenset({"flagged", "owned", "registered", "operated", "held", "controlled", "occupied"})
# Words before a country word that make it part of a place or region name, not an actor: "the Sea of Japan", "the Gulf
# of Oman" (after "of"), "Latin American countries", "South American leaders" (before "American").
WATER_WORDS = frozenset({"sea", "gulf", "bay", "strait", "straits"})
AMERICAS_QUALIFIERS = frozenset({"latin", "south", "central", "north"})
# Nouns a capital names rather than acts in: "the Juba peace agreement", "the Minsk accords", "the Doha talks", "the
# Astana format" are named after where they were made.
NAMED_AFTER_PLACE_NOUNS = frozenset({"agreement", "agreements", "accord", "accords", "deal", "treaty", "protocol",
                                     "declaration", "process", "format", "talks", "summit", "conference", "framework",
                                     "communique", "plan", "pact", "memorandum"})
# Words a hyphen joins to a body or title word that is then no actor: "pro-EU", "anti-NATO", "Sharm el-Sheikh".
HYPHEN_PREFIXES = frozenset({"pro", "anti", "el", "al", "ul", "ad", "ash", "as", "an", "ar", "az"})
# A hyphen or an en dash between words ("British-flagged", "Israeli–Palestinian"), as the tokenizer splits them off.
HYPHENS = ("-", "–")
# Words for people who belong to a body: "leaders of the opposition", "members of Hamas".
MEMBER_WORDS = frozenset(
    "leader leaders member members head heads chief chiefs founder founders fighters militants activists "
    "supporters commander commanders officials representatives".split()
)
# Nouns that name a body when a role word modifies them: "the opposition coalition", "the ruling bloc".
BODY_WORDS = frozenset(
    "coalition alliance bloc front movement party parties group groups faction factions union council "
    "committee camp organization organisation".split()
)
# Nouns for a part of an organisation that its name modifies: "the head of the UN mission", "the chief of the AU
# commission" lead that organisation's unit, and code as the organisation (only with its name: see _members_of).
UNIT_WORDS = frozenset("mission missions commission delegation delegations office team".split())
# Nouns a country word may modify without being an actor ("the Thai border", "the Russian language").
NOT_ACTOR_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "language", "languages", "dialect"})
BORDER_NOUNS = frozenset({"border", "frontier"})
# Nouns after a country's or capital's name that make it the name of a part of another country ("Niger state",
# "Washington state"; "Montenegro province" in older copy is still the country).
SUBDIVISION_NOUNS = frozenset({"state"})
# What a country has of a body it joins: "Sweden's NATO membership", "Ukraine's EU bid".
MEMBERSHIP_NOUNS = frozenset({"membership", "bid", "accession", "application", "candidacy", "entry", "seat", "aspirations",
                              "ambitions", "integration"})
PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben", "ould"})
# A run of capitalised words ending in one of these is an organisation, not a person's name.
ORGANIZATION_WORDS = frozenset(
    "office command council committee ministry agency department bank party front army university institute "
    "center centre commission organization organisation union forces group company corporation court assembly "
    "association service services news post times network foundation fund program programme authority board "
    "bureau police guard movement alliance coalition federation league society club".split()
)
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "van", "von", "der", "la", "le", "-", "ul", "ud"}
)
# Words that name a storm after them: "Typhoon Goni", "Hurricane Harvey", "Cyclone Idai" are no people.
STORM_WORDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "supertyphoon", "super-typhoon", "depression"})
PRONOUNS = frozenset({"he", "she"})
# "police detained him", "urged Bahrain to free her": a person the article named, as "he" is
OBJECT_PRONOUNS = frozenset({"him", "her"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
PAIR_NOUNS = {
    "sides": None, "countries": None, "nations": None, "states": None, "neighbours": None, "neighbors": None,
    "governments": "GOV", "presidents": "GOV", "leaders": "GOV", "heads": "GOV", "ministers": "GOV",
    "foreign ministers": "GOV", "delegations": "GOV", "parties": None, "capitals": "GOV", "allies": None,
    "militaries": "MIL", "armies": "MIL", "ministries": "GOV", "foreign ministries": "GOV", "navies": "MIL",
    "defence ministers": "GOV", "defense ministers": "GOV", "prime ministers": "GOV", "republics": None,
    "powers": None, "rivals": None, "foes": None, "kingdoms": None,
}
# Describing words that may stand between "the two" and a pair noun: "the two former Soviet republics", "the two
# nuclear-armed neighbours", "the two Central Asian neighbours" (at most PAIR_GAP of them, none a noun itself).
PAIR_GAP = 3
PAST_STATES = frozenset({"soviet", "yugoslav"})  # "the two former Soviet republics" are no longer of that state
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Nouns that refer back to an organisation named earlier ("the group said").
ARMED_GROUP_NOUNS = frozenset({"group", "militia", "movement", "organization", "organisation", "faction", "network"})
COURT_NOUNS = frozenset({"court", "tribunal"})
BODY_NOUNS = frozenset({"bloc", "alliance", "agency", "body", "council", "organization", "organisation", "court", "watchdog",
                        "lender"})
STARTERS = DETERMINERS | MODIFIERS | FORMER | PRONOUNS | OBJECT_PRONOUNS | {"both", "they", "it"}
# Verbs after whose object "it" is as often the object as the subject ("warned Seoul that it would pay"); "told
# Reuters it would not back down" is the teller.
ADDRESSEE_VERBS = frozenset({"warned", "warns", "warn", "warning", "asked", "asks", "ask", "reminded", "cautioned"})
# Verbs whose "it" subject is mostly no actor: "it is unclear", "it seems", "it took three days".
EXPLETIVE_HEADS = frozenset({"is", "was", "were", "be", "been", "being", "'s", "seems", "seemed", "appears", "appeared",
                             "remains", "remained", "took", "takes", "rained", "happened", "became", "comes", "came",
                             "means", "meant", "looks", "looked"})
# Titles written differently for the same office.
TITLE_SYNONYMS = {
    "premier": "prime minister", "defence minister": "defense minister", "minister of defense": "defense minister",
    "minister of defence": "defense minister", "defense secretary": "defense minister", "defence secretary": "defense minister",
    "secretary of defense": "defense minister", "minister of foreign affairs": "foreign minister",
    "foreign secretary": "foreign minister", "secretary of state": "foreign minister", "foreign affairs minister": "foreign minister",
    "amir": "emir", "head of state": "president",
}
# Sectors that do not take a country from another actor in the sentence.
# Sectors whose location says nothing about their country ("troops in Afghanistan").
NO_PLACE_COUNTRY = frozenset({"MIL", "REF", "NGO", "HRI", "SPY", "MED"})
# Military rulers: their seat ("the junta in Bamako") or the country just named ("sanctions on Guinea if the
# junta ...") says whose they are, as for a government.
RULING_NOUNS = frozenset({"junta", "juntas", "regime"})
NO_BORROWING = frozenset({"REB", "INS", "UAF", "SEP", "CRM", "OPP", "REF", "HRI", "NGO"})
# Armed actors whose country civilians named after them do not share (they are more often their victims).
ARMED_LENDERS = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "CRM"})


# A dateline the cleaning stage did not blank (several cities: "LONDON/DUBAI (Reuters) -"): upper-case place words,
# then an agency in brackets and a dash. Neither the place nor the agency is an actor.
UNCLEANED_DATELINE = re.compile(r"\s*[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+){0,4}(?:,[^()\n]{0,40}?)?\s*"
                                r"\([A-Za-z .]{2,30}\)\s*[\u2013\u2014\-:]{1,2}\s")


@dataclass
class _Draft:
    """A mention under construction (token span and whatever the phrase grammar found)."""

    start: int
    end: int
    country: Optional[str] = None
    sector: Optional[str] = None
    sector_type: Optional[str] = None
    code: Optional[str] = None  # fixed code from an organisation
    org: Optional[Entry] = None
    person: Optional[Entry] = None  # a known person (full name, alias or unique surname)
    name: Optional[str] = None  # an unknown person's name
    title: Optional[str] = None  # the title word: "president"
    wikidata: Optional[str] = None
    kind: str = "country"
    definite: bool = False
    former: bool = False
    surname_key: Optional[str] = None  # a surname seen earlier in the article, to resolve against
    group_sector: Optional[str] = None  # "the Trump administration": the person's country, this sector
    from_demonym: bool = False
    adjective_only: bool = False  # just a demonym: "The Iranian (and Russian presidents)"
    coref: Optional[str] = None  # "title", "surname", "pronoun", "plural" (they), "body" (it), "pair", "led"
    pair_sector: Optional[str] = None
    possessor_title: Optional[str] = None  # "the president's deputy": the president is a coref
    country_noun: Optional[str] = None  # "the kingdom": a country named before (coref "country")
    resolved_country: Optional[str] = None  # the country resolution gave (people: their office's country)
    resolved_code: Optional[str] = None  # the code resolution gave
    country_noun_allowed: Optional[frozenset] = None  # the countries that noun may mean (None: any)
    role_word: Optional[str] = None  # the last person word ("envoy", "officials"): later "the envoy" refers back
    head_word: Optional[str] = None  # the lower-cased head token ("companies")
    led: Optional[str] = None  # "the Saudi-led coalition": the led body noun ("coalition")


@dataclass
class _Memory:
    """What an article has said so far, for coreference."""

    people: list = field(default_factory=list)  # (sentence index, Actor, role, token) of named people
    # Surnames of people the article names in full who are not the known person with that surname
    # ("special rapporteur Richard Bennett": a later "Bennett" is not Naftali Bennett).
    stranger_surnames: set = field(default_factory=set)
    country_names: list = field(default_factory=list)  # (sentence index, country) of countries named by name
    surnames: dict = field(default_factory=dict)  # lower-cased surname -> (Actor, role)
    country_counts: dict = field(default_factory=dict)  # country -> [count, last position]
    group_subjects: list = field(default_factory=list)  # (sentence index, actor tuples) of plural subjects
    organizations: list = field(default_factory=list)  # (sentence index, actor tuple) of organisations named
    roles: list = field(default_factory=list)  # (sentence index, sector, country) of actors with both
    position: int = 0
    # (sentence index, [country, country]) of the latest two actors of two countries joined by "and" ("Armenia and
    # Azerbaijan agreed"): what "the two sides" most often refers back to
    joined_pair: Optional[tuple] = None
    # (sentence index, [code, code]) of the latest state and its own rebels or opposition joined by "and" ("Colombia's
    # government and FARC rebels"): "the two sides" after them are those two
    domestic_pair: Optional[tuple] = None
    body_subjects: list = field(default_factory=list)  # (sentence index, actor, head token) of singular non-person subjects
    mentioned: list = field(default_factory=list)  # (sentence index, country) of actors named with a country, in order
    titled: list = field(default_factory=list)  # (sentence index, title, actor tuple) of titled actors with a country
    # country -> how many actors the article names with that country of their own (by name, demonym or a known person;
    # not a borrowed or coreferring one, not a news outlet): whose story it is
    own_counts: dict = field(default_factory=dict)
    home: Optional[str] = None  # the dateline's country
    led: list = field(default_factory=list)  # (sentence index, noun, actor tuple) of led bodies ("the US-led coalition")


class _Tokens:
    """Per-document token arrays, taken from the document's shared columns (no Token objects: faster)."""

    def __init__(self, columns) -> None:
        # Sentences as token ranges; without a parser or sentencizer the whole text is one sentence.
        starts = columns.sentence_starts
        self.sentences = list(zip(starts, starts[1:] + [columns.size]))
        self.text = columns.words
        # (each distinct word cleaned once: a document has only a few hundred)
        lower = columns.lower
        norm = {word: word.replace("\u2019", "'").replace("\u2018", "'") for word in set(lower)}
        self.norm = list(map(norm.__getitem__, lower))
        self.pos = columns.pos
        self.dep = columns.dep
        self.ent = columns.ent_type
        self.tag = columns.tag
        self.inside_entity = [value == 1 for value in columns.ent_iob]  # IOB "I": continues the entity before it
        self.idx = columns.idx
        self.is_space = columns.is_space
        self.space = columns.space
        self.head = columns.head

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The (first, end) token range of the sentence holding token ``i``."""
        return next((a, b) for a, b in self.sentences if a <= i < b)


def find_actors(document: Document, dictionary: ActorDictionary) -> list[ActorMention]:
    """Every actor mention in ``document``, sorted by token_start.

    People are resolved to the office they held on the article's publication date (today when
    it is unknown). Compound coreferences ("the two sides") give one mention per country over
    the same tokens; otherwise mentions do not overlap.
    """
    doc = document.doc
    tokens = _Tokens(document.columns)
    published = document.article.published
    text = document.article.text
    memory = _Memory(home=dateline_country(document, dictionary))
    mentions: list[ActorMention] = []
    border_owners: list[ActorMention] = []
    for sentence_index, (sentence_start, sentence_end) in enumerate(tokens.sentences):
        atoms = _find_atoms(tokens, sentence_start, sentence_end, dictionary)
        border_owners += _border_owners(tokens, sentence_start, sentence_end, atoms, text)
        _note_strangers(tokens, sentence_start, sentence_end, atoms, memory)
        drafts = _compose(tokens, sentence_start, sentence_end, atoms, memory, dictionary.country_nouns,
                          dictionary.voiced_act_nouns, dictionary.region_words)
        _link_coordinated(tokens, drafts)
        _merge_appositions(tokens, drafts)
        _merge_dual_nationals(tokens, drafts)
        for draft in drafts:
            head = _span_head(tokens, draft.start, draft.end)
            draft.head_word = tokens.norm[head]
            actors = _resolve(draft, drafts, tokens, published, memory, sentence_index, head, atoms,
                              dictionary.namesakes)
            if not actors:
                continue
            draft.resolved_country = actors[0][1] if len(actors) == 1 else None
            draft.resolved_code = actors[0][0] if len(actors) == 1 else None
            if tokens.dep[head] in SUBJECT_DEPS and draft.coref != "plural" and (
                len(actors) > 1 or tokens.tag[head] in ("NNS", "NNPS")
            ):
                memory.group_subjects.append((sentence_index, tuple(actors)))
            elif tokens.dep[head] in SUBJECT_DEPS and len(actors) == 1 and draft.coref not in ("plural", "pronoun") \
                    and tokens.tag[head] not in ("NNS", "NNPS") and draft.person is None and draft.name is None \
                    and draft.sector_type not in ("title", "person"):
                memory.body_subjects.append((sentence_index, actors[0], head))  # "it" may refer back to it
            start_char = tokens.idx[draft.start]
            end_char = tokens.idx[draft.end - 1] + len(tokens.text[draft.end - 1])
            surface = text[start_char:end_char]
            for code, country, sector, name, wikidata in actors:
                if draft.kind in ("country", "capital", "sector") and draft.name is None and country:
                    then = dictionary.country_in_era(surface, country, published)  # "Congo" in 1990 is Brazzaville
                    if then != country:
                        code, country = then + code[len(country):] if code.startswith(country) else code, then
                actor = Actor(code, country, sector, surface, start_char, end_char, name, wikidata)
                mentions.append(ActorMention(actor, draft.start, draft.end, head, draft.kind))
            if draft.led is not None and len(actors) == 1:
                memory.led.append((sentence_index, draft.led, actors[0]))
        _note_joined_pair(tokens, drafts, memory, sentence_index)
    mentions.sort(key=lambda m: m.token_start)
    mentions = _drop_host_postings(tokens, mentions)
    mentions = _drop_loose_collectives(tokens, mentions)
    mentions = _drop_allied_collectives(tokens, mentions)
    mentions = _counted_members(tokens, mentions, dictionary.region_words)
    mentions = _people_named_in_full(tokens, mentions, dictionary)
    opening = UNCLEANED_DATELINE.match(document.clean_text)
    if opening:
        # "LONDON/DUBAI (Reuters) - ...": a dateline the cleaner left is where the story was filed and who filed it
        mentions = [m for m in mentions if m.actor.start >= opening.end()]
    mentions = follow_group_sectors(doc, mentions, dictionary.shared_roles, document.columns.sentence_starts,
                                    dictionary.city_country, memory.home)
    mentions = fill_countries_from_context(document, mentions, dictionary, document.columns.sentence_starts)
    # (added after the context stage: a border names no country for the other actors of its sentence)
    return sorted(mentions + border_owners, key=lambda m: m.token_start)


def _drop_host_postings(tokens: _Tokens, mentions: list[ActorMention]) -> list[ActorMention]:
    """An envoy's posting (`Russia's ambassador to Berlin`) is no party of its own when a subject of its sentence
    is of its country (`Germany summoned Russia's ambassador to Berlin`): the host is already there, and the envoy,
    not the place he serves in, is the one summoned; a posting that adds a country stays (`Egypt recalled its
    ambassador to Iraq`, `The US ambassador to Russia met Sergei Lavrov`)."""
    dropped = set()
    for m in mentions:
        at = m.token_start
        if m.kind not in ("country", "capital") or at < 2 or tokens.norm[at - 1] != "to":
            continue
        if not any(e.token_end == at - 1 and tokens.norm[e.head] in ENVOY_NOUNS and e.actor.country != m.actor.country
                   for e in mentions):
            continue
        first, last = tokens.sentence_of(at)
        if any(o is not m and first <= o.token_start < last and o.actor.country == m.actor.country
               and o.kind in ("country", "capital", "person", "sector") and tokens.dep[o.head] in SUBJECT_DEPS
               for o in mentions):
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _drop_loose_collectives(tokens: _Tokens, mentions: list[ActorMention]) -> list[ActorMention]:
    """A collective written in common nouns ("the international community") is the states only as a phrase of its
    own: not when "of" or "in" narrows it to other people ("the international community of astronomers", "members of
    the international community in Dubai") or it modifies a noun ("international community members")."""
    kept = []
    for m in mentions:
        end = m.token_end
        if m.actor.code in COLLECTIVE_CODES and tokens.text[end - 1].islower() and (
                (end + 1 < len(tokens.norm) and tokens.norm[end] == "of" and tokens.head[end] == m.head)
                or (end + 1 < len(tokens.norm) and tokens.norm[end] == "in" and tokens.ent[end + 1] in PLACE_ENTS)
                or tokens.dep[m.head] == "compound"):
            continue
        kept.append(m)
    return kept


def _drop_allied_collectives(tokens: _Tokens, mentions: list[ActorMention]) -> list[ActorMention]:
    """A collective joined to a named state as its own company (`the United States and its Western allies`,
    `Britain and other Western countries`) is the rest of a group the named state stands for: wire news names the
    state that leads, and the collective adds no party of its own. Only a state of the collective leads it:
    `Ukraine and its Western allies` are two parties."""
    kept = []
    for m in mentions:
        start = m.token_start
        members = COLLECTIVE_MEMBERS.get(m.actor.code)
        if m.actor.code in COLLECTIVE_CODES and tokens.norm[start] in ("its", "their", "other") \
                and tokens.dep[m.head] == "conj" \
                and any(o.token_start <= tokens.head[m.head] < o.token_end and o.actor.country
                        and (members is None or o.actor.country in members) for o in mentions):
            continue
        kept.append(m)
    return kept


# "the three Gulf states": a count before a region's body names that many of its members.
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def _counted_members(tokens: _Tokens, mentions: list[ActorMention], region_words: dict) -> list[ActorMention]:
    """`the three Gulf states`, `the four Arab countries` after a list that named them (`Saudi Arabia, the UAE,
    Bahrain and Egypt cut ties with Qatar`): the listed countries of that region (one mention each over the same
    tokens, as `the two sides`), not the region's body: a count says which members act. Left as the body when no
    earlier list names that many of the region."""
    groups: list[list[ActorMention]] = []  # countries listed together ("A, B and C"; the parse may say appos), in order
    for m in mentions:
        if m.kind not in ("country", "capital"):
            continue
        joined = tokens.dep[m.head] in ("conj", "appos") and next(
            (g for g in groups if any(o.token_start <= tokens.head[m.head] < o.token_end for o in g)), None)
        if joined:
            joined.append(m)
        else:
            groups.append([m])
    out = []
    for m in mentions:
        start = m.token_start
        before = tokens.norm[start - 1] if start > 0 else ""
        count = (COUNT_WORDS.get(tokens.norm[start]) or COUNT_WORDS.get(before)) if m.actor.code.startswith("IGO") else None
        first = start + 1 if tokens.norm[start] in COUNT_WORDS else start
        words = [tokens.norm[k] for k in range(first, m.token_end)]
        region = next((region_words[" ".join(words[:n])] for n in (2, 1) if " ".join(words[:n]) in region_words),
                      None) if count else None
        members: list[str] = []
        if region:
            for group in reversed([g for g in groups if g[-1].token_end <= start]):
                listed = list(dict.fromkeys(o.actor.country for o in group if o.actor.country in region))
                if len(listed) == count:
                    members = listed
                    break
        if not members:
            out.append(m)
            continue
        for country in members:
            actor = Actor(country, country, None, m.actor.text, m.actor.start, m.actor.end, None, None)
            out.append(ActorMention(actor, m.token_start, m.token_end, m.head, "coref"))
    return out


def _people_named_in_full(tokens: _Tokens, mentions: list[ActorMention], dictionary: ActorDictionary) -> list[ActorMention]:
    """`Bosnian Serb forces overran Srebrenica ... the Serbs threatened ... they`: a people first named with the
    country it lives in (a demonym of two words whose last word is another country's demonym: `Bosnian Serb`,
    `Kosovo Albanians`, `Croatian Serbs`) is that country's when named again by the short word or referred back to,
    unless the story also names the short word's own country otherwise (`Serbia`, `Belgrade`, `Serbian President`)."""
    norm, text = tokens.norm, tokens.text
    home_of: dict[str, tuple[str, int]] = {}  # SRB -> (BIH, where "Bosnian Serb" was first written)
    short_words: dict[str, set] = {}  # SRB -> {"serb", "serbs"}

    def first_word(m: ActorMention) -> int:
        start = m.token_start
        return start + 1 if norm[start] in ("the", "a", "an") and start + 1 < m.token_end else start

    for m in mentions:
        start, country = first_word(m), m.actor.country
        if not country or m.kind == "coref" or start + 1 >= m.token_end:
            continue
        other = dictionary.country_code(text[start + 1])
        if other in (None, country) or dictionary.country_code(text[start]) != country \
                or dictionary.country_code(text[start] + " " + text[start + 1]) != country:
            continue
        word = norm[start + 1]
        short_words.setdefault(other, set()).update({word, word[:-1] if word.endswith("s") else word + "s"})
        home_of.setdefault(other, (country, m.token_start))
    if not home_of:
        return mentions
    named = {m.actor.country for m in mentions if m.actor.country in home_of and m.kind != "coref"
             and norm[first_word(m)] not in short_words[m.actor.country]}
    out = []
    for m in mentions:
        country = m.actor.country
        if country in home_of and country not in named and m.token_start > home_of[country][1]:
            home = home_of[country][0]
            code = home + m.actor.code[len(country):] if m.actor.code.startswith(country) else m.actor.code
            m = replace(m, actor=replace(m.actor, country=home, code=code))
        out.append(m)
    return out


def _border_owners(tokens: _Tokens, start: int, end: int, atoms: dict, text: str) -> list[ActorMention]:
    """The country word right before a border noun that is a preposition's object ("massed troops on the Syrian
    border", "a parade near the Estonian border"), as a mention of kind "border": the events stage takes it only as
    the country a border act is aimed at; it is no actor anywhere else ("fighting near the Thai border")."""
    owners = []
    for i, (stop, entries) in atoms.items():
        # (atoms are the sentence's own, so only the border noun after one can fall outside it)
        if not (stop < end and tokens.norm[stop] in BORDER_NOUNS and tokens.dep[stop] == "pobj"):
            continue
        kinds = _kinds(entries)
        entry = kinds.get(COUNTRY) or kinds.get(DEMONYM)
        if entry is None or i > 0 and tokens.norm[i - 1] in HYPHENS:
            continue
        start_char, end_char = tokens.idx[i], tokens.idx[stop - 1] + len(tokens.text[stop - 1])
        actor = Actor(entry.country, entry.country, None, text[start_char:end_char], start_char, end_char,
                      None, entry.wikidata)
        owners.append(ActorMention(actor, i, stop, stop - 1, "border"))
    return owners


# ------------------------------------------------------------------- atoms
def _find_atoms(tokens: _Tokens, start: int, end: int, dictionary: ActorDictionary) -> dict[int, tuple[int, list[Entry]]]:
    """Longest dictionary match at each token: {token: (end token, entries that fit the case)}."""
    phrases, prefixes, limit = dictionary.phrases, dictionary.prefixes, dictionary.max_tokens
    norm, space, text_of, is_space, pos = tokens.norm, tokens.space, tokens.text, tokens.is_space, tokens.pos
    atoms: dict[int, tuple[int, list[Entry]]] = {}
    for i in range(start, end):
        first = norm[i]
        if first not in prefixes:
            if first.endswith("-led") and len(first) > 4:
                # "U.S.-led": the tokenizer keeps the country and "-led" together.
                fitting = [e for e in phrases.get(first[:-4], ())
                           if e.kind in (COUNTRY, DEMONYM) and _case_fits(e, text_of[i][:-4])]
                if fitting:
                    atoms[i] = (i + 1, fitting)
            continue
        key = first
        surface = text_of[i]
        best: Optional[tuple[int, list[Entry]]] = None
        j = i
        stop = min(end, i + limit)
        while True:
            entries = phrases.get(key)
            if entries:
                fitting = [e for e in entries if _case_fits(e, surface) and (not e.proper_noun_only or pos[i] == "PROPN")]
                if fitting:
                    best = (j + 1, fitting)
            j += 1
            if j >= stop or is_space[j]:
                break
            gap = " " if space[j - 1] else ""
            key = key + gap + norm[j]
            if key not in prefixes:
                break
            surface = surface + gap + text_of[j]
        if best and not _inside_place_name(tokens, i, best[1], best[0]):
            atoms[i] = best
    for i, (stop, entries) in list(atoms.items()):
        if all(e.kind == SECTOR and e.sector_type == "none" for e in entries):
            # "market forces", "political forces": no actor, nor is the role word inside it ("forces")
            for k in range(i, stop):
                if k in atoms and atoms[k][0] <= stop:
                    del atoms[k]
    return atoms


def _inside_place_name(tokens: _Tokens, i: int, entries: list[Entry], stop: int = -1) -> bool:
    """Whether the country word at ``i`` (ending before ``stop``) is part of a sea's, an ocean's, a lake's or a region's
    name ("the Sea of Japan", "Lake Chad", "the South China Sea", "the Indian Ocean", "Latin American", "Central
    America")."""
    if not all(e.kind in (COUNTRY, DEMONYM) for e in entries):
        return False
    norm = tokens.norm
    if 0 < stop < len(norm) and norm[stop] in ("sea", "seas", "ocean") and tokens.text[stop][:1].isupper():
        return True  # "the South China Sea", "the Indian Ocean" (a strait or gulf may still be the country's waters)
    if i >= 2 and norm[i - 1] == "of" and norm[i - 2] in WATER_WORDS and tokens.text[i - 2][:1].isupper():
        return True
    if i >= 1 and norm[i - 1] == "lake" and tokens.text[i - 1][:1].isupper():
        return True  # "the shores of Lake Chad"
    return (i >= 1 and norm[i] in ("american", "americans", "america") and norm[i - 1] in AMERICAS_QUALIFIERS
            and tokens.text[i - 1][:1].isupper())


def _case_fits(entry: Entry, surface: str) -> bool:
    if entry.case_sensitive:
        return surface.replace("\u2019", "'") == entry.surface
    if entry.capitalized:
        # A name needs a capital somewhere: "Turkey" not "turkey", "al-Qaeda" not "al-qaeda".
        return surface != surface.lower()
    return True


def _kinds(entries: list[Entry]) -> dict[str, Entry]:
    return {e.kind: e for e in entries}


def _country_pair(tokens: _Tokens, start: int, stop: int, end: int, atoms: dict) -> bool:
    """Whether the country word at [start, stop) is one of a hyphenated pair of country words ("an
    Egyptian-Qatari proposal", "Israeli-Palestinian talks"): each is an actor, unlike "Russian-made"."""
    def country_word(entries) -> bool:
        kinds = _kinds(entries)
        return COUNTRY in kinds or DEMONYM in kinds

    if stop + 1 < end and tokens.norm[stop] in HYPHENS and stop + 1 in atoms and country_word(atoms[stop + 1][1]):
        return True
    if start > 1 and tokens.norm[start - 1] in HYPHENS:
        return any(atom_stop == start - 1 and country_word(entries) for atom_stop, entries in atoms.values())
    return False


def _name_goes_on(tokens: _Tokens, stop: int, end: int) -> bool:
    """Whether a name particle and a capitalised word follow: "Alexandre de Moraes" is not the known Alexandre."""
    return stop + 1 < end and tokens.norm[stop] in NAME_PARTICLES and tokens.text[stop][:1].islower() \
        and tokens.text[stop + 1][:1].isupper()


def _given_name_of(tokens: _Tokens, stop: int, end: int, atoms: dict, compound: bool = False) -> bool:
    """Whether the word before ``stop`` is the given name of someone the dictionary does not know: a person's name
    goes on with a capitalised word the dictionary does not list ("Novak Djokovic" is not the known Novak, "Jordan
    Henderson" not Jordan; "Chad Mitchell", though "Mitchell" is a known surname). ``compound``: a proper noun the word is a compound of will do, whatever the entity tag
    (the small model tags "Novak Djokovic" ORG and O)."""
    if not (stop < end and tokens.pos[stop] == "PROPN" and tokens.text[stop][:1].isupper()):
        return False
    if stop in atoms and not all(e.kind in (PERSON, SURNAME) for e in atoms[stop][1]):
        return False  # "Jordan Valley", "Russia Today"
    if tokens.ent[stop] == "PERSON" and (tokens.inside_entity[stop] or tokens.ent[stop - 1] == "PERSON"):
        return True
    return compound and tokens.dep[stop - 1] == "compound" and tokens.head[stop - 1] == stop


def _lone_mistagged_name(tokens: _Tokens, j: int, kinds: dict[str, Entry]) -> bool:
    """A known surname the small model tags as a one-word place or organisation ("Biden met ...", "Scholz
    visited ..." come out ORG and GPE) is still the person; a longer entity ("Ford Motor") or a word that is
    also a place or body in the dictionary is not."""
    return (tokens.ent[j] in ("ORG", "GPE") and set(kinds) == {SURNAME} and not tokens.inside_entity[j]
            and not (j + 1 < len(tokens.ent) and tokens.inside_entity[j + 1]))


# ---------------------------------------------------------------- phrases
def _compose(tokens: _Tokens, start: int, end: int, atoms: dict, memory: _Memory, nouns: dict,
             voiced_acts: frozenset = frozenset(), regions: Optional[dict] = None) -> list[_Draft]:
    drafts: list[_Draft] = []
    norm, ent, surnames = tokens.norm, tokens.ent, memory.surnames
    i = start
    while i < end:
        # Most tokens cannot start a mention: skip them without building a draft.
        if i not in atoms and norm[i] not in STARTERS and ent[i] != "PERSON" and norm[i] not in surnames \
                and not (tokens.text[i][:1].isupper() and _portfolio_end(tokens, i, end, atoms) > i) \
                and (tokens.pos[i] != "PROPN" or _apposed_name_end(tokens, i, end, atoms) == i):
            i += 1
            continue
        if i in atoms and i > start and tokens.pos[i - 1] == "PROPN" and tokens.text[i][:1].isupper() \
                and (i - 1) not in atoms and tokens.text[i - 1][:1].isupper() \
                and all(e.kind == SECTOR for e in atoms[i][1]):
            i = atoms[i][0]  # "Civil Liberties Union", "Distilled Spirits Council": part of a name
            continue
        if i in atoms and i > start and tokens.pos[i - 1] == "PROPN" and tokens.text[i - 1][:1].isupper() \
                and (i - 1) not in atoms and tokens.dep[i - 1] == "compound" and tokens.head[i - 1] == atoms[i][0] - 1 \
                and all(e.kind == CAPITAL for e in atoms[i][1]):
            i = atoms[i][0]  # "Real Madrid", "Red Star Belgrade", "George Washington": a name ending in a capital
            continue
        if i in atoms and i - 2 >= start and norm[i - 1] in HYPHENS and not tokens.space[i - 1] \
                and norm[i - 2] in HYPHEN_PREFIXES and all(e.kind in (ORGANIZATION, SECTOR) for e in atoms[i][1]):
            i = atoms[i][0]  # "pro-EU demonstrators" are not the EU; "Sharm el-Sheikh" is a town, not a sheikh
            continue
        if i in atoms and _inside_organization_name(tokens, i, atoms[i][0], end, atoms):
            body = _national_body(tokens, i, end, atoms)
            if body is None:
                i = atoms[i][0]  # "The Washington Post", "China Daily": a name, not the country
                continue
            drafts.append(body)  # "Montenegro Municipality Association": a body of that country
            i = body.end
            continue
        draft = _pair_at(tokens, i, end, atoms) or _phrase_at(tokens, i, end, atoms, memory, nouns, voiced_acts, regions)
        if draft is None:
            if i in atoms and atoms[i][0] > i + 1 and any(e.kind in (COUNTRY, CAPITAL, ORGANIZATION) for e in atoms[i][1]):
                # "in New Delhi" is a place: "Delhi" inside it is not the government either; "European Union-brokered"
                # is no actor, nor is the "Union" inside it
                i = atoms[i][0]
            else:
                i += 1
            continue
        previous = drafts[-1] if drafts else None
        if (previous is not None and previous.coref == "pair" and previous.end == draft.start
                and tokens.norm[previous.end - 1] in POSSESSIVE and draft.sector is not None
                and draft.country is None and draft.person is None and draft.name is None and draft.code is None):
            # "the two countries' private sectors": both countries' business sectors.
            previous.end, previous.pair_sector = draft.end, draft.sector
            i = draft.end
            continue
        drafts.append(draft)
        i = draft.end
    return drafts


def _bloc_word(entries: list[Entry]) -> bool:
    """An international body's name only ("NATO", "EU"): between "the two" and a pair noun it says what the pair
    belongs to."""
    return all(e.kind == ORGANIZATION and (e.code or "").startswith("IGO") for e in entries)


def _pair_at(tokens: _Tokens, i: int, end: int, atoms: Optional[dict] = None) -> Optional[_Draft]:
    """'the two sides', 'both countries', 'the two' (as a noun phrase), 'both' (as a subject or object)."""
    norm = tokens.norm
    if norm[i] == "the" and i + 1 < end and norm[i + 1] == "two":
        j = i + 2
    elif norm[i] == "both":
        j = i + 1
    else:
        return None
    # (describing words first: "the two former Soviet republics"; a noun ends the search: "the two countries' leaders")
    for skip in range(PAIR_GAP + 1):
        word = j + skip - 1
        if skip and (word >= end or tokens.pos[word] not in ("ADJ", "PROPN", "VERB", "ADV", "PUNCT")
                     or norm[word] in (",", "and") or atoms and word in atoms and norm[word] not in PAST_STATES
                     and not _bloc_word(atoms[word][1])):
            break  # ("both Afghan rivals" are the sides of one country, not a pair of countries; "the two NATO
            # allies" are two members of the body)
        k = j + skip
        for length in (2, 1):
            noun = " ".join(norm[k : k + length]) if k + length <= end else ""
            if noun in PAIR_NOUNS:
                stop = k + length
                if stop < end and norm[stop] in POSSESSIVE:
                    stop += 1
                return _Draft(i, stop, kind="coref", coref="pair", pair_sector=PAIR_NOUNS[noun], definite=True)
    # "The two also enjoy ...": "two" with no noun after it. "both" must be an argument itself.
    if norm[i] == "the" and (j >= end or (tokens.pos[j] not in ("NOUN", "PROPN", "ADJ", "NUM") and norm[j] not in HYPHENS)):
        return _Draft(i, j, kind="coref", coref="pair", definite=True)
    if norm[i] == "both" and tokens.dep[i] in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return _Draft(i, i + 1, kind="coref", coref="pair", definite=True)
    return None


def _phrase_at(tokens: _Tokens, i: int, end: int, atoms: dict, memory: _Memory, nouns: dict,
               voiced_acts: frozenset = frozenset(), regions: Optional[dict] = None) -> Optional[_Draft]:
    norm, text = tokens.norm, tokens.text
    draft = _Draft(i, i)
    j = i
    if norm[j] in DETERMINERS and j + 1 < end:
        draft.definite = norm[j] == "the"
        j += 1
    has_content = False
    while j < end:
        atom = atoms.get(j)
        word = norm[j]
        if draft.from_demonym and draft.sector is None and draft.code is None and draft.person is None \
                and tokens.ent[j] == "ORG" and tokens.pos[j] == "PROPN" and text[j][:1].isupper() \
                and (atom is None or all(e.kind == SECTOR for e in atom[1])):
            body_end, body_sector = _owned_body(tokens, j, end, atoms)
            role_after = body_end in atoms and any(e.kind == SECTOR and e.sector_type in ("person", "title")
                                                   for e in atoms[body_end][1])
            if body_end > j and not role_after:  # ("Chinese Foreign Ministry spokesman Lin Jian" is the spokesman)
                # "the Swiss Agency for Development and Cooperation", "the Iranian Students' News Agency": the
                # country's body, though the dictionary does not list it
                draft.sector, draft.code, draft.kind = body_sector, draft.country + (body_sector or ""), "organization"
                j = body_end
                break
        if atom is not None:
            stop, entries = atom
            kinds = _kinds(entries)
            if _inside_organization_name(tokens, j, stop, end, atoms):
                break  # "The Washington Post"
            if draft.sector is None and draft.person is None and draft.country is None and draft.code is None:
                # A surname alone needs a proper-noun tag unless the article already named its bearer.
                if j > 0 and norm[j - 1] in STORM_WORDS and text[j - 1][:1].isupper():
                    break  # "Typhoon Goni": a storm's name
                if PERSON in kinds or SURNAME in kinds and not _name_goes_on(tokens, stop, end) \
                        and not _given_name_of(tokens, stop, end, atoms, compound=True) and (
                    # NER may miss a name ("Rouhani" as NORP) but a date or firm is not a person ("May", "Fox").
                    word in memory.surnames or tokens.pos[j] == "PROPN" and (
                        tokens.ent[j] in ("PERSON", "NORP", "") or _lone_mistagged_name(tokens, j, kinds))
                ):
                    person = kinds.get(PERSON) or kinds[SURNAME]
                    draft.person = person
                    draft.kind = "person" if PERSON in kinds else "coref"
                    draft.coref = None if PERSON in kinds else "surname"
                    draft.surname_key = word if PERSON not in kinds else None
                    j = stop
                    has_content = True
                    j = _person_group(draft, tokens, j, end, atoms)
                    break
                if COUNTRY in kinds and _given_name_of(tokens, stop, end, atoms):
                    break  # "Jordan Henderson", "Chad Smith": a given name, not the country
                if COUNTRY in kinds or DEMONYM in kinds:
                    # "U.S.-led" is one token: the word after it plays the part of the word after "led".
                    fused = norm[stop - 1].endswith("-led")
                    after = stop if fused else stop + 2
                    # "a Pakistan-based group" is the country's group as "Saudi-led forces" are the leader's;
                    # a city's "-based" stays an adjective (the capital branch below stops at "Berlin-based").
                    linked = ("led", "based") if COUNTRY in kinds else ("led",)
                    led = ((fused or stop + 2 < end and norm[stop] in HYPHENS and norm[stop + 1] in linked)
                           and after < end and after in atoms and SECTOR in _kinds(atoms[after][1])
                           and (_kinds(atoms[after][1])[SECTOR].sector_type in ("group", "person")
                                # "U.S.-led warplanes": the leader's, as its own country's equipment would be
                                or _kinds(atoms[after][1])[SECTOR].sector_type == "equipment"
                                and (fused or norm[stop + 1] == "led")))
                    led_campaign = (not led and (fused or stop + 2 < end and norm[stop] in HYPHENS
                                                 and norm[stop + 1] == "led")
                                    and after < end and norm[after] in LED_CAMPAIGNS and after not in atoms)
                    if led_campaign:
                        # "the US-led war against Iraq": the leading country, over the whole phrase.
                        entry = kinds.get(COUNTRY) or kinds[DEMONYM]
                        draft.country, draft.wikidata, draft.kind = entry.country, entry.wikidata, "country"
                        draft.led = norm[after] if norm[after] in LED_BODIES else None
                        j = after + 1
                        has_content = True
                        break
                    if (stop + 1 < end and norm[stop] in HYPHENS and norm[stop + 1] in OWNER_PARTICIPLES
                            and draft.country is None and draft.sector is None and draft.code is None):
                        # "the British-flagged tanker": the country owns the thing; the mention is the country word
                        entry = kinds.get(COUNTRY) or kinds[DEMONYM]
                        draft.country, draft.wikidata, draft.kind = entry.country, entry.wikidata, "country"
                        draft.from_demonym = DEMONYM in kinds and COUNTRY not in kinds
                        draft.start = j  # "a Panama-registered tanker": the article is the tanker's
                        j = stop
                        has_content = True
                        break
                    if not led and not _country_pair(tokens, j, stop, end, atoms) and (
                            fused or stop < end and norm[stop] in HYPHENS
                            or j > 0 and norm[j - 1] in HYPHENS and not tokens.space[j - 1]):
                        break  # "Russian-made", "anti-Syria": an adjective, not an actor
                    if stop < end and norm[stop] in SUBDIVISION_NOUNS and COUNTRY in kinds and DEMONYM not in kinds \
                            and tokens.head[stop - 1] == stop and tokens.dep[stop - 1] == "compound":
                        break  # "Nigeria's Niger state", "Washington state": a state or province named like a country
                    if stop < end and norm[stop] in NOT_ACTOR_NOUNS and stop not in atoms and not (
                            stop + 1 < end and tokens.pos[stop + 1] == "NOUN" and norm[stop] in BORDER_NOUNS):
                        # "the Thai border", "the Russian language": a place or a tongue; but "Armenian border
                        # villages", "Turkish border guards" are the country's villages and guards
                        break
                    entry = kinds.get(COUNTRY) or kinds[DEMONYM]
                    draft.country, draft.wikidata = entry.country, entry.wikidata
                    draft.from_demonym = DEMONYM in kinds and COUNTRY not in kinds
                    draft.adjective_only = draft.from_demonym and tokens.pos[stop - 1] == "ADJ"
                    draft.kind = "country"
                    j = stop + 2 if led and not fused else stop  # "Saudi-led forces": the leader's forces
                    has_content = True
                    if j < end and norm[j] in POSSESSIVE:
                        j += 1
                        draft.adjective_only = False
                    continue
                if CAPITAL in kinds and ORGANIZATION in kinds and not _after_locative(tokens, i):
                    kinds = {kind: e for kind, e in kinds.items() if kind != CAPITAL}  # "Brussels" as an actor is the EU
                if CAPITAL in kinds:
                    entry = kinds[CAPITAL]
                    if stop + 1 < end and norm[stop] in HYPHENS and norm[stop + 1] == "based" and not has_content \
                            and draft.country is None and draft.sector is None:
                        j = stop + 2  # "the Manila-based lender": a city's "-based" only describes what follows
                        continue
                    if stop < end and norm[stop] in HYPHENS:
                        break  # "Berlin-based"
                    if tokens.dep[stop - 1] == "compound" and norm[tokens.head[stop - 1]] in NAMED_AFTER_PLACE_NOUNS:
                        break  # "the Juba peace agreement": named after the place
                    if _after_locative(tokens, i) or (stop + 1 < end and norm[stop] == ","
                                                               and (stop + 1) in atoms and COUNTRY in _kinds(atoms[stop + 1][1])):
                        break  # "in Moscow", "Moscow, Russia": a place
                    draft.country, draft.sector, draft.kind = entry.country, entry.sector, "capital"
                    draft.sector_type = "capital"
                    j = stop
                    has_content = True
                    if j < end and norm[j] in POSSESSIVE:
                        j += 1
                    continue
                if ORGANIZATION in kinds:
                    entry = kinds[ORGANIZATION]
                    if stop < end and norm[stop] in HYPHENS:
                        break  # "NATO-led", "Hamas-run"
                    draft.org, draft.code = entry, entry.code
                    draft.country, draft.sector, draft.wikidata = entry.country, entry.sector, entry.wikidata
                    j = stop
                    has_content = True
                    if j < end and norm[j] in POSSESSIVE:
                        j += 1
                    continue
            if (ORGANIZATION in kinds and draft.country is not None and draft.code is None
                    and kinds[ORGANIZATION].code.startswith("IGO") and j > 0 and norm[j - 1] in POSSESSIVE
                    and stop < end and norm[stop] in MEMBERSHIP_NOUNS):
                break  # "Sweden's NATO membership", "Ukraine's EU bid": the country's, not the body's
            if (ORGANIZATION in kinds and draft.country is not None and draft.code is None
                    and kinds[ORGANIZATION].code.startswith("IGO") and stop in atoms
                    and _kinds(atoms[stop][1]).get(SECTOR) is not None
                    and _kinds(atoms[stop][1])[SECTOR].sector_type in ("title", "person")):
                j = stop  # "Iran's U.N. ambassador": the country's envoy to the body, not the body
                continue
            if ORGANIZATION in kinds and draft.code is None and draft.person is None and draft.name is None \
                    and not (stop < end and norm[stop] in HYPHENS):
                # "the rebel Kurdistan Workers' Party", "the militant group Hamas": the organisation decides.
                entry = kinds[ORGANIZATION]
                if draft.country is not None and entry.country is None and entry.code.startswith("MNC"):
                    # "Chinese telecommunications company Huawei": a firm of the country the text names.
                    draft.code, draft.sector = draft.country + "BUS", "BUS"
                    j = stop
                    has_content = True
                    continue
                if draft.country is not None and entry.country is not None and entry.country != draft.country \
                        and draft.sector is None:
                    # "the Sudanese People's Liberation Army", "the Syrian Muslim Brotherhood": a body of the
                    # country the text names, whose name another country's body also bears.
                    draft.code = draft.country + (entry.sector or "")
                    draft.sector = entry.sector
                    j = stop
                    has_content = True
                    continue
                draft.org, draft.code, draft.wikidata = entry, entry.code, entry.wikidata
                draft.country, draft.sector = entry.country, entry.sector
                j = stop
                has_content = True
                if j < end and norm[j] in POSSESSIVE:
                    j += 1
                continue
            if SECTOR in kinds and draft.person is None and not _stance_noun(tokens, stop, end) and (
                _sector_fits(tokens, j, stop, end, atoms, voiced_acts) or draft.country is not None and tokens.pos[stop - 1] == "NOUN"
            ):
                # A country before the word makes it an actor even as a modifier: "Israeli army bulldozers".
                _add_sector(draft, kinds[SECTOR])
                j = stop
                has_content = True
                if j < end and norm[j] in POSSESSIVE and draft.sector_type == "title" and draft.definite and draft.country is None:
                    # "the president's deputy chief of staff": the president is an earlier person.
                    draft.possessor_title = draft.title
                    draft.sector = draft.sector_type = draft.title = None
                    j += 1
                continue
            if draft.code is not None and draft.sector is None and PERSON in kinds:
                draft.person = kinds[PERSON]  # "U.N. Secretary-General Antonio Guterres"
                j = stop
                break
            if draft.sector_type in ("title", "person") and (PERSON in kinds or SURNAME in kinds) and text[j][:1].isupper():
                run_end = _name_end(tokens, j, end, atoms)
                if PERSON in kinds or run_end <= stop:
                    draft.person = kinds.get(PERSON) or kinds[SURNAME]
                    j = stop
                    break
                # "President Omar El Bashir": a longer name than the known surname; an unknown person.
                draft.name = _join(tokens, j, run_end)
                j = run_end
                break
            break
        if draft.definite and not has_content and draft.sector is None and draft.code is None:
            noun_end = _country_noun_end(tokens, j, end, atoms, nouns)
            if noun_end > j:
                # "the kingdom", "the Himalayan kingdom", "the country's president": a country named before.
                draft.country_noun = norm[noun_end - 1]
                draft.country_noun_allowed = _noun_countries(tokens, j, noun_end, nouns, regions)
                draft.kind, draft.coref = "coref", "country"
                j = noun_end
                has_content = True
                if j < end and norm[j] in POSSESSIVE:
                    j += 1
                continue
        if draft.country is not None and draft.sector is None and draft.code is None and draft.person is None \
                and j > i and norm[j - 1] in POSSESSIVE and text[j][:1].isupper():
            body_end, body_sector = _owned_body(tokens, j, end, atoms)
            if body_end > j:
                # "Finland's National Bureau of Investigation", "Sweden's Civil Contingencies Agency": the
                # country's body, though the dictionary does not list it
                draft.sector, draft.code = body_sector, draft.country + (body_sector or "")
                j = body_end
                break
        if word in FORMER:
            draft.former = True
            j += 1
            continue
        if word in MODIFIERS and (j + 1 < end) and (j + 1 in atoms or norm[j + 1] in MODIFIERS or norm[j + 1] in FORMER):
            j += 1
            continue
        if draft.sector is None and draft.person is None and draft.name is None \
                and (draft.country is not None or draft.code is not None):
            role_start = _described_role(tokens, j, end, atoms)
            if role_start > j:
                j = role_start  # "Peru's most wanted guerrilla leader", "Egypt's main opposition party"
                continue
        portfolio_end = _portfolio_end(tokens, j, end, atoms)
        if portfolio_end > j:
            j = portfolio_end  # "Serbian Labour Minister", "Planning and Investment Minister"
            continue
        if word in ("in", "from", "throughout", "across") and draft.country is None and draft.code is None \
                and draft.sector is not None and draft.person is None and (
                    draft.sector not in NO_PLACE_COUNTRY or norm[j - 1] in RULING_NOUNS):
            # "Rebels in the Ivory Coast": the place gives the country; the place stays its own mention.
            k = j + 1 + (1 if j + 1 < end and norm[j + 1] == "the" else 0)
            target = atoms.get(k)
            if target is not None and COUNTRY in _kinds(target[1]):
                draft.country = _kinds(target[1])[COUNTRY].country
            elif target is not None and CAPITAL in _kinds(target[1]) and word == "in" and tokens.head[j] == j - 1:
                # "the presidential palace in Brasilia", "the junta in Bamako": the seat of government's country
                # (before any country borrowed from the rest of the sentence)
                draft.country = _kinds(target[1])[CAPITAL].country
            break
        if word == "of" and draft.sector is not None and draft.country is None and draft.code is None and j + 1 < end:
            pair = _pair_at(tokens, j + 1, end, atoms)
            if pair is not None and pair.pair_sector is None and pair.end > j + 3:
                # "senior delegations of the two countries": both countries' delegations.
                draft.coref, draft.kind, draft.pair_sector = "pair", "coref", draft.sector
                j = pair.end
                has_content = True
                break
        if word == "of" and norm[j - 1] in MEMBER_WORDS and draft.code is None and draft.person is None \
                and draft.name is None and draft.title is None:
            stop = _members_of(draft, tokens, j, end, atoms)
            if stop > j:
                j = stop  # "leaders of the opposition coalition", "members of Hamas": that body's actor
                continue
        # "Ambassador to Russia": only when the parse hangs the preposition on the title ("extradited a drug lord
        # to the United States" hangs it on the verb)
        if (word == "of" and draft.sector is not None or word in ("to", "at", "for") and draft.sector_type in ("title", "person")
                and draft.start <= tokens.head[j] < j or word == "for" and norm[j - 1] in AGENT_WORDS
                and tokens.head[j] == j - 1) and j + 1 < end:
            k = j + 1
            if norm[k] == "the" and k + 1 < end:
                k += 1
            target = atoms.get(k)
            if target is not None:
                kinds = _kinds(target[1])
                if word == "of" and DEMONYM in kinds and COUNTRY not in kinds and draft.country is None \
                        and draft.code is None and draft.person is None and target[0] < end and target[0] in atoms \
                        and SECTOR in _kinds(atoms[target[0]][1]) and tokens.head[j] < j:
                    # "the correspondents of French newspapers": the role belongs to what it is "of"
                    draft.country = kinds[DEMONYM].country
                    j = target[0]
                    continue
                if COUNTRY in kinds and word == "to" and not _named_after(tokens, target[0], end):
                    # "recalled its ambassador to Iraq": the country an envoy is posted to is a party of its own
                    # (the target of a recall or an expulsion), not a part of the sender's actor; a name apposed
                    # after it keeps the title whole ("the US ambassador to Russia, John Sullivan")
                    break
                if COUNTRY in kinds and not (target[0] < end and norm[target[0]] in HYPHENS):
                    if (word == "of" or word == "for" and norm[j - 1] in AGENT_WORDS) and draft.country is None:
                        draft.country = kinds[COUNTRY].country
                    elif word == "of" and draft.org is not None and draft.person is None \
                            and draft.org.country not in (None, kinds[COUNTRY].country):
                        # "the Democratic Party of Albania": that country's party, not the one the name also means
                        draft.country = kinds[COUNTRY].country
                        draft.code = draft.country + (draft.sector or "")
                        draft.org = None
                    j = target[0]  # "Ambassador to Russia": part of the title, not the actor's country
                    continue
                if ORGANIZATION in kinds and word in ("to", "at"):
                    j = target[0]  # "envoy to the UN"
                    continue
                if ORGANIZATION in kinds and word == "for" and norm[j - 1] in AGENT_WORDS and draft.code is None:
                    # "a spokesman for Hezbollah" speaks for that body; "investigators for the UN" work for it
                    entry = kinds[ORGANIZATION]
                    draft.org, draft.code, draft.wikidata = entry, entry.code, entry.wikidata
                    draft.country, draft.sector = entry.country, entry.sector
                    j = target[0]
                    continue
            break
        if (draft.sector_type in ("title", "person") or draft.role_word is not None and tokens.ent[j] == "PERSON"
                and norm[j - 1] == draft.role_word.split()[-1]) and text[j][:1].isupper() and tokens.pos[j] == "PROPN":
            # (a person word after a group word names a person too: "opposition presidential candidate Robert
            # Kyagulanyi", whom "Kyagulanyi" later refers back to)
            stop = _name_end(tokens, j, end, atoms)
            if stop > j and norm[stop - 1] in ORGANIZATION_WORDS:
                return None  # "General Statistics Office": the title word is part of a name
            if stop > j:
                draft.name = _join(tokens, j, stop)
                if stop == j + 1 and norm[j] in memory.surnames:
                    draft.surname_key = norm[j]  # "President Sudani" after "Mohammed Shia al-Sudani"
                j = stop
            break
        if word in memory.surnames and text[j][:1].isupper() and draft.sector is None and draft.country is None and draft.code is None:
            draft.name = text[j]
            draft.kind, draft.coref = "coref", "surname"
            draft.surname_key = word
            j += 1
            has_content = True
            j = _person_group(draft, tokens, j, end, atoms)
            break
        if draft.sector is None and draft.country is None and draft.code is None and j == i \
                and tokens.ent[j] != "PERSON" and _apposed_name_end(tokens, j, end, atoms) > j:
            # "Karim Fadel, a spokesman for the government": a name the parser did not tag as a person
            draft.name = _join(tokens, j, _apposed_name_end(tokens, j, end, atoms))
            draft.kind = "person"
            j = _apposed_name_end(tokens, j, end, atoms)
            has_content = True
            break
        if tokens.ent[j] == "PERSON" and draft.sector is None and draft.country is None and draft.code is None:
            stop = _name_end(tokens, j, end, atoms)
            known = next((k for k in range(j + 1, stop) if k in atoms and PERSON in _kinds(atoms[k][1])
                          and atoms[k][0] <= stop), None)
            if known is not None:
                # "Taoiseach Leo Varadkar": a title the dictionary lacks before a known person (the parser tags both
                # words as the name)
                draft.person = _kinds(atoms[known][1])[PERSON]
                draft.kind = "person"
                j = atoms[known][0]
                has_content = True
                break
            if stop > j:
                draft.name = _join(tokens, j, stop)
                draft.kind = "person"
                j = stop
                has_content = True
            break
        if word == "it" and j == i and tokens.dep[j] in SUBJECT_DEPS and tokens.head[j] != j \
                and tokens.norm[tokens.head[j]] not in EXPLETIVE_HEADS and not _inside_relative_clause(tokens, j) \
                and (j == 0 or norm[j - 1] not in ("what", "which")):  # ("over what it called ...": a naming)
            draft.kind, draft.coref = "coref", "body"
            j += 1
            has_content = True
            break
        if word == "it" and j == i and tokens.dep[j] == "pobj" and norm[tokens.head[j]] in ("on", "against") \
                and tokens.pos[tokens.head[tokens.head[j]]] == "NOUN" and not _inside_relative_clause(tokens, j):
            # "Moscow turned to Asia after the West imposed sanctions on it": the country the sentence's main clause
            # is about (see _resolve); only as the object of an act noun ("sanctions on it", "attacks against it"):
            # after a verb "it" is as often a thing ("said Washington had reneged on it", "would vote on it")
            draft.kind, draft.coref = "coref", "body_object"
            j += 1
            has_content = True
            break
        if word == "they" and j == i and tokens.dep[j] in SUBJECT_DEPS:
            draft.kind, draft.coref = "coref", "plural"
            j += 1
            has_content = True
            break
        if word in LED_BODIES and draft.definite and j == i + 1 and any(led == word for _, led, _ in memory.led):
            draft.kind, draft.coref = "coref", "led"  # "the Saudi-led coalition ... The coalition said"
            j += 1
            has_content = True
            break
        if word in PRONOUNS and j == i and tokens.dep[j] in SUBJECT_DEPS or word in OBJECT_PRONOUNS and j == i \
                and tokens.tag[j] == "PRP" and tokens.dep[j] in OBJECT_DEPS:
            draft.kind, draft.coref = "coref", "pronoun"
            j += 1
            has_content = True
            break
        break
    if not has_content:
        return None
    # Trailing possessive or modifier words are not part of the mention.
    while j > i + 1 and norm[j - 1] in MODIFIERS | POSSESSIVE and not _inside_atom(atoms, i, j - 1) \
            and not (draft.coref == "country" and norm[j - 1] not in POSSESSIVE):
        j -= 1
    draft.end = j
    if draft.coref is None:
        if draft.person is not None or draft.name is not None:
            draft.kind = "person"
        elif draft.code is not None:
            draft.kind = "igo" if draft.code.startswith(("IGO", "NGO", "IMG", "MNC")) else "organization"
        elif draft.sector_type == "capital" and draft.sector_type is not None and draft.title is None:
            draft.kind = "capital"
        elif draft.sector is not None or draft.sector_type is not None:
            draft.kind = "sector"
        else:
            draft.kind = "country"
    if draft.kind in ("country", "igo", "organization", "person", "capital") and draft.start < draft.end - 1:
        last = draft.end - 1
        if draft.from_demonym or tokens.dep[last] in ("compound", "amod", "nmod") and tokens.head[last] >= draft.end:
            # "an Iranian base", "a Ukraine peace deal": the determiner belongs to the noun, not the actor.
            while draft.start < last and (norm[draft.start] in DETERMINERS or norm[draft.start] in MODIFIERS):
                draft.start += 1
    return draft


# Words that describe a role without being part of it: "main", "most wanted", "Catholic".
DESCRIBING_DEPS = frozenset({"amod", "compound", "advmod", "npadvmod", "nmod"})


def _described_role(tokens: _Tokens, j: int, end: int, atoms: dict) -> int:
    """Start of a role word that a few describing words before it lead up to, or j: after an owner
    ("Peru's", "Hamas's", "Egyptian"), "most wanted" in "most wanted guerrilla leader" modifies the role."""
    k = j
    while k < end and k - j < 3 and k not in atoms:
        if tokens.dep[k] not in DESCRIBING_DEPS or tokens.pos[k] not in ("ADJ", "ADV", "NOUN", "VERB", "PROPN"):
            return j
        if tokens.pos[k] == "PROPN" and tokens.ent[k] not in ("NORP", ""):
            return j  # a name, not a description
        k += 1
    atom = atoms.get(k)
    if k == j or atom is None:
        return j
    sector = _kinds(atom[1]).get(SECTOR)
    if sector is None or sector.sector_type == "equipment" and k - j > 1:
        return j
    # Every skipped word must hang on the role phrase ("guerrilla leader"), not on something after it.
    stop = atom[0]
    while stop in atoms and _kinds(atoms[stop][1]).get(SECTOR) is not None:
        stop = atoms[stop][0]
    if stop < end and stop not in atoms and tokens.norm[stop] in BODY_WORDS:
        stop += 1  # "Sudan's main opposition coalition": "main" describes the coalition the role word names
    if any(not (j < tokens.head[m] < stop) for m in range(j, k)):
        return j
    return k


def _sector_fits(tokens: _Tokens, start: int, stop: int, end: int, atoms: dict,
                 voiced_acts: frozenset = frozenset()) -> bool:
    """A sector word names an actor only as a noun heading its phrase: not "military" in
    "military support" nor "government" in "government spending"; but as a noun modifying a demand, offer or
    protest (``voiced_acts``) it names who made it ("rejected opposition demands", "union calls", "student
    protests")."""
    last = stop - 1
    if tokens.dep[last] == "conj" and tokens.head[last] < start and tokens.dep[tokens.head[last]] in ("compound", "amod", "nmod"):
        # "its military and intelligence cooperation": the second of two coordinated modifiers modifies the same
        # noun as the first; an actor only when that noun is one
        noun = tokens.head[tokens.head[last]]
        if noun >= stop and noun not in atoms and tokens.pos[noun] != "PROPN" and tokens.norm[noun] not in voiced_acts:
            return False
    if tokens.pos[last] not in ("NOUN", "PROPN", "PRON"):
        # An adjective ("military", "official") only as part of a longer role: "military officials".
        return stop < end and stop in atoms and any(e.kind == SECTOR for e in atoms[stop][1])
    if tokens.dep[last] in ("compound", "amod", "nmod"):
        head = tokens.head[last]
        if head >= stop and head not in atoms and tokens.pos[head] != "PROPN":
            if tokens.dep[last] == "compound" and tokens.norm[head] in voiced_acts and all(
                    tokens.head[k] == head or start <= tokens.head[k] < stop for k in range(start, stop)) and all(
                    tokens.dep[k] in ("compound", "amod", "det") for k in range(stop, head)):
                return True  # the demanders, callers or protesters: "opposition demands", "union calls"
            # The word modifies a following noun; fine only if that noun is part of the actor (not a second
            # modifier coordinated with this one: "military and intelligence cooperation").
            return any(start <= k < stop or k in atoms and not _coordinated_modifier(tokens, k, last)
                       for k in range(stop, head + 1) if k in atoms)
    return True


def _named_after(tokens, stop: int, end: int) -> bool:
    """Whether a person's name follows ``stop``, at once or after a comma ("Iranian Ambassador to Russia Mehdi
    Sanai", "the US ambassador to Russia, John Sullivan")."""
    if stop < end and tokens.norm[stop] == ",":
        stop += 1
    # (the small parser may tag the name with the country before it: "Russia Mehdi Sanai" as one ORG)
    return stop < end and (tokens.ent[stop] == "PERSON" or tokens.pos[stop] == "PROPN"
                           and tokens.ent[stop] not in ("DATE", "TIME", "GPE", "LOC", "NORP"))


# Role words that, before "to", name a stance or a side of something rather than a body: "dropping his opposition to the
# package", "a party to the conflict".
STANCE_NOUNS = frozenset({"opposition", "party", "parties"})


def _stance_noun(tokens: _Tokens, stop: int, end: int) -> bool:
    """Whether the role word ending before ``stop`` is a stance noun followed by the preposition "to" (an
    infinitive's "to" leaves the role alone: "help its favoured political parties to win")."""
    return stop < end and tokens.norm[stop] == "to" and tokens.pos[stop] == "ADP" and tokens.norm[stop - 1] in STANCE_NOUNS


def _coordinated_modifier(tokens: _Tokens, token: int, first: int) -> bool:
    """Whether ``token`` is a modifier coordinated with ``first`` ("military and intelligence" in "military and
    intelligence cooperation"), not the role noun they modify."""
    return tokens.dep[token] == "conj" and tokens.head[token] == first


def _inside_organization_name(tokens: _Tokens, start: int, stop: int, end: int, atoms: dict) -> bool:
    """A country or capital that begins a longer organisation name the parser tagged as one ORG."""
    if tokens.ent[start] != "ORG" or stop >= end or stop in atoms:
        return False
    if not (tokens.ent[stop] == "ORG" and tokens.inside_entity[stop] and tokens.text[stop][:1].isupper()):
        return False
    return any(e.kind in (COUNTRY, CAPITAL) for e in atoms[start][1])


# The last word of an organisation name that opens with a country: the body belongs to that country,
# with this sector ("Nigeria Labour Congress" is not here: "congress" may be a party or a parliament).
NATIONAL_BODY_WORDS = {
    "association": None, "federation": None, "union": None, "league": None, "society": None, "committee": None,
    "council": None, "confederation": None, "institute": None, "foundation": None, "chamber": None,
    "organization": None, "organisation": None, "movement": None, "front": None, "alliance": None,
    "coalition": None, "party": "PTY", "army": "MIL", "forces": "MIL", "guard": "MIL", "police": "COP",
    "court": "JUD", "ministry": "GOV", "commission": "GOV", "authority": "GOV", "bureau": "GOV",
    "bank": "BUS", "company": "BUS", "corporation": "BUS", "airlines": "BUS", "airways": "BUS",
}


def _national_body(tokens: _Tokens, start: int, end: int, atoms: dict) -> Optional[_Draft]:
    """An organisation name the parser tagged as one ORG that opens with a country name and ends in a
    body word ("Montenegro Municipality Association", "Kenya Airways"); None for other names
    (newspapers, broadcasters, "Russia Today"), which are not the country."""
    if not any(e.kind == COUNTRY for e in atoms[start][1]):
        return None  # a capital opens a newspaper's name ("Washington Post", "Tehran Times")
    stop = atoms[start][0]
    while stop < end and tokens.ent[stop] == "ORG" and tokens.inside_entity[stop] and stop - start < 8:
        stop += 1
    last = tokens.norm[stop - 1]
    if last not in NATIONAL_BODY_WORDS:
        return None
    country = next(e for e in atoms[start][1] if e.kind == COUNTRY).country
    sector = NATIONAL_BODY_WORDS[last]
    for k in range(atoms[start][0], stop):
        inner = _kinds(atoms[k][1]).get(SECTOR) if k in atoms else None
        if inner is not None and inner.sector is not None:
            sector = inner.sector  # "Kenya Human Rights Commission": a rights body, not the government
    return _Draft(start, stop, country=country, sector=sector, code=country + (sector or ""), kind="organization")


# Body words of a capitalised name a country owns ("Sweden's Civil Contingencies Agency"), with their sector.
OWNED_BODY_WORDS = {**NATIONAL_BODY_WORDS, "agency": "GOV", "office": "GOV", "service": "GOV", "department": "GOV",
                    "directorate": "GOV", "inspectorate": "GOV", "administration": "GOV", "prosecution": "JUD"}
NAME_LINKS = frozenset({"of", "for", "and", "&", "on"})


def _owned_body(tokens: _Tokens, start: int, end: int, atoms: dict) -> tuple[int, Optional[str]]:
    """End and sector of a run of capitalised words from ``start`` that holds a body word ("National Bureau of
    Investigation"); (start, None) when there is none."""
    k, last_body = start, -1
    while k < end and k - start < 8:
        if tokens.text[k][:1].isupper() and tokens.pos[k] in ("PROPN", "NOUN", "ADJ"):
            if tokens.norm[k] in OWNED_BODY_WORDS:
                last_body = k
            k += 1
        elif (tokens.norm[k] in NAME_LINKS or tokens.norm[k] in POSSESSIVE) and k + 1 < end \
                and tokens.text[k + 1][:1].isupper() and k > start:
            k += 1  # "Bureau of Investigation", "National Farmers' Federation"
        else:
            break
    if last_body < 0:
        return start, None
    sector = OWNED_BODY_WORDS[tokens.norm[last_body]]
    for inner in range(start, k):
        entry = _kinds(atoms[inner][1]).get(SECTOR) if inner in atoms else None
        if entry is not None and entry.sector not in (None, "CVL", "GOV"):
            sector = entry.sector  # "Kenya's National Police Service": the police
    return k, sector


SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})
# People who act "for" a body or country they belong to or represent: "a spokesman for Hezbollah", "investigators for
# the UN", "lawyers for Ukraine" ("envoy for Syria" is not: an envoy is sent to what follows).
AGENT_WORDS = SPOKES_WORDS | frozenset({"negotiator", "negotiators", "investigator", "investigators", "lawyer", "lawyers",
                                        "attorney", "attorneys"})
# Words between a locative preposition and a capital: "in south Beirut", "in downtown Kabul".
PLACE_MODIFIERS = frozenset({
    "the", "south", "southern", "north", "northern", "east", "eastern", "west", "western", "central",
    "downtown", "suburban", "greater", "outer", "inner", "old", "southeast", "southwest", "northeast", "northwest",
    "southeastern", "southwestern", "northeastern", "northwestern", "west-central", "rural",
})


def _after_locative(tokens: _Tokens, start: int) -> bool:
    """Whether a phrase starting at ``start`` follows a locative preposition ("in", "near"), across
    direction words ("in south Beirut")."""
    k = start - 1
    while k >= 0 and tokens.norm[k] in PLACE_MODIFIERS and start - k <= 3:
        k -= 1
    if k >= 1 and tokens.norm[k] == "," and tokens.norm[k - 1] in ("capital", "city"):
        # "In the capital, Kinshasa, protesters attacked ...": the place named again after "in the capital"
        return any(tokens.norm[x] in LOCATIVE for x in range(max(0, k - 5), k - 1))
    return k >= 0 and tokens.norm[k] in LOCATIVE


def _inside_atom(atoms: dict, start: int, token: int) -> bool:
    """Whether ``token`` lies inside a dictionary phrase that starts at or after ``start``."""
    return any(begin <= token < stop for begin, (stop, _) in atoms.items() if start <= begin <= token)


def _add_sector(draft: _Draft, entry: Entry) -> None:
    """Combine a sector word with what the phrase has so far: a later group or title word wins,
    a person word ("spokesman") keeps the sector of the words before it."""
    if entry.sector_type == "person":
        draft.role_word = entry.surface.lower()
        if draft.sector is None or draft.sector_type == "capital" and entry.sector is not None:
            draft.sector = entry.sector  # "Cairo's security chief": the role, not the capital's GOV
        if draft.sector_type is None or draft.sector_type == "capital":
            draft.sector_type = "person"
        return
    if entry.sector is not None:
        draft.sector = entry.sector
    draft.sector_type = entry.sector_type
    if entry.sector_type == "title":
        draft.title = entry.surface.lower()
    if draft.kind == "country":
        draft.kind = "sector"


def _portfolio_end(tokens: _Tokens, j: int, end: int, atoms: dict) -> int:
    """Capitalised portfolio words before a minister or secretary title ("Labour", "Planning and
    Investment"): the index of that title, or j when there is none."""
    k = j
    while k < end and k - j < 4:
        atom = atoms.get(k)
        if atom is not None:
            entry = _kinds(atom[1]).get(SECTOR)
            if k > j and entry is not None and entry.sector_type == "title" and (
                "minister" in entry.surface.lower() or "secretary" in entry.surface.lower()
            ):
                return k
            return j
        word = tokens.text[k]
        if word[:1].isupper() and tokens.pos[k] in ("PROPN", "NOUN", "ADJ") or k > j and tokens.norm[k] in ("and", "&"):
            k += 1
            continue
        return j
    return j


def _members_of(draft: _Draft, tokens: _Tokens, j: int, end: int, atoms: dict) -> int:
    """'leaders of the Azadliq opposition coalition', 'members of Hamas', 'the head of the army':
    people named by the body they belong to code as that body. ``j`` is the "of"; returns the end of
    the body's noun phrase after filling the draft, or ``j`` when the phrase names no body."""
    pobj = next((k for k in range(j + 1, end) if tokens.head[k] == j and tokens.dep[k] == "pobj"), None)
    if pobj is None or tokens.ent[pobj] in ("DATE", "TIME"):
        return j
    if not _inside_atom(atoms, j + 1, pobj) and tokens.norm[pobj] not in BODY_WORDS | UNIT_WORDS:
        return j  # "director of military public relations": the noun after "of" must be the body
    org = sector = country = None
    k = j + 1
    while k <= pobj:
        atom = atoms.get(k)
        if atom is None or atom[0] > pobj + 1:
            k += 1
            continue
        kinds = _kinds(atom[1])
        if ORGANIZATION in kinds:
            org = kinds[ORGANIZATION]
        elif SECTOR in kinds and kinds[SECTOR].sector is not None and kinds[SECTOR].sector_type == "group":
            sector = kinds[SECTOR].sector  # a later group word wins, as in a role phrase
        elif COUNTRY in kinds or DEMONYM in kinds:
            country = (kinds.get(COUNTRY) or kinds[DEMONYM]).country
        k = atom[0]
    if org is not None:
        draft.org, draft.code, draft.wikidata = org, org.code, org.wikidata
        draft.country, draft.sector = org.country, org.sector
    elif sector is not None:
        draft.sector, draft.sector_type = sector, "group"
        draft.country = draft.country or country
    else:
        return j  # "leaders of Syria" and the like: handled as a country after "of"
    if org is None and tokens.norm[pobj] in UNIT_WORDS and not _inside_atom(atoms, j + 1, pobj):
        return j  # (a unit word makes a body only with an organisation's name: "head of the Kenyan police team")
    return pobj + 1


def _person_group(draft: _Draft, tokens: _Tokens, j: int, end: int, atoms: dict) -> int:
    """'Trump administration', 'Assad regime': a person's name naming their government."""
    atom = atoms.get(j)
    if atom is None:
        return j
    entry = _kinds(atom[1]).get(SECTOR)
    if entry is not None and entry.sector_type == "group" and entry.sector is not None:
        draft.group_sector = entry.sector
        return atom[0]
    return j


def _name_end(tokens: _Tokens, j: int, end: int, atoms: dict) -> int:
    """End of a run of capitalised name tokens starting at j ("Mehdi Sanai", "Bashar al-Assad")."""
    k = j
    while k < end and k - j < 6:
        if k in atoms and any(e.kind in (COUNTRY, DEMONYM, CAPITAL, ORGANIZATION) for e in atoms[k][1]):
            break  # "members Greece": a country is not part of a person's name
        word = tokens.text[k]
        if word[:1].isupper() and tokens.pos[k] in ("PROPN", "NOUN", "ADJ") and tokens.norm[k] not in ("'s",):
            k += 1
            continue
        if tokens.norm[k] in NAME_PARTICLES and k + 1 < end and tokens.text[k + 1][:1].isupper() and k > j or (
            tokens.norm[k] in ("al", "el") and k + 1 < end and tokens.norm[k + 1] == "-"
        ):
            k += 1
            continue
        if tokens.norm[k] == "-" and k > j and k + 1 < end and tokens.text[k + 1][:1].isupper() and not tokens.space[k - 1]:
            k += 1
            continue
        break
    while k > j and tokens.norm[k - 1] in NAME_PARTICLES:
        k -= 1
    return k


def _join(tokens: _Tokens, start: int, end: int) -> str:
    parts = []
    for k in range(start, end):
        parts.append(tokens.text[k])
        if tokens.space[k] and k + 1 < end:
            parts.append(" ")
    return "".join(parts)


def _link_coordinated(tokens: _Tokens, drafts: list[_Draft]) -> None:
    """Share country and sector across coordination: 'the Iranian and Russian presidents',
    'the Syrian government and the opposition groups', 'Iranian entrepreneurs and business owners'."""
    for index in range(len(drafts) - 2, -1, -1):
        left, right = drafts[index], drafts[index + 1]
        between = tokens.norm[left.end : right.start]
        if between not in (["and"], [","], [",", "and"], ["or"]):
            continue
        if left.adjective_only and left.sector is None and right.sector is not None and right.person is None:
            left.sector, left.sector_type, left.title, left.kind = right.sector, right.sector_type, right.title, "sector"
            left.adjective_only = False
    for index in range(1, len(drafts)):
        left, right = drafts[index - 1], drafts[index]
        between = tokens.norm[left.end : right.start]
        if between not in (["and"], [","], [",", "and"], ["or"]):
            continue
        if right.country is None and right.code is None and right.sector is not None and right.person is None and right.name is None \
                and right.possessor_title is None and left.country is not None and left.sector is not None \
                and _conjoined(tokens, left, right):
            right.country = left.country


def _addressee_before(tokens: _Tokens, drafts: list[_Draft], pronoun: _Draft) -> bool:
    """Whether an actor is the object of a verb that governs the pronoun's clause ("warned Seoul that it ...",
    "told Tehran it ..."), between the subject and the pronoun."""
    verbs = set()
    k = tokens.head[pronoun.start]
    for _ in range(3):
        verbs.add(tokens.head[k])
        k = tokens.head[k]
    for other in drafts:
        if other.end > pronoun.start or other.coref is not None:
            continue
        head = _span_head(tokens, other.start, other.end)
        if tokens.dep[head] in ("dobj", "dative") and tokens.head[head] in verbs \
                and tokens.norm[tokens.head[head]] in ADDRESSEE_VERBS:
            return True
    return False


def _clause_verb_index(tokens: _Tokens, token: int) -> int:
    """The nearest verb above a token (or the root)."""
    while tokens.head[token] != token and tokens.pos[token] not in ("VERB", "AUX"):
        token = tokens.head[token]
    return token


def _governs(tokens: _Tokens, above: int, verb: int) -> bool:
    """Whether the clause of ``verb`` hangs below the clause of ``above`` as a subordinate or reported clause
    ("since ... imposed", "said ... had imposed"), not as a coordinated one ("walked away and imposed")."""
    subordinate = False
    for _ in range(12):
        if tokens.head[verb] == verb:
            return False
        subordinate = subordinate or tokens.dep[verb] in ("advcl", "ccomp", "xcomp")
        verb = tokens.head[verb]
        if verb == above:
            return subordinate
    return False


def _inside_relative_clause(tokens: _Tokens, token: int) -> bool:
    """Whether a token hangs in a relative clause ("Mauritius, which argues it was forced ..."): "it" there refers to
    the noun the clause describes, which the subject memory does not hold."""
    for _ in range(4):
        if tokens.dep[token] in ("relcl", "acl"):
            return True
        if tokens.head[token] == token:
            return False
        token = tokens.head[token]
    return False


def _merge_dual_nationals(tokens: _Tokens, drafts: list[_Draft]) -> None:
    """'a detained British-Iranian aid worker', 'Iranian-American journalist Jason Rezaian': one person of two
    countries, not two actors. The person takes the country the rest of the sentence does not name (a dual national
    is news where the other country holds them), else the second one, as written."""
    index = 0
    while index + 1 < len(drafts):
        first, second = drafts[index], drafts[index + 1]
        index += 1
        if not (first.from_demonym and first.sector is None and first.code is None and first.person is None
                and second.from_demonym and second.sector is not None and second.code is None and second.org is None
                and second.end - 1 > second.start and tokens.norm[first.end : second.start] in (["-"], ["–"])
                and not tokens.space[first.end - 1] and not tokens.space[first.end]
                and first.country != second.country and tokens.tag[second.end - 1] in ("NN", "NNP")
                and tokens.norm[second.end - 1] not in BODY_WORDS and second.sector not in ARMED_LENDERS):
            continue
        others = {d.country for d in drafts if d is not first and d is not second and d.country
                  and not (d.adjective_only and d.sector is None)}  # ("in the Egyptian resort of ..." is a place)
        # the state that holds or tries them is the other country ("An Iranian court sentenced a British-Iranian
        # charity worker ... for spying for Britain" names both countries: the court's is Iran); a state that only
        # speaks for them is not ("The British government urged Iran to free an Iranian-British charity worker")
        states = {d.country for d in drafts if d is not first and d is not second and d.sector in STATE_SECTORS
                  and _holds_or_tries(tokens, d)} & {first.country, second.country}
        if len(states) == 1:
            if second.country in states:
                second.country = first.country
        elif second.country in others and first.country not in others:
            second.country = first.country
        second.start = first.start
        drafts.remove(first)


# Verbs (as written) of a state holding or trying someone: its subject or agent is the state that holds them.
HOLDING_VERBS = frozenset(
    form for stem in ("sentence", "jail", "detain", "arrest", "imprison", "convict", "charge")
    for form in (stem, stem + "s", stem + ("d" if stem.endswith("e") else "ed"), stem.rstrip("e") + "ing")
) | {"try", "tries", "tried", "trying", "hold", "holds", "held", "holding"}


def _holds_or_tries(tokens: _Tokens, draft: _Draft) -> bool:
    """Whether a draft is the subject or agent of a verb of holding or trying ("An Iranian court sentenced ...",
    "... was detained by Chinese police")."""
    head = _span_head(tokens, draft.start, draft.end)
    verb = tokens.head[head]
    if tokens.dep[head] == "pobj" and tokens.dep[verb] == "agent":
        verb = tokens.head[verb]
    elif tokens.dep[head] != "nsubj":
        return False
    return tokens.norm[verb] in HOLDING_VERBS


def _conjoined(tokens: _Tokens, left: _Draft, right: _Draft) -> bool:
    """Whether the parse joins two adjacent phrases as conjuncts or appositions; a comma alone may
    end a clause ("... of Croatian Serb refugees, a human rights group protested")."""
    head = _span_head(tokens, right.start, right.end)
    if not left.start <= tokens.head[head] < left.end:
        return False
    # An apposition names the same actor again, so another role word means the parse is wrong.
    return tokens.dep[head] == "conj" or tokens.dep[head] == "appos" and right.sector == left.sector


def _apposition_of(tokens: _Tokens, left: _Draft, right: _Draft) -> bool:
    """Whether the parse makes ``right`` an apposition of ``left``."""
    head = _span_head(tokens, right.start, right.end)
    return tokens.dep[head] == "appos" and left.start <= tokens.head[head] < left.end


def _merge_appositions(tokens: _Tokens, drafts: list[_Draft]) -> None:
    """'Parviz Esmaeili, the president's deputy chief of staff, ...': the name takes the role;
    'the main rebel group, Forces for Defence of Democracy, ...': the role takes the organisation."""
    index = 0
    while index + 1 < len(drafts):
        name, role = drafts[index], drafts[index + 1]
        if (
            name.name is not None and name.person is None and name.sector is None and name.coref is None
            and (tokens.norm[name.end : role.start] == [","]
                 or tokens.norm[name.end : role.start][:1] == [","] and role.start - name.end == 2
                 and tokens.norm[role.start - 1] in DETERMINERS)
            and role.person is None and role.name is None and role.coref is None
            and (role.sector is not None or role.possessor_title is not None or role.code is not None)
        ):
            _take_role(name, role)
            name.end = role.end
            del drafts[index + 1]
        elif (
            name.sector is not None and name.country is None and name.code is None and name.person is None
            and name.name is None and name.coref is None and name.sector_type == "group"
            and tokens.norm[name.end : role.start] == [","] and role.org is not None and role.person is None
            and _apposition_of(tokens, name, role)
        ):
            # "The main rebel group, Forces for Defence of Democracy (FDD), ...": the group is that body.
            name.org, name.code, name.wikidata = role.org, role.code, role.wikidata
            name.country, name.sector, name.kind = role.country, role.sector, role.kind
        elif (
            role.name is not None and role.person is None and role.sector is None and role.coref is None
            and name.name is None and name.person is None and name.coref is None
            # (or a role in an organisation: "the head of the UN mission, Volker Perthes")
            and (name.org is None and name.sector is not None or name.org is not None)
            and name.sector_type in ("person", "title")
            and tokens.norm[name.end : role.start] == [","] and _apposition_of(tokens, name, role)
        ):
            # "Kenya's foreign minister, Amina Osei, met ...": the name after the role is that person, and "Osei"
            # later refers back to it as "Ali Hassan, Somalia's interior minister" does
            _take_role(role, name)
            role.start = name.start
            del drafts[index]
            continue
        index += 1


def _take_role(person: _Draft, role: _Draft) -> None:
    """Give a named person's draft the role of the role draft apposed to it ("Ali Hassan, Somalia's interior
    minister"; "Kenya's foreign minister, Amina Osei")."""
    person.sector, person.sector_type, person.country = role.sector, role.sector_type, role.country
    person.code, person.org, person.wikidata = role.code, role.org, None
    person.possessor_title, person.title, person.former = role.possessor_title, role.title, role.former


# ------------------------------------------------------------- resolution
def _resolve(draft: _Draft, drafts: list[_Draft], tokens: _Tokens, published: Optional[dt.date],
             memory: _Memory, sentence_index: int, head: int, atoms: Optional[dict] = None,
             namesakes: Optional[dict] = None) -> list[tuple]:
    """The actor(s) for one draft as (code, country, sector, name, wikidata); updates the memory."""
    country, sector, name, wikidata = draft.country, draft.sector, draft.name, draft.wikidata
    role = draft.title
    if draft.coref == "pair" and draft.pair_sector is None and memory.domestic_pair is not None \
            and 0 <= sentence_index - memory.domestic_pair[0] <= 3 \
            and (memory.joined_pair is None or memory.joined_pair[0] < memory.domestic_pair[0]) \
            and any(word in SIDE_WORDS for word in tokens.norm[draft.start : draft.end]):
        # "Colombia's government and FARC rebels opened talks ... while the two sides negotiate": both of one country
        return [(code, code[:3], code[3:], None, None) for code in memory.domestic_pair[1]]
    if draft.coref == "pair":
        pair = _last_two_countries(memory, sentence_index) or _two_countries_after(draft, drafts)
        if pair is None:
            return []
        sector = draft.pair_sector
        return [(c + (sector or ""), c, sector, None, None) for c in pair]
    if draft.coref == "plural":
        # "they": the plural actor that is the subject earlier in this sentence, else the only one
        # in the previous sentence; otherwise nothing.
        same = [actors for s, actors in memory.group_subjects if s == sentence_index]
        previous = [actors for s, actors in memory.group_subjects if s == sentence_index - 1]
        if same:
            return list(same[-1])
        if len(previous) == 1:
            return list(previous[0])
        return []
    if draft.coref == "body":
        # "it" as a subject: the country or body that was the subject earlier in this sentence, else the one of the
        # previous sentence ("The alliance said it would respond", "Moscow quit the deal. It said ...")
        same = [actor for s, actor, _ in memory.body_subjects if s == sentence_index]
        previous = [actor for s, actor, _ in memory.body_subjects if s == sentence_index - 1]
        if same and _addressee_before(tokens, drafts, draft):
            return []  # "Pyongyang warned Seoul that it would pay": "it" is as often the one warned
        if same:
            return [same[-1]]
        if len(previous) == 1 and tokens.head[tokens.head[draft.start]] == tokens.head[draft.start]:
            # (across sentences only as the subject of its sentence's main verb: "It said ...", not "They say it
            # violates the treaty", where "it" is more often a thing)
            return [previous[0]]
        return []
    if draft.coref == "body_object":
        # "it" after "on"/"against" in a clause below the one whose subject was a country or body earlier in this
        # sentence ("Moscow has turned to Asian markets since the United States imposed sanctions on it"); not in
        # that subject's own clause ("Russia imposed sanctions on it" is something else)
        verb = _clause_verb_index(tokens, draft.start)
        for seen, actor, subject in reversed(memory.body_subjects):
            if seen != sentence_index or subject >= draft.start:
                continue
            if _governs(tokens, _clause_verb_index(tokens, subject), verb):
                return [actor]
        return []
    if draft.coref == "country":
        country = None
        if draft.country_noun_allowed is None and tokens.norm[head] == "country":
            # "Interim President Traore declared a state of emergency across the country": a state body or official
            # acting all over a country acts at home (troops may not: "Russian forces advanced across the country")
            home = _subject_countries(draft, drafts, tokens, head, NATIONWIDE_PREPS, civil_only=True)
            country = next(iter(home)) if len(home) == 1 else None
        country = country or _country_antecedent(memory, draft.country_noun_allowed, sentence_index,
                                                 _subject_countries(draft, drafts, tokens, head))
        if country is None and sector is None:
            return []
        draft.country = country
    if draft.coref == "led":
        found_led = _led_antecedent(draft, tokens, memory, sentence_index)
        return [found_led] if found_led is not None else []
    if draft.coref == "pronoun":
        if tokens.norm[head] in PRONOUNS and _unnamed_speaker(tokens, head, drafts, sentence_index):
            return []  # "One victim, a retired nurse, told the court she had fought him off": she is the victim
        found = _pronoun_antecedent(memory, sentence_index, tokens,
                                    clause=_verbs_of(tokens, head) if tokens.norm[head] in OBJECT_PRONOUNS else None)
        if found is None:
            return []
        return [_as_tuple(found)]
    if draft.person is not None and draft.person.person_on(published) is None:
        _settle_shared_surname(draft, tokens, memory)
        if draft.person is None:
            if draft.name is None and draft.surname_key is None:
                return []  # "Harris" alone: several known people, none of them (or more than one) in office
            name = draft.name
    if draft.person is not None:
        person = draft.person.person_on(published)
        p_country, p_sector, p_role = person.resolve(published)
        country = p_country or country
        # Before a person's first known office the text's own title gives the sector.
        sector = (p_sector or sector) if p_country else sector
        if p_sector == "ELI" and not draft.former and draft.sector in NON_STATE_TITLES:
            sector = draft.sector  # "opposition leader Raila Odinga": what a former official is now, as the text says
        role = p_role or role
        name, wikidata = person.name, person.wikidata
        if draft.surname_key in memory.surnames:
            # The article named someone with this surname before: that person wins.
            actor, role = memory.surnames[draft.surname_key]
            country, sector, name, wikidata = actor.country, actor.sector, actor.name, actor.wikidata
            if country is None and actor.code:
                draft.code = actor.code  # "Kallas" after "EU foreign policy chief Kaja Kallas": the EU's code
        elif draft.coref == "surname":
            if draft.surname_key in memory.stranger_surnames or tokens.norm[draft.end - 1] in memory.stranger_surnames:
                return []  # "Richard Bennett ... Bennett said": the stranger named before, not a known person
            if (p_sector is None or p_sector == "ELI" and not _recent_leader(person, draft, tokens, published)) \
                    and draft.sector is None and draft.group_sector is None:
                # A bare surname the article has not introduced stands for a known person only
                # while they hold office ("Putin"); "Barre" or "Mohamud" alone may be anyone.
                return []
            draft.kind, draft.coref = "person", None  # first mention, by a surname only one known person has
        if draft.kind == "person" and any(actor.name == name for _, actor, _, _ in memory.people):
            draft.kind = "coref"  # "Erdogan" after "Turkish President Recep Tayyip Erdogan"
    elif draft.surname_key is not None:
        actor, role = memory.surnames[draft.surname_key]
        country, sector, name, wikidata = actor.country, actor.sector, actor.name, actor.wikidata
        if country is None and actor.code:
            draft.code = actor.code  # "Jusnes" after "Glenn Jusnes, a spokesperson for UNHCR": IGOUNOREF
    elif draft.code is None:
        referent = _organization_antecedent(draft, tokens, memory, sentence_index) or _represented_body(
            draft, drafts, tokens, memory, sentence_index)
        if referent is not None:
            # "the group", "the terror group", "the bloc": the organisation named before.
            draft.kind = "coref"
            return [referent]
        if draft.possessor_title is not None:
            owner = _title_antecedent(memory, draft.possessor_title)
            if owner is not None:
                country = owner.country
            if sector is None:
                sector = "GOV"
        if draft.sector_type == "title" and draft.definite and country is None and name is None:
            owner = _title_antecedent(memory, role, sentence_index)
            if owner is not None:
                draft.kind = "coref"
                country, sector, name, wikidata = owner.country, owner.sector, owner.name, owner.wikidata
        if country is None and sector is not None and draft.person is None and draft.possessor_title is None \
                and (draft.definite and name is None or name is not None and draft.sector_type in ("title", "person")):
            # "a U.S. envoy ... the envoy said", "Belarusian officials ... the officials' assets": the same role named
            # just before without a name; "a U.S. envoy visited Minsk ... Envoy John Coale met Lukashenko": a role with
            # a name the dictionary lacks is of the country of the same role named just before
            country = _titled_country(memory, _role_key(draft), sentence_index)
            if country is not None and name is None:
                draft.kind = "coref"
        if country is None and (sector is not None or name is not None):
            owner = _modifier_owner(draft, drafts, tokens)
            if owner is not None:
                # "White House national security spokesman John Kirby": the body named in front owns the role
                country, sector = owner.country, sector or owner.sector
        if country is None and sector is not None and name is None and tokens.norm[draft.start] in POSSESSIVE_PRONOUNS:
            # "Russia withdrew its troops", "Israel said its warplanes struck": the owner named just before
            country = _possessive_owner(draft, drafts)
        elif country is None and sector is not None and name is None and _owner_pronoun(draft, tokens, head) in PERSONAL_POSSESSIVES:
            # "Tsai challenged Beijing to talk to her elected government", "Nasrallah said his fighters ...": the
            # person's, not the country named last
            owner = _pronoun_antecedent(memory, sentence_index, tokens)
            if owner is not None and owner.country is not None:
                country = owner.country
            elif owner is not None and owner.code[:3] in ("IGO", "NGO", "IMG"):
                draft.code = owner.code  # "Guterres said his envoy ...": the UN's
        if country is None and draft.definite and name is None and tokens.norm[draft.end - 1] in RULING_NOUNS:
            # "sanctions on Guinea if the junta frees ...": the country named last in the sentence, else the
            # article's main one
            country = _country_antecedent(memory, None, sentence_index)
        if country is None and sector is not None and name is None and atoms and tokens.norm[head] in SEATED_BODIES \
                and tokens.dep[head] in SUBJECT_DEPS:
            # "..., the home ministry said in Dhaka": a ministry speaks from home, whatever the sentence named last
            country = _seat_country(tokens, head, atoms)
        if draft.sector_type == "equipment" and country is None:
            # "tanks" alone is not an actor; "Israeli tanks" and "Russian Tupolev bombers" are.
            country = _borrow_country(draft, drafts, tokens.head, modifier_only=True)
            if country is None:
                return []
        if country is None and sector is not None and name is None:
            # "the government of Andres Manuel Lopez Obrador", "supporters of Evo Morales": that person's country
            country = _of_person_country(draft, drafts, tokens, published)
        if country is None and sector is not None and name is None and not _foreign_role(tokens, head):
            possessor = _possessor(draft, drafts, tokens)
            owner_code = _possessor_body(possessor)
            if owner_code is not None:
                draft.code = owner_code  # "Guterres' spokesman": the UN's
            country = _possessor_country(possessor) or _where_country(tokens, head, atoms) \
                or _borrow_country(draft, drafts, tokens.head, story=_story_country(memory)) \
                or _article_country(draft, memory)
            if draft.code is not None:
                country = None
            if country is None and draft.definite:
                # "Colombian guerrillas kidnapped a mayor. The guerrillas demanded a ransom."
                country = _role_antecedent(memory, sector, sentence_index)
                if country is not None:
                    draft.kind = "coref"
        if draft.former and sector is not None and (draft.sector_type in ("title", "person") or name):
            sector = "ELI"
    if draft.group_sector is not None:
        sector, name, wikidata = draft.group_sector, None, None
    if country is not None and len(country) > 3:
        # An official of an international body (the UN Secretary-General): the body's code (once: the UN rights
        # chief's body code already ends in HRI).
        code = country + (sector if sector not in (None, "GOV") and not country.endswith(sector) else "")
        country = None
    elif draft.code is not None:
        code = draft.code
        if draft.org is not None:
            # The organisation's code decides; role words after it ("press officer") do not change it.
            name = name or draft.org.name
            country, sector = draft.org.country, draft.org.sector
            listed = namesakes.get(draft.org.name) if namesakes and country else None
            if listed:
                # "Bangladesh lifted its ban on Jamaat-e-Islami": the party of the country the text is about
                home = _namesake_country(country, listed, draft, drafts, memory, tokens)
                if home != country:
                    country, code = home, home + (sector or "")
                    draft.country = home  # "... the party's involvement": roles borrowing from it take this country
    else:
        if country is None and sector is None:
            return []
        code = (country or "") + (sector or "")
    if not code:
        return []
    if draft.org is None and draft.person is None and sector is not None and name is None:
        wikidata = None  # the country's item is not the item of its army or government
    actor_tuple = (code, country, sector, name, wikidata)
    _remember(memory, draft, actor_tuple, role, sentence_index, head)
    if draft.org is not None and draft.person is None and draft.name is None and code not in COLLECTIVE_CODES:
        # (a collective of states is no body that "the council" or "the agency" refers back to)
        memory.organizations.append((sentence_index, actor_tuple))
    return [actor_tuple]


def _note_strangers(tokens: _Tokens, start: int, end: int, atoms: dict, memory: _Memory) -> None:
    """Remember the surnames of people named in full (a PERSON entity of two or more words) whom the
    dictionary does not know: "Richard Bennett" is not Naftali Bennett."""
    k = start
    while k < end:
        if tokens.ent[k] != "PERSON" or tokens.inside_entity[k]:
            k += 1
            continue
        stop = k + 1
        while stop < end and tokens.ent[stop] == "PERSON" and tokens.inside_entity[stop]:
            stop += 1
        known = any(begin <= k and stop <= atom_end and any(e.kind == PERSON for e in entries)
                    for begin, (atom_end, entries) in atoms.items() if begin <= k)
        if stop - k >= 2 and not known and tokens.text[stop - 1][:1].isupper():
            memory.stranger_surnames.add(tokens.norm[stop - 1])
        k = stop


def _apposed_name_end(tokens: _Tokens, start: int, end: int, atoms: dict) -> int:
    """End of a run of two or more capitalised proper nouns that a comma and a role word follow as its
    apposition ("Karim Fadel, a spokesman for ..."), or ``start``: the run names a person whatever the
    entity tagger said."""
    if start in atoms or tokens.pos[start] != "PROPN" or not tokens.text[start][:1].isupper() \
            or start > 0 and tokens.pos[start - 1] == "PROPN":
        return start
    stop = start
    while stop < end and stop - start < 4 and tokens.pos[stop] == "PROPN" and tokens.text[stop][:1].isupper() \
            and stop not in atoms:
        stop += 1
    if stop - start < 2 or stop >= end or tokens.norm[stop] != ",":
        return start
    last = stop - 1
    for k in range(stop + 1, min(end, stop + 6)):
        if tokens.head[k] == last and tokens.dep[k] == "appos":
            role = next((a for a in range(stop + 1, k + 1) if a in atoms and a <= k < atoms[a][0]), None)
            entry = _kinds(atoms[role][1]).get(SECTOR) if role is not None else None
            if entry is not None and entry.sector_type in ("person", "title"):
                return stop
    return start


def _foreign_role(tokens: _Tokens, head: int) -> bool:
    """A role whose people are foreign to where they are ("tourists", "foreign workers"): no country from the
    sentence."""
    if tokens.norm[head] in FOREIGN_NOUNS:
        return True
    return any(tokens.head[k] == head and tokens.dep[k] in ("amod", "compound") and tokens.norm[k] in FOREIGN_MODIFIERS
               for k in range(max(0, head - 4), head))


# Offices whose holders stay known by their surname alone for years after ("Gorbachev", "Yeltsin").
TOP_ROLE_WORDS = ("president", "prime minister", "premier", "chancellor", "king", "head of state", "leader",
                  "foreign minister", "secretary of state", "secretary-general", "emir", "sultan", "junta")
RECENT_LEADER_YEARS = 20


def _recent_leader(person, draft: _Draft, tokens: _Tokens, published: Optional[dt.date]) -> bool:
    """Whether a bare surname may stand for a former leader: a head of state or government, foreign minister
    or movement leader whose last office ended at most 20 years before the article, with a surname of
    five letters or more."""
    if len(tokens.norm[draft.end - 1]) < 5 or not person.terms or tokens.ent[draft.end - 1] != "PERSON":
        return False  # the parser must read it as a person's name ("Ramadan" is also a month)
    if not any(word in term.role for term in person.terms for word in TOP_ROLE_WORDS):
        return False
    day = published or dt.date.today()
    last_end = max((term.end or "9999") for term in person.terms)
    return int(last_end[:4]) >= day.year - RECENT_LEADER_YEARS


def _settle_shared_surname(draft: _Draft, tokens: _Tokens, memory: _Memory) -> None:
    """A surname shared by several known people that the date does not decide: the person the
    article named before with it; else the only one who ever held the title written with it
    ("Vice President Harris"); else an unknown person when a title goes with it ("Senator Harris");
    else nobody (``draft.person`` becomes None)."""
    surname = tokens.norm[draft.end - 1]
    entry = draft.person
    draft.person = None
    title = TITLE_SYNONYMS.get(draft.title, draft.title) if draft.title else None
    titled = [p for p in entry.candidates if title and any(TITLE_SYNONYMS.get(t.role, t.role) == title for t in p.terms)]
    if surname in memory.surnames:
        draft.surname_key = surname
        draft.kind, draft.coref = "coref", "surname"
    elif len(titled) == 1:
        draft.person = replace(entry, person=titled[0], name=titled[0].name, wikidata=titled[0].wikidata, candidates=())
    elif draft.sector is not None or draft.sector_type in ("title", "person"):
        draft.name = tokens.text[draft.end - 1]
        draft.surname_key = None
        draft.kind, draft.coref = "person", None
    else:
        draft.surname_key = None


def _as_tuple(actor: Actor) -> tuple:
    return (actor.code, actor.country, actor.sector, actor.name, actor.wikidata)


def _remember(memory: _Memory, draft: _Draft, actor_tuple: tuple, role: Optional[str], sentence_index: int, head: int) -> None:
    code, country, sector, name, wikidata = actor_tuple
    memory.position += 1
    if country is not None and draft.coref != "pair":
        counts = memory.country_counts.setdefault(country, [0, 0])
        counts[0] += 1
        counts[1] = memory.position
        if draft.coref is None and draft.kind != "coref" and (draft.country is not None or draft.person is not None):
            memory.mentioned.append((sentence_index, country))  # (named in the sentence: "the minister" is not)
            if sector != "MED" or draft.org is None and name is None:  # ("told VOA", "Reuters reported": outlets)
                memory.own_counts[country] = memory.own_counts.get(country, 0) + 1
    if country is not None and sector is None and draft.kind == "country" and not draft.from_demonym \
            and draft.coref is None:
        memory.country_names.append((sentence_index, country))
    elif country is not None and draft.kind == "sector" and draft.country == country and not draft.from_demonym \
            and draft.coref is None and draft.org is None:
        # "Lebanon's central bank ... the country's currency": an owner named by name is named too
        memory.country_names.append((sentence_index, country))
    if country is not None and sector is not None and draft.coref != "pair":
        memory.roles.append((sentence_index, sector, country))
        key = _role_key(draft) if role is None else role
        if key and (draft.country is not None or draft.person is not None):
            # (only a country the phrase itself gives, or a known person's: a borrowed one is a guess already)
            memory.titled.append((sentence_index, TITLE_SYNONYMS.get(key, key), actor_tuple))
    if name and (draft.code is None or draft.kind == "person") and draft.group_sector is None:  # people, not bodies
        actor = Actor(code, country, sector, name, 0, 0, name, wikidata)
        memory.people.append((sentence_index, actor, role, head))
        words = name.split()
        if len(words) > 1 and words[-2].lower() not in PATRONYMIC:  # "Haitham bin Tariq": Tariq is his father
            memory.surnames[words[-1].lower().replace("\u2019", "'")] = (actor, role)


# Prepositions whose object a clause acts on: "closed their links with the Gulf state", "sanctions on the country".
ACTED_ON_PREPS = frozenset({"with", "against", "on", "toward", "towards"})
def _subject_countries(draft: _Draft, drafts: list[_Draft], tokens: _Tokens, head: int,
                       preps: frozenset = ACTED_ON_PREPS, civil_only: bool = False) -> frozenset:
    """For a country noun a clause acts on through a preposition, the countries of that clause's subjects (and of the
    clauses it is joined to): "Saudi Arabia and Egypt cut ties with Qatar and closed their links with the Gulf state"
    does not mean Saudi Arabia or Egypt by "the Gulf state". (With ``preps`` = NATIONWIDE_PREPS: the subjects acting
    all over the country.)"""
    if tokens.dep[head] != "pobj" or tokens.norm[tokens.head[head]] not in preps:
        return frozenset()
    verb = tokens.head[head]
    while tokens.pos[verb] not in ("VERB", "AUX") and tokens.head[verb] != verb:
        verb = tokens.head[verb]
    verbs = {verb}
    # (up through clauses that share their subject: "..., accusing it of ... and closing their links with ...")
    while tokens.dep[verb] in ("xcomp", "conj", "advcl") and tokens.head[verb] != verb \
            and not any(tokens.dep[h] in SUBJECT_DEPS and tokens.head[h] == verb for h in range(len(tokens.head))):
        verb = tokens.head[verb]
        verbs.add(verb)
    subjects = {h for h in range(len(tokens.head)) if tokens.dep[h] in SUBJECT_DEPS and tokens.head[h] in verbs}
    grown = True
    while grown:  # "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain": every conjunct
        more = {h for h in range(len(tokens.head)) if tokens.dep[h] in ("conj", "appos") and tokens.head[h] in subjects}
        grown = bool(more - subjects)
        subjects |= more
    return frozenset(other.resolved_country for other in drafts if other is not draft and other.resolved_country
                     and _span_head(tokens, other.start, other.end) in subjects
                     and not (civil_only and (other.resolved_code or "")[3:] not in ("", "GOV")))


def _country_antecedent(memory: _Memory, allowed: Optional[frozenset], sentence_index: int,
                        excluded: frozenset = frozenset()) -> Optional[str]:
    """The country a noun like "the kingdom" refers to: of those the noun may mean, the latest named by its
    name earlier in the sentence ("Mauritius makes the African island nation ..."); else, of those the article
    has named, the most mentioned, then the latest. Never one of ``excluded`` (the subjects of the clause acting on
    the noun)."""
    for index, code in reversed(memory.country_names):
        if index != sentence_index:
            break
        if allowed is None and code not in excluded:
            return code
    if allowed is not None:
        # "Sri Lankan President Rajapaksa resigned after fleeing to Singapore ... the island nation's economic
        # collapse": of the countries of the sentence the noun may mean, by name or not, the one the article names
        # most, the first on a tie (the sentence's subject more often than a place it names on the way)
        latest_first = []
        for index, code in reversed(memory.mentioned):
            if index != sentence_index:
                break
            latest_first.append(code)
        here = [code for code in dict.fromkeys(reversed(latest_first)) if code in allowed and code not in excluded]
        if here:  # (in text order)
            return max(here, key=lambda code: (memory.country_counts[code][0], -here.index(code)))
    ranked = [(count, last, code) for code, (count, last) in memory.country_counts.items()
              if (allowed is None or code in allowed) and code not in excluded]
    return max(ranked)[2] if ranked else None


def _country_noun_end(tokens: _Tokens, j: int, end: int, atoms: dict, nouns: dict) -> int:
    """End of "[describing words] NOUN" from j when NOUN refers to a country ("Himalayan kingdom",
    "oil-rich emirate", "Gulf state"); j when there is none. The noun must head its phrase ("the country
    director" is not the country)."""
    k = j
    while k < end and k - j < 5:
        for length in (2, 1):
            if k + length <= end and " ".join(tokens.norm[k : k + length]) in nouns:
                last = k + length - 1
                if tokens.dep[last] in ("compound", "amod") or tokens.pos[last] not in ("NOUN", "PROPN"):
                    return j
                return k + length
        if k in atoms:
            return j
        if tokens.norm[k] in HYPHENS or tokens.dep[k] in ("amod", "compound", "npadvmod", "advmod", "nmod") \
                and tokens.head[k] > k and tokens.pos[k] in ("ADJ", "PROPN", "NOUN", "VERB", "ADV"):
            k += 1
            continue
        return j
    return j


def _noun_countries(tokens: _Tokens, start: int, stop: int, nouns: dict, regions: Optional[dict] = None
                    ) -> Optional[frozenset]:
    """The countries the noun ending at ``stop`` may mean ("Gulf state" before "state"), narrowed by a region word
    before it ("the East African nation", "the Balkan country")."""
    two = " ".join(tokens.norm[stop - 2 : stop]) if stop - 2 >= start else None
    allowed = nouns[two] if two in nouns else nouns[tokens.norm[stop - 1]]
    for k in range(start, stop - 1):
        region = (regions or {}).get(" ".join(tokens.norm[k : k + 2])) if k + 2 < stop else None
        region = region or (regions or {}).get(tokens.norm[k])
        if region:
            narrowed = region if allowed is None else allowed & region
            return narrowed or allowed  # (a region word that fits none of the noun's countries is ignored)
    return allowed


def _two_countries_after(draft: _Draft, drafts: list[_Draft]) -> Optional[list[str]]:
    """The two countries the rest of the sentence names, for "both sides" before the article named any ("urged both
    sides to show restraint after Azerbaijani forces shelled Armenian villages")."""
    later: list[str] = []
    for other in drafts:
        if other.start >= draft.end and other.country is not None and other.org is None and other.coref is None \
                and other.country not in later:
            later.append(other.country)
    return later if len(later) == 2 else None


# A state and its own challengers that "the two sides" may mean: "Colombia's government and FARC rebels".
DOMESTIC_PAIR_STATE = frozenset({"GOV", "MIL"})
DOMESTIC_PAIR_CHALLENGERS = frozenset({"REB", "INS", "SEP", "OPP"})
# Pair words that may mean two sides of one country ("the two countries" may not).
SIDE_WORDS = frozenset({"sides", "side", "parties", "both"})


def _note_joined_pair(tokens: _Tokens, drafts: list[_Draft], memory: _Memory, sentence_index: int) -> None:
    """Remember two actors of two different countries joined by "and" as conjuncts, and no third with them ("Armenia
    and Azerbaijan agreed", "Putin and Xi met"): "the two sides" after them means them, whatever else the article
    names more often (the mediator, the host)."""
    for left, right in zip(drafts, drafts[1:]):
        if tokens.norm[left.end : right.start] != ["and"] or left.coref == "pair" or right.coref == "pair":
            continue
        if any(d.from_demonym and d.sector is None and d.person is None for d in (left, right)):
            continue  # "tariffs on German and Italian vehicles": adjectives of a thing, not two sides
        first, second = left.resolved_country, right.resolved_country
        if first is None or second is None or len(first) != 3 or len(second) != 3:
            continue
        if first == second:
            sectors = {code[3:] for code in (left.resolved_code, right.resolved_code) if code}
            if len(sectors) == 2 and sectors & DOMESTIC_PAIR_STATE and sectors & DOMESTIC_PAIR_CHALLENGERS:
                memory.domestic_pair = (sentence_index, [left.resolved_code, right.resolved_code])
            continue
        right_head = _span_head(tokens, right.start, right.end)
        if tokens.dep[right_head] != "conj" or not left.start <= tokens.head[right_head] < left.end:
            continue
        left_head = _span_head(tokens, left.start, left.end)
        if tokens.dep[left_head] == "conj" or any(
                tokens.dep[k] == "conj" and tokens.head[k] == left_head and k != right_head
                for k in range(left.end, right.start)):
            continue  # "Kenya, Uganda and Tanzania": a list, not a pair
        if _mediating(tokens, left_head, right_head):
            continue  # "Norway and Cuba, which brokered the talks, are acting as guarantors": no sides of them
        memory.joined_pair = (sentence_index, [first, second])
    if memory.domestic_pair is None or memory.domestic_pair[0] != sentence_index:
        _note_state_and_challenger(drafts, memory, sentence_index)


def _mediating(tokens: _Tokens, left_head: int, right_head: int) -> bool:
    """Whether two joined actors are named as a third party to others' talks: their own verb (active, or passive
    with them as its agent: "a truce brokered by Egypt and Qatar"), or a relative clause on them, brokers, mediates
    or hosts talks, or they act as guarantors or mediators."""
    first, last = tokens.sentence_of(left_head)
    verbs = set()
    if tokens.dep[left_head] in SUBJECT_DEPS:
        verbs.add(tokens.head[left_head])
    by = tokens.head[left_head]
    if tokens.dep[left_head] == "pobj" and tokens.norm[by] == "by" and tokens.dep[by] == "agent":
        verbs.add(tokens.head[by])
    verbs |= {k for k in range(first, last) if tokens.dep[k] == "relcl" and tokens.head[k] in (left_head, right_head)}
    for k in range(first, last):
        word = tokens.norm[k]
        if word in HOST_WORDS:
            if k in verbs and any(tokens.head[o] == k and tokens.norm[o] in HOSTED_TALKS and o != k
                                  for o in range(first, last)):
                return True
        elif word in MEDIATION_WORDS and tokens.dep[k] != "appos" \
                and (k in verbs or _clause_verb_index(tokens, k) in verbs):
            return True
    return False


def _note_state_and_challenger(drafts: list[_Draft], memory: _Memory, sentence_index: int) -> None:
    """A sentence whose actors are one state body and one challenger of the same country, however it joins them
    ("the government has been holding peace talks with the ELN"): "the two sides" after it may mean those two."""
    coded = [d.resolved_code for d in drafts if d.resolved_code and d.coref != "pair"]
    states = {code for code in coded if code[3:] in DOMESTIC_PAIR_STATE}
    challengers = {code for code in coded if code[3:] in DOMESTIC_PAIR_CHALLENGERS}
    if len(states) == 1 and len(challengers) == 1 and len({code[:3] for code in coded}) == 1:
        memory.domestic_pair = (sentence_index, [*states, *challengers])


def _last_two_countries(memory: _Memory, sentence_index: int = -1) -> Optional[list[str]]:
    """The two countries the article is about so far: two joined by "and" in this or the three sentences before,
    else the most mentioned, then most recent."""
    if memory.joined_pair is not None and 0 <= sentence_index - memory.joined_pair[0] <= 3:
        return list(memory.joined_pair[1])
    ranked = sorted(memory.country_counts.items(), key=lambda item: (item[1][0], item[1][1]), reverse=True)
    if len(ranked) < 2:
        return None
    first, second = ranked[0][0], ranked[1][0]
    # Keep the order in which they were last mentioned, earlier first.
    if memory.country_counts[first][1] > memory.country_counts[second][1]:
        first, second = second, first
    return [first, second]


def _role_key(draft: _Draft) -> Optional[str]:
    """The word a later mention of the same role repeats: the title ("president"), else the person word
    ("envoy", "officials"), else the role noun that heads an unnamed phrase ("the companies")."""
    if draft.title:
        return draft.title
    if draft.role_word:
        return draft.role_word
    if draft.name is None and draft.person is None and draft.org is None and draft.coref is None:
        return draft.head_word
    return None


def _titled_country(memory: _Memory, title: Optional[str], sentence_index: int) -> Optional[str]:
    """The country of the latest actor with this title in this or the three sentences before, named or not."""
    if title is None:
        return None
    title = TITLE_SYNONYMS.get(title, title)
    for index, other_title, actor_tuple in reversed(memory.titled):
        if sentence_index - index > 3:
            break
        if other_title == title and actor_tuple[1] is not None:
            return actor_tuple[1]
    return None


def _title_antecedent(memory: _Memory, title: Optional[str], sentence_index: int = -1) -> Optional[Actor]:
    """The one named person with this title in this sentence or the one before ('Netanyahu vowed ... The prime
    minister said' is Netanyahu, though the article named Mikati more); else the named person with this title
    the article talks about most, the first named on a tie ('the president' -> Hassan Rouhani in an article
    about his visit to Putin)."""
    if title is None:
        return None
    title = TITLE_SYNONYMS.get(title, title)
    recent = {actor.name: actor for index, actor, role, _ in memory.people
              if role and TITLE_SYNONYMS.get(role, role) == title and 0 <= sentence_index - index <= 1}
    if len(recent) == 1:
        return next(iter(recent.values()))
    counts: dict[str, list] = {}
    for order, (_, actor, role, _) in enumerate(memory.people):
        if role and TITLE_SYNONYMS.get(role, role) == title:
            entry = counts.setdefault(actor.name, [0, -order, actor])
            entry[0] += 1
    if not counts:
        return None
    return max(counts.values(), key=lambda e: (e[0], e[1]))[2]


def _verbs_of(tokens: _Tokens, token: int) -> frozenset:
    """The verb an object hangs on, through a preposition ("called on him"), and the verbs that verb completes
    ("ordered police to arrest him"): their subjects are not who the object pronoun means."""
    verb = tokens.head[tokens.head[token]] if tokens.dep[token] == "pobj" else tokens.head[token]
    verbs = {verb}
    while tokens.dep[verb] == "xcomp" and tokens.head[verb] != verb:
        verb = tokens.head[verb]
        verbs.add(verb)
    return frozenset(verbs)


def _pronoun_antecedent(memory: _Memory, sentence_index: int, tokens: _Tokens,
                        clause: Optional[frozenset] = None) -> Optional[Actor]:
    """'he'/'she': the latest person named earlier in the same sentence; else the person who is
    the subject of the previous sentence, or the only person named in it. Otherwise nothing.
    'him'/'her' (``clause``: the verbs they are the object of) are not the subject of those verbs (nor the noun a
    relative clause among them describes: "Papandreou, who had telephoned him"); of the others, a subject wins
    ("Morales landed in Mexico after the government of Lopez Obrador granted him asylum")."""
    same = [(actor, token) for s, actor, _, token in memory.people if s == sentence_index
            and not (clause is not None and (tokens.head[token] in clause and tokens.dep[token] in SUBJECT_DEPS
                                             or any(tokens.dep[v] == "relcl" and tokens.head[v] == token for v in clause)))]
    subjects = [actor for actor, token in same if tokens.dep[token] in SUBJECT_DEPS]
    if subjects:
        return subjects[-1]
    if same:
        return same[-1][0]
    previous = [(actor, token) for s, actor, _, token in memory.people if s == sentence_index - 1]
    for actor, token in previous:
        if tokens.dep[token] in SUBJECT_DEPS:
            return actor
    names = {actor.name for actor, _ in previous}
    if len(names) == 1:
        return previous[-1][0]
    return None


SPEAKER_CLAUSE_DEPS = frozenset({"ccomp"})


def _unnamed_speaker(tokens: _Tokens, pronoun: int, drafts: list[_Draft], sentence_index: int) -> bool:
    """Whether subject 'he'/'she' is the one who says it, a person who is no actor: the clause it is the subject of is
    what a singular common noun that no actor phrase covers says ("the woman said she had been beaten"); no person
    named before then is meant. (A speaker who is an actor, "the minister said he would ...", is left to the
    antecedent rules.)"""
    if tokens.dep[pronoun] not in SUBJECT_DEPS:
        return False
    clause = tokens.head[pronoun]
    if tokens.dep[clause] not in SPEAKER_CLAUSE_DEPS:
        return False
    verb = tokens.head[clause]
    start, _ = tokens.sentences[sentence_index]
    speaker = next((t for t in range(start, pronoun) if tokens.head[t] == verb and tokens.dep[t] == "nsubj"), None)
    if speaker is None or tokens.pos[speaker] != "NOUN" or tokens.tag[speaker] != "NN":
        return False
    return not any(d.start <= speaker < d.end for d in drafts)


def _of_person_country(draft: _Draft, drafts: list[_Draft], tokens: _Tokens, published: Optional[dt.date]
                       ) -> Optional[str]:
    """The country of the known person a role is "of" ("the government of Lopez Obrador")."""
    if draft.end + 1 >= len(tokens.norm) or tokens.norm[draft.end] != "of":
        return None
    other = next((o for o in drafts if o.start == draft.end + 1), None)
    if other is None or other.person is None or other.coref is not None:
        return None
    person = other.person.person_on(published)
    return person.resolve(published)[0] if person is not None else None


def _possessor(draft: _Draft, drafts: list[_Draft], tokens: _Tokens) -> Optional[_Draft]:
    """The named person or body just before a role with "'s" ("Saddam's forces", "Guterres' spokesman")."""
    if draft.start == 0 or tokens.norm[draft.start - 1] not in POSSESSIVE:
        return None
    for other in drafts:
        if other.end == draft.start - 1 and (other.person is not None or other.name is not None or (
                other.kind == "coref" and other.resolved_country is None and other.resolved_code)):
            return other  # (also "the bloc's leaders": the body the coreference named)
    return None


def _possessor_country(possessor: Optional[_Draft]) -> Optional[str]:
    """The country of a role's possessor ("Mobutu's army" -> ZAR)."""
    return possessor.resolved_country if possessor is not None else None


def _possessor_body(possessor: Optional[_Draft]) -> Optional[str]:
    """The code of an international official who owns a role ("Guterres' spokesman" -> IGOUNO)."""
    if possessor is None or possessor.resolved_country is not None or not possessor.resolved_code:
        return None
    return possessor.resolved_code if possessor.resolved_code[:3] in ("IGO", "NGO", "IMG") else None


def _modifier_owner(draft: _Draft, drafts: list[_Draft], tokens: _Tokens) -> Optional[_Draft]:
    """A country, capital or national body just before a role that the parse makes a modifier of it, though words
    between kept them apart ("White House national security spokesman")."""
    for other in reversed(drafts):
        if other.end > draft.start:
            continue
        if draft.start - other.end > 3:
            return None
        if other.country is not None and other.coref is None and other.person is None and other.name is None \
                and draft.start <= tokens.head[other.end - 1] < draft.end \
                and tokens.dep[other.end - 1] in ("compound", "nmod", "amod"):
            return other
        return None
    return None


def _namesake_country(country: str, listed: frozenset, draft: _Draft, drafts: list[_Draft], memory: _Memory,
                      tokens: _Tokens) -> str:
    """Which country's body a name several countries' bodies bear means: its row's country when the sentence
    names it, else the one listed country the sentence names other than as what it acts towards ("leaders in India"),
    else the dateline's when it is listed, else the one listed country the sentence names, else the listed country
    the article named most."""
    named = {d.country for d in drafts if d is not draft and d.country and d.org is None and d.coref is None}
    if country in named:
        return country
    own = listed & {d.country for d in drafts if d is not draft and d.country and d.org is None and d.coref is None
                    and not _aimed_at(d, tokens)}
    if len(own) == 1:
        return next(iter(own))
    if memory.home in listed:
        # "LAHORE, Pakistan - ... activists of the Jamaat-e-Islami party protested against overtures to New Delhi": a
        # story filed from one of the countries is of that country's body, not of one its sentence acts towards
        return memory.home
    hits = listed & named
    if len(hits) == 1:
        return next(iter(hits))
    if hits or country in memory.country_counts:
        return country
    counts = [(memory.country_counts[c][0], c) for c in listed if c in memory.country_counts]
    return max(counts)[1] if counts else country


def _aimed_at(draft: _Draft, tokens: _Tokens) -> bool:
    """Whether a mention is the object of a preposition an act is aimed with ("overtures to New Delhi", "talks with
    India", "protests against Dhaka")."""
    head = next((k for k in range(draft.start, draft.end) if not draft.start <= tokens.head[k] < draft.end), None)
    return head is not None and tokens.dep[head] == "pobj" \
        and tokens.norm[tokens.head[head]] in AIMED_PREPS


def _seat_country(tokens: _Tokens, head: int, atoms: dict) -> Optional[str]:
    """The country of the capital or country after "in" on the verb a body is the subject of ("the ministry said
    in Dhaka"), or None."""
    verb = tokens.head[head]
    for k in range(verb + 1, min(verb + 5, len(tokens.norm))):
        if tokens.head[k] != verb or tokens.norm[k] != "in" or tokens.dep[k] != "prep":
            continue
        place = k + 1 + (1 if k + 1 < len(tokens.norm) and tokens.norm[k + 1] == "the" else 0)
        kinds = _kinds(atoms[place][1]) if place in atoms else {}
        entry = kinds.get(CAPITAL) or kinds.get(COUNTRY)
        if entry is not None and tokens.head[place] == k:
            return entry.country
    return None


def _owner_pronoun(draft: _Draft, tokens: _Tokens, head: int) -> str:
    """The possessive pronoun that owns a role: its first word, or one a few describing words before it ("her
    democratically elected government"); "" when there is none."""
    if tokens.norm[draft.start] in PERSONAL_POSSESSIVES:
        return tokens.norm[draft.start]
    for k in range(max(0, draft.start - 3), draft.start):
        if tokens.dep[k] == "poss" and tokens.head[k] == head:
            return tokens.norm[k]
    return ""


def _possessive_owner(draft: _Draft, drafts: list[_Draft]) -> Optional[str]:
    """The country of the nearest earlier actor in the sentence, for a role owned by 'its'/'their'."""
    owner = None
    for other in drafts:
        if other is draft:
            break
        if other.country is not None and other.coref is None:
            owner = other.country
    return owner


def _attached_to(heads: list[int], other: _Draft, draft: _Draft) -> bool:
    """Whether another phrase hangs on a draft within three steps ("staff [at [the embassy]]")."""
    token = other.end - 1
    for _ in range(3):
        token = heads[token]
        if draft.start <= token < draft.end:
            return True
    return False


def _where_country(tokens: _Tokens, head: int, atoms: Optional[dict]) -> Optional[str]:
    """The country of the place a "where" clause describes, for a role acting in it ("rioting in the capital,
    Honiara, where protesters burned buildings" -> SLB; "in Caracas, where police fired tear gas" -> VEN): the role
    is where its clause says, not of the country named last before it."""
    if not atoms:
        return None
    verb = _clause_verb_index(tokens, head)
    if tokens.dep[verb] != "relcl" or not any(
            tokens.norm[k] == "where" and tokens.head[k] == verb for k in range(max(0, verb - 8), verb)):
        return None
    place = tokens.head[verb]
    # "the capital, Honiara, where": the name apposed to the place noun, or the place noun's own name
    for k in (place, place + 2 if place + 2 < len(tokens.norm) and tokens.norm[place + 1] == "," else place):
        start = next((i for i, (stop, _) in atoms.items() if i <= k < stop), None)
        if start is None:
            continue
        kinds = _kinds(atoms[start][1])
        entry = kinds.get(CAPITAL) or kinds.get(COUNTRY)
        if entry is not None and entry.country:
            return entry.country
    return None


def _borrow_country(draft: _Draft, drafts: list[_Draft], heads: list[int], modifier_only: bool = False,
                    story: Optional[str] = None) -> Optional[str]:
    """A state sector word alone ("the presidential office", "bombers") takes the country of the
    nearest earlier actor in the sentence that has a country and a sector; armed groups and the
    opposition do not (they are usually the other side). When several such actors of several countries come before it
    and one is of the country the story is about (``story``), that one: a role of the story's country is named more
    often than one of the other party's."""
    if draft.sector in NO_BORROWING:
        return None
    best = None
    lenders = set()
    named = {other.country for other in drafts if other.country and other.sector is None and other.org is None
             and other.coref is None}
    for other in drafts:
        if other is draft:
            break
        if other.country is None or other.coref is not None:
            continue
        if other.head_word in MISSION_NOUNS and not _attached_to(heads, other, draft):
            # "rallied outside the French embassy before security forces dispersed them": an embassy stands abroad
            # ("diplomats at the British embassy" are its staff)
            continue
        if draft.sector in STATE_SECTORS and other.org is not None and other.sector in NO_BORROWING \
                and named - {other.country}:
            # "Israel recalled its team after talks with Hamas ..., the prime minister's office said": an armed group
            # or party does not make a state office its country's when the sentence names another country (with
            # none, "President X conceded to demands from UNITA" is Angola's)
            continue
        if draft.sector == "CVL" and other.sector in ARMED_LENDERS and heads[draft.end - 1] != other.end - 1:
            # "Palestinian suicide bombers killed 23 people in Tel Aviv": the people are their victims, not their
            # compatriots (unless coordinated with them: "Israeli soldiers and civilians")
            continue
        if other.sector is not None and not modifier_only or draft.start <= heads[other.end - 1] < draft.end:
            # An actor with a sector, or a demonym modifying this very noun ("Russian Tupolev bombers").
            best = other.country
            if not modifier_only:
                lenders.add(other.country)
    if story is not None and best != story and story in lenders:
        return story
    return best


def _organization_antecedent(draft: _Draft, tokens: _Tokens, memory: _Memory, sentence_index: int) -> Optional[tuple]:
    """'the group' / 'the militant group' -> the armed group named in the last few sentences;
    'the bloc' / 'the agency' / 'the council' -> the international body named last."""
    if not draft.definite or draft.country is not None or draft.name is not None or draft.possessor_title is not None:
        return None
    noun = tokens.norm[draft.end - 1]
    armed = noun in ARMED_GROUP_NOUNS and draft.sector in (None, "INS", "REB", "SEP")
    body = noun in BODY_NOUNS and draft.sector in (None, "HRI")  # "the watchdog" is an HRI word too
    # "The International Court of Justice ruled ... the court's president": the court named before, unless a court
    # the dictionary does not list ("Kenya's High Court") was named since
    court = noun in COURT_NOUNS and draft.sector == "JUD"
    if not (armed or body or court):
        return None
    for seen, actor in reversed(memory.organizations):
        if sentence_index - seen > 4:
            break
        code, _, sector, _, _ = actor
        if armed and (code.startswith("IMG") or sector in ("INS", "REB", "SEP")):
            return actor
        if body and code.startswith(("IGO", "NGO")):
            return actor
        if court and sector == "JUD":
            later = [index for index, role, _ in memory.roles if role == "JUD" and index > seen]
            return None if later else actor
    return None


def _led_antecedent(draft: _Draft, tokens: _Tokens, memory: _Memory, sentence_index: int) -> Optional[tuple]:
    """'the coalition' -> the leading country of the latest 'Saudi-led coalition' of the last four sentences."""
    noun = tokens.norm[draft.end - 1]
    for seen, led, actor in reversed(memory.led):
        if sentence_index - seen > 4:
            break
        if led == noun:
            return actor
    return None


def _represented_body(draft: _Draft, drafts: list[_Draft], tokens: _Tokens, memory: _Memory,
                      sentence_index: int) -> Optional[tuple]:
    """'a spokesman for the militant group', 'negotiators for the bloc': the organisation that noun refers back to."""
    if draft.country is not None or draft.name is not None or draft.end + 1 >= len(tokens.norm) \
            or tokens.norm[draft.end] != "for" or tokens.norm[draft.end - 1] not in AGENT_WORDS:
        return None
    body = next((other for other in drafts if other.start == draft.end + 1), None)
    if body is None:
        return None
    return _organization_antecedent(body, tokens, memory, sentence_index)


# Sectors a title in the text gives a person out of office ("opposition leader", "Senator"); a state title ("President
# X" after X's term) may be old, and is not trusted over the dates.
NON_STATE_TITLES = frozenset({"OPP", "PTY", "LEG", "REB", "INS", "HRI", "NGO", "MED", "EDU", "LAB", "REL", "BUS"})


# Sectors that refer back to one another: "Tamil Tigers ... the rebels", "the Taliban ... the insurgents".
ROLE_FAMILIES = ({"REB", "INS", "SEP", "UAF"}, {"MIL"}, {"COP"})


def _role_antecedent(memory: _Memory, sector: str, sentence_index: int) -> Optional[str]:
    """The country of the latest actor of the same kind of role in this or the three sentences before,
    for a definite role ("the rebels") that the sentence gives no country."""
    family = next((f for f in ROLE_FAMILIES if sector in f), None)
    if family is None:
        return None
    for index, other_sector, country in reversed(memory.roles):
        if sentence_index - index > 3:
            break
        if other_sector in family:
            return country
    return None


def _story_country(memory: _Memory) -> Optional[str]:
    """The country the article is clearly about so far: of the actors it names with a country of their own (news
    outlets, borrowed and coreferring roles do not count), at least three of that country and twice the runner-up; the
    dateline's country counts once more."""
    counts = dict(memory.own_counts)
    if memory.home:
        counts[memory.home] = counts.get(memory.home, 0) + 1
    return clear_leader(counts)


def _article_country(draft: _Draft, memory: _Memory) -> Optional[str]:
    """For state sectors with no country in the sentence ("the military said"): the country the
    article is clearly about so far (at least three mentions and twice the runner-up), else None."""
    if draft.sector not in STATE_SECTORS:
        return None
    return clear_leader({country: count for country, (count, _) in memory.country_counts.items()})


def _span_head(tokens: _Tokens, start: int, end: int) -> int:
    """The token of the span whose syntactic head lies outside it (the last such nominal)."""
    heads = tokens.head
    candidates = [k for k in range(start, end) if heads[k] < start or heads[k] >= end or heads[k] == k]
    if not candidates:
        return end - 1
    for k in reversed(candidates):
        if tokens.pos[k] in ("NOUN", "PROPN", "PRON", "NUM"):
            return k
    return candidates[-1]


def mentions_at(mentions: list[ActorMention], token: int) -> list[ActorMention]:
    """Every mention covering a token index (several for compound mentions like 'the two sides')."""
    return [m for m in mentions if m.token_start <= token < m.token_end]


def attached_mentions(mentions: list[ActorMention], mention: ActorMention, document: Document) -> list[ActorMention]:
    """Other mentions that belong to the same actor phrase through syntax: coordinated country
    adjectives ("The Iranian [and Russian presidents]" -> the "Iranian" mention for the
    "Russian presidents" mention) and conjoined actors ("Iran and Russia" -> "Russia" for "Iran").
    """
    doc = document.doc
    found = []
    for other in mentions:
        if other is mention or other.token_start == mention.token_start:
            continue
        token = doc[other.head]
        if token.dep_ in ("amod", "compound", "nmod", "conj") and mention.token_start <= token.head.i < mention.token_end:
            found.append(other)
    return found
