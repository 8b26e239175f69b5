"""Countries for actors the text names only by role ("police", "the government", "protesters").

A sector-only actor ("COP") says little to an analyst; the article usually says whose it is.
Cautious rules, in order:

0. A place the role is in or from gives its country: "demonstrators in Baghdad" -> IRQCVL,
   "farmers from the Kenyan highlands" -> KENAGR, even when the sentence names other countries.
1. In a sentence whose country actors all share one country, domestic roles (government,
   police, courts, opposition, business, civilians, ...) belong to that country: "Thai police
   arrested protest leaders" gives the leaders THA; armed roles may be foreign ("The Mozambique
   government accepted demands from rebels" leaves the rebels alone), and so do rights groups,
   which speak about others. A whole country that the role's own clause acts on does not count
   ("Archbishop X called for sanctions against Nigeria": the archbishop is not Nigerian).
   Before this rule, without a dateline, a local role (opposition, civilians, police, ...) takes
   the one country the locative phrases of its clause name, when it is the subject or the sentence
   names no other country ("people blocked streets in Hong Kong in defiance of Chinese authorities").
2. Otherwise the dateline's country ("BANGKOK –") gives any role in a sentence that names no
   other country.

Leaving a country empty is better than a wrong one: each rule gives up when in doubt.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cache
from typing import Callable, Optional

from ..columns import columns_of
from ..records import ActorMention, Document

# Roles that are almost always of the country the sentence is about; armed roles are not.
DOMESTIC_SECTORS = frozenset({
    "GOV", "COP", "OPP", "JUD", "LEG", "BUS", "MED", "CVL", "EDU", "LAB", "PTY", "HLH", "ELI", "CRM",
    "AGR", "DEV", "ENV", "REL", "SPY", "MOD", "RAD", "IND",
})
# Verbs whose "to" phrase is a destination ("go to Zimbabwe"), not a target.
MOTION_VERBS = frozenset({"go", "come", "travel", "return", "fly", "move", "flee", "arrive", "head", "walk", "drive"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Prepositions whose object is what an act is aimed at ("sanctions against Nigeria").
TARGET_PREPS = frozenset({"against", "on", "upon", "toward", "towards", "to", "with", "over"})
# Codes of actors that belong to no country.
TRANSNATIONAL_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UNO", "NGM"})
# (the parser's entity labels of places, where a city is looked up)
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})


def dateline_country(document: Document, dictionary) -> Optional[str]:
    """The ISO-3 country of the dateline place, trying its parts from the most general ("Ukraine")."""
    place = document.dateline
    if not place:
        return None
    for part in reversed([p.strip() for p in place.split(",")]):
        code = dictionary.country_code(part) or dictionary.country_code(part.title()) or dictionary.city_country(part)
        if code:
            return code
    return None


def _with_country(mention: ActorMention, country: str, rest: Optional[str] = None) -> ActorMention:
    """The mention as of ``country``: the country's code before the actor's own code (or before ``rest``)."""
    code = country + (mention.actor.code if rest is None else rest)
    return replace(mention, actor=replace(mention.actor, country=country, code=code))


def _without_country(mention: ActorMention) -> ActorMention:
    """The role without the country it borrowed: its sector alone."""
    return replace(mention, actor=replace(mention.actor, country=None, code=mention.actor.sector))


def _borrowed_country(mention: ActorMention) -> bool:
    """Whether a role's code is a country and its sector alone, as when it took the country from its sentence (the
    rules taking it back also ask names_no_country)."""
    country = mention.actor.country
    return bool(country) and mention.actor.code == country + (mention.actor.sector or "")


def _sentence_start(starts: list[int], index: int) -> int:
    """The first token of the sentence holding token ``index``, given every sentence's first token in order."""
    return starts[bisect.bisect_right(starts, index) - 1]


def _sentence_of(starts: list[int], index: int, size: int) -> range:
    """The tokens of the sentence holding token ``index`` (as ``Token.sent``), given every sentence's first token in
    order and the document's length."""
    k = bisect.bisect_right(starts, index)
    return range(starts[k - 1], starts[k] if k < len(starts) else size)


def _sentences_between(starts: list[int], first: int, last: int) -> int:
    """How many sentence breaks lie between two tokens."""
    return bisect.bisect_right(starts, last) - bisect.bisect_right(starts, first)


def _needs_country(mention: ActorMention) -> bool:
    actor = mention.actor
    return actor.country is None and actor.sector is not None and actor.code[:3] not in TRANSNATIONAL_PREFIXES


# Prepositions whose object is where something happens: "a rally in Lagos".
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "throughout", "across"})
# Roles whose country the place of their act suggests (not officials, who travel: "met in Geneva").
LOCAL_SECTORS = frozenset({"OPP", "CVL", "COP", "JUD", "BUS", "LAB", "EDU", "AGR", "PTY", "HLH", "CRM", "REL"})
# State bodies (not people) whose statements are made at home: "the interior ministry said in Cairo".
SEATED_BODIES = frozenset({"ministry", "government", "military", "army", "cabinet", "presidency", "junta",
                           "police", "navy", "parliament", "court"})
# Prepositions that tie a role to a place: "protesters in Cairo", "refugees from Darfur".
PLACE_PREPS = frozenset({"in", "from", "of", "inside", "across", "throughout"})


# Place nouns a name may stand beside: "in the capital, Kinshasa,".
PLACE_NOUNS = frozenset({"capital", "city", "town", "port", "village", "province", "region", "state"})


