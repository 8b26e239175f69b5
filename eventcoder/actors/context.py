"""Countries for actors the text names only by role ("police", "the government", "protesters").

A sector-only actor ("COP") says little to an analyst; the article usually says whose it is.
Cautious rules, in order:

0. A place the role is in or from gives its country: "demonstrators in Baghdad" -> IRQCVL,
   "farmers from the Kenyan highlands" -> KENAGR, even when the sentence names other countries.
1. In a sentence whose country actors all share one country, domestic roles (government,
   police, courts, opposition, business, civilians, ...) belong to that country: "Thai police
   arrested protest leaders" gives the leaders THA; armed roles may be foreign ("The Mozambique
   government accepted demands from rebels" leaves the rebels alone). A whole country named as
   what a verb acts on does not count ("Archbishop X called for sanctions against Nigeria": the
   archbishop is not Nigerian), and a role whose place is given keeps that place's country.
2. Otherwise the dateline's country ("BANGKOK –") gives any role in a sentence that names no
   other country; without a dateline, a local role (opposition, civilians, police, ...) takes the
   one country the locative phrases of its clause name ("... postpone the demonstration in Baku").

A rights group that nothing places stays a non-governmental actor (NGOHRI), as aid groups do.
Leaving a country empty is better than a wrong one: each rule gives up when in doubt.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..clean import find_dateline
from ..records import ActorMention, Document

# Roles that are almost always of the country the sentence is about; armed roles are not.
DOMESTIC_SECTORS = frozenset({
    "GOV", "COP", "OPP", "JUD", "LEG", "BUS", "MED", "CVL", "EDU", "LAB", "PTY", "HLH", "ELI", "CRM",
    "AGR", "DEV", "ENV", "REL", "SPY", "MOD", "RAD", "IND",
})
# Roles whose location says nothing about whose they are ("troops in Afghanistan", "forces from Panama").
NO_PLACE_SECTORS = frozenset({"MIL", "REF", "NGO", "HRI", "SPY", "MED"})
# Prepositions whose object is what an act is aimed at ("sanctions against Nigeria").
TARGET_PREPS = frozenset({"against", "on", "upon", "toward", "towards", "to", "with", "over"})
# Armed actors: those they act on ("bombers killed 23 people") may be anyone's.
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "UAF", "SEP", "CRM", "IRG"})
# Codes of actors that belong to no country.
TRANSNATIONAL_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UNO", "NGM"})


def dateline_country(document: Document, dictionary) -> Optional[str]:
    """The ISO-3 country of the dateline place, trying its parts from the most general ("Ukraine")."""
    place = find_dateline(document.article.text)
    if not place:
        return None
    for part in reversed([p.strip() for p in place.split(",")]):
        code = dictionary.country_code(part) or dictionary.country_code(part.title())
        if code:
            return code
    return None


def _needs_country(mention: ActorMention) -> bool:
    actor = mention.actor
    return actor.country is None and actor.sector is not None and actor.code[:3] not in TRANSNATIONAL_PREFIXES


# Prepositions whose object is where something happens: "a rally in Lagos".
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "throughout", "across"})
# Roles whose country the place of their act suggests (not officials, who travel: "met in Geneva").
LOCAL_SECTORS = frozenset({"OPP", "CVL", "COP", "JUD", "BUS", "LAB", "EDU", "AGR", "PTY", "HLH", "CRM", "REL"})
# Prepositions that tie a role to a place: "protesters in Cairo", "refugees from Darfur".
PLACE_PREPS = frozenset({"in", "from", "of", "inside", "across", "throughout"})


def _phrase_country(obj, dictionary) -> Optional[str]:
    """The country a place noun names, with its compound words ("West Bank", "the Kenyan highlands")."""
    names = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
    phrase = " ".join(t.text for t in [*names, obj])
    for text in (phrase, obj.text):
        code = dictionary.country_code(text)
        if code:
            return code
    for modifier in obj.children:
        if modifier.dep_ in ("amod", "compound") and modifier.i < obj.i:
            code = dictionary.country_code(modifier.text)
            if code:
                return code
    return None


def clause_place_country(doc, mention: ActorMention, dictionary) -> Optional[str]:
    """The one country that the locative phrases of a role's clause name ("Leaders ... agreed to
    postpone the demonstration in Baku" -> AZE), or None when there are none or several."""
    verb = doc[mention.head]
    while verb.head is not verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    found = set()
    for token in verb.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
            code = _phrase_country(token, dictionary)
            if code:
                found.add(code)
    return next(iter(found)) if len(found) == 1 else None


def place_country(token, dictionary, depth: int = 2) -> Optional[str]:
    """The country of a place phrase attached to ``token`` by in/from/of: "in Baghdad", "of the Syrian Golan",
    also one phrase further down ("leaders of the opposition coalition in Baku")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            code = _phrase_country(obj, dictionary)
            if code:
                return code
            if depth > 1:
                code = place_country(obj, dictionary, depth - 1)
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
    return token.dep_ == "pobj" and token.head.lower_ in TARGET_PREPS


def _unplaced(mention: ActorMention) -> ActorMention:
    # "a human rights group" with no country: a non-governmental actor, as "aid groups" are (NGO).
    actor = mention.actor
    if actor.sector == "HRI" and actor.country is None and actor.code == "HRI" and mention.kind == "sector":
        return replace(mention, actor=replace(actor, code="NGO" + actor.code))
    return mention


def fill_countries_from_context(document: Document, mentions: list[ActorMention], dictionary) -> list[ActorMention]:
    """Give sector-only actors the country their sentence or dateline makes clear, and ethnic groups the
    country they live in; others unchanged."""
    doc = document.doc
    relocated = []
    for mention in mentions:
        country = _ethnic_residence(doc, mention, dictionary)
        if country is not None:
            code = country + (mention.actor.sector or "")
            mention = replace(mention, actor=replace(mention.actor, country=country, code=code))
        relocated.append(mention)
    mentions = relocated
    if not any(_needs_country(m) for m in mentions):
        return mentions
    countries_by_sentence: dict[int, set] = {}
    givers_by_sentence: dict[int, set] = {}  # countries that may be given to a role (not targets)
    for mention in mentions:
        if mention.actor.country:
            sentence = doc[mention.head].sent.start
            countries_by_sentence.setdefault(sentence, set()).add(mention.actor.country)
            if not _is_country_target(doc, mention) and mention.actor.sector not in ARMED_SECTORS:
                givers_by_sentence.setdefault(sentence, set()).add(mention.actor.country)
    home = dateline_country(document, dictionary)
    filled = []
    for mention in mentions:
        if not _needs_country(mention):
            filled.append(mention)
            continue
        countries = countries_by_sentence.get(doc[mention.head].sent.start, set())
        country = None
        if mention.actor.sector not in NO_PLACE_SECTORS:
            country = place_country(doc[mention.head], dictionary)
        if country is not None:
            pass
        elif len(countries) == 1 and mention.actor.sector in DOMESTIC_SECTORS:
            only = next(iter(countries))
            if only in givers_by_sentence.get(doc[mention.head].sent.start, set()):
                country = only
        elif not countries and home:
            country = home
        elif not countries and mention.actor.sector in LOCAL_SECTORS:
            country = clause_place_country(doc, mention, dictionary)
        if country is None:
            filled.append(_unplaced(mention))
            continue
        actor = replace(mention.actor, country=country, code=country + mention.actor.code)
        filled.append(replace(mention, actor=actor))
    return filled
