"""Targets for visits, missions, aid and violence that name a place instead of an actor.

"Saddam Hussein arrived in Amman", "the UN sent inspectors to Bosnia": CAMEO codes the host
country as the target. The places stage has resolved where the event happened; when the event
has no target actor, a place in another country than the source's becomes the target; for threats,
protests, coercion and violence a place in the source's own country does too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Optional

from ..actors.context import DOMESTIC_SECTORS, TRANSNATIONAL_PREFIXES
from ..records import Actor, ActorMention, Location

# Intent, consult (visits), provide aid, investigate, and forces sent abroad: the place visited, served or shown force
# is the counterpart ("agreed to set up a research centre in Tokyo", "deployed warships to the Black Sea").
ROOTS_TARGETING_THE_PLACE = frozenset({"03", "04", "07", "09", "15"})
# Withdrawals from a foreign place leave its country ("pulled its forces out of Panama" -> PAN); an embassy opened
# abroad is opened in its host country ("reopened its embassy in Kabul" -> AFG).
CODES_TARGETING_THE_PLACE = ("0874", "050")
# Threats, protests, coercion and (mass) violence with no named target are aimed at the place where they happen, also at
# home: "extended the curfew in Abidjan", "demonstrators protesting in Monrovia" (CAMEO codes X -> X).
ROOTS_TARGETING_THE_PLACE_AT_HOME = frozenset({"13", "14", "17", "18", "19", "20"})
# Protests with no named target and no place are aimed at the protesters' own country ("Egyptian students
# rioted" -> EGY -> EGY): a demonstration addresses its own authorities unless the text says otherwise.
ROOTS_TARGETING_OWN_COUNTRY = frozenset({"14"})
# Demands for reform by society with no target and no place are addressed to its own authorities too ("opposition
# parties demanded a new constitution" -> TZA -> TZA), and so is calling off a protest ("doctors called off their strike").
CODES_OF_SOCIETY_TARGETING_OWN_COUNTRY = ("104", "082")
# Domestic measures with no named target (a curfew, a state of emergency, police deployed, bans imposed, eased or
# lifted, or promised) are aimed at the country where they apply, else at the source's own: "Sri Lanka imposed a
# nationwide curfew" -> LKA -> LKA, "lifted a ban on opposition rallies" -> TZA -> TZA; by anyone of one country.
# (not restrictions in general, 172: "the U.K. imposes restrictions" on imports from another country, often unnamed)
# (0351: the intent to ease restrictions, as --modality-as-intent codes "said it would lift the ban")
# (0873: "the FARC rebels completed their disarmament" -> COL -> COL)
# (080, 083: concessions and reforms, "Ruto withdrew the finance bill", "the president resigned" -> KEN -> KEN, LKA -> LKA;
# 034, 0352: promised reforms and promised calm, "agreed to postpone the demonstration")
# (0863: humanitarian access let into a town; 09: an inquiry opened by prosecutors into an election; 116: a sentence
# passed by a court; 132, 133: threats of bans or strikes, which are aimed at home)
# (123: a refusal of political reform, "Assad said he had no intention of stepping down"; 137: a threat of repression,
# "vowing that security forces would crush any further unrest")
CODES_OF_MEASURES_TARGETING_OWN_COUNTRY = ("1721", "1722", "1723", "1724", "081", "0351", "0342", "153", "0873",
                                           "080", "083", "0863", "09", "116", "132", "133", "034", "0352", "0871",
                                           "123", "137")
# (an inquiry by the state's prosecutors, police or government; "VOA examined the facts" is no such inquiry)
CODES_OF_STATE_MEASURES = ("09",)
# (reforms, resigning or withdrawing a bill, are the source's own wherever it stands when it makes them; a concession in
# general, 080, made at talks abroad is made to the other side, "made concessions at the peace talks in Istanbul")
CODES_OF_CONCESSIONS = ("083",)
# (a ceasefire declared by an army or armed group ends fighting at home: "Colombia's ELN rebels declared a unilateral
# ceasefire" -> COL -> COL; a state named bare may be fighting abroad, "Russia declared an Easter truce")
CODES_OF_ARMED_MEASURES = ("0871",)
# (separatists count here, unlike the fighters whose withdrawal is a retreat in find.py's ARMED_SECTORS)
CEASEFIRE_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF"})
# ... but only for protesters from society: a state "protesting" (a note "protesting the militarization of the
# islands") is not aimed at itself, and a bare country name may be the state.
# (lawyers are coded JUD, and "mass protests by lawyers" are aimed at their own government)
STATE_SECTORS = frozenset({"GOV", "ELI", "MIL", "LEG", "COP", "SPY"})
# (an inquiry is the state's when opened by these or by the courts)
INQUIRY_SECTORS = STATE_SECTORS | {"JUD"}
# Violence with no named perpetrator is coded as coming from the country where it happened ("a car bomb killed
# a journalist in Beirut" -> LBN -> LBN), as sentence-level gold standards do.
ROOTS_SOURCED_FROM_THE_PLACE = frozenset({"18", "19", "20"})
# So are arrests and crowd control with no one named doing them: only a state arrests or disperses crowds where it
# rules ("two journalists were arrested in Tehran" -> IRN -> IRNMED, "a British journalist was detained in Tehran" ->
# IRN -> GBRMED).
CODES_SOURCED_FROM_THE_PLACE = ("173", "175")
# Bombings (suicide, car, roadside) take the place's country as source even against no named people: "a car bomb
# exploded near a market in Benghazi" is LBY -> LBY, the convention for unattributed non-military violence.
CODES_OF_BOMBINGS = ("183",)
# Protests with no named protesters are by people of the place where they are held ("protests against the French
# military presence were held in Ouagadougou" -> BFA -> FRA), whatever their target.
ROOTS_OF_PROTESTS_SOURCED_FROM_THE_PLACE = frozenset({"14"})
RESOLVED_PRECISIONS = frozenset({"point", "city", "region", "country"})
# (the code prefix of transnational militant groups, which the gold standards code by where they act)
ARMED_TRANSNATIONAL_PREFIX = "IMG"
# (the group's acts that happen where it is: coercion and violence, and laying down arms)
ARMED_GROUP_ROOTS_AT_THE_PLACE = frozenset({"17", "18", "19", "20"})
ARMED_GROUP_CODES_AT_THE_PLACE = ("087",)


def armed_group_acts_at_the_place(cameo: str) -> bool:
    """Whether an event of this code done by a transnational armed group happens where the group is."""
    return cameo[:2] in ARMED_GROUP_ROOTS_AT_THE_PLACE or cameo.startswith(ARMED_GROUP_CODES_AT_THE_PLACE)


def _placed_in_a_country(location: Location) -> bool:
    """Whether the event's place was found in the text and resolved to a country."""
    return location.precision in RESOLVED_PRECISIONS and bool(location.country) and location.start is not None