def _phrase_country(obj, dictionary) -> Optional[str]:
    """The country a place noun names, with its compound words ("West Bank", "the Kenyan highlands")."""
    names = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
    if obj.lower_ == "america" and any(name.lower_ in ("central", "latin", "south", "north") for name in names):
        return None  # "leaders of Central America": a region, not the United States
    phrase = " ".join(t.text for t in [*names, obj])
    for text in (phrase, obj.text):
        code = dictionary.country_code(text) or dictionary.city_country(text)
        if code:
            return code
    if obj.lower_ in ("border", "borders", "frontier", "frontiers", "border area", "boundary"):
        return None  # "near the Iraqi border": beside the country, maybe not in it
    # "In the capital, Kinshasa, protesters ...": the name beside the place noun says where (the parser may hang the
    # name elsewhere: the comma and the name right after the noun)
    apposed = [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if obj.i + 2 < len(obj.doc) and obj.doc[obj.i + 1].text == "," and obj.doc[obj.i + 2].pos_ == "PROPN" \
            and obj.lower_ in PLACE_NOUNS:
        apposed.append(obj.doc[obj.i + 2])
    for name in apposed:
        code = dictionary.country_code(name.text) or dictionary.city_country(name.text)
        if code:
            return code
    for modifier in obj.children:
        if modifier.dep_ in ("amod", "compound") and modifier.i < obj.i:
            code = dictionary.country_code(modifier.text)
            if code:
                return code
    return None


def _clause_role(token) -> str:
    """The dependency a phrase has in its clause, also inside a quantity ("Hundreds of thousands of people")."""
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
    return token.dep_


def _is_subject(token) -> bool:
    """A subject, also inside a quantity ("Hundreds of thousands of people blocked ...")."""
    return _clause_role(token) in SUBJECT_DEPS


def clause_verb(token):
    """The verb of the clause a token is in: its nearest verb ancestor (or the root when there is none)."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


# Dependents that open a clause of their own: what a speaker reports ("..., the cabinet said") is not where it speaks.
OTHER_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "advcl", "xcomp", "conj", "relcl", "acl"})


def _in_own_clause(token, verb) -> bool:
    """Whether ``token`` hangs on ``verb`` without crossing into another clause."""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in OTHER_CLAUSE_DEPS:
            return False
        token = token.head
    return token.i == verb.i


def clause_place_country(doc, mention: ActorMention, dictionary, own_clause_only: bool = False) -> Optional[str]:
    """The one country that the locative phrases of a role's clause name ("Leaders ... agreed to
    postpone the demonstration in Baku" -> AZE), or None when there are none or several; with ``own_clause_only``,
    not those of a clause it governs ("Egypt asked ... over the war in Ukraine, the cabinet said")."""
    verb = clause_verb(doc[mention.head])
    found = set()
    for token in verb.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS \
                and (not own_clause_only or _in_own_clause(token, verb)):
            # "in Somalia and Sudan", "in South Africa, Kenya and Ghana": every place counts.
            for place in (token, *token.conjuncts):
                if place.lemma_.lower() in MISSION_NOUNS:
                    continue  # "rallied outside the French embassy in Niamey": an embassy stands abroad
                code = _phrase_country(place, dictionary)
                if code:
                    found.add(code)
    return next(iter(found)) if len(found) == 1 else None


def place_country(token, dictionary, depth: int = 2, preps: frozenset = PLACE_PREPS) -> Optional[str]:
    """The country of a place phrase attached to ``token`` by in/from/of (or ``preps``): "in Baghdad", "of the Syrian
    Golan", also one phrase further down ("leaders of the opposition coalition in Baku")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            code = _phrase_country(obj, dictionary)
            if code:
                return code
            if depth > 1:
                code = place_country(obj, dictionary, depth - 1, preps)
                if code:
                    return code
    return None


# Verbs of coming from somewhere: "militants crossing from Syria" came from Syria.
ORIGIN_PREPS = frozenset({"from"})
ORIGIN_VERBS = frozenset({"cross", "come", "infiltrate", "arrive", "enter", "sneak", "slip", "advance", "move"})


def _origin_country(token, dictionary) -> Optional[str]:
    """The country a role is said to come from by a verb describing it: "militants crossing from Syria" -> SYR."""
    for verb in token.children:
        if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in ORIGIN_VERBS:
            code = place_country(verb, dictionary, depth=1, preps=ORIGIN_PREPS)
            if code:
                return code
    return None


def _ethnic_residence(doc, mention: ActorMention, dictionary) -> Optional[str]:
    """'ethnic Albanians in south Serbia', 'the Albanians of southern Serbia', 'ethnic Albanian
    guerrillas operating in Macedonia': an ethnic group named with the place it lives or acts in is
    coded by that country, as CAMEO codes residents; None when nothing says so."""
    actor = mention.actor
    if not actor.country or mention.kind not in ("country", "sector"):
        return None
    head = doc[mention.head]
    before = doc[mention.token_start - 1] if mention.token_start > 0 else None
    ethnic = before is not None and before.lower_ == "ethnic"
    if actor.sector and not ethnic:
        return None  # "Russian troops in Syria" stay Russian; "ethnic Albanian guerrillas" need not
    if not actor.sector and head.tag_ != "NNPS" and not head.text.endswith("s"):
        return None  # a plural people ("Albanians"), not the country or an adjective
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if not (ethnic or has_of):
        return None
    country = place_country(head, dictionary, depth=1)
    if country is None and ethnic:
        # "guerrillas operating in Macedonia"; "killed three ethnic Albanians in a gunbattle in Serbia"
        verbs = [c for c in head.children if c.dep_ in ("acl", "relcl")]
        if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
            verbs.append(head.head)
        for verb in verbs:
            country = place_country(verb, dictionary, depth=2)
            if country:
                break
    return country if country and country != actor.country else None


# Nouns for a people living somewhere: "the Albanian population of the province", "the Turkish minority in Bulgaria".
ETHNIC_GROUP_NOUNS = frozenset({"minority", "minorities", "population", "populations", "community", "communities",
                                "inhabitants"})


def _ethnic_elsewhere(doc, mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """Whether a people named by a country's word lives elsewhere, though no place says where: "ethnic Albanians",
    "ethnic Turks" (always), "the Albanian population", "the Russian minority" (when the sentence names another
    country)."""
    actor = mention.actor
    if not actor.country or mention.kind not in ("country", "sector"):
        return False
    if mention.token_start > 0 and doc[mention.token_start - 1].lower_ == "ethnic":
        return actor.sector is not None or doc[mention.head].tag_ in ("NNS", "NNPS")  # a people, not a language
    head = doc[mention.head]
    if actor.sector != "CVL" or head.lemma_.lower() not in ETHNIC_GROUP_NOUNS \
            or not any(t.ent_type_ == "NORP" for t in doc[mention.token_start : mention.token_end]):
        return False
    sentence = head.sent
    return any(other.actor.country not in (None, actor.country) and sentence.start <= other.token_start < sentence.end
               for other in mentions)


def _may_give_country(doc, giver: ActorMention, role: ActorMention) -> bool:
    """Whether a country actor of the sentence may give its country to a role: not a whole country
    that the role's own clause acts on, nor a word that only describes what the role acts on."""
    if _describes_what_the_role_acts_on(doc, giver, role):
        return False
    if not _is_country_target(doc, giver):
        return True
    verb = clause_verb(doc[role.head])
    above_target = {t.i for t in doc[giver.head].ancestors}
    # Inside the role's own phrase ("the sanctions committee on Iran") it still describes the role.
    return verb.i not in above_target or role.head in above_target


# State bodies: protesters who act against a country's police or government are usually of that country
# (also used by find.py).
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})
# Roles that take the country a whole article is clearly about when neither their sentence nor a dateline names one
# (not firms: a business with no country marks a business story for the events stage).
STORY_SECTORS = (DOMESTIC_SECTORS | STATE_SECTORS) - {"BUS"}
# Armed groups of no state, of the country the story is about when their sentence names no other.
REBEL_SECTORS = frozenset({"REB", "INS"})
# Words of a sentence that speaks of more than one country.
CONTINENT_WORDS = frozenset({"africa", "asia", "europe", "continent", "worldwide", "globally"})
ARMED_ROLE_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF"})
# Missions abroad: "stormed the Israeli embassy" says nothing of who stormed it.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})


def _describes_what_the_role_acts_on(doc, giver: ActorMention, role: ActorMention) -> bool:
    """A subject role is not of the country of what its verb acts on when that is not a state body:
    "hackers defaced Danish Web sites", "police arrested dozens of Afghan migrants" (but "students protested
    against the Thai government" are Thai). (An embassy gives its subject no country before this is asked:
    the caller leaves out missions that do not hang on the role.)"""
    role_head = doc[role.head]
    if not _is_subject(role_head) or role.actor.sector in ARMED_ROLE_SECTORS:
        return False  # "Kurdish guerrillas attacked a Turkish army post": insurgents fight at home
    verb = clause_verb(role_head)
    token = doc[giver.head]
    top = token
    while top.head.i != top.i and top.head.i != verb.i:
        top = top.head
    if top.head.i != verb.i or top.i == verb.i:
        return False
    if not (top.dep_ == "dobj" or top.dep_ == "prep" and top.lower_ in TARGET_PREPS | {"at"}):
        return False
    if token.dep_ in ("amod", "compound"):
        return True  # a word describing the thing acted on ("Danish Web sites", "Israeli government websites")
    return giver.actor.sector is not None and giver.actor.sector not in STATE_SECTORS


def _is_country_target(doc, mention: ActorMention) -> bool:
    """A whole country named as what a verb acts on ("called for sanctions against Nigeria",
    "criticised Nigeria"): usually acted on from abroad, so its country says nothing about the
    roles that act; a locative phrase ("in Haiti") or a sector actor ("Chilean officials") does."""
    actor = mention.actor
    if actor.sector is not None or mention.kind != "country":
        return False
    token = doc[mention.head]
    if token.dep_ == "dobj":
        return True
    if token.dep_ != "pobj" or token.head.lower_ not in TARGET_PREPS:
        return False
    # "when you go to Zimbabwe": a destination is a place, not what is acted on.
    return token.head.head.lemma_ not in MOTION_VERBS


# Ethnic, religious and ideological words that tie a group to the country it lives in without naming it
# ("Kurdish guerrillas" may be Turkish, Iraqi, Iranian or Syrian: the sentence decides).
LOCAL_GROUP_WORDS = frozenset({
    "kurdish", "shiite", "shi'ite", "shia", "sunni", "hutu", "tutsi", "druze", "moslem", "muslim", "islamic",
    "islamist", "christian", "hindu", "maoist", "naxalite", "tuareg", "pashtun", "baluch", "baloch", "berber",
    "tribal", "mujahideen", "mujahedeen", "mujahedin", "protestant", "catholic", "loyalist", "republican",
    "separatist", "secessionist", "ethnic", "tribesmen", "clan", "warlord", "communist", "leftist", "rightist",
    "right-wing", "left-wing", "fundamentalist",
})


FOLLOWER_NOUNS = frozenset({"supporters", "followers", "loyalists", "partisans", "sympathizers", "sympathisers"})
FOREIGN_NOUNS = frozenset({"tourist", "tourists", "foreigner", "foreigners", "expatriate", "expatriates", "expat", "expats"})
FOREIGN_MODIFIERS = frozenset({"foreign", "western", "overseas", "visiting", "international"})
FOREIGN_OFFICE_NOUNS = frozenset({"ministry", "office", "service", "department", "affairs", "committee", "intelligence"})


# Where people come from that is no one country: "activists from Europe", "volunteers from abroad".
# ("the west" and "the region" are as often parts of the country itself: "farmers from the west marched on Nairobi")
ABROAD_WORDS = frozenset({"abroad", "overseas", "europe", "africa", "asia", "latin", "world", "continent", "countries"})


# A state deports only foreigners ("deported the activists"); it expels or extradites its own too ("expelled two
# lawmakers", "extradited drug traffickers"), foreigners only when their noun says so.
DEPORT_VERBS = frozenset({"deport"})
EXPULSION_VERBS = frozenset({"expel", "extradite"})
EXPELLED_FOREIGN_NOUNS = frozenset({"diplomat", "foreigner", "national", "migrant"})
# Vessels whose passengers come from abroad to the state that stops them: "activists aboard the flotilla" (those
# merely "on boats" may be at home: "fishermen on boats protested").
VESSEL_NOUNS = frozenset({"flotilla", "ship", "boat", "vessel", "yacht"})
FLOTILLA_NOUNS = frozenset({"flotilla"})
# Sectors whose people on a vessel are the state's own crews: "police aboard boats searched the lake".
CREW_SECTORS = frozenset({"COP", "MIL", "GOV"})


def _on_foreign_vessel(head) -> bool:
    """'activists aboard the ship', 'activists on the flotilla': people sailing to the country that stops them."""
    return any(prep.dep_ == "prep" and obj.dep_ == "pobj"
               and (prep.lower_ == "aboard" and obj.lemma_.lower() in VESSEL_NOUNS
                    or prep.lower_ in ("aboard", "on", "from") and obj.lemma_.lower() in FLOTILLA_NOUNS)
               for prep in head.children for obj in prep.children)


def _foreign_by_definition(head, sector: Optional[str]) -> bool:
    """A role that says its people are foreign to where they are: "tourists", "foreign workers", "activists from
    Europe", "volunteers from abroad", those a state deports, activists aboard a flotilla."""
    if head.lower_ in FOREIGN_NOUNS:
        return True
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and any(
                word.lower_ in ABROAD_WORDS for obj in prep.children for word in [obj, *obj.children]
                if word.dep_ in ("pobj", "pcomp", "advmod", "compound", "amod")):
            return True
    if head.dep_ in ("dobj", "nsubjpass") and (
            head.head.lemma_.lower() in DEPORT_VERBS
            or head.head.lemma_.lower() in EXPULSION_VERBS and head.lemma_.lower() in EXPELLED_FOREIGN_NOUNS):
        return True  # "Israel deported the activists", "expelled two diplomats": not the state's own
    if sector not in CREW_SECTORS and _on_foreign_vessel(head):
        return True  # "activists aboard the flotilla" sail from abroad to the country that stops them
    if head.lemma_.lower() in FOREIGN_OFFICE_NOUNS:
        return False  # "the foreign ministry", "the foreign service": a government's own office
    return any(child.dep_ in ("amod", "compound") and child.lower_ in FOREIGN_MODIFIERS for child in head.children)


def _loyal_to_country(doc, mention: ActorMention, mentions: list[ActorMention]) -> Optional[str]:
    """The country of the person or country a role is "loyal to" ("troops loyal to Mobutu"), or of the
    person whose followers it is ("supporters of Aristide")."""
    head = doc[mention.head]
    preps = [(prep, "to") for child in head.children if child.lower_ in ("loyal", "faithful") for prep in child.children]
    preps += [(prep, "of") for prep in head.children if head.lower_ in FOLLOWER_NOUNS]
    for prep, word in preps:
        if prep.dep_ != "prep" or prep.lower_ != word:
            continue
        for obj in prep.children:
            for other in mentions:
                if other.head == obj.i and other.actor.country and (word == "to" or other.kind in ("person", "coref")):
                    return other.actor.country
    return None


def _has_local_group_word(doc, mention: ActorMention) -> bool:
    """Whether an ethnic, religious or ideological word describes the role ("Kurdish guerrillas")."""
    head = doc[mention.head]
    words = [t for t in doc[mention.token_start : mention.token_end]]
    words += [child for child in head.children if child.dep_ in ("amod", "compound") and child.i < mention.token_start]
    if mention.token_start > 0 and doc[mention.token_start - 1].lower_ == "ethnic":
        words.append(doc[mention.token_start - 1])  # "Ethnic Albanian rebels" ("ethnic" hangs on the demonym)
    return any(token.lower_ in LOCAL_GROUP_WORDS for token in words)


# Armed men the text does not identify ("gunmen", "assailants"), unlike rebels or soldiers who may be foreign.
UNIDENTIFIED_ARMED = frozenset({"UAF"})


def _conjunct_country(doc, mention: ActorMention, others: list[ActorMention]) -> Optional[str]:
    """The country of a state actor (government, police, army, ...) the role is coordinated with by "and"."""
    head = doc[mention.head]
    if head.dep_ != "conj":
        return None
    for other in others:
        if other.head == head.head.i and other.actor.sector in STATE_SECTORS and other.actor.country:
            return other.actor.country
    return None


# Verbs of violence done to people: their object is a victim, whose country is rarely its attacker's.
VIOLENT_VERBS = frozenset({"kill", "attack", "shell", "bomb", "shoot", "wound", "injure", "massacre", "slaughter",
                           "murder", "behead", "torture", "abduct", "kidnap", "assault", "stab", "maim", "rape",
                           "execute", "target"})