def target_from_place(cameo: str, source: tuple[Actor, ...], target: tuple[Actor, ...],
                      location: Location) -> Optional[Actor]:
    """The host country as a target actor, or None when the event has a target or the place says nothing."""
    at_home = cameo[:2] in ROOTS_TARGETING_THE_PLACE_AT_HOME or cameo.startswith(
        CODES_OF_MEASURES_TARGETING_OWN_COUNTRY + CODES_OF_SOCIETY_TARGETING_OWN_COUNTRY)
    if target or not (at_home or cameo[:2] in ROOTS_TARGETING_THE_PLACE or cameo.startswith(CODES_TARGETING_THE_PLACE)):
        return None
    if not _placed_in_a_country(location):
        return _own_country(cameo, source)
    if cameo.startswith(CODES_OF_ARMED_MEASURES):
        return None  # "declared a ceasefire in south Lebanon" after battles with another militia: not aimed at the place
    if cameo.startswith(CODES_OF_CONCESSIONS) and not any(actor.country == location.country for actor in source):
        # "Orban backed down at an emergency summit in Brussels": a concession abroad is still made at home
        return _own_country(cameo, source)
    if not at_home and any(actor.country == location.country for actor in source):
        return None
    return _place_actor(location)


# Bodies without a country that a domestic measure may name as what it restricts or frees ("blocked access to
# Facebook"). Not NGOs: "allowed the Red Cross to visit prisoners", "banned Amnesty International" are aimed at them.
UNPLACED_BODY_PREFIXES = ("MNC",)
# (humanitarian access, "allowed aid groups to deliver food", is aimed at whoever is let in)
CODES_AIMED_AT_WHOM_THEY_NAME = ("0863",)