# Nouns that make "take"/"hold" a seizure of people: "took dozens of soldiers captive".
CAPTIVE_WORDS = frozenset({"captive", "hostage", "hostages", "prisoner", "prisoners"})
# Clauses through which an act without a subject of its own has its doer above it: "Moscow denied killing civilians".
DOER_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "dobj", "pcomp"})


def _is_victim(token) -> bool:
    """Whether a noun is what a violent act is done to: the object of a violent verb ("killed 12 civilians",
    "civilians were shot"), of "took ... captive", or a noun that a violent "-ing" word describes (the parser's
    reading of "denied killing civilians")."""
    columns = columns_of(token.doc)  # (asked of every role: its children's labels from the columns)
    dep, tag, lemma = columns.dep, columns.tag, columns.lemma_id
    if any(dep[c] in ("amod", "compound") and tag[c] == "VBG" and columns.string(lemma[c]).lower() in VIOLENT_VERBS
           for c in columns.children(token.i)):
        return True
    if token.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = token.head.lemma_.lower()
    return verb in VIOLENT_VERBS or verb in ("take", "hold") and any(c.lower_ in CAPTIVE_WORDS
                                                                     for c in token.head.children)


def _victim_doers(doc, head: int) -> Optional[set[int]]:
    """For a role (by its head token) that a violent act is done to, the tokens of who did it: the act's subject or
    agent, the subject of a clause above an act without one ("Moscow denied killing civilians"), the accused of
    "accused Russia of killing"; an empty set when nobody is named, None for a role that is no victim."""
    token = doc[head]
    while token.dep_ in ("pobj", "prep", "conj", "appos") and token.head.i != token.i:
        token = token.head  # "dozens of civilians", "soldiers and policemen"
    if not _is_victim(token):
        return None
    verb = token.head
    while True:
        doers = {t.i for child in verb.children if child.dep_ in ("nsubj", "agent") for t in child.subtree}
        if doers or verb.head.i == verb.i or verb.dep_ not in DOER_CLAUSE_DEPS:
            return doers
        if verb.dep_ != "pcomp":
            verb = verb.head  # "denied killing civilians": the denier
        elif verb.head.lower_ == "of":
            # "accused Russia of killing civilians": the accused did it
            return {t.i for c in verb.head.head.children if c.dep_ == "dobj" for t in c.subtree}
        else:
            verb = verb.head.head  # "denied responsibility for killing": past the preposition


# Doers of violence that act in their own country: police and courts.
HOME_ACTING_SECTORS = frozenset({"COP", "JUD"})


def _acts_at_home(doc, doer: ActorMention, home: Optional[str], story_country: Callable[[], Optional[str]],
                  victim: ActorMention, dictionary, local_dateline: bool) -> bool:
    """Whether the doer of a violent act may be of the country where it acts: police and courts, the dateline's
    country, else (with no dateline) the whole story's (the story of a war names the invader most); with neither, it
    may (armies mostly kill at home: "the military killed protesters"). A dateline of another country overrules the
    doer only when the victim's sentence names a place of another country than the doer's, the doer came from
    elsewhere ("gunmen crossing from Iraq"), or the dateline names its country ("BUCHA, Ukraine": a reporter on the
    spot) and either the sentence names no country but the dateline's or the whole story is of the dateline's country:
    a bare city's, and a town of a regional bureau ("NAIROBI, Kenya (AP) - Ethiopian soldiers killed 12 protesters"),
    may file news of a neighbour ("BEIRUT (Reuters) - Syrian troops killed 20 civilians" are Syria's)."""
    country = doer.actor.country
    if doer.actor.sector in HOME_ACTING_SECTORS:
        return True
    if home is None:
        where = story_country()
        return where is None or country == where
    if country == home:
        return True
    if _came_from(doc[doer.head]):
        return False
    # (a state that denies or orders from afar, "Moscow denied shooting villagers", names no place of the act but
    # its own name; soldiers named by their nationality, "Ugandan soldiers", are of another country than the
    # dateline's here, so only a story of the dateline's country overrules them)
    if local_dateline and (doer.kind in ("country", "capital")
                           and not _sentence_countries(doc, victim, dictionary, doer) - {home}
                           or story_country() == home):
        return False
    return not (_sentence_countries(doc, victim, dictionary) - {country})


def _came_from(token) -> bool:
    """Whether a token is the place in "crossing from Iraq", "militants who came from Afghanistan"."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in ORIGIN_VERBS


def _sentence_countries(doc, mention: ActorMention, dictionary, besides: Optional[ActorMention] = None) -> set[str]:
    """The countries of the places and countries a role's sentence names (not inside the mention ``besides``)."""
    countries = set()
    for ent in doc[mention.head].sent.ents:
        if besides is not None and ent.start < besides.token_end and besides.token_start < ent.end:
            continue
        if ent.label_ in ("GPE", "LOC", "NORP"):
            code = dictionary.country_code(ent.text) or dictionary.city_country(ent.text)
            if code:
                countries.add(code)
    return countries


def _dateline_names_country(document: Document, dictionary) -> bool:
    """Whether the dateline names its country after its town ("BUCHA, Ukraine"): a reporter on the spot, not a
    regional bureau ("BEIRUT (Reuters)" files news of Syria too)."""
    place = document.dateline
    parts = [p.strip() for p in place.split(",")] if place else []
    return any(dictionary.country_code(part) or dictionary.country_code(part.title()) for part in parts[1:])


def _unborrow_victim(doc, mention: ActorMention, victim_doers: Callable[[int], Optional[set[int]]],
                     mentions: list[ActorMention], dictionary, home: Optional[str],
                     story_country: Callable[[], Optional[str]], local_dateline: bool) -> ActorMention:
    """A victim whose own words name no country and who got its attacker's country from the sentence ("Moscow denied
    killing civilians" -> RUS) loses it, for the rules below to give it the place's, the dateline's or the story's.
    ``victim_doers``: who did the violence to a word (``_victim_doers``, cached: asked again below)."""
    if not _borrowed_country(mention):
        return mention
    doers = victim_doers(mention.head)
    if not doers or not names_no_country(doc, mention, dictionary):
        return mention
    country = mention.actor.country
    if not any(other.head in doers and other.actor.country == country
               and not _acts_at_home(doc, other, home, story_country, mention, dictionary, local_dateline)
               for other in mentions if other is not mention):
        return mention
    return _without_country(mention)


# How many sentences back a bare shared role word ("officers") looks for the group it belongs to.
SHARED_ROLE_SENTENCES = 3


def follow_group_sectors(doc, mentions: list[ActorMention], shared_roles: dict[str, frozenset],
                         sentence_starts: list[int], city_country: Optional[Callable[[str], Optional[str]]] = None,
                         home: Optional[str] = None) -> list[ActorMention]:
    """A bare role word that several bodies use ("officers", "agents") takes the sector of the nearest group named
    before it, up to a few sentences back, whose sector it can take: "Police in Cairo detained ten students.
    Officers beat them" -> COP, not the MIL that "officers" alone gets. Qualified roles ("army officers",
    "Egyptian officers") keep what their words say; with no such group the role is unchanged. The group's country
    comes too unless the story stands on another country's ground (``home``, the dateline's country, or a city
    ``city_country`` places, named since the group): "Russian troops shelled Kharkiv. Officers said ..." may be
    Ukraine's officers."""
    followed: list[ActorMention] = []
    for mention in mentions:
        followed.append(_shared_role_sector(doc, mention, followed, shared_roles, sentence_starts, city_country, home))
    return followed


def _shared_role_sector(doc, mention: ActorMention, earlier: list[ActorMention], shared_roles: dict[str, frozenset],
                        sentence_starts: list[int], city_country: Optional[Callable[[str], Optional[str]]] = None,
                        home: Optional[str] = None) -> ActorMention:
    actor = mention.actor
    sectors = shared_roles.get(doc[mention.head].lower_)
    if not sectors or mention.kind not in ("sector", "coref") or actor.name or actor.sector not in sectors:
        return mention
    if any(t.i != mention.head and t.dep_ != "det" for t in doc[mention.token_start:mention.token_end]):
        return mention  # "army officers", "Egyptian officers": the words say whose
    if actor.code not in (actor.sector, (actor.country or "") + actor.sector):
        return mention
    first_sentence = max(0, bisect.bisect_right(sentence_starts, mention.token_start) - 1 - SHARED_ROLE_SENTENCES)
    since = sentence_starts[first_sentence] if sentence_starts else 0
    for other in reversed(earlier):
        if other.token_end > mention.token_start or other.head == mention.head:
            continue
        if other.token_start < since:
            break
        if other.actor.sector in sectors:
            sector = other.actor.sector
            # (the same body: a role with no country of its own takes the group's)
            country = actor.country or other.actor.country
            if not actor.country and _on_other_ground(columns_of(doc), sentence_starts, other, mention, country,
                                                      city_country, home):
                country = None
            if sector == actor.sector and country == actor.country:
                return mention
            return replace(mention, actor=replace(actor, sector=sector, country=country, code=(country or "") + sector))
    return mention


def _on_other_ground(columns, sentence_starts: list[int], group: ActorMention, role: ActorMention,
                     country: Optional[str], city_country: Optional[Callable[[str], Optional[str]]],
                     home: Optional[str]) -> bool:
    """Whether the text from the group's sentence to the role stands on another country's ground than ``country``:
    a dateline or a known city of another country. (``columns``: the document's token columns.)"""
    if country is None:
        return False
    if home is not None and home != country:
        return True
    if city_country is None:
        return False
    start = _sentence_start(sentence_starts, group.token_start)
    names = [columns.text[columns.idx[first]:columns.end[last - 1]]
             for first, last in _entities_between(columns, start, role.token_start, PLACE_ENTITY_LABELS)]
    names += [columns.words[i] for i in range(start, role.token_start)
              if columns.pos[i] == "PROPN"]  # (the parser's labels vary)
    return any(city_country(name) not in (None, country) for name in names)


def _entities_between(columns, start: int, end: int, labels) -> list[tuple[int, int]]:
    """(first, end) token bounds of the named entities with one of ``labels`` that lie wholly in tokens
    start..end-1, read from the IOB tags as ``Doc.ents`` reads them (without building every entity's Span)."""
    iob, label = columns.ent_iob, columns.ent_type
    found = []
    for first in range(start, end):
        if iob[first] != 3 or not label[first]:  # (3: an entity's first token)
            continue
        last = first + 1
        while last < columns.size and iob[last] == 1:  # (1: inside the entity)
            last += 1
        if last <= end and label[first] in labels:
            found.append((first, last))
    return found


def named_officer(mention: ActorMention) -> bool:
    """A military role with a person's name ("army spokesman Colonel Gaspard Baratuza")."""
    return mention.kind == "person" and mention.actor.sector == "MIL"