def measure_target(cameo: str, source: tuple[Actor, ...], target: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The target of a domestic measure (a ban, a restriction eased, a concession) whose named targets are only
    companies or NGOs of no country: the source's own country, as the gold standards code it ("Russia blocked access to
    Facebook" -> RUS -> RUS); otherwise the target as it is."""
    if not target or not cameo.startswith(CODES_OF_MEASURES_TARGETING_OWN_COUNTRY):
        return target
    if cameo.startswith(CODES_AIMED_AT_WHOM_THEY_NAME):
        return target
    if not all(actor.country is None and (actor.code.startswith(UNPLACED_BODY_PREFIXES) or _generic_ngo(actor))
               for actor in target):
        return target
    home = _own_country(cameo, source)
    return (home,) if home is not None else target


def _generic_ngo(actor: Actor) -> bool:
    """Whether an NGO is named only by its kind ("foreign-funded NGOs", "rights groups"), not by its name ("the Red
    Cross", "Amnesty International")."""
    return actor.code.startswith("NGO") and actor.name is None


def _own_country(cameo: str, source: tuple[Actor, ...]) -> Optional[Actor]:
    """The source's own country as the target of a protest or a demand for reform with no target and no place, when
    the protesters are a part of society (students, workers, opposition) of one country, or of a domestic measure
    (a curfew, a ban) taken or lifted by actors of one country."""
    countries = {actor.country for actor in source}
    measure = cameo.startswith(CODES_OF_MEASURES_TARGETING_OWN_COUNTRY)
    by_society = cameo[:2] in ROOTS_TARGETING_OWN_COUNTRY or cameo.startswith(CODES_OF_SOCIETY_TARGETING_OWN_COUNTRY)
    if not (measure or by_society) or len(countries) != 1 or None in countries:
        return None
    if not _fit_to_take(cameo, source):
        return None
    if not measure and any(actor.sector is None or actor.sector in STATE_SECTORS for actor in source):
        return None
    return _country_actor(source[0])


def _fit_to_take(cameo: str, source: tuple[Actor, ...]) -> bool:
    """Whether the source may take this measure at home: an inquiry only the state's prosecutors, police or government,
    a ceasefire only armed men."""
    if cameo.startswith(CODES_OF_STATE_MEASURES) and not all(actor.sector in INQUIRY_SECTORS for actor in source):
        return False
    return not (cameo.startswith(CODES_OF_ARMED_MEASURES)
                and not all(actor.sector in CEASEFIRE_SECTORS for actor in source))


def _country_actor(actor: Actor) -> Actor:
    """The country of ``actor`` as an actor of its own, at the same text."""
    return Actor(code=actor.country, country=actor.country, sector=None, text=actor.text, start=actor.start,
                 end=actor.end)


# Roots whose acts, with no target named, are aimed at the source's own country in a domestic story: the story-level
# gold standards code a domestic act X -> X ("Sri Lankan President Rajapaksa declared a state of emergency ... Police
# fired tear gas", "union leaders walked out of talks", "his party demanded his immediate release"). Not for shows of
# force (15), aid and cooperation (05-07), which may be aimed at no one or abroad, nor for mass violence (20). A lone
# sentence that names no target has none (the wire-sentence gold standards leave it out), and a story that names
# another party may be about it ("Secretary of State Rubio hosted the ceremony" of Congo and Rwanda).
ROOTS_AT_HOME_IN_A_DOMESTIC_STORY = frozenset({"03", "04", "08", "09", "10", "11", "12", "13", "14", "16", "17", "18",
                                               "19"})
# ... but not a trip (042, 043: "said he would travel to the summit") or a threat of force (138: "threatened to launch a
# new military operation", "vowed to retake all occupied territory"), which are aimed abroad or at a foe left unnamed.
CODES_NOT_AT_HOME_IN_A_DOMESTIC_STORY = ("042", "043", "138")
# (nor an army's attacks, 18-19, with no target named: they are aimed at a foe the sentence leaves out)
ARMED_ROOTS_NOT_AT_HOME = frozenset({"18", "19"})
# (a formal complaint, like a protest, is aimed at home only when society lodges it)
CODES_OF_FORMAL_COMPLAINTS = ("114",)


def story_parties(actor_mentions: Iterable[ActorMention]) -> frozenset:
    """The countries and transnational bodies (IGO, NGO, ...) a text's actors belong to."""
    return frozenset(m.actor.country or m.actor.code[:3] for m in actor_mentions
                     if m.actor.country or m.actor.code[:3] in TRANSNATIONAL_PREFIXES)


def target_at_home(cameo: str, source: tuple[Actor, ...], target: tuple[Actor, ...],
                   parties: Optional[frozenset], location: Optional[Location] = None) -> Optional[Actor]:
    """The source's own country as the target of an act with no target, when the source is of one country and the
    story (``parties``: of a text of several sentences, with its dateline's and its events' places' countries; None for
    a lone sentence) names no other party, and the event's place is not in another country."""
    if parties is None or target or not source or cameo[:2] not in ROOTS_AT_HOME_IN_A_DOMESTIC_STORY:
        return None
    if cameo.startswith(CODES_NOT_AT_HOME_IN_A_DOMESTIC_STORY):
        return None
    # (the limits of _own_country: a ceasefire by armed men, an inquiry by the state, a protest by society; "Putin
    # declared an Easter truce", "Kishida protested strongly" are aimed at a foe or a state left unnamed)
    if not _fit_to_take(cameo, source):
        return None
    if cameo[:2] in ARMED_ROOTS_NOT_AT_HOME and any(actor.sector == "MIL" for actor in source):
        return None  # "KYIV - Ukrainian forces struck a bridge": an army's strike with no target named hits a foe
    protest = cameo[:2] in ROOTS_TARGETING_OWN_COUNTRY or cameo.startswith(CODES_OF_FORMAL_COMPLAINTS)
    if protest and any(actor.sector is None or actor.sector in STATE_SECTORS for actor in source):
        return None  # (a state's protest or formal complaint, "would file a protest", is lodged with another state)
    return _home_country(source, parties, location)


def _home_country(side: tuple[Actor, ...], parties: frozenset, location: Optional[Location]) -> Optional[Actor]:
    """The one country of ``side`` as an actor, when it is the story's only party and the event's place (if any) lies
    in it; else None."""
    countries = {actor.country for actor in side}
    if len(countries) != 1 or None in countries or not parties <= countries:
        return None
    if location is not None and _placed_in_a_country(location) and location.country not in countries:
        return None
    return _country_actor(side[0])


# Acts whose doer a domestic story leaves unnamed and which its own state or people do at home: demands, accusations,
# rejections and threats (10-13: "Codelco, which rejected the union's demand"), protests (14), arrests and crowd control
# (17). Not violence, kidnappings or releases ("Two Ukrainian civilians were killed overnight", "Five Kenyan truck
# drivers were kidnapped", "Three Israeli hostages were released"), often done by a foe.
ROOTS_SOURCED_AT_HOME_IN_A_DOMESTIC_STORY = frozenset({"10", "11", "12", "13", "14", "17"})


def source_at_home(cameo: str, source: tuple[Actor, ...], target: tuple[Actor, ...], parties: Optional[frozenset],
                   location: Optional[Location] = None) -> Optional[Actor]:
    """The country of a domestic story (``parties``, as for target_at_home) as the source of a demand, a rejection, a
    protest or an arrest whose doer it does not name ("54 people were arrested") when the target is of that country (and the
    event's place not in another): in a story of one country, only its own people act there."""
    if parties is None or source or not target or cameo[:2] not in ROOTS_SOURCED_AT_HOME_IN_A_DOMESTIC_STORY:
        return None
    return _home_country(target, parties, location)


def _place_actor(location: Location) -> Actor:
    return Actor(
        code=location.country, country=location.country, sector=None,
        text=location.text or location.country, start=location.start, end=location.end,
    )


def source_from_place(cameo: str, source: tuple[Actor, ...], target: tuple[Actor, ...],
                      location: Location) -> Optional[Actor]:
    """The country where an attack happened as its source, when the text names no perpetrator ("three soldiers
    were killed by a roadside bomb outside Basra" -> IRQ); None when the event has a source or the place says
    nothing. Only for violence (CAMEO 18-20), arrests and crowd control (173, 175) against named people: "attacks on
    Ukraine" with no attacker named is not Ukraine attacking itself; and for protests ("protests were held in
    Ouagadougou" -> BFA)."""
    protest = cameo[:2] in ROOTS_OF_PROTESTS_SOURCED_FROM_THE_PLACE
    sourced_from_place = cameo[:2] in ROOTS_SOURCED_FROM_THE_PLACE or cameo.startswith(CODES_SOURCED_FROM_THE_PLACE)
    bombing = cameo.startswith(CODES_OF_BOMBINGS)
    if source or not (protest or bombing or any(actor.sector for actor in target) and sourced_from_place):
        return None
    if not _placed_in_a_country(location):
        return None
    return _place_actor(location)


# A protest that names neither side and has no place ("resigned on Sunday after three weeks of protests", "after weeks of
# protests" behind a resignation or an ouster) is background unrest of the country its sentence is about: when the
# sentence names actors of one country only, its people protested against it (the gold convention of protests with no
# named target); with two countries named ("landed in Mexico after weeks of protests at home") it stays unplaced.
ROOTS_OF_UNPLACED_PROTESTS_AT_HOME = frozenset({"14"})


def behind_background_prep(token, preps: frozenset, span_nouns: frozenset = frozenset(),
                           cause_preps: Optional[frozenset] = None, home_nouns: frozenset = frozenset()) -> bool:
    """Whether a noun is the object of a background preposition (grammar.yaml ``background_preps``), also through a
    span of time or a count (``background_span_nouns``: "after three weeks of protests", "amid months of unrest",
    "following days of rioting"; not "despite fears of protests", "after the absence of protests"). With
    ``cause_preps``, the noun's own prepositions must all be among them ("weeks of protests over the election", not
    "protests from fans") or spread it over one of ``home_nouns`` ("across the country", not "across the frontier")."""
    if cause_preps is not None and any(
            c.dep_ == "prep" and c.lower_ not in cause_preps
            and not any(o.lemma_.lower() in home_nouns for o in c.children if o.dep_ == "pobj") for c in token.children):
        return False
    node = token
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.i == node.i:
            return False
        prep = node.head
        if prep.lower_ in preps:
            return True
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in span_nouns:
            return False
        node = prep.head
    return False


def unplaced_protest_country(cameo: str, source: tuple[Actor, ...], target: tuple[Actor, ...],
                             location: Optional[Location], sentence_countries: frozenset,
                             anchor: tuple[int, int, str], background: bool,
                             sentence_home: frozenset = frozenset()) -> Optional[Actor]:
    """The one country named in the sentence as both sides of a background protest (``background``: its noun is behind
    one of ``background_preps``) that the grammar and the place stage left with no actor (``anchor``: the trigger's
    start, end and text, for the actor's span), when the sentence names that country as a political party
    (``sentence_home``, pipeline._home_countries_by_sentence: "Bolivian President Evo Morales resigned after weeks of
    protests"; not "Brazilian striker Neymar left the pitch after protests"); None otherwise."""
    if source or target or not background or cameo[:2] not in ROOTS_OF_UNPLACED_PROTESTS_AT_HOME:
        return None
    if location is not None and _placed_in_a_country(location):
        return None
    if len(sentence_countries) != 1:
        return None
    (country,) = sentence_countries
    if country not in sentence_home:
        return None  # (a team, a striker or a retailer named by its country has no unrest at home behind it)
    start, end, text = anchor
    return Actor(code=country, country=country, sector=None, text=text, start=start, end=end)


def actors_in_place_country(actors: tuple[Actor, ...], location: Location,
                            sentence_countries: frozenset = frozenset(),
                            armed_groups_here: bool = False) -> tuple[Actor, ...]:
    """Role-only actors take the country of the place where the event happened: "people blocked streets in
    Hong Kong" -> HKGCVL, "police fired tear gas in Cairo" -> EGYCOP. Armed roles (troops, rebels) may be
    foreign: they do so only when their sentence names no other country ("rebels seized Kisangani")."""
    if not _placed_in_a_country(location):
        return actors
    armed_too = sentence_countries <= {location.country}
    return tuple(
        replace(actor, country=location.country, code=location.country + actor.code)
        if (actor.country is None and actor.sector and actor.code == actor.sector
            and (actor.sector in DOMESTIC_SECTORS or armed_too)
            and actor.code[:3] not in TRANSNATIONAL_PREFIXES)
        else _where_it_acts(actor, location) if armed_groups_here else actor
        for actor in actors
    )


def _where_it_acts(actor: Actor, location: Location) -> Actor:
    """A transnational armed group (IMG: Islamic State, al-Qaeda) the actor stage could not place takes the country
    where the event happened, as the gold standards code it: "Islamic State militants fired shells at Peshmerga
    fighters near Makhmour" -> IRQ (the actor stage places only by countries and capitals it knows). Only for the
    group's own acts of force (armed_group_acts_at_the_place, as source): the place of other events is often where
    someone spoke of it ("Speaking in Paris, Macron vowed to destroy Islamic State")."""
    if actor.country is not None or not actor.code.startswith(ARMED_TRANSNATIONAL_PREFIX):
        return actor
    return replace(actor, country=location.country, code=location.country + (actor.sector or ""))