def fill_countries_from_context(document: Document, mentions: list[ActorMention], dictionary,
                                sentence_starts: list[int]) -> list[ActorMention]:
    """Give sector-only actors the country their sentence or dateline makes clear, and ethnic groups the
    country they live in; others unchanged. ``sentence_starts``: each sentence's first token, in order (find.py's
    token arrays hold them: ``doc.sents`` would walk the document again)."""
    doc = document.doc
    relocated = []
    for mention in mentions:
        country = _ethnic_residence(doc, mention, dictionary)
        if country is not None:
            mention = _with_country(mention, country, mention.actor.sector or "")
        elif _ethnic_elsewhere(doc, mention, mentions):
            # "ethnic Turks began a hunger strike against Sweden's decision": a people living outside the country
            # its name means; the rules below may give it the country it lives in
            sector = mention.actor.sector or "CVL"
            mention = replace(mention, kind="sector", actor=replace(mention.actor, country=None, sector=sector, code=sector))
        relocated.append(mention)
    firms: dict[int, ActorMention] = {}  # a firm's workers (LAB): the firm, if no country is found for them
    mentions = [_member_of_body(doc, mention, mentions, dictionary, firms) for mention in relocated]
    mentions, unlent = _unlend_media_countries(doc, mentions, dictionary, sentence_starts)
    mentions = [_unborrow_other_party(doc, mention, mentions, dictionary) for mention in mentions]
    home = dateline_country(document, dictionary)
    mentions = [_where_it_fights(doc, mention, mentions, dictionary, home) for mention in mentions]
    local_dateline = home is not None and _dateline_names_country(document, dictionary)
    story_before = cache(lambda: _story_country(mentions))  # (of the mentions before any victim lost a country)
    victim_doers = cache(lambda head: _victim_doers(doc, head))  # asked here and again below for a victim unborrowed
    mentions = [_unborrow_victim(doc, mention, victim_doers, mentions, dictionary, home, story_before, local_dateline)
                for mention in mentions]
    if not any(_needs_country(m) for m in mentions):
        return mentions
    countries_by_sentence: dict[int, list] = {}
    for mention in mentions:
        if mention.actor.country and not is_news_outlet(mention):
            # "told VOA", "in an interview with Reuters": an outlet reports, it lends no country to the roles it quotes
            countries_by_sentence.setdefault(_sentence_start(sentence_starts, mention.head), []).append(mention)
    filled = []
    refilled: dict[str, set] = {}  # old code of a role that lost an outlet's country -> its new codes
    story_country = cache(lambda: _story_country(mentions))  # counted once, when a role first asks
    for mention in mentions:
        if not _needs_country(mention):
            filled.append(mention)
            continue
        if _foreign_by_definition(doc[mention.head], mention.actor.sector):
            filled.append(mention)  # "tourists", "foreign workers": not of the country they are in
            continue
        loyal = _loyal_to_country(doc, mention, mentions)
        if loyal is not None:
            # "troops loyal to Mobutu", "forces loyal to President Gbagbo": the leader's country.
            filled.append(_with_country(mention, loyal))
            continue
        # (an embassy stands abroad: "rallied outside the French embassy", "workers stormed the Israeli embassy"
        # name no party of the sentence's country)
        named = countries_by_sentence.get(_sentence_start(sentence_starts, mention.head), [])
        others = [other for other in named
                  if doc[other.head].lemma_.lower() not in MISSION_NOUNS
                  or _hangs_on(doc[other.head], mention)]  # ("diplomats at the British embassy" are its staff)
        doers = victim_doers(mention.head)
        if doers:
            # "Moscow denied killing civilians", "Syrian forces killed civilians": victims are not of their attacker's
            # country unless the dateline or the whole story is of it (police and courts act at home)
            others = [other for other in others if other.head not in doers
                      or _acts_at_home(doc, other, home, story_country, mention, dictionary, local_dateline)]
        countries = {other.actor.country for other in others}
        # Countries named only as where something happens ("talks in Mexico") are no party a domestic role belongs to.
        # (only when a party is the subject of the role's clause or of one above it: "Maduro said he was ready to sit
        # down with the opposition for talks in Mexico", not "Ressa from the Philippines; ... a journalist killed in Malta")
        parties = [other for other in others if not _only_a_place(doc, other)]
        if not any(_subject_above(doc, other, mention) for other in parties):
            parties = []
        if len(countries) > 1 and len({other.actor.country for other in parties}) == 1 \
                and mention.actor.sector in DOMESTIC_SECTORS:
            others = parties
            countries = {other.actor.country for other in others}
        country = place_country(doc[mention.head], dictionary)
        if country is None and mention.actor.sector in ARMED_ROLE_SECTORS:
            country = _origin_country(doc[mention.head], dictionary)
        if country is None and mention.actor.sector in DOMESTIC_SECTORS | REBEL_SECTORS:
            # "Maduro's government and the opposition signed an agreement in Barbados": a domestic role joined to a
            # state actor is of its country, wherever they act (so are rebels: "President Aquino and rebel leader
            # Murad signed the accord")
            country = _conjunct_country(doc, mention, others)
        if country is None and mention.actor.sector in ADVOCACY_SECTORS and doc[mention.head].lemma_.lower() in ORGANIZATION_NOUNS:
            # "Environmental groups pressed the Brazilian government": campaigners speak about others, as rights
            # groups do; without a country of their own they are non-governmental (below)
            filled.append(mention)
            continue
        # "Kurdish guerrillas", "Hutu militiamen", "Maoist rebels": a group of the country they live in,
        # so armed roles with such a word are as local as police or protesters.
        local_group = _has_local_group_word(doc, mention)
        if country is None and (mention.actor.sector in LOCAL_SECTORS or local_group or doers is not None) and (
            doers is not None  # a victim is where it is attacked: "Russian troops killed 12 civilians in Kharkiv"
            or not home and (not countries or _clause_role(doc[mention.head]) in SUBJECT_DEPS | {"dobj"})
            # with a dateline, a subject still acts where its clause says ("In Niamey, junta supporters rallied
            # outside the French embassy" are Nigerien, whatever the dateline or the embassy's country)
            or home and named and _is_subject(doc[mention.head])
        ):
            # "people blocked streets in Hong Kong in defiance of Chinese authorities": where local
            # roles act says whose they are better than the other actors of the sentence; so does
            # where they are acted on ("Palestinian bombers killed 23 people ... in Tel Aviv").
            country = clause_place_country(doc, mention, dictionary)
        if country is None and doc[mention.head].lemma_.lower() in SEATED_BODIES and _is_subject(doc[mention.head]):
            # "..., the foreign ministry said in Tokyo": a ministry or army speaks from its own country (an
            # official may travel; a body does not)
            country = clause_place_country(doc, mention, dictionary, own_clause_only=True)
        earlier = _named_before(doc, mention, filled) if country is None else None
        if earlier is not None and earlier.actor.country is None:
            filled.append(mention)  # "Foreign bloggers ... The bloggers were asked": still foreign
            continue
        if earlier is not None and (not countries or earlier.kind == "person"):
            # "40 Belarusian officials ... (BRUSSELS dateline) the officials' assets": the role named again is the one
            # named before, not the dateline's or the story's; "the Iranian American journalist Masih Alinejad ... to
            # kill the journalist" is that person, whatever country the sentence names
            country = earlier.actor.country
        if country is not None:
            pass
        elif len(countries) == 1 and (mention.actor.sector in DOMESTIC_SECTORS or local_group or named_officer(mention)):
            # A named officer ("Army spokesman Colonel X said Burundi would ...") speaks for the country the sentence
            # names, though armed roles may be foreign: not for an armed group's country ("... killed al-Shabaab")
            givers = [other for other in others if _may_give_country(doc, other, mention)
                      and not (named_officer(mention) and other.kind in ("organization", "igo"))]
            if givers:
                country = givers[0].actor.country
        elif not countries and home:
            country = home
        elif countries == {home} and mention.actor.sector in UNIDENTIFIED_ARMED:
            # "ABUJA, Nigeria - Gunmen freed 27 schoolboys ... in Nigeria's Niger state": unidentified gunmen in a
            # story filed from the one country their sentence names are of that country
            country = home
        elif mention.actor.sector in REBEL_SECTORS and countries and countries == {story_country()} \
                and home in (None, story_country()):
            # "President Pastrana broke off talks after rebels hijacked an airliner" in a story about Colombia: rebels
            # of the one country both their sentence and the whole story name (armed roles may be foreign, so neither
            # alone decides)
            country = story_country()
        if country is None and id(mention) in unlent:
            # a role find.py gave a news outlet's country: the sentence's one other country, else the article's
            if len(countries) == 1:
                country = next(iter(countries))
            elif mention.actor.sector in STATE_SECTORS:
                country = story_country()
        elif country is None and not countries and not home and mention.actor.sector in STORY_SECTORS | REBEL_SECTORS \
                and story_country() is not None \
                and not any(document.columns.lower[i] in CONTINENT_WORDS
                            for i in _sentence_of(sentence_starts, mention.head, len(doc))):
            # "Labour leaders said they had suspended the strike" in a story about Nigeria that names no country in
            # that sentence: the country the whole article is clearly about (not "Across the continent, opposition
            # parties ...")
            country = story_country()
        if country is None:
            filled.append(firms.get(id(mention), mention))
            continue
        filled.append(_with_country(mention, country))
        if id(mention) in unlent:
            refilled.setdefault(unlent[id(mention)][0], set()).add(filled[-1].actor.code)
    filled = _follow_unlent(filled, unlent, refilled, sentence_starts)
    filled = _follow_filled(doc, mentions, filled, sentence_starts)
    filled = _follow_named(filled)
    filled = [member for mention in filled for member in _pair_members(doc, mention, filled, sentence_starts)]
    return [_as_nongovernmental(doc, mention) for mention in filled]


# Plural roles that name the two sides' people: "Lavrov said the foreign ministers would hold further talks".
PAIR_ROLE_NOUNS = frozenset({"leaders", "presidents", "ministers", "delegations", "negotiators", "envoys"})


def _pair_members(doc, mention: ActorMention, mentions: list[ActorMention],
                  sentence_starts: list[int]) -> list[ActorMention]:
    """A role with no country that stands for a pair ("the two sides") is one mention per country of the pair, over the
    same tokens, as the pair itself is: a role "from" or "of" a pair ("Major generals from both sides met", "officials
    of the two countries"); a definite plural role of the state ("the foreign ministers", "the leaders") in the
    sentence of a pair or the one after (other sectors' leaders do not: "the opposition leaders")."""
    actor = mention.actor
    if actor.country or not actor.sector or actor.code != actor.sector or mention.kind != "sector":
        return [mention]
    pair = _pair_of_phrase(doc, mention, mentions) or _pair_before(doc, mention, mentions, sentence_starts)
    if pair is None:
        return [mention]
    return [_with_country(mention, country) for country in pair]


def _pair_of_phrase(doc, mention: ActorMention, mentions: list[ActorMention]) -> Optional[list[str]]:
    """The two countries of a pair the role is "from" or "of"."""
    for prep in doc[mention.head].children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for obj in prep.children:
            countries = []
            for other in mentions:
                if other.kind == "coref" and other.token_start <= obj.i < other.token_end and other.actor.country \
                        and other.actor.country not in countries:
                    countries.append(other.actor.country)
            if len(countries) == 2:
                return countries
    return None


def _pair_before(doc, mention: ActorMention, mentions: list[ActorMention],
                 sentence_starts: list[int]) -> Optional[list[str]]:
    """The two countries of the last pair in the sentence of a definite plural state role or the one before."""
    head = doc[mention.head]
    if mention.actor.sector not in STATE_SECTORS or head.lower_ not in PAIR_ROLE_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    pairs: dict[int, list] = {}
    for other in mentions:
        if other.kind == "coref" and other.token_end <= mention.token_start and other.actor.country \
                and _sentences_between(sentence_starts, other.token_start, mention.token_start) <= 1:
            countries = pairs.setdefault(other.token_start, [])
            if other.actor.country not in countries:
                countries.append(other.actor.country)
    return next((countries for start, countries in sorted(pairs.items(), reverse=True) if len(countries) == 2), None)


def _follow_filled(doc, before: list[ActorMention], after: list[ActorMention],
                   sentence_starts: list[int]) -> list[ActorMention]:
    """A pronoun find.py resolved to a role that had no country yet ("protesters attacked embassies ... whom they
    accused") takes the country the rules above gave that role in its sentence or the one before."""
    result = list(after)
    for i, mention in enumerate(after):
        actor = before[i].actor  # (what the rules above gave a pronoun itself is weaker than its antecedent's)
        if mention.kind != "coref" or actor.country or not actor.sector or actor.code != actor.sector \
                or doc[mention.head].pos_ != "PRON":
            continue
        for j in range(i - 1, -1, -1):
            old = before[j]
            if old.kind == "coref" or old.actor.code != actor.code or old.actor.country:
                continue
            if _sentences_between(sentence_starts, old.token_start, mention.token_start) <= 1 and after[j].actor.country:
                result[i] = _with_country(mention, after[j].actor.country, actor.code)
            break
    return result


# Determiners that make a role a later mention of one named before: "the bloggers", "such bloggers".
BACK_DETERMINERS = frozenset({"the", "these", "those", "such"})


# Role nouns a story uses for the same people: "a journalist ... the reporter", "Israeli soldiers ... the troops".
SAME_ROLE = {"reporter": "journalist", "correspondent": "journalist", "troop": "soldier", "demonstrator": "protester"}


def _plural(token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


def _named_before(doc, mention: ActorMention, earlier: list[ActorMention]) -> Optional[ActorMention]:
    """The last earlier role with the same head noun, when ``mention`` refers back to it ("the officials", "such
    bloggers") and that role had a country or was foreign by its own words ("foreign bloggers", "international
    observers"); None otherwise (a role named before without any country says nothing)."""
    head = doc[mention.head]
    if mention.kind != "sector" or not any(c.dep_ in ("det", "amod") and c.lower_ in BACK_DETERMINERS
                                           for c in head.children if c.i < head.i):
        return None
    lemma = head.lemma_.lower()
    lemma = SAME_ROLE.get(lemma, lemma)
    for other in reversed(earlier):
        if other.head >= mention.token_start or other.kind not in ("sector", "person") \
                or other.actor.sector != mention.actor.sector:
            continue
        # ("journalist Ana Ruiz": a named person's role word is in its span, not its head; "the prime ministers" of a
        # signing are not the one prime minister named before)
        words = [doc[other.head]] if other.kind == "sector" else doc[other.token_start:other.token_end]
        if not any(SAME_ROLE.get(word.lemma_.lower(), word.lemma_.lower()) == lemma and _plural(word) == _plural(head)
                   for word in words):
            continue
        if other.actor.country or _foreign_by_definition(doc[other.head], other.actor.sector):
            return other
        return None
    return None


def _follow_named(mentions: list[ActorMention]) -> list[ActorMention]:
    """A later mention of a named person ("he", "him", "Mwangi") that has no country takes the one the rules above
    gave the person's first mention ("Police arrested opposition leader Joseph Mwangi in Nairobi ... charged him")."""
    found: dict[str, str] = {}
    followed = []
    for mention in mentions:
        actor = mention.actor
        if actor.name and actor.country and actor.sector:
            found.setdefault(actor.name, actor.country)
        elif actor.name and actor.country is None and actor.sector and actor.code == actor.sector \
                and actor.name in found:
            mention = _with_country(mention, found[actor.name])
        followed.append(mention)
    return followed


# Dependencies of a country word that names where something lies ("Iraq's Sinjar region", "the Iraqi town of X").
PLACE_MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def _where_it_fights(doc, mention: ActorMention, mentions: list[ActorMention], dictionary,
                     home: Optional[str]) -> ActorMention:
    """A transnational armed group (Islamic State, al-Qaeda: IMG codes) is coded by the country where it acts, as
    the gold standards code it: its place phrase ("IS fighters in Syria"), the places of its clause ("massacred
    Yazidis in the Iraqi district of Sinjar", "near Mosul"), else the one country the sentence names as a place
    ("the Yazidis of Iraq's Sinjar region"), else a dateline's country its sentence does not contradict. Nothing when
    in doubt ("US forces killed IS militants" names no place)."""
    actor = mention.actor
    if actor.country is not None or not actor.code.startswith("IMG"):
        return mention
    head = doc[mention.head]
    country = place_country(head, dictionary) or clause_place_country(doc, mention, dictionary)
    sentence = head.sent
    others = {other.actor.country for other in mentions if other.actor.country and not is_news_outlet(other)
              and sentence.start <= other.head < sentence.end}
    if country is None:
        places = set()
        for other in mentions:
            token = doc[other.head]
            if other.kind == "country" and other.actor.sector is None and sentence.start <= other.head < sentence.end \
                    and token.dep_ in PLACE_MODIFIER_DEPS and token.head.i not in {m.head for m in mentions}:
                places.add(other.actor.country)  # (a place noun it modifies, not an actor: "Iraqi forces")
        country = next(iter(places)) if len(places) == 1 else None
    if country is None and home and others <= {home}:
        country = home
    if country is None:
        return mention
    # (its name and item stay: "Islamic State" in Syria is SYRINS, as the Pakistani Taliban are PAKINS)
    return _with_country(mention, country, actor.sector or "")


def _hangs_on(token, mention: ActorMention, steps: int = 3) -> bool:
    """Whether a token's head, or its head's head (through a preposition), lies inside a mention."""
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if mention.token_start <= token.i < mention.token_end:
            return True
    return False


def _subject_above(doc, other: ActorMention, role: ActorMention) -> bool:
    """Whether ``other`` is the subject of the clause of ``role`` or of a clause above it."""
    token = doc[other.head]
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = clause_verb(doc[role.head])
    return token.head.i == verb.i or any(token.head.i == above.i for above in verb.ancestors)


def _only_a_place(doc, mention: ActorMention) -> bool:
    """A country named by its name as the object of a locative preposition ("talks in Mexico"): a place only."""
    token = doc[mention.head]
    return mention.kind == "country" and mention.actor.sector is None and token.dep_ == "pobj" \
        and token.head.lower_ in LOCATIVE_PREPS


def is_news_outlet(mention: ActorMention) -> bool:
    """A named newspaper, agency or broadcaster (VOA, Reuters, Xinhua): it reports events, it takes no part in them."""
    return mention.actor.sector == "MED" and (mention.kind == "organization" or mention.actor.name is not None)


# Words that give a role its owner: "its army", "their leaders".
OWNER_WORDS = frozenset({"its", "their", "his", "her", "our", "my"})


def names_no_country(doc, mention: ActorMention, dictionary) -> bool:
    """Whether a role's own words name no country ("the military", "local elders", not "Pakistani troops",
    "its army"): its country, if any, was borrowed from the sentence."""
    if mention.kind != "sector" or mention.actor.name is not None:
        return False
    columns = columns_of(doc)  # (asked of every role, often more than once: the words from the columns)
    for i in range(mention.token_start, mention.token_end):
        word = columns.words[i]
        if columns.ent_type[i] in ("GPE", "NORP") or columns.lower[i] in OWNER_WORDS or columns.tag[i] == "POS" \
                or dictionary.country_code(word) or dictionary.city_country(word):
            return False
    return True


def _unlend_media_countries(doc, mentions: list[ActorMention], dictionary,
                            sentence_starts: list[int]) -> tuple[list[ActorMention], dict]:
    """Take back a country a role-only actor got from a news outlet of its sentence ("shared with VOA ... as the
    military completed" is not the U.S. military), unless something else in the sentence names that country.
    Returns the mentions and {id of each changed mention: (its old code, its first token)} so the rules above can
    refill them."""
    if not any(mention.actor.country and is_news_outlet(mention) for mention in mentions):
        return mentions, {}  # (most stories quote no outlet: the sentences of the others are not looked up)
    outlets: dict[int, set] = {}
    named: dict[int, set] = {}
    for mention in mentions:
        country = mention.actor.country
        if not country:
            continue
        sentence = _sentence_start(sentence_starts, mention.head)
        if is_news_outlet(mention):
            outlets.setdefault(sentence, set()).add(country)
        elif not names_no_country(doc, mention, dictionary):
            named.setdefault(sentence, set()).add(country)
    result, unlent = [], {}
    for mention in mentions:
        sentence = _sentence_start(sentence_starts, mention.head)
        country = mention.actor.country
        if _borrowed_country(mention) and country in outlets.get(sentence, ()) \
                and country not in named.get(sentence, ()) and not is_news_outlet(mention) and names_no_country(doc, mention, dictionary):
            old = mention.actor.code
            mention = _without_country(mention)
            unlent[id(mention)] = (old, mention.token_start)
        result.append(mention)
    return result, unlent


# Verbs of meeting and talks, whose other party is usually another country's ("met with officials").
CONTACT_VERBS = frozenset({"meet", "host", "receive", "visit", "talk", "negotiate", "consult", "brief", "welcome",
                           "hold", "sign", "thank"})


def _subject_of(verb):
    """The subject tokens of a verb, or of the verb it is coordinated with ("X visited Europe and met with ...")."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subjects
        verb = verb.head


def _unborrow_other_party(doc, mention: ActorMention, mentions: list[ActorMention], dictionary) -> ActorMention:
    """A role-only object that got its country only from its own verb's subject, in a sentence naming other
    countries too, loses it: "the Chinese minister visited Europe and met with officials ... in the EU, Belgium and
    Germany" are not Chinese officials; the other party of an act is no evidence of a role's country. With one
    country in the sentence ("Thai police arrested protest leaders") the role keeps it."""
    if not _borrowed_country(mention) or not names_no_country(doc, mention, dictionary):
        return mention
    country = mention.actor.country
    head = doc[mention.head]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "met with officials and businesspeople"
    verb = clause_verb(head)
    if verb.lemma_.lower() not in CONTACT_VERBS:
        return mention  # "Thai police arrested protest leaders in ...": those a state acts on at home are often its own
    if not (head.dep_ == "dobj" and head.head.i == verb.i
            or head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == verb.i):
        return mention
    subjects = {t.i for s in _subject_of(verb) for t in s.subtree}
    sentence = head.sent
    givers, others = [], set()
    for other in mentions:
        if other is mention or not sentence.start <= other.head < sentence.end or names_no_country(doc, other, dictionary):
            continue
        if other.actor.country == country:
            givers.append(other)
        elif (other.actor.country or other.kind == "igo") and _in_own_clause(doc[other.head], verb):
            # only in the act's own clause: "arrested protesters who had blocked the road to Uganda" names no party
            others.add(other.actor.code)
    if not givers or not others or any(g.head not in subjects for g in givers):
        return mention
    return _without_country(mention)


def _story_country(mentions: list[ActorMention]) -> Optional[str]:
    """The country the whole article is clearly about (at least three mentions naming it, twice the runner-up),
    counting no news outlet, for a state role that lost an outlet's country or a role whose sentence names none;
    None when in doubt."""
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.actor.country and not is_news_outlet(mention) and mention.kind != "coref":
            counts[mention.actor.country] = counts.get(mention.actor.country, 0) + 1
    return clear_leader(counts)


def clear_leader(counts: dict[str, int]) -> Optional[str]:
    """The country counted at least three times and at least twice as often as the runner-up; None when in doubt."""
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _follow_unlent(mentions: list[ActorMention], unlent: dict, refilled: dict,
                   sentence_starts: list[int]) -> list[ActorMention]:
    """Pronouns find.py resolved to a role that lost an outlet's country ("They" after "local elders ... told VOA")
    within two sentences take the role's new code, or none when the role got none."""
    if not unlent:
        return mentions
    result = []
    for mention in mentions:
        old = mention.actor.code
        near = [start for code, start in unlent.values() if code == old and start < mention.token_start]
        if mention.kind == "coref" and near and _sentences_between(sentence_starts, max(near), mention.token_start) <= 2:
            codes = refilled.get(old, set())
            sector = mention.actor.sector
            code = next(iter(codes)) if len(codes) == 1 else sector
            if code:
                country = code[: len(code) - len(sector)] if sector and code.endswith(sector) and code != sector else None
                mention = replace(mention, actor=replace(mention.actor, country=country, code=code))
        result.append(mention)
    return result


def _member_of_body(doc, mention: ActorMention, mentions: list[ActorMention], dictionary,
                    firms: dict[int, ActorMention]) -> ActorMention:
    """A role from or of an international body is that body: "top diplomats from the Group of Seven", "officials
    from NATO" code as the body (as "members of the African Union" do), not as a country the sentence names.
    Workers of a multinational firm are left for a country (their body, kept in ``firms`` by the mention's id, is
    the fallback)."""
    if not names_no_country(doc, mention, dictionary):
        return mention
    head = doc[mention.head]
    for prep in head.children:
        # ("judges at the International Criminal Court", "experts at the IAEA" work for that body)
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            words = {obj.i} | {c.i for c in obj.children if c.dep_ in ("compound", "nmod", "poss", "amod")}
            for other in mentions:
                if other.kind == "igo" and other.actor.country is None \
                        and any(other.token_start <= i < other.token_end for i in words):
                    body = other.actor
                    as_body = replace(mention, kind="igo", actor=replace(mention.actor, code=body.code, country=None,
                                                                         name=body.name, wikidata=body.wikidata))
                    if mention.actor.sector == "LAB" and body.code.startswith("MNC"):
                        # "workers at Samsung went on strike": labour is not the firm; they are of the country where
                        # they work (the rules below), whatever the firm's home; with no country found, the firm
                        firms[id(mention)] = as_body
                        return mention
                    return as_body
    return mention


# Sectors of campaigning groups: without a country of their own they are NGOs ("a human rights group" -> NGOHRI,
# "environmental groups" -> NGOENV).
ADVOCACY_SECTORS = frozenset({"HRI", "ENV"})
# Nouns that make a rights word an organisation ("a human rights group"), not a person ("an activist").
ORGANIZATION_NOUNS = frozenset({"group", "organization", "organisation", "body", "ngo", "coalition", "campaign", "network"})


def _as_nongovernmental(doc, mention: ActorMention) -> ActorMention:
    """A rights organisation the text gives no country is a non-governmental actor: "a human rights group
    protested" -> NGOHRI (the sector code alone would name no actor at all; "aid agencies" are NGO already)."""
    actor = mention.actor
    if actor.country is not None or actor.sector not in ADVOCACY_SECTORS or actor.code != actor.sector:
        return mention
    if doc[mention.head].lemma_.lower() not in ORGANIZATION_NOUNS:
        return mention
    return replace(mention, actor=replace(actor, code="NGO" + actor.sector))
