"""Toponym recognition and resolution for one Document.

Recognition: spaCy GPE/LOC/FAC entities (extended by a following "air base", "province", ...), plus
gazetteer matches on proper-noun runs the tagger missed. Actor mentions are not places ("Moscow said",
"Turkey shelled"), unless they sit in a locative phrase ("in Moscow").

Resolution ranks each name's candidates by kind and population, then by the article's context:
the countries of the other places and of the actors, regions named in the article ("Paris" in a
Texas story), and a qualifier right after the name ("Paris, Texas"; "Hamadan, in north-west Iran").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Optional, Sequence

from spacy.symbols import ADJ, ADP, INTJ, NOUN, PROPN, X

from ..clean import find_dateline
from ..geo import km_between
from ..records import ActorMention, Document, Location
from .cues import PlaceCues
from .gazetteer import Gazetteer, Place, normalize_name

LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities of these labels are names of something else; a gazetteer match inside one is ignored
# unless a locative preposition comes right before it.
OTHER_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
# Entities of these labels are never place names ("in March", "on Nov. 22").
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
MAX_NAME_TOKENS = 6
LIST_SEPARATORS = frozenset({",", "and", "or"})
MAIN_COUNTRIES = 3  # countries whose towns a name nothing resolves is compared with by transliteration
RECENT_DOCUMENTS = 8  # documents whose toponyms are kept for the find_place calls of their events
MIN_GAP_CITY_POPULATION = 100_000  # a missed name that is only a small town needs more evidence
# A name on a side of a border ("On the Pakistani side, ... in Chakothi") takes that side's country unless one of
# its readings is a capital or a city this large (named there for another reason).
SIDE_TOWN_POPULATION = 100_000
# A dateline ("NAIROBI, Kenya (AP) -") counts as this many mentions of its country: the story is filed from there.
DATELINE_CONTEXT = 1
DATELINE_WINDOW = 200  # characters at the start of an article that can hold its dateline

KIND_SCORE = {"alias": 8.5, "airport": 8.0, "country": 8.0, "region": 5.5, "county": 6.0}
CONTEXT_COUNTRY_BONUS = 2.5
CONTEXT_ADMIN1_BONUS = 1.5  # a city in a region the article names, or a region holding a city it names
QUALIFIER_COUNTRY_BONUS = 4.0
QUALIFIER_ADMIN1_BONUS = 3.0
ALTERNATE_NAME_PENALTY = 1.5
COUNTRY_NAME_CLASH = 3.0
SMALL_TOWN_POPULATION = 50_000
CROSS_BORDER_SUBURB_KM = 50.0  # a place "in" a city this near it, in a neighbouring country, is that town
# The region nouns our data lists a region with when its bare name is a town elsewhere ("Beni department").
REGION_NAME_NOUNS = ("department", "province", "region", "state", "governorate", "district", "county")
LIST_REGION_NOUN_WINDOW = 8  # words from a name to the plural region noun its list goes on to ("X, Y and Z states")
# "Deir Ezzor City" names the city Deir ez-Zor, spelt another way; "Kerry Town" is no village Kerry: a town
# reached by dropping a capitalised "Town" must be this large.
NAMED_TOWN_POPULATION = 20_000
# A small town named like a city this large abroad needs its region named to take its country's context
# ("experts from Washington and Geneva" is not Geneva, Illinois), as one named like a capital does.
NAMESAKE_CITY_POPULATION = 150_000
FOREIGN_ALTERNATE_POPULATION = 1_000_000  # above: a well-known other name ("Bombay") holds anywhere
FOREIGN_TOWN_CONTEXT = 3  # place/actor mentions in other countries that make a lone small town doubtful
# In a short text (SHORT_TEXT_SENTENCES) one place name in another country is enough; only place names count
# there (not actors, nationality adjectives or countries inside organisation names: "the Islamic State of Iraq").
FOREIGN_TOWN_CONTEXT_SHORT_TEXT = 1
SHORT_TEXT_ALTERNATE_POPULATION = 100_000  # there, a town known by another spelling above this holds ("Fallujah")
REGION_NAME_CLASH = 1.5
# A region of a country the story never names, against a capital or large city of a country it names.
FOREIGN_REGION_PENALTY = 2.5
REGION_CUE_BONUS = 3.0  # a region candidate when the text calls the name a state, province, ...
TOWN_CUE_BONUS = 3.0  # a town candidate when the text calls the name a town, city, village or capital
CAPITAL_BONUS = 1.0  # national capitals are the usual reading of their name ("Cairo", "London")
REGION_AMONG_REGIONS_BONUS = 1.0  # a region named like a country, when other regions of its country are named
DEMONYM_CONTEXT = 1  # weight of a nationality adjective ("Zimbabwean") as context, like one place
# A story is set in a country named at least this often, making up at least this share of its country mentions.
STORY_COUNTRY_MENTIONS = 2
STORY_COUNTRY_SHARE = 1 / 2
# A text of at most this many sentences is set in the one country its place names lie in, even one name
# ("Russian jets struck the towns of Khan Touman and Aleis in southern Aleppo"): no more text outweighs it.
# Nationality adjectives do not count there: in one sentence they are as often the foreign side.
SHORT_TEXT_SENTENCES = 2


@dataclass
class Toponym:
    """A place name found in the text, with its candidates and the chosen place."""

    token_start: int
    token_end: int  # exclusive
    text: str
    start: int
    end: int
    candidates: list[Place]
    place: Optional[Place] = None
    score: float = 0.0
    is_actor: bool = False  # also an actor mention: a place only in a locative phrase ("in Moscow")
    tagged_place: bool = False  # the tagger called it a place (GPE, LOC or FAC)
    region_cue: bool = False  # the text calls it a region: "the state of Washington", "Limburg province"
    town_cue: bool = False  # the text calls it a town: "its capital, Trinidad", "the town of X", "X, a village"
    said_country: Optional[str] = None  # a nationality the text gives it: "the Dutch province of Limburg"
    said_county: bool = False  # "County" follows the name and is not part of it ("Lamar County", unknown there)
    said_place: bool = False  # the syntax says it is a place ("in X", "captured X") or a caller does (given spans)
    from_part_of_name: bool = False  # candidates are those of a part of the name ("Salinas" of "Salinas Valley")
    given: bool = False  # a span a caller says is a place name (resolve_spans), not one we recognized
    qualifiers: list["Toponym"] = field(default_factory=list)
    containers: list["Toponym"] = field(default_factory=list)  # places said to contain this one
    # places this one is located from ("Dhuluiya, 70 km north of Baghdad"): not containers, but in the same
    # country when nothing else places the name
    reference_points: list["Toponym"] = field(default_factory=list)
    # The country a story firmly set in one country gives a place name nothing resolves ("the village of
    # Pongpong" in a Philippine story): the honest answer is that country, at country precision.
    story_country: Optional[Place] = None

    def container_place(self) -> Optional[Place]:
        """The nearest resolved place the text says this one lies in ("X neighbourhood in Damascus")."""
        for container in self.containers:
            if container.place is not None:
                return container.place
            found = container.container_place()
            if found is not None:
                return found
        return None

    def placed_at(self) -> Optional[Place]:
        """The place this name is put at: its own, else the place the text says contains it, else the
        country the story is set in (see ``story_country``), else None."""
        return self.place or self.container_place() or self.story_country

    def location(self) -> Location:
        """This toponym as a Location record.

        An unresolved name inside a resolved place ("the village of Tamthil in Homs province")
        gets the containing place's name, coordinates and precision; an unresolved name in a story
        set in one country gets that country; otherwise it is ``unknown``.
        """
        place = self.placed_at()
        if place is None:
            return Location(self.text, None, None, None, None, "unknown", self.start, self.end)
        return Location(
            text=self.text,
            name=place.name,
            country=place.country,
            lat=place.lat,
            lon=place.lon,
            precision=place.precision,
            start=self.start,
            end=self.end,
            geonameid=place.geonameid,
        )


def _in_locative_phrase(token, cues: PlaceCues) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in cues.recognition_locative_prepositions


def _covered(token_start: int, token_end: int, taken: list[bool]) -> bool:
    return any(taken[token_start:token_end])


def _extend_with_suffix(doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """The end of the longest "<name> <suffix>" the gazetteer knows, or ``end``."""
    best = end
    if end >= len(doc):
        return end
    following = doc[end].lower_  # (read once: most names are followed by no suffix at all)
    if following not in gazetteer.cues.name_suffix_first_words:
        return end
    for suffix in gazetteer.cues.name_suffixes:
        stop = end + len(suffix)
        if stop > len(doc) or suffix[0] != following:
            continue
        if all(doc[end + k].lower_ == word for k, word in enumerate(suffix)):
            extended = gazetteer.lookup(doc[start:stop].text)
            if not extended or stop <= best:
                continue
            # "Bali airport" is Bali's airport, not a namesake airfield in Cameroon: the longer name
            # must lie in the country of the bare name's usual reading, when the bare name is known.
            usual, _ = _best(gazetteer.lookup(doc[start:end].text), _base_score)
            if usual is None or usual.country is None or any(p.country == usual.country for p in extended):
                best = stop
    return best


def _spelling_variants(name: str, cues: PlaceCues) -> list[str]:
    """Other usual spellings of a name: without an Arabic article, with abbreviations written out."""
    variants = []
    stripped = cues.article_prefix.sub("", name, count=1)
    if stripped != name and stripped:
        variants.append(stripped)
    words = name.replace(".", " ").split()
    if words and words[0].lower() in cues.abbreviations:
        variants.append(" ".join([cues.abbreviations[words[0].lower()]] + words[1:]))
    return variants


def name_candidates(name: str, gazetteer: Gazetteer, said_to_be_place: bool = False) -> list[Place]:
    """The gazetteer's places called ``name``; villages too when the text says it is a place.

    Villages and small towns are looked up only when ``said_to_be_place`` (the syntax, or a caller
    that knows the span is a place, says so): most of their names are also ordinary words or surnames.
    """
    candidates = gazetteer.lookup(name)
    if gazetteer.demonym_country(name) is not None:
        # a nationality adjective ("the Thai border") is no town or village, whatever alternate names list
        return [p for p in candidates if not p.alternate and p.kind != "city"]
    if not candidates and said_to_be_place:
        for variant in _spelling_variants(name, gazetteer.cues):  # "Al-Minya" -> "Minya", "St. Louis" -> "Saint Louis"
            # (a national capital is not the usual reading of its name spelled otherwise: "the Al-Juba district" of
            # a Yemeni story is not South Sudan's capital)
            candidates = [replace(p, capital=False) if p.capital else p for p in gazetteer.lookup(variant)]
            if candidates:
                break
    # Only other spellings of cities ("Kalam" for Kallam): a village of that very name may be meant.
    only_alternates = bool(candidates) and all(p.alternate for p in candidates)
    if ((not candidates or only_alternates) and said_to_be_place and name[:1].isupper()
            and normalize_name(name) not in gazetteer.cues.not_place_words):
        candidates = candidates + gazetteer.small_places(name)  # "near Soldeu"
    return candidates


@dataclass
class _TokenFacts:
    """What the places stage's scans over every token ask first, read from one spaCy array per document and shared
    by recognition and resolution: building a Token object for each word on each pass is what costs."""

    text: str  # the document's text (token offsets below index it)
    pos: list[int]
    capitalised: list[bool]  # the word's first character is upper case
    title: list[bool]  # written in title case (IS_TITLE)
    in_entity: list[bool]
    in_person: list[bool]
    lower: list[str]
    start: list[int]  # character offset of each token
    end: list[int]  # character offset after each token

    @classmethod
    def of(cls, document: Document) -> "_TokenFacts":
        columns, text = document.columns, document.clean_text  # (the document's columns, shared with other stages)
        person = document.doc.vocab.strings["PERSON"]
        starts, entity = columns.idx, columns.ent_type_id
        return cls(text=text, pos=columns.pos_id, capitalised=[text[i:i + 1].isupper() for i in starts],
                   title=columns.is_title,
                   in_entity=[value != 0 for value in entity], in_person=[value == person for value in entity],
                   lower=columns.lower, start=starts, end=columns.end)

    @cached_property
    def capitalised_names(self) -> list[int]:
        """Indexes of the capitalised proper nouns, nouns and adjectives (where a name the tagger missed may start),
        and of capitalised words the tagger could not class ("Doctors in Sana'a said": an apostrophe inside a name
        makes it read the word as an address), or as an interjection after a preposition ("Hospitals in Sana'a and
        Hodeidah"; not "Oh" opening a sentence)."""
        return [i for i, (pos, capital) in enumerate(zip(self.pos, self.capitalised))
                if capital and (pos in (PROPN, NOUN, ADJ, X) or (pos == INTJ and i > 0 and self.pos[i - 1] == ADP))]

    @cached_property
    def capitalised_proper_nouns(self) -> list[int]:
        """Indexes of the capitalised proper nouns."""
        return [i for i, (pos, capital) in enumerate(zip(self.pos, self.capitalised)) if capital and pos == PROPN]

    def words(self, start: int, stop: int) -> str:
        """The text of tokens ``start:stop`` (what ``doc[start:stop].text`` gives, without building a Span)."""
        return self.text[self.start[start]:self.end[stop - 1]]


def recognize(document: Document, actor_mentions: Sequence[ActorMention], gazetteer: Gazetteer,
              facts: Optional[_TokenFacts] = None) -> list[Toponym]:
    """Place names in the document with their gazetteer candidates (not yet resolved)."""
    doc = document.doc
    facts = facts or _TokenFacts.of(document)
    taken = [False] * len(doc)
    actor_tokens = [False] * len(doc)
    for actor in actor_mentions:
        for index in range(max(actor.token_start, 0), min(actor.token_end, len(doc))):
            actor_tokens[index] = True
    other_entity = [False] * len(doc)
    unknown_place = [False] * len(doc)  # inside a GPE/LOC/FAC entity the gazetteer does not know
    toponym_tokens = [False] * len(doc)  # inside a name already taken as a place
    found: list[Toponym] = []
    listed_places = _ListedPlaces()  # the places of ``found`` that are no actors (kept up to date by ``add``)
    entities = doc.ents  # a tuple built anew on each access: read once
    size, entity_labels, lower = len(doc), document.columns.ent_type, facts.lower

    def add(start: int, end: int, keep_unknown: bool = False, locative: bool = False,
            full_name: Optional[str] = None, known: Optional[list[Place]] = None, part_of_name: bool = False) -> bool:
        # ``full_name``: the name the words stand for ("Central" in "Central and South America");
        # ``known``: candidates found otherwise (a near spelling).
        # A leading "the" is not part of the name.
        # (the words read from the document's columns: a Token or Span for each name tried is what costs)
        while start < end and lower[start] == "the":
            start += 1
        if start >= end or _covered(start, end, taken):
            return False
        name = facts.words(start, end)
        if (end < size and lower[end] in gazetteer.cues.named_after_words
                and not _opens_body_name(doc, end, gazetteer.cues)):
            return False  # "Marburg virus", "Lassa fever": the name of a disease, not a place
        candidates = known if known is not None else name_candidates(full_name or name, gazetteer, locative)
        if (candidates and (end - start == 1 or (end - start == 2 and doc[start + 1].text == "."))
                and gazetteer.is_dotted_state(name)
                and not _state_abbreviation_position(doc, start, gazetteer.cues, end)):
            return False  # "President Md. Abdul Hamid", "the S.C. ordered", "scored by Mo.", "his Pa. was a miner"
        if full_name is not None:
            candidates = [p for p in candidates if p.kind in ("country", "region")]
        if not candidates and not keep_unknown:
            return False
        if not candidates and gazetteer.demonym_country(name) is not None:
            return False  # "the Tajik town of Isfara", "the Kyrgyz-Tajik border": an adjective, no unknown place
        if not candidates and all(lower[index] in gazetteer.cues.group_words for index in range(start, end)):
            return False  # "in Mennonite communities", "a Hasidic community": a faith or a people, no unknown place
        if not candidates and normalize_name(name) in gazetteer.cues.not_place_words:
            return False  # "Diphtheria, not seen in the country ..., has been reported in Caracas"
        if not candidates and end - start > 1 and lower[end - 1] in gazetteer.cues.building_name_endings:
            return False  # "at Mirwais Regional Hospital in Kandahar": a building, not a place of its own
        is_actor = _covered(start, end, actor_tokens)
        for index in range(start, end):
            taken[index] = True
            toponym_tokens[index] = True
        found.append(Toponym(start, end, name, facts.start[start], facts.end[end - 1], candidates, is_actor=is_actor,
                             tagged_place=entity_labels[start] in LOCATION_LABELS, said_place=locative,
                             from_part_of_name=part_of_name))
        if not is_actor:
            listed_places.add(found[-1])
        return True

    text = document.clean_text
    if any(match.group(1).isupper() and match.group(2).isupper() for match in HYPHEN_QUALIFIED_NAME.finditer(text)):
        _add_hyphen_qualified_names(doc, gazetteer, add)
    hyphen_joined = any(match.group(1).isupper() for match in LETTER_AFTER_HYPHEN.finditer(text))
    if STATE_AFTER_COMMA.search(text):
        _add_state_abbreviations_after_towns(doc, gazetteer, add, facts)
    _add_split_place_names(doc, entities, gazetteer, add)
    _add_names_joined_by_and(doc, gazetteer, add, facts)
    _add_listed_divisions(doc, facts, gazetteer, add)
    for ent in entities:
        if ent.label_ in LOCATION_LABELS and not any(t.text[:1].isupper() for t in ent) and not _is_capitalised_name(
                ent.text, gazetteer.cues):
            # a common noun the tagger took for a place ("the dead swan", "born with microcephaly", even parsed as a
            # proper noun): no name at all; but "eThekwini", "al-Hol" are names
            continue
        if ent.label_ in LOCATION_LABELS and normalize_name(ent.text) in gazetteer.cues.not_place_words:
            continue  # "Xinhua reported", "Earth": tagged as a place, almost never one
        if ent.label_ in LOCATION_LABELS:
            if (ent.start >= 2 and doc[ent.start - 1].lower_ in ("'s", "\u2019s") and doc[ent.start - 2].pos_ == "PROPN"
                    and gazetteer.lookup(doc[ent.start - 2:ent.end].text) and add(ent.start - 2, ent.end)):
                continue  # "Hawke's Bay", "Martha's Vineyard": the possessive is part of the name
            if _add_tagged_feature_name(ent, add, gazetteer):
                continue  # "the Comoro river" is no Comoros
            hyphenated_end = _hyphenated_word_end(doc, ent.end)
            if hyphenated_end > ent.end and gazetteer.lookup(doc[ent.start:hyphenated_end].text):
                add(ent.start, hyphenated_end)  # "Mazar" tagged alone in "Mazar-e-Sharif"
                continue
            if (not add(ent.start, _extend_with_suffix(doc, ent.start, ent.end, gazetteer))
                    and not _add_without_settlement_noun(ent, add, gazetteer.cues)
                    and not _add_without_part_word(ent, add, gazetteer.cues)
                    and not _add_tagged_feature_named_after_town(ent, add, gazetteer)
                    and not _add_listed_towns(ent, add, gazetteer)):
                for index in range(ent.start, ent.end):
                    unknown_place[index] = True
        elif ent.label_ in OTHER_NAME_LABELS or _area_tagged_as_time(ent, gazetteer):
            for index in range(ent.start, ent.end):
                other_entity[index] = True
        elif ent.label_ in NOT_PLACE_LABELS:
            for index in range(ent.start, ent.end):
                taken[index] = True
    # Named places the gazetteer does not know ("Aziziyah") are kept, unresolved, unless a known
    # country or region inside them is found below: an event can still be placed at them.
    unknown_entities = [ent for ent in entities if ent.label_ in LOCATION_LABELS and unknown_place[ent.start]]
    # The last words of people's full names: the same word alone later is the person again ("Ali Hassan ...
    # Hassan said"), not the town of Hassan.
    surnames = {ent[-1].lower_ for ent in entities if ent.label_ == "PERSON" and len(ent) > 1}

    # Names the tagger missed: longest gazetteer match starting at each capitalised proper noun.
    index = 0
    for capital in facts.capitalised_names:  # (capitalised nouns and adjectives: the other words start no name)
        if capital < index:
            continue  # inside a name just matched
        index = capital
        if taken[index]:
            index += 1
            continue
        if not gazetteer.starts_a_name(facts.words(index, index + 1)):
            index += 1
            continue
        token = doc[index]  # (built only for a word that may start a name)
        if (_is_feature_noun(token, gazetteer.cues) and index > 0 and doc[index - 1].pos_ == "PROPN"
                and doc[index - 1].text[:1].isupper()):  # "Valley" of "the Esk Valley" is no town
            index += 1
            continue
        if (facts.in_person[index] and facts.lower[index] in surnames and token.ent_iob_ == "B"
                and (index + 1 == len(doc) or doc[index + 1].ent_iob_ != "I")
                and not _place_syntax(doc, index, index + 1, gazetteer.cues, toponym_tokens)):
            index += 1  # "Hassan said", after "Ali Hassan"
            continue
        matched_end = None
        for stop in range(min(len(doc), index + MAX_NAME_TOKENS), index, -1):
            if _covered(index, stop, taken) or not facts.text[facts.start[stop - 1]:facts.end[stop - 1]][:1].isalnum():
                continue
            candidates = gazetteer.lookup(facts.words(index, stop))
            if candidates and _acceptable_gap_match(
                doc, index, stop, candidates, other_entity, unknown_place, gazetteer, toponym_tokens
            ):
                matched_end = stop
                break
        if matched_end is None or _piece_of_feature_name(facts, taken, index, matched_end, gazetteer.cues):
            index += 1  # (a piece of "the Siversky Donets river" is no town: the run is taken below)
            continue
        # With syntax saying it is a place, villages join a name known only by another spelling ("residents
        # of Ariha" is not Jericho).
        said_place = _place_syntax(doc, index, matched_end, gazetteer.cues, toponym_tokens)
        known = name_candidates(doc[index:matched_end].text, gazetteer, said_place)
        vouched = (_person_list_places(doc, index, matched_end, found, listed_places, known)
                   if facts.in_person[index] else None)
        if vouched is not None and not vouched:
            index += 1  # "met in Madrid and Pedro Sanchez welcomed them": no town of that name
            continue
        known = known if vouched is None else vouched
        feature_end = _feature_noun_end(doc, matched_end, taken, gazetteer.cues)
        if feature_end > matched_end and not any(p.kind in ("country", "region") for p in known):
            # "the Esk Valley": a valley named after a town, believed at it only in that town's country
            add(index, feature_end, known=[p for p in known if p.kind == "city"], part_of_name=True)
            index = feature_end
            continue
        # (said to be a place: a whole proper name dropped below as a foreign namesake may still take the story's
        # country, "Residents of Bwera"; not a piece of a longer name nor a common word: "Republic Act 9296")
        whole_name = (token.ent_iob_ == "B" and (matched_end == len(doc) or doc[matched_end].ent_iob_ != "I")
                      and all(facts.pos[i] == PROPN for i in range(index, matched_end)))
        add(index, matched_end, known=known, locative=said_place and whole_name)
        index = matched_end
    if hyphen_joined:
        _add_hyphen_joined_places(doc, facts, gazetteer, add)
    _add_glued_unknown_pieces(doc, entities, toponym_tokens, gazetteer, add)
    places_at = {t.token_start: t for t in found}
    for ent in unknown_entities:
        span = doc[ent.start:ent.end]  # (unlabelled, as the checks read it; built once: each Span costs)
        add(ent.start, ent.end, keep_unknown=True,
            locative=_place_syntax(doc, ent.start, ent.end, gazetteer.cues, toponym_tokens)
            or _village_of_the_next_place(doc, ent.start, ent.end, places_at, gazetteer)
            or _site_shaped_name(span, gazetteer.cues)  # "the Kotri Barrage"
            or _feature_shaped_name(span, gazetteer.cues)  # "the Kagera River"
            or _names_feature_or_site(span, gazetteer.cues)  # "the Tárcoles river basin"
            or _place_shaped_name(span, gazetteer.cues)  # "Latifabad and Qasimabad were hit"
            or _settlement_named(span, gazetteer.cues))
    # Untagged proper names the syntax calls a settlement: "the village of Cellardyke", "Kisima area";
    # other untagged names the syntax calls a place only when they name a village ("near Soldeu").
    for run_start, run_end in list(_name_runs(facts, taken, outside_entities=True)):
        if hyphen_joined and _piece_of_hyphenated_name(doc, run_start, run_end, gazetteer.cues):
            continue  # "Ada" of "the Mvog-Ada market": a piece of a compound name nothing knows whole
        span = doc[run_start:run_end]  # (built once: each Span costs)
        if _feature_named(span, gazetteer.cues):
            add(run_start, span.root.head.i + 1, keep_unknown=True, locative=True)  # "the Akosombo dam"
        elif _site_shaped_name(span, gazetteer.cues) or _feature_shaped_name(span, gazetteer.cues):
            add(run_start, run_end, keep_unknown=True, locative=True)  # "the Tahtani Roundabout", "Hamrin Ridge"
        elif _settlement_named(span, gazetteer.cues) or _place_shaped_name(span, gazetteer.cues):
            add(run_start, run_end, keep_unknown=True, locative=True)
        elif _place_syntax(doc, run_start, run_end, gazetteer.cues, toponym_tokens):
            if _add_feature_named_after_town(doc, run_start, run_end, taken, gazetteer, add):
                continue  # "the Esk Valley"
            if not add(run_start, run_end, locative=True):
                # "from Dogu Beyazit, a farming town in eastern Turkey": another spelling of a town in a
                # country the story names.
                if normalize_name(span.text) not in gazetteer.cues.not_place_words:
                    known = _other_spellings(span.text, _countries_found(found), gazetteer)
                    if known:
                        add(run_start, run_end, locative=True, known=known)
                    elif (_listed_after_locative(doc, run_start, run_end, toponym_tokens, gazetteer.cues)
                          or _listed_with_town(span, found, gazetteer.cues)  # "in Jere and Gwoza"
                          or _followed_by_container(doc, run_end, found, gazetteer.cues)
                          or _followed_by_reference(doc, run_end, found, gazetteer.cues)):
                        # "In Mepe and Battor"; "at Mutarule, in the territory of Uvira"
                        add(run_start, run_end, keep_unknown=True, locative=True)
        elif _after_passage_preposition(doc, run_start, gazetteer.cues):
            add(run_start, run_end, locative=True)  # "drove through Behchoko": a name the gazetteer knows
        elif _followed_by_reference(doc, run_end, found, gazetteer.cues):
            add(run_start, run_end, keep_unknown=True, locative=True)  # "Dhuluiya, 70 km north of Baghdad"
    # (capitalised adjectives read from the shared arrays: building every token again is what costs)
    for index, (is_title, pos) in enumerate(zip(facts.title, facts.pos)):
        if not (is_title and pos == ADJ) or taken[index]:
            continue
        token = doc[index]
        if (not token.ent_type_ and token.dep_ == "amod" and gazetteer.demonym_country(token.text) is None
                and _settlement_named(doc[index:index + 1], gazetteer.cues)):
            add(index, index + 1, keep_unknown=True, locative=True)  # "Mbuta village"
    # A name the tagger called a person or organisation is a place when the syntax says so:
    # "the town of Tamthil", "in the vicinity of Kobane", "the Duluiyah town", "Aziziyah district".
    for ent in entities:
        if ent.label_ in ("WORK_OF_ART", "LAW", "EVENT") and not _covered(ent.start, ent.end, taken):
            if _site_shaped_name(ent, gazetteer.cues) or _feature_shaped_name(ent, gazetteer.cues):
                add(ent.start, ent.end, keep_unknown=True, locative=True)  # "the defence of the Tabaqa Dam"
            continue
        if ent.label_ not in ("PERSON", "ORG", "NORP", "PRODUCT") or _covered(ent.start, ent.end, taken):
            continue
        # A rare name may be tagged a nationality or a product ("the town of Jezzine", "the Izingolweni area").
        named_like_people = ent.label_ in ("NORP", "PRODUCT") and gazetteer.demonym_country(ent.text) is None
        if (ent.label_ == "ORG" and len(ent) >= 2 and ent[-1].is_lower and _noun_in(ent[-1], gazetteer.cues.settlement_nouns)
                and _is_capitalised_name(ent[:-1].text.removeprefix("the ").removeprefix("The "), gazetteer.cues)
                and not any(_noun_in(t, gazetteer.cues.organisation_words) for t in ent)):
            add(ent.start, ent.end - 1, keep_unknown=True, locative=True)  # "Baramulla district" tagged whole
        elif (ent.label_ in ("PERSON", "ORG") or named_like_people) and _feature_named(ent, gazetteer.cues):
            add(ent.start, ent.root.head.i + 1, keep_unknown=True, locative=True)  # "the al-Hol camp", "the uMngeni river"
        elif _site_shaped_name(ent, gazetteer.cues) or (
                _feature_shaped_name(ent, gazetteer.cues)
                and (ent.label_ != "PERSON" or _feature_position(doc, ent.start, ent.end, gazetteer.cues, toponym_tokens))):
            # "MacDill Air Force Base", "Albinayat Camp", "Qarnayel Ridge"; "stormed Tarkwa Hill" (not "Tom Ridge")
            add(ent.start, ent.end, keep_unknown=True, locative=True)
        elif (ent.label_ in ("PERSON", "ORG") or named_like_people) and (
                _settlement_named(ent, gazetteer.cues) or _settlement_in_apposition(ent, gazetteer.cues)
                or _place_shaped_name(ent, gazetteer.cues)):
            add(ent.start, ent.end, keep_unknown=True, locative=True)
        elif ent.label_ in ("PERSON", "ORG", "PRODUCT") and _unknown_name_after_locative(ent, gazetteer.cues):
            add(ent.start, ent.end, keep_unknown=True, locative=True)
        elif _names_facility_after_locative(ent, gazetteer.cues):
            # Only a name the gazetteer knows: "at the Hilton hotel" names no place.
            add(ent.start, ent.end, locative=True)
        elif ((ent.label_ in ("PERSON", "ORG", "PRODUCT") or (named_like_people and len(ent) > 1))
              and not ent.text.replace(".", "").isupper()
              and ent.root.dep_ not in ("compound", "poss", "nmod", "amod")
              and _place_syntax(doc, ent.start, ent.end, gazetteer.cues, toponym_tokens)):
            # "residents of Ariha", "the attack on Azaz", "taken to Jamshoro": only a name the
            # gazetteer knows (a village only in a country the story already names), or another spelling
            # of one ("Jisr al-Shughur" is Jisr ash Shughur).
            vouched = None if ent.label_ != "PERSON" else _person_list_places(
                doc, ent.start, ent.end, found, listed_places, name_candidates(ent.text, gazetteer, said_to_be_place=True))
            if vouched is not None:
                if vouched:
                    add(ent.start, ent.end, locative=True, known=vouched)  # "in Hai Duong and Ca Mau"
                continue  # not "in Nairobi and Pedro Sanchez"
            if _add_known_by_syntax(doc, ent.start, ent.end, found, gazetteer, add):
                continue
            if (_listed_with_town(ent, found, gazetteer.cues) or _arabic_article_name(ent, gazetteer.cues)
                    or _feature_of(ent, gazetteer.cues) or _followed_by_reference(doc, ent.end, found, gazetteer.cues)
                    # "crossed to Dolo Ado in Ethiopia" (not "captured commander Ali Kwara in Nigeria"): only a name
                    # tagged a person; one tagged an organisation is a body ("returned to Microsoft in Seattle",
                    # "went to Interpol in Lyon", "at the National Institute for Policy Studies in Tokyo")
                    or (ent.label_ == "PERSON" and ent.root.dep_ == "pobj"
                        and not any(_noun_in(t, gazetteer.cues.organisation_words) for t in ent)
                        and _followed_by_container(doc, ent.end, found, gazetteer.cues))
                    or (ent.label_ == "PERSON" and _taken_like_a_place(doc, ent, facts, gazetteer.cues))
                    # "died in Nambwa and Muma": one word listed with a place taken after a locative preposition
                    or (ent.label_ == "PERSON" and len(ent) == 1 and toponym_tokens[_first_conjunct(ent.root).i]
                        and _listed_after_locative(doc, ent.start, ent.end, toponym_tokens, gazetteer.cues))
                    or _people_of(ent, gazetteer.cues)):
                # "with Nosy Varika and Manakara"; "Upon entering Al-Fijah", "the offensive on Al-Breij";
                # "insurgents captured Surjah Kabira"
                add(ent.start, ent.end, keep_unknown=True, locative=True)
        elif ((ent.label_ in ("PERSON", "ORG", "PRODUCT") or named_like_people)
              and not ent.text.replace(".", "").isupper()
              and ent.root.dep_ not in ("compound", "poss", "nmod", "amod")
              and _after_passage_preposition(doc, ent.start, gazetteer.cues)):
            _add_known_by_syntax(doc, ent.start, ent.end, found, gazetteer, add)  # "pass through Lokichoggio"
        elif ((ent.label_ in ("PERSON", "ORG") or named_like_people)
              and ((ent.end < len(doc) and doc[ent.end].text == ",")
                   or (ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "and", ",")))  # (cheap checks first)
              and not ent.text.replace(".", "").isupper()
              and not any(_noun_in(t, gazetteer.cues.organisation_words) for t in ent)
              and (_followed_by_reference(doc, ent.end, found, gazetteer.cues)
                   or _feature_of(ent, gazetteer.cues))):
            # "Vogosca, north of Sarajevo", "Martin Brod, some 220 kilometers west of Bihac"; "the island of
            # Hanish al-Kabir", "the tiny Greek island of Lipsi"
            add(ent.start, ent.end, keep_unknown=True, locative=True)
    _add_listed_and_based_names(doc, entities, found, listed_places, taken, gazetteer, add)
    _add_names_before_region_nouns(doc, facts, taken, gazetteer, add)
    # "Sukoharjo, Central Java", "the hills of Weiswampach, Luxembourg": a name the gazetteer knows only
    # as a village of the country or region named right after it.
    places_at = {t.token_start: t for t in found}
    for run_start, run_end in _name_runs(facts, taken, outside_entities=False):
        if (run_end + 1 < len(doc) and facts.lower[run_end] in (",", "in")  # (read before any token is built)
                and _village_of_the_next_place(doc, run_start, run_end, places_at, gazetteer)):
            add(run_start, run_end, locative=True)
    # "Central and South America", "North and South Korea": the first word shares the second name's rest.
    for toponym in list(found):
        first = toponym.token_start - 2
        if (toponym.token_end - toponym.token_start >= 2 and first >= 0
                and doc[first + 1].lower_ in ("and", "or", "&") and doc[first].text[:1].isupper()
                and doc[first].is_alpha):
            full_name = f"{doc[first].text} {doc[toponym.token_start + 1:toponym.token_end].text}"
            if not taken[first]:
                add(first, first + 1, full_name=full_name)
                continue
            # The word alone may have been taken for a namesake ("East" tagged a place on its own).
            alone = next((t for t in found if t.token_start == first and t.token_end == first + 1), None)
            areas = [p for p in gazetteer.lookup(full_name) if p.kind in ("country", "region")]
            if alone is not None and areas:
                alone.candidates = areas
    _add_other_names(doc, entities, found, taken, gazetteer.cues, add, facts.lower)
    # One sense per story: a name taken as a place is the same place where it comes again
    # ("the Pirbright laboratory", "the member of parliament for Isiolo", "the Vietnam war").
    _add_repeated_names(doc, document.clean_text, found, taken, surnames, gazetteer.cues, add)  # (doc.text is rebuilt on each access)
    found.sort(key=lambda t: t.token_start)
    return found


def _state_abbreviation_position(doc, index: int, cues: PlaceCues, end: int = 0) -> bool:
    """Whether the dotted state abbreviation at ``index`` (ending before ``end``, the token after it by default; after
    the dot where the tokenizer split it off) stands where AP writes one: after a town and a comma
    ("Baltimore, Md.", "Lucknow, U.P."), in a party tag ("D-Del."), after a locative preposition and a direction word
    ("in eastern U.P."), or, written with two dots or more, after a locative preposition ("Governor Roy Cooper of
    N.C."); never before a name otherwise ("Md. Abdul Hamid", "at U.P. Diliman", "Liverpool, Man. City")."""
    if index < 2:
        return False
    before, before2 = doc[index - 1], doc[index - 2]
    if before.lower_ in cues.part_words and before2.lower_ in cues.locative_prepositions:
        return True  # "a college in Gorakhpur, in eastern U.P. Chief Minister Yogi Adityanath said"
    end = end or index + 1
    following = doc[end] if end < len(doc) else None
    if following is not None and following.pos_ == "PROPN" and following.text[:1].isupper():
        return False
    if before.text == "," and before2.text[:1].isupper() and before2.is_alpha:
        # "Baltimore, Md."; not a man's full name ("Tom Jones, N.B.")
        return not (before2.ent_type_ == "PERSON" and before2.ent_iob_ == "I")
    if before.text in ("-", "\u2013") and before2.text in ("D", "R", "I"):
        return True  # "Tom Carper, D-Del."
    return doc[index].text.count(".") >= 2 and before.lower_ in cues.locative_prepositions


def _add_state_abbreviations_after_towns(doc, gazetteer: Gazetteer, add, facts: _TokenFacts) -> None:
    """"Brandon, Man.", "Regina, Sask.", "Yellowknife, N.W.T.": a dotted state or province abbreviation after a town
    and a comma, read before anything else takes the word ("Man" is also a town of Ivory Coast), also where the
    tokenizer split the closing dot off ("Sask" ".") or the tagger called the abbreviation an organisation."""
    for index in range(2, len(doc)):
        if facts.lower[index - 1] != "," or not facts.capitalised[index]:
            continue  # (read from the shared arrays: a Token built for every word is what costs)
        token = doc[index]
        end = index + 1
        name = token.text
        if (not name.endswith(".") and end < len(doc) and doc[end].text == "." and not token.whitespace_
                and len(name) <= 5):
            name, end = name + ".", end + 1  # "Sask" "." split by the tokenizer
        if not name.endswith(".") or not gazetteer.is_dotted_state(name) or not _state_abbreviation_position(
                doc, index, gazetteer.cues, end):
            continue
        known = [p for p in gazetteer.lookup(name) if p.kind == "region" and p.admin1]
        if known and _known_town_before_comma(doc, index - 1, gazetteer, {p.country for p in known}):
            add(index, end, known=known)


def _known_town_before_comma(doc, comma: int, gazetteer: Gazetteer, countries: set) -> bool:
    """Whether the capitalised words before the comma at ``comma`` name a town the gazetteer knows in one of
    ``countries``: "Brandon, Man." (a town of Canada); not a person, a club or a firm ("Brown, Man.", "Gerrard,
    Vic. Police")."""
    start = comma
    while start > 0 and comma - start < 5 and ((doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha) or (
            doc[start - 1].text in HYPHENS and start > 1 and doc[start - 2].is_alpha)):
        start -= 1  # "Thunder Bay", "Trois-Rivieres"
    for first in range(start, comma):  # the longest name first: "Thunder Bay, Ont."
        if doc[first].text in HYPHENS:
            continue
        name = doc[first:comma].text
        if any(p.kind == "city" and p.country in countries for p in gazetteer.lookup(name)):
            return True
    return False


def _opens_body_name(doc, index: int, cues: PlaceCues) -> bool:
    """Whether the capitalised word at ``index`` goes on, within one tagged name, to an organisation word:
    "the Uganda Virus Research Institute" names a body of Uganda, not the Uganda virus."""
    if not doc[index].text[:1].isupper() or doc[index].ent_iob_ != "I":
        return False
    return any(_noun_in(doc[i], cues.organisation_words) for i in range(index + 1, _entity_end(doc, index + 1)))


def _entity_end(doc, index: int) -> int:
    """Where the tagged name going on at ``index`` ends: the first token from there not inside it."""
    while index < len(doc) and doc[index].ent_iob_ == "I":
        index += 1
    return index


def _area_tagged_as_time(ent, gazetteer: Gazetteer) -> bool:
    """"and in Niger", "highest in Rhône-Alpes" tagged as a date: a name of capitalised words and hyphens
    only, no number, that the gazetteer knows as a country or region, or as a town right after a locative
    preposition ("In Constitución,"), is read like a name the tagger called a person (no month or weekday is
    one, ``not_place_words``, nor a season or holiday, ``time_words``)."""
    if ent.label_ not in ("DATE", "TIME") or any(not (t.text[:1].isupper() or t.text in HYPHENS) for t in ent):
        return False
    if (word := normalize_name(ent.text)) in gazetteer.cues.not_place_words or word in gazetteer.cues.time_words:
        return False  # "In March," "On Sunday", "In Spring,": months, weekdays, seasons, holidays stay dates
    candidates = [p for p in gazetteer.lookup(ent.text) if not p.alternate]
    if any(p.kind in ("country", "region") for p in candidates):
        return True
    # "In Constitución, waves swept away campers": a town's main name right after a locative preposition
    return (ent.start > 0 and ent.doc[ent.start - 1].lower_ in gazetteer.cues.recognition_locative_prepositions
            and any(p.kind == "city" for p in candidates))


def _add_names_joined_by_and(doc, gazetteer: Gazetteer, add, facts: _TokenFacts) -> None:
    """"Trinidad and Tobago", "Bosnia and Herzegovina" tagged as two names: a country the gazetteer knows under the
    whole "X and Y" is taken whole, not as the pieces' namesakes (Trinidad, Bolivia). Not a region: "Jammu and
    Kashmir" keeps Jammu, the Indian city, beside the disputed area."""
    lower, title = facts.lower, facts.title  # (the shared arrays: a Token built for every word is what costs)
    for index in range(1, len(doc) - 1):
        if lower[index] not in ("and", "&") or not title[index - 1] or not title[index + 1]:
            continue
        for start in range(index - 1, max(index - 4, -1), -1):
            if not title[start]:
                break
            for end in range(index + 2, min(index + 5, len(doc) + 1)):
                if not title[end - 1]:
                    break
                places = [p for p in gazetteer.lookup(doc[start:end].text) if p.kind == "country" and not p.alternate]
                if places and add(start, end, known=places):
                    break
            else:
                continue
            break


def _add_listed_and_based_names(doc, entities, found: list[Toponym], listed_places: "_ListedPlaces",
                                taken: list[bool], gazetteer: Gazetteer, add) -> None:
    """Names the tagger called a person or organisation that the gazetteer knows as a town, region or country, read
    from the words beside them whatever the parse: one listed next to a place found in the same country ("Cases
    rose in Hai Duong and Ca Mau", where "Ca Mau" was parsed as an object), one before "-based" ("the
    Bundibugyo-based team")."""
    cues = gazetteer.cues
    # (copies: a name added below goes into them, even an actor that ``listed_places`` keeps out)
    ends, starts = dict(listed_places.by_end), dict(listed_places.by_start)
    for ent in entities:
        if ent.label_ not in ("PERSON", "ORG", "NORP", "PRODUCT") or _covered(ent.start, ent.end, taken):
            continue
        based = (ent.end + 1 < len(doc) and doc[ent.end].text in HYPHENS and doc[ent.end + 1].lower_ in cues.based_words)
        before, after = _list_neighbours(doc, ent.start, ent.end, ends, starts)
        listed = before is not None or after is not None
        if not (based or listed) or ent.text.replace(".", "").isupper() or gazetteer.demonym_country(ent.text):
            continue
        known = [p for p in gazetteer.lookup(ent.text) if not p.alternate and p.kind in ("city", "region", "country")]
        if not known:
            continue
        if not based:
            countries = {_best(t.candidates, _base_score)[0].country for t in (before, after)
                         if t is not None and t.candidates}
            if not countries & {p.country for p in known}:
                continue  # (a place of the neighbour's country: "Paris and Hilton" lists no towns)
            if (ent.label_ == "PERSON"
                    and _person_list_places(doc, ent.start, ent.end, found, listed_places, known) == []):
                continue  # "met in Madrid and NAME welcomed them": the "and" joins clauses
        if add(ent.start, ent.end, locative=True):
            ends[ent.end] = starts[ent.start] = found[-1]


def _add_names_before_region_nouns(doc, facts: _TokenFacts, taken: list[bool], gazetteer: Gazetteer, add) -> None:
    """"the Andes of Chubut province" tagged as one organisation: a capitalised name right before a lower-case
    region or district noun is a place when the gazetteer knows it (with the noun, or as a region or town alone),
    whatever the tagger made of it."""
    cues = gazetteer.cues
    for index in range(1, len(doc)):
        noun = facts.lower[index]
        if noun not in cues.region_nouns and noun not in cues.name_before_region_nouns:
            continue
        if taken[index - 1] or not facts.title[index - 1] or facts.pos[index - 1] != PROPN:
            continue
        start = index - 1
        while start > 0 and index - start < MAX_NAME_TOKENS and facts.title[start - 1] and facts.pos[start - 1] == PROPN \
                and not taken[start - 1]:
            start -= 1
        for first in range(start, index):  # the longest name the gazetteer knows
            name = facts.words(first, index)
            if gazetteer.demonym_country(name) is not None:
                continue
            with_noun = [p for p in gazetteer.lookup(f"{name} {noun}") if p.kind == "region"]
            if with_noun and add(first, index + 1, known=with_noun, locative=True):
                break
            if noun in cues.body_region_nouns:
                continue  # ("the Justice department", "the Islamic state": a body's; only a name known with the noun)
            alone = [p for p in gazetteer.lookup(name) if not p.alternate and p.kind in ("region", "city")]
            if alone and add(first, index, known=alone, locative=True):
                break


def _singular_division_noun(noun: str) -> str:
    """"counties" -> "county", "provinces" -> "province"."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


def _add_listed_divisions(doc, facts: _TokenFacts, gazetteer: Gazetteer, add) -> None:
    """A list of names before or after a plural division noun (``listed_division_nouns``): "Jinja and Mayuge
    districts" (tagged as one organisation), "the island provinces of Capiz and Antique", "Bong, Margibi and Grand
    Bassa counties". Each name is the division known with the singular noun ("Antique province", "County Down"),
    else the region or town the gazetteer knows by the name; read before the tagger's glued names are taken whole.
    A list none of whose names is known, one holding a country, a nationality or a name in capitals, and names
    joined by commas alone ("the district of Tripoli, Lebanon's second city") are left to the other rules. Lists on
    a plural feature noun are read by ``_add_listed_features``."""
    lower, title, pos = facts.lower, facts.title, facts.pos
    features = gazetteer.cues.listed_feature_nouns
    plurals = gazetteer.cues.listed_division_nouns | features
    singulars = {_singular_division_noun(noun): noun for noun in gazetteer.cues.listed_division_nouns}
    for index in range(1, len(doc)):
        noun = lower[index]
        if noun not in plurals and noun not in singulars:
            continue
        if index + 2 < len(doc) and lower[index + 1] == "of" and title[index + 2]:
            # "the provinces of Capiz and Antique"; "the island province of Capiz and Antique"
            names = _name_list(facts, index + 2, 1)
        elif noun in plurals and title[index - 1] and pos[index - 1] in (PROPN, NOUN):
            names = _name_list(facts, index - 1, -1)  # "Jinja and Mayuge districts"
        else:
            continue
        if len(names) < 2:
            continue
        singular = noun if noun in singulars else _singular_division_noun(noun)
        if any(gazetteer.demonym_country(name) is not None or name.replace(".", "").isupper()
               for name in (facts.words(start, end) for start, end in names)):
            continue  # "the Arab and Muslim states", "the EU and NATO states"
        if noun in features:
            _add_listed_features(names, noun, singular, facts, gazetteer, add)
            continue
        readings = []
        for start, end in names:
            name = facts.words(start, end)
            alone = gazetteer.lookup(name)
            if any(p.kind == "country" and not p.alternate for p in alone):
                readings = []
                break  # "the states of Texas and Mexico": a country listed, no list of divisions
            known = [p for p in _named_with_noun(gazetteer, name, singular)
                     if p.kind == "region"]  # "Antique province", "County Down"
            if not known and singular not in gazetteer.cues.body_region_nouns:
                known = [p for p in alone if not p.alternate and p.kind in ("region", "city")]
            readings.append((start, end, known))
        if not any(known for _, _, known in readings):
            continue
        for start, end, known in readings:
            if known:
                add(start, end, known=known, locative=True)


def _named_with_noun(gazetteer: Gazetteer, name: str, noun: str) -> list:
    """The places the gazetteer knows by ``name`` with a division or feature noun after or before it ("Antique
    province", "County Down", "Buzi river")."""
    return gazetteer.lookup(f"{name} {noun}") + gazetteer.lookup(f"{noun} {name}")


def _add_listed_features(names, noun: str, singular: str, facts: _TokenFacts, gazetteer: Gazetteer, add) -> None:
    """Names listed on a plural feature noun (``listed_feature_nouns``: "the Buzi and Pungwe rivers", "the islands
    of Re and Oleron") are those features, known or not: never the town or country of the name ("the Comoro
    river"), but the country named with the plural ("the Cook and Marshall islands": the Marshall Islands)."""
    for start, end in names:
        name = facts.words(start, end)
        known = [p for p in _named_with_noun(gazetteer, name, singular) + gazetteer.lookup(f"{name} {noun}")
                 if p.kind in ("region", "point", "country")]
        add(start, end, known=known, keep_unknown=True, locative=True)


def _name_list(facts: _TokenFacts, index: int, step: int) -> list[tuple[int, int]]:
    """The capitalised proper names of a list ("Bong, Margibi and Grand Bassa") read from token ``index`` onwards
    (``step`` 1) or backwards (``step`` -1), separated by commas, "and" and "or": (start, end) token spans, in
    text order."""
    names: list[tuple[int, int]] = []
    size = len(facts.lower)
    joined = False

    def name_word(i: int) -> bool:  # (a rare name may be parsed as a common noun: "Jinja and Mayuge districts")
        return 0 < i < size and facts.title[i] and (facts.pos[i] == PROPN or (
            facts.pos[i] == NOUN and facts.lower[i - 1] not in (".", "!", "?", "\n", '"')))

    while name_word(index):
        other = index
        while name_word(other + step) and abs(other + step - index) < MAX_NAME_TOKENS:
            other += step
        names.append((min(index, other), max(index, other) + 1))
        index = other + step
        if 0 <= index < size and facts.lower[index] in (",", "and", "or"):
            joined = joined or facts.lower[index] != ","
            index += step
            if 0 <= index < size and facts.lower[index] in ("and", "or", ","):
                joined = True
                index += step  # "Bong, Margibi, and Grand Bassa", read either way
        else:
            break
    # (names joined by commas alone are no list: "the district of Tripoli, Lebanon's second city")
    return sorted(names) if joined else names[:1]


class _ListedPlaces:
    """The places found so far in a document that are no actors, by token, start and end: what a name listed
    beside them is read against. Built once per document and kept up to date as places are found (found
    names never overlap, so each token, start and end holds one place)."""

    def __init__(self):
        self.by_token: dict[int, Toponym] = {}
        self.by_start: dict[int, Toponym] = {}
        self.by_end: dict[int, Toponym] = {}

    def add(self, toponym: Toponym) -> None:
        for index in range(toponym.token_start, toponym.token_end):
            self.by_token[index] = toponym
        self.by_start[toponym.token_start] = toponym
        self.by_end[toponym.token_end] = toponym


def _person_list_places(doc, start: int, end: int, found: list[Toponym], listed_places: _ListedPlaces,
                        candidates: list[Place]) -> Optional[list[Place]]:
    """A name the tagger calls a person, joined by "and", "or" or a comma to a place found (by the parse or by
    the words beside it; ``listed_places``: the places of ``found`` that are no actors): the candidates the list can
    vouch for, or ``None`` when the name is no such person.
    The list vouches for a country, a region, a city of ``MIN_GAP_CITY_POPULATION`` and a place of its neighbour's
    country or of a country the story names ("in Hai Duong and Ca Mau"; not "in Nairobi and Pedro Sanchez", a
    town of the Dominican Republic). "X and NAME welcomed them", NAME the subject of the verb after it ("The
    ministers met in Madrid and Pedro Sanchez welcomed them"), joins clauses, not names: the name stands alone,
    a country, a region or a large city only."""
    if not candidates:
        return None  # (an unknown name listed with a place: "In Mepe and Battor", read as before)
    if doc[start].ent_type_ != "PERSON" or doc[start].ent_iob_ != "B" or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return None
    by_token = listed_places.by_token
    root = doc[start:end].root
    neighbours = {id(t): t for t in (by_token.get(i) for i in _conjunct_indexes(root)) if t is not None}
    before, after = _list_neighbours(doc, start, end, listed_places.by_end, listed_places.by_start)
    for neighbour in (before, after):
        if neighbour is not None:
            neighbours[id(neighbour)] = neighbour
    if not neighbours:
        return None
    clauses = (root.dep_ == "conj" or before is not None) and _subject_of_next_verb(doc, end, _first_conjunct(root))
    if not clauses and end - start < 2:
        return None  # (one word the tagger calls a person is often a place it missed: read as before)
    countries = set() if clauses else (
        {_best(t.candidates, _base_score)[0].country for t in neighbours.values() if t.candidates}
        | set(_countries_found(found))) - {None}
    return [p for p in candidates if p.kind in ("country", "region") or p.country in countries
            or (p.kind == "city" and not p.alternate and p.population >= MIN_GAP_CITY_POPULATION)]


def _subject_of_next_verb(doc, end: int, first) -> bool:
    """Whether the words ending at ``end`` are the subject of the finite verb right after them (adverbs may stand
    between: "and Pedro Sanchez later welcomed them"), a verb with no subject of its own, in a sentence where the
    list's first name (``first``) hangs by its preposition on an earlier verb ("met in Madrid"): the "and" before
    them joins clauses. "Cases in Hai Duong and Ca Mau rose" (the list on a noun, "rose" has its subject) is a list."""
    index = end
    while index < len(doc) and doc[index].pos_ == "ADV":
        index += 1
    if index >= len(doc) or doc[index].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    verb = doc[index]
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in verb.children):
        return False
    preposition = first.head
    return first.dep_ == "pobj" and preposition.head.pos_ in ("VERB", "AUX") and preposition.head.i < first.i


def _list_neighbours(doc, start: int, end: int, ends: dict, starts: dict) -> tuple:
    """The places (``ends``/``starts``: by token end and start) listed right before and right after the words
    ``start``..``end``, joined by "and", "or" or a comma; ``None`` for a side with none. A comma that closes an
    opening prepositional phrase lists nothing: "In Washington, Graham said ..." (the place a preposition's
    object, the preposition hanging on a word after the name), unless the parse makes the name its conjunct."""
    before = None
    if start >= 2 and doc[start - 1].lower_ in LIST_SEPARATORS and start - 1 in ends:
        before = ends[start - 1]
        if doc[start - 1].text == "," and _closes_opening_phrase(doc, before, start, end):
            before = None
    after = starts.get(end + 1) if end + 1 < len(doc) and doc[end].lower_ in LIST_SEPARATORS else None
    return before, after


def _closes_opening_phrase(doc, place: Toponym, start: int, end: int) -> bool:
    """Whether ``place`` (before a comma and the words ``start``..``end``) is the object of a preposition that
    hangs on a word after those words ("In Washington, Graham said": "In" on "said"), and the words are no
    conjunct of it ("In Paris, Lyon and Marseille, thousands marched" is a list)."""
    head = doc[place.token_start:place.token_end].root
    if head.dep_ != "pobj" or head.head.head.i < end:
        return False
    root = doc[start:end].root
    return root.head.i not in range(place.token_start, place.token_end) or root.dep_ != "conj"


def _add_split_place_names(doc, entities, gazetteer: Gazetteer, add) -> None:
    """"Sultan Kudarat" tagged as two places side by side ("Sultan", "Kudarat"): a name the gazetteer knows whole
    is taken whole, not as a namesake of its first word."""
    for ent, following in zip(entities, entities[1:]):
        if (following.start == ent.end and ent.label_ in LOCATION_LABELS and following.label_ in LOCATION_LABELS
                and following.end - ent.start <= MAX_NAME_TOKENS):
            start = ent.start + (doc[ent.start].lower_ == "the")
            if gazetteer.lookup(doc[start:following.end].text):
                add(start, following.end)
    # "Boa" tagged a place and "Vista" an organisation: a city the gazetteer knows under the place and the
    # capitalised word after it is taken whole ("in Boa Vista" is not Vista, California)
    for ent in entities:
        end = ent.end
        following = doc[end] if end < len(doc) and ent.label_ in LOCATION_LABELS else None
        if following is not None and following.is_title and following.is_alpha and (
                following.ent_iob_ in ("O", "") or (following.ent_iob_ == "B"
                                                    and following.ent_type_ in OTHER_NAME_LABELS
                                                    and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"))):
            start = ent.start + (doc[ent.start].lower_ == "the")
            known = [p for p in gazetteer.lookup(doc[start:end + 1].text) if not p.alternate]
            if known:
                add(start, end + 1, known=known)


def _add_other_names(doc, entities, found: list[Toponym], taken: list[bool], cues: PlaceCues, add,
                     lower: Sequence[str]) -> None:
    """"Qamishli, also spelled Kamishli": a name said to be another name of a place found takes its candidates.
    ``lower``: the document's words in lower case (_TokenFacts.lower)."""
    for toponym in found:
        target = None if toponym.candidates else _named_otherwise(doc, toponym.token_start, found, cues, lower)
        if target is not None:
            toponym.candidates, toponym.said_place = list(target.candidates), True
    for ent in entities:
        if ent.label_ in NOT_PLACE_LABELS or _covered(ent.start, ent.end, taken):
            continue
        target = _named_otherwise(doc, ent.start, found, cues, lower)
        if target is not None:
            add(ent.start, ent.end, locative=True, known=list(target.candidates))


def _listed_after_locative(doc, start: int, end: int, toponym_tokens: Sequence[bool], cues: PlaceCues) -> bool:
    """Whether the words are a later conjunct of a place name that follows a locative preposition
    ("In Mepe and Battor", "near Bura and Hola"): a name listed with a place there is a place too."""
    root = doc[start:end].root
    if root.dep_ != "conj":
        return False
    first = _first_conjunct(root)
    # (the first may be a name the tagger calls a person, taken up only later: "In Mepe and Battor")
    named = (first.i < len(toponym_tokens) and toponym_tokens[first.i]) or (
        first.pos_ == "PROPN" and first.text[:1].isupper())
    return named and first.dep_ == "pobj" and first.head.lower_ in cues.recognition_locative_prepositions


def _first_conjunct(token):
    """The first of the list ``token`` is a later conjunct of ("Battor" in "In Mepe and Battor": "Mepe"), at most
    four steps up; ``token`` itself when it is no conjunct. The first of a list carries its syntax."""
    for _ in range(4):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def _add_known_by_syntax(doc, start: int, end: int, found: list[Toponym], gazetteer: Gazetteer, add) -> bool:
    """Add a name the tagger called a person or organisation but the syntax calls a place, when the
    gazetteer knows it: a city or area, a village of a country the story already names, or another spelling
    of a place (``Gazetteer.transliterations``, ``Gazetteer.near_spellings``) of those countries."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    name = doc[start:end].text
    if start >= end or normalize_name(name) in gazetteer.cues.not_place_words:
        return False
    named = _countries_found(found)
    candidates = [p for p in name_candidates(name, gazetteer, said_to_be_place=True)
                  if p.kind != "city" or p.population >= gazetteer.city_population or p.country in named]
    if not candidates:
        candidates = _other_spellings(name, named, gazetteer)
    return bool(candidates) and add(start, end, locative=True, known=candidates)


def _people_of(span, cues: PlaceCues) -> bool:
    """"Residents of Bwera and Mpondwe", "the villagers of Kafr Nabl": the people of a name (``residents_of_nouns``)
    say it is a place, whatever the tagger called it (the first of a list carries the syntax)."""
    first = _first_conjunct(span.root)
    of = first.head
    if of.dep_ == "conj" and of.head.lower_ == "of":
        of = of.head  # "Residents of El Porvenir ... and of Sangre de Cristo"
    return (first.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN"
            and _noun_in(of.head, cues.residents_of_nouns))


def _taken_like_a_place(doc, ent, facts: _TokenFacts, cues: PlaceCues) -> bool:
    """"insurgents captured Surjah Kabira", "troops recaptured Bashir Bagh and Ahmad Khel": a name the tagger calls
    a person, the object of a verb whose object is almost always a place (``place_only_object_verbs``; the first
    of a list carries the syntax) or the destination of a movement ("fled to Jayawijaya", ``destination_verbs``),
    with no title before it ("captured commander Ali Kwara") and never spoken of
    as a person elsewhere in the story ("Kwara said", "Mr. Kwara")."""
    first = _first_conjunct(ent.root)
    verb = first.head
    if first.dep_ == "pobj" and verb.lower_ in cues.destination_prepositions and verb.dep_ == "prep":
        verb = verb.head  # "fled to Jayawijaya and Lanny Jaya", "moved to Bhasan Char"
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.destination_verbs:
            return False
    elif first.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.place_only_object_verbs:
        return False
    if ent.start > 0 and (facts.lower[ent.start - 1].rstrip(".") in cues.person_cue_words
                          or (facts.pos[ent.start - 1] == NOUN and not facts.capitalised[ent.start - 1])):
        return False
    last = facts.lower[ent.end - 1]
    for index, word in enumerate(facts.lower):
        if word != last or ent.start <= index < ent.end:
            continue
        if index > 0 and facts.lower[index - 1].rstrip(".") in cues.person_cue_words:
            return False  # "Mr. Kabira"
        token = doc[index]
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in cues.speech_verbs:
            return False  # "Kwara said"
    return True


def _countries_found(found: list[Toponym]) -> Counter:
    """How many of the places found so far lie in each country (by each name's first candidate)."""
    return Counter(p.country for t in found for p in t.candidates[:1] if p.country)


def _other_spellings(name: str, named: Counter, gazetteer: Gazetteer) -> list[Place]:
    """Places ``name`` is another spelling of: another transliteration of a place in the countries named most
    (``Gazetteer.transliterations``), else a spelling one letter away in a country named at all
    (``Gazetteer.near_spellings``); ``named`` counts the countries of the places found so far."""
    return gazetteer.transliterations(name, _main_countries(named)) or gazetteer.near_spellings(name, set(named))


def _hyphenated_word_end(doc, end: int) -> int:
    """The end of the hyphenated word that token ``end - 1`` is part of ("Mazar" in "Mazar-e-Sharif")."""
    while (end < len(doc) and not doc[end - 1].whitespace_
           and (doc[end].text == "-" or doc[end - 1].text == "-") and end + 1 <= len(doc)):
        end += 1
    return end if doc[end - 1].text != "-" else end - 1


HYPHENS = frozenset({"-", "\u2013"})
# Texts worth the hyphen passes (most hold no such names): a capital after a hyphen ("Kuźnica-Bruzgi"), a
# capitalised word, a hyphen, a lower-case word and a capitalised word ("Pakistan-administered Kashmir").
LETTER_AFTER_HYPHEN = re.compile(r"[-\u2013]([^\W\d_])")
STATE_AFTER_COMMA = re.compile(r", [A-Z][A-Za-z.]{0,6}\.")  # "Brandon, Man.", "Yellowknife, N.W.T."
HYPHEN_QUALIFIED_NAME = re.compile(r"\b([^\W\d_])\w*[-\u2013][a-z]+\s+([^\W\d_])")


def _add_hyphen_joined_places(doc, facts: _TokenFacts, gazetteer: Gazetteer, add) -> None:
    """Names joined by hyphens before a link or line noun (``joined_place_nouns``) are places, whatever the
    tagger made of them: "the Kuźnica-Bruzgi crossing", "the Rafah-Kerem Shalom route". Not a joined name
    the gazetteer knows ("Guinea-Bissau"), nor nationality adjectives ("the Turkish-Syrian border")."""
    cues = gazetteer.cues
    for noun, lower in enumerate(facts.lower):
        if noun < 2 or lower not in cues.joined_place_nouns:
            continue
        start = noun
        while start > 0 and noun - start < 2 * MAX_NAME_TOKENS and (
                (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha)
                or (doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_
                    and start > 1 and not doc[start - 2].whitespace_)):
            start -= 1
        while start < noun and doc[start].text in HYPHENS:
            start += 1
        pieces, piece_start = [], start
        for index in range(start, noun + 1):
            if index == noun or doc[index].text in HYPHENS:
                if piece_start < index:
                    pieces.append((piece_start, index))
                piece_start = index + 1
        if len(pieces) < 2 or gazetteer.lookup(doc[start:noun].text):
            continue
        texts = [doc[a:b].text for a, b in pieces]
        if any(gazetteer.demonym_country(text) is not None or normalize_name(text) in cues.not_place_words
               for text in texts):
            continue
        for piece_start, piece_end in pieces:
            add(piece_start, piece_end, keep_unknown=True, locative=True)


def _add_glued_unknown_pieces(doc, entities, toponym_tokens: Sequence[bool], gazetteer: Gazetteer, add) -> None:
    """"the road between Cochabamba and Oruro at Parotani" tagged as one organisation: once another piece of
    the name is taken as a place, a capitalised piece after "at" or "to" (``glued_place_separators``) is the
    place of a site or a route's end, known or not."""
    separators = gazetteer.cues.glued_place_separators
    for ent in entities:
        if ent.label_ not in OTHER_NAME_LABELS or not any(toponym_tokens[ent.start:ent.end]):
            continue
        for index in range(ent.start + 1, ent.end - 1):
            if doc[index].lower_ not in separators:
                continue
            end = index + 1
            while end < ent.end and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end == ent.end and end > index + 1 and not any(toponym_tokens[index + 1:end]):
                add(index + 1, end, keep_unknown=True, locative=True)


def _add_hyphen_qualified_names(doc, gazetteer: Gazetteer, add) -> None:
    """"Indian-administered Kashmir", "Pakistan-administered Kashmir": a name with a hyphenated qualifier that
    the gazetteer knows whole is taken whole, before the tagger's pieces ("Pakistan", "Kashmir") are."""
    for token in doc:  # (one pass: each doc[i] builds a new token)
        hyphen = token.i
        if token.text not in HYPHENS or not 1 <= hyphen < len(doc) - 2:
            continue
        if (not doc[hyphen - 1].whitespace_ and not token.whitespace_
                and doc[hyphen - 1].text[:1].isupper() and doc[hyphen + 1].is_lower
                and doc[hyphen + 2].text[:1].isupper()):
            for end in range(min(len(doc), hyphen + 4), hyphen + 2, -1):
                if gazetteer.lookup(doc[hyphen - 1:end].text) and add(hyphen - 1, end):
                    break


def _name_runs(facts: _TokenFacts, taken: list[bool], outside_entities: bool):
    """(start, end) of runs of capitalised proper nouns not taken (at most MAX_NAME_TOKENS long).

    With ``outside_entities`` a run holds no token of any entity (names the tagger missed); otherwise it
    only holds no token of a person's name. ``taken`` is read as the runs are yielded: a caller may
    take tokens between them.
    """
    excluded = facts.in_entity if outside_entities else facts.in_person
    pos, capitalised = facts.pos, facts.capitalised

    def usable(i: int) -> bool:
        return not taken[i] and not excluded[i] and pos[i] == PROPN and capitalised[i]

    length = len(pos)
    index = 0
    for start in facts.capitalised_proper_nouns:  # (the only words a run can start at)
        if start < index or not usable(start):
            continue
        end = start + 1
        while end < length and end - start < MAX_NAME_TOKENS and usable(end):
            end += 1
        yield start, end
        index = end


def _piece_of_feature_name(facts: _TokenFacts, taken: list[bool], start: int, stop: int, cues: PlaceCues) -> bool:
    """Whether tokens ``start:stop`` are only part of a run of capitalised proper nouns that a lower-case feature
    noun follows: "Siversky" and "Donets" of "the Siversky Donets river" name no towns (read from the arrays:
    asked only of gazetteer matches)."""
    def in_run(i: int) -> bool:
        return 0 <= i < len(taken) and not taken[i] and facts.pos[i] == PROPN and facts.capitalised[i]

    run_start, run_end = start, stop
    while in_run(run_start - 1):
        run_start -= 1
    while in_run(run_end):
        run_end += 1
    if (run_start, run_end) == (start, stop) or run_end >= len(taken):
        return False
    return not facts.capitalised[run_end] and facts.lower[run_end] in cues.feature_common_nouns


def _village_of_the_next_place(doc, start: int, end: int, places_at: dict[int, Toponym], gazetteer: Gazetteer) -> bool:
    """Whether "<name>, <place>" or "<name> in <place>" names a town or village of that country or region (the
    place, or a part word and the place, must follow: "Sukoharjo, Central Java", "Kibaale, western Uganda",
    "Most of Beledweyne in central Somalia")."""
    if end + 1 >= len(doc) or not (doc[end].text == "," or doc[end].lower_ == "in"):
        return False
    after = end + 1 + (doc[end].lower_ == "in" and doc[end + 1].lower_ == "the" and end + 2 < len(doc))
    following = places_at.get(after)
    if following is None and doc[after].lower_ in gazetteer.cues.part_words:
        following = places_at.get(after + 1)  # "Kibaale, western Uganda"
    if following is None or normalize_name(doc[start:end].text) in gazetteer.cues.not_place_words:
        return False
    areas = _areas(following.candidates)
    if not areas:
        return False
    name = doc[start:end].text
    # "Hugo, Oklahoma" (a town the tagger called an event), "Sukoharjo, Central Java" (a village)
    towns = [p for p in gazetteer.lookup(name) if p.kind == "city" and not p.alternate
             and any(p.country == country and admin1 in (None, p.admin1) for country, admin1 in areas)]
    return bool(towns) or bool(_villages_in(name, areas, gazetteer))


def _areas(places: list[Place]) -> set[tuple[str, Optional[str]]]:
    """(country, admin1) of the countries and regions among ``places``; admin1 is None for a country."""
    return {(p.country, p.admin1 if p.kind == "region" else None)
            for p in places if p.kind in ("country", "region") and p.country}


def _villages_in(name: str, areas: set[tuple[str, Optional[str]]], gazetteer: Gazetteer) -> list[Place]:
    """The villages called ``name`` that lie in one of ``areas`` (a country, or a region of one)."""
    return [v for v in gazetteer.small_places(name)
            if any(v.country == country and admin1 in (None, v.admin1) for country, admin1 in areas)]


def _add_repeated_names(doc, full_text: str, found: list[Toponym], taken: list[bool], surnames: set[str],
                        cues: PlaceCues, add) -> None:
    """Add the other mentions of names already taken as known places (see :func:`recognize`)."""
    names: dict[str, bool] = {}  # name text -> whether a country is among its candidates
    unknown: set[str] = set()  # names nothing knows that the syntax called places: "the village of Ogossagou"
    for toponym in found:
        if toponym.text[:1].isupper() and (toponym.candidates or toponym.said_place):
            text = toponym.text  # (the words' text, as found)
            names[text] = names.get(text, False) or any(p.kind == "country" for p in toponym.candidates)
            # (not a body's or a building's name, which takes no country the first time either: "at Wendy's")
            if (not toponym.candidates and doc[toponym.token_start].ent_type_ not in ("ORG", "FAC")
                    and not text.isupper() and "'" not in text and "\u2019" not in text):
                unknown.add(text)
    # Longest names first, so "Scott County" is taken before "Scott"; found by text search, not token by token.
    for text in sorted(names, key=len, reverse=True):
        position = full_text.find(text)
        while position >= 0:
            span = doc.char_span(position, position + len(text))
            position = full_text.find(text, position + 1)
            if span is None or _covered(span.start, span.end, taken):
                continue
            if text in unknown:
                # a rare name again, whole, whatever the tagger calls it this time ("Zalambessa was damaged")
                whole = not doc[span.start].ent_type_ or (doc[span.start].ent_iob_ == "B" and (
                    span.end == len(doc) or doc[span.end].ent_iob_ != "I"))
                if whole and (span.start == 0 or not doc[span.start - 1].text[:1].isupper()):
                    add(span.start, span.end, keep_unknown=True, locative=True)
            elif (not _inside_other_name(doc, span.start, span.end, names[text])
                  or _place_again_tagged_as_person(doc, span.start, span.end, surnames, cues)):
                add(span.start, span.end, locative=True)


def _place_again_tagged_as_person(doc, start: int, end: int, surnames: set[str], cues: PlaceCues) -> bool:
    """"Vaccination teams were deployed to Katwa" after "a new case in Katwa": a place named again, tagged this
    time as a person's whole name, right after a place or movement preposition; not a surname of a person the
    story names in full ("Ali Hassan ... to Hassan")."""
    if doc[start].ent_iob_ != "B" or (end < len(doc) and doc[end].ent_iob_ == "I"):
        return False
    if doc[end - 1].lower_ in surnames:
        return False
    before = _word_before(doc, start, cues)
    return before >= 0 and (doc[before].lower_ in cues.recognition_locative_prepositions
                            or doc[before].lower_ in cues.movement_prepositions)


def _inside_other_name(doc, start: int, end: int, is_country: bool) -> bool:
    """Whether the words are part of a longer name of something else: a person, an event not named after
    a country ("the Melbourne Cup", not "the Vietnam war"), or an organisation's name the place does not
    end after a comma ("the Ministry of Health, Angola" ends with its place)."""
    label = doc[start].ent_type_
    if not label or label in LOCATION_LABELS:
        return False
    if label == "PERSON":
        return True
    whole = doc[start].ent_iob_ == "B" and (end == len(doc) or doc[end].ent_iob_ != "I")
    if whole or (label == "EVENT" and is_country):  # "Pirbright" tagged ORG on its own; "the Vietnam war"
        return False
    ends_entity = end == len(doc) or doc[end].ent_iob_ != "I"
    return not (ends_entity and start > 0 and doc[start - 1].text == ",")


def _add_without_settlement_noun(ent, add, cues: PlaceCues) -> bool:
    """"Pingliang city", "Temryuk district": the name without its last word, when that is a settlement noun."""
    if len(ent) < 2 or not _noun_in(ent[-1], cues.settlement_nouns):
        return False
    return add(ent.start, ent.end - 1)


def _add_feature_named_after_town(doc, start: int, end: int, taken: list[bool], gazetteer: Gazetteer, add) -> bool:
    """"the Esk Valley", "Sanibel Island": a natural feature named after a town (``feature_nouns``), whether the
    noun ends the words or comes right after them; placed at the town only when its country is in the story."""
    cues = gazetteer.cues
    if end - start >= 2 and _is_feature_noun(doc[end - 1], cues):
        name_end = end - 1
    else:
        name_end, end = end, _feature_noun_end(doc, end, taken, cues)
        if end == name_end:
            return False
    if gazetteer.lookup(doc[start:end].text):
        return False  # a feature the gazetteer knows whole ("Lake Victoria") is looked up as such
    towns = [p for p in name_candidates(doc[start:name_end].text, gazetteer, said_to_be_place=True)
             if p.kind == "city"]
    return bool(towns) and add(start, end, known=towns, part_of_name=True)


def _feature_noun_end(doc, end: int, taken: list[bool], cues: PlaceCues) -> int:
    """The end of a capitalised feature noun right after token ``end - 1`` ("Esk Valley"), else ``end``."""
    if end < len(doc) and not taken[end] and _is_feature_noun(doc[end], cues):
        return end + 1
    return end


def _is_feature_noun(token, cues: PlaceCues) -> bool:
    """Whether the token is a capitalised feature noun (``feature_nouns``): "Valley" in "the Esk Valley"."""
    return token.text[:1].isupper() and token.lower_ in cues.feature_nouns


def _add_listed_towns(ent, add, gazetteer: Gazetteer) -> bool:
    """"near Zvečan and Leposavić" tagged as one place: a place name the gazetteer does not know whole that is a
    list ("," or "and") of names it knows as towns or areas is those places."""
    doc = ent.doc
    pieces, piece_start = [], ent.start
    for index in range(ent.start, ent.end + 1):
        if index == ent.end or doc[index].lower_ in LIST_SEPARATORS:
            if piece_start < index:
                pieces.append((piece_start, index))
            piece_start = index + 1
    if len(pieces) < 2:
        return False
    known = [[p for p in gazetteer.lookup(doc[start:end].text) if not p.alternate or p.kind == "city"]
             for start, end in pieces]
    if not all(known):
        return False
    for (start, end), candidates in zip(pieces, known):
        add(start, end, locative=True, known=candidates)
    return True


def _add_tagged_feature_name(ent, add, gazetteer: Gazetteer) -> bool:
    """"the Comoro river", "the Jordan river": a tagged name before a lower-case feature noun names that
    feature. Known whole, it is that feature; else, unless the name alone is a known area, it is a feature
    nothing knows (not the country or town of the name, nor one a letter away)."""
    if not _feature_named(ent, gazetteer.cues):
        return False
    start = ent.start + (ent[0].lower_ == "the")
    end = ent.root.head.i + 1
    # "the Mekong river", "the Vistula river": the river is listed under its name; a province named after its
    # river ("the Limpopo river") is no river (provinces have an admin1 code)
    bare = gazetteer.lookup(ent.doc[start:ent.end].text)
    if any(p.kind == "region" and not p.admin1 for p in bare):
        return False
    whole = gazetteer.lookup(ent.doc[start:end].text)
    if any(p.kind == "region" for p in whole):
        return add(start, end)  # "the Isfara river" is the river, not the town it is named after
    if whole:
        return False  # the usual way finds the feature under the whole name
    if any(p.kind == "region" for p in bare):
        return False  # a state named like a river nothing lists ("the Iowa river"): the state is the nearest reading
    return add(start, end, keep_unknown=True, locative=True)


def _add_tagged_feature_named_after_town(ent, add, gazetteer: Gazetteer) -> bool:
    """"Sanibel Island", "Esk Valley" tagged as a place: a name nothing knows whole, ending in a capitalised
    feature noun (``feature_nouns``), stands at the town its other words name (believed only when that town's
    country is the one the story names most: ``from_part_of_name``). For untagged names see
    :func:`_add_feature_named_after_town`."""
    words = [t for t in ent if t.lower_ != "the"]
    # natural features only: "Schenectady Avenue" in Brooklyn is no place in Schenectady
    if len(words) < 2 or not _is_feature_noun(words[-1], gazetteer.cues):
        return False
    towns = [p for p in gazetteer.lookup(ent.doc[words[0].i:words[-1].i].text) if p.kind == "city"]
    # (a natural feature is a place by its name: "around Manchar Lake" may take the story's country)
    return bool(towns) and add(ent.start, ent.end, known=towns, locative=True, part_of_name=True)


def _add_without_part_word(ent, add, cues: PlaceCues) -> bool:
    """"west Dublin", "central Kiev": the name without a lower-case part word the tagger took into it
    ("West Berlin", capitalised, is a name of its own and was looked up whole)."""
    if len(ent) < 2 or not ent[0].is_lower or ent[0].lower_ not in cues.part_words:
        return False
    return add(ent.start + 1, ent.end)


def _names_facility_after_locative(span, cues: PlaceCues) -> bool:
    """"at the Pirbright laboratory", "in Bab el-Oued hospital": a name on a facility noun in a locative phrase."""
    root = span.root
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or noun.i != span.end or not _noun_in(noun, cues.facility_nouns):
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ not in cues.recognition_locative_prepositions:
        return False
    return noun.head.i == _word_before(span.doc, span.start)


def _unknown_name_after_locative(span, cues: PlaceCues) -> bool:
    """"at Manigram", "in Kfar Darom", "near to Biezun": a person, organisation or product name right after
    a locative preposition (or "near to", "close to").

    Not when a word of the name says it is an organisation ("at Hunt Oil Company").
    """
    root = span.root
    head = root.head
    near_to = head.lower_ == "to" and head.i > 0 and span.doc[head.i - 1].lower_ in cues.proximity_words
    if root.dep_ != "pobj" or not (head.lower_ in cues.recognition_locative_prepositions or near_to):
        return False
    if head.i != _word_before(span.doc, span.start, cues):  # "in the Sadr bastion"; "in nearby Butig" is one
        return False
    return not any(_noun_in(token, cues.organisation_words) for token in span)


def _settlement_named(span, cues: PlaceCues) -> bool:
    """"the town of X", "the villages of Bumbacari and X" (a later conjunct), "X district"."""
    root = span.root
    first = _first_conjunct(root)  # the first of a list carries the syntax
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in cues.settlement_nouns:
        return True
    if first.dep_ == "pobj" and first.head.lower_ in cues.example_prepositions and _examples_of_settlements(
            first.head, cues):
        return True  # "villages like Cailaco and Manapa", "towns such as Gwoza", "villages including Kizara"
    doc = span.doc
    if (first.i >= 2 and doc[first.i - 1].text == ":" and doc[first.i - 2].lemma_.lower() in cues.settlement_nouns
            and doc[first.i - 2].lower_ != doc[first.i - 2].lemma_.lower()):
        return True  # "raided four villages: Demsare, Wunamokoh and Dikajam"
    head = root.head
    # (one lower-case adjective may stand between: "the eThekwini metropolitan area")
    # (or one lower-case noun: "the Mina port area")
    adjective_between = (head.i == span.end + 1 and doc[span.end].is_lower and doc[span.end].dep_ in ("amod", "compound")
                         and doc[span.end].head.i == head.i)
    # (a rare name may be parsed as an adjective: "attacked Bemal village", "Akida village and Mbuta village")
    named = root.dep_ in ("compound", "nmod") or (root.dep_ == "amod" and head.is_lower
                                                             and _adjective_shaped_name(root, cues))
    if (named and head.lemma_.lower() in cues.settlement_nouns
            and (head.i == span.end or adjective_between)):
        return not _names_faction(span, head, cues)
    if (root.dep_ == "conj" and span.end < len(doc) and head.i < span.start and doc[span.end].is_lower
            and head.lemma_.lower() in cues.settlement_nouns and doc[span.end].lemma_.lower() == head.lemma_.lower()):
        return True  # "in Kasese district and Bundibugyo district", the second name parsed as the first noun's conjunct
    # "Sholgara and Darai Souf districts", "Hanano and Jabal Badro districts": names listed on one plural
    # settlement noun (the parser hangs the first on the noun and the others on the first).
    first = root.head if root.dep_ == "conj" else root
    noun = first.head
    for _ in range(MAX_NAME_TOKENS):  # (the parser may hang the first name on the last word of the next one)
        if noun.pos_ != "PROPN" or noun.dep_ not in ("compound", "nmod") or noun.head.i == noun.i:
            break
        noun = noun.head
    # (the lemmatizer leaves some British plurals alone: "neighbourhoods")
    singular = noun.lemma_.lower() if noun.lower_ != noun.lemma_.lower() else noun.lower_.removesuffix("s")
    plural = singular != noun.lower_
    listed = root is not first or any(child.dep_ == "conj" for child in root.children)
    if not (listed and plural and first.dep_ in ("compound", "nmod") and noun.i >= span.end
            and singular in cues.settlement_nouns):
        return False
    # "where Dogon and Fulani communities have clashed": peoples, when one of the list is a nationality
    return not any(t.ent_type_ == "NORP" for t in doc[first.i:noun.i])


def _feature_of(span, cues: PlaceCues) -> bool:
    """"the island of Lipsi", "the Red Sea island of Hanish al-Kabir", "the hills of X": the name a natural
    feature's noun is "of" is a place."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("of", "the", "and", ","):
        return False  # (the common case, read before the parse is walked)
    first = _first_conjunct(span.root)
    noun = first.head.head
    return (first.dep_ == "pobj" and first.head.lower_ == "of" and noun.is_lower and noun.i < first.i
            and _noun_in(noun, cues.feature_nouns))


def _examples_of_settlements(preposition, cues: PlaceCues) -> bool:
    """Whether an example preposition ("including", "like", "such as") gives examples of settlements: hung on a
    settlement noun, or on the place that noun is said to lie on or near, which the parser often takes instead
    ("towns on the Richmond River, including Coraki", "villages south of Mount Sinjar, including Kocho"); or on a
    plural region noun ("in prefectures such as Forecariah and Dubreka")."""
    noun = preposition.head
    for _ in range(4):
        if noun.i < preposition.i and (noun.lemma_.lower() in cues.settlement_nouns or (
                noun.lower_ != noun.lemma_.lower() and noun.lemma_.lower() in cues.region_nouns)):
            return True
        if noun.dep_ not in ("pobj", "prep", "advmod") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _adjective_shaped_name(token, cues: PlaceCues) -> bool:
    """A capitalised word inside a sentence that the parser calls an adjective but that is no nationality,
    direction or part word ("Mbuta" in "Mbuta village"; not "Kurdish", "Northern")."""
    return (token.pos_ in ("ADJ", "PROPN") and token.text[:1].isupper() and token.is_alpha
            and not token.is_sent_start and token.ent_type_ != "NORP"
            and token.lower_ not in cues.part_words and token.lower_ not in cues.not_place_words
            and not token.text.isupper())


def _place_shaped_name(span, cues: PlaceCues) -> bool:
    """Whether the name's shape says it is a place: a generic place word first ("Tal Bizam", "Kafr Hamra",
    "Jabal Badro": ``place_name_first_words``), or a settlement ending on its last word ("Karvenagar",
    "Shahabad": ``place_name_endings``). Not a name with an organisation word ("Deir Ezzor Military Council")."""
    if not len(span):
        return False
    # (the common case, read from the first and last words before the name's words are walked)
    opening, last = span.doc[span.start].lower_, span.doc[span.end - 1].lower_
    if (opening != "the" and last != "the" and opening.split("-")[0] not in cues.place_name_first_words
            and not last.endswith(cues.place_name_endings)):
        return False
    words = [t for t in span if t.lower_ != "the"]
    if not words or not words[0].text[:1].isupper() or any(_noun_in(t, cues.organisation_words) for t in words):
        return False
    first = words[0].lower_.split("-")[0]
    if len(words) >= 2 and first in cues.place_name_first_words:
        return True
    last = words[-1].lower_
    return last.isalpha() and any(last.endswith(ending) and len(last) > len(ending) + 2
                                  for ending in cues.place_name_endings)


def _settlement_in_apposition(span, cues: PlaceCues) -> bool:
    """"Dogu Beyazit, a farming town in eastern Turkey": the name has a settlement noun in apposition."""
    root = span.root
    return any(child.dep_ == "appos" and child.i > root.i and _noun_in(child, cues.settlement_nouns)
               for child in root.children)


def _is_capitalised_name(text: str, cues: PlaceCues) -> bool:
    """Whether the words are written as a proper name: capitalised, or opened by a lower-case Arabic article
    ("al-Hol", "el-Fasher") or a lower-case Bantu prefix before a capital ("eThekwini", "uMngeni")."""
    if text[:1].isupper():
        return True
    stripped = cues.article_prefix.sub("", text, count=1)
    if stripped != text:
        return stripped[:1].isupper()
    return len(text) > 3 and text[:1].islower() and (text[1:2].isupper() or (text[1:2].islower() and text[2:3].isupper()))


def _feature_named(span, cues: PlaceCues) -> bool:
    """"the Bheri river", "the Akosombo dam", "the al-Hol camp", "the uMngeni river": a name right before a
    lower-case feature or site noun (``feature_common_nouns``) is that feature's name; a person's name before
    a camp or a base (``faction_nouns``) only with a word between ("the Biden camp" is a faction); never an
    organisation's name ("the Hunt Oil lake")."""
    root = span.root
    noun = root.head
    # (one lower-case word may stand between: "the Ein el-Hilweh refugee camp", "Kawkab army base")
    between = noun.i == span.end + 1 and span.doc[span.end].is_lower and span.doc[span.end].dep_ == "compound"
    if (root.dep_ not in ("compound", "nmod", "amod") or not (noun.i == span.end or between) or not noun.is_lower
            or noun.lower_ not in cues.feature_common_nouns or span.text.replace(".", "").isupper()):
        return False
    if not between and _names_faction(span, noun, cues):
        return False  # "the Biden camp"; but "the Shaboura refugee camp", "the al-Hol camp"
    return _is_capitalised_name(span.text, cues) and not any(_noun_in(t, cues.organisation_words) for t in span)


def _names_faction(span, noun, cues: PlaceCues) -> bool:
    """"the Biden camp": "the", a person's name and a faction noun (``faction_nouns``) right after it name a
    faction ("inside Baqaa camp" is a place)."""
    return (noun.lower_ in cues.faction_nouns and noun.i == span.end and span[0].ent_type_ == "PERSON"
            and span.start > 0 and span.doc[span.start - 1].lower_ == "the")


def _site_shaped_name(span, cues: PlaceCues) -> bool:
    """"MacDill Air Force Base", "Jasper National Park", "the Kotri Barrage": a capitalised name ending in a
    site's kind (``site_name_endings``) after a word of its own."""
    last = span.doc[span.end - 1].lower_ if len(span) else "the"
    if last != "the" and last not in cues.site_name_last_words:
        return False  # (the common case, read from one word before the name's words are walked)
    words = [t for t in span if t.lower_ != "the"]
    if any(_noun_in(t, cues.organisation_words) for t in words):
        return False  # "the Santa Ana Unified School District" is a body
    lowered = tuple(t.lower_ for t in words)
    return any(len(lowered) > len(ending) and lowered[-len(ending):] == ending
               and all(t.text[:1].isupper() for t in words[-len(ending):])
               for ending in cues.site_name_endings)


def _feature_shaped_name(span, cues: PlaceCues) -> bool:
    """"Qarnayel Ridge", "the Panj River", "Tarkwa Hill": capitalised words ending in a natural feature's kind
    (``feature_name_endings``) after a word of its own; never with an organisation word ("Cedar Hill
    Council") nor written in capitals."""
    last = span.doc[span.end - 1].lower_ if len(span) else "the"
    if last != "the" and last not in cues.feature_name_endings:
        return False  # (the common case, read from one word before the name's words are walked)
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in cues.feature_name_endings or span.text.isupper():
        return False
    if not all(_is_capitalised_name(t.text, cues) for t in words if t.is_alpha):
        return False
    return not any(_noun_in(t, cues.organisation_words) for t in words)


def _feature_position(doc, start: int, end: int, cues: PlaceCues, toponym_tokens: Sequence[bool]) -> bool:
    """Whether a feature-shaped name the tagger calls a person stands where places stand: after a place
    preposition ("on Tarkwa Hill", "from Qarnayel Ridge") or where the syntax says so ("stormed Tarkwa Hill")."""
    before = _word_before(doc, start)
    if before >= 0 and (doc[before].lower_ in cues.locative_prepositions
                        or doc[before].lower_ in cues.movement_prepositions):
        return True
    return _place_syntax(doc, start, end, cues, toponym_tokens)


def _names_feature_or_site(words, cues: PlaceCues) -> bool:
    """Whether recognized words name a natural feature or an open site: "the Bheri river" (the lower-case noun
    taken with the name), "MacDill Air Force Base"."""
    last = words[-1]
    return ((last.is_lower and last.lower_ in cues.feature_common_nouns) or _site_shaped_name(words, cues)
            or _feature_shaped_name(words, cues))


def _named_otherwise(doc, start: int, found: list[Toponym], cues: PlaceCues,
                     lower: Sequence[str]) -> Optional[Toponym]:
    """The place a name at token ``start`` is said to be another name of: "Qamishli, also spelled Kamishli",
    "Grodno, also known as Hrodna", "the town, also spelled Beletweyne" (the nearest town named before).
    ``lower``: the document's words in lower case (read from it, not from tokens built for each name)."""
    for phrase in cues.other_name_phrases:
        begin = start - len(phrase)
        if begin < 2 or lower[begin - 1] != "," or tuple(lower[begin:start]) != phrase:
            continue
        before = [t for t in found if t.token_end == begin - 1 and t.candidates]
        if before:
            return before[0]
        if _noun_in(doc[begin - 2], cues.settlement_nouns):
            earlier = [t for t in found if t.token_end <= begin - 2 and any(p.kind == "city" for p in t.candidates)]
            return earlier[-1] if earlier else None
    return None


def _arabic_article_name(span, cues: PlaceCues) -> bool:
    """"Al-Fijah", "al-Mawasi": a name opened by an Arabic article and a hyphen (a person's name holds it
    after a first name: "Bashar al-Assad"), without an organisation word."""
    words = [t for t in span if t.lower_ != "the"]
    if not words or any(_noun_in(t, cues.organisation_words) for t in words):
        return False
    text = span.doc[words[0].i:words[-1].i + 1].text
    stripped = cues.article_prefix.sub("", text, count=1)
    return stripped != text and "-" in text[:len(text) - len(stripped)] and stripped[:1].isupper()


def _listed_with_town(span, found: list[Toponym], cues: PlaceCues) -> bool:
    """"communications with Nosy Varika and Manakara": a name listed with a town found (not an actor, not a
    country) is a place too, whichever comes first; not a body or a building ("Franklin and Kennedy Elementary
    Schools")."""
    body_words = cues.organisation_words | cues.facility_nouns
    if any(_noun_in(t, body_words) or t.lower_.removesuffix("s") in body_words for t in span):
        return False  # (a capitalised plural may keep its "s" in the lemma: "Schools")
    partners = set(_conjunct_indexes(span.root))
    return any(t.token_start <= i < t.token_end and not t.is_actor
               and any(p.kind == "city" or (p.kind == "alias" and p.precision in ("city", "point"))
                       for p in t.candidates)  # (a town, a quarter or a camp of our own list: "Kutupalong")
               for t in found for i in partners)


def _place_syntax(doc, start: int, stop: int, cues: PlaceCues, toponym_tokens: Sequence[bool] = ()) -> bool:
    """Whether the syntax says the words name a place, whatever the tagger thought.

    "in Maarib", "captured Knin", "the Omagh home", "Tokyo's skies", "Bidya, a popular shopping town",
    "the town of Kalam", "in the Temryuk and Anapa", "Cairo, Giza and Al-Minya" (listed with places).
    """
    # (each word's facts are read once: a Token is built on every ``doc[i]``)
    before = start - 1
    while before > 0 and doc[before].is_space:
        before -= 1  # wire copy's double spaces: "in downtown  Yala"
    word = doc[before] if before >= 0 else None
    lower = word.lower_ if word is not None else ""
    if before > 0 and word.is_lower and (lower in cues.part_words or lower in cues.nearness_words):
        before -= 1  # "in central Kiev", "in downtown Calais", "in nearby Koro"
        word = doc[before]
        lower = word.lower_
    if before > 0 and lower == "the":
        before -= 1
        word = doc[before]
        lower = word.lower_
    if before >= 0 and lower in cues.recognition_locative_prepositions:
        return True
    if before >= 0 and lower in cues.place_only_verb_forms and word.is_lower:
        return True  # "the group overran Sinjar", whatever the tagger made of "overran" and "Sinjar"
    if before > 0 and lower == "to" and doc[before - 1].lower_ in cues.proximity_words:
        return True  # "near to Biezun", "close to Jaffna"
    if start > 0:
        previous = doc[start - 1].lower_
        if previous in cues.bare_settlement_nouns and doc[start].pos_ == "PROPN":
            return True  # "Samoa's capital Apia", "the town Bama"
        if start > 2 and previous == "as" and doc[start - 2].lower_ in cues.distance_words:
            return True  # "ash fell as far away as Gilroy"
    if _end_of_a_road(doc, before, cues):
        return True  # "the road to El Tambo", "Roads to Suzu", "the road north to Akkar"
    root = doc[start:stop].root
    head = root.head
    root_dep, head_lower = root.dep_, head.lower_
    # (a repeated preposition carries the first one's syntax: "residents of Batken town and of Kulundu")
    of_noun = head.head.head if head.dep_ == "conj" and head.head.lower_ == head_lower else head.head
    if root_dep == "pobj" and head_lower == "of" and (
            _noun_in(of_noun, cues.settlement_nouns)
            or (of_noun.pos_ == "NOUN" and _noun_in(of_noun, cues.place_nouns))
            # (plural sites: "the pig farms of Perote", "the mines of Katanga"; not "the office of X")
            or (of_noun.tag_ == "NNS" and _noun_in(of_noun, cues.facility_nouns))
            or _noun_in(of_noun, cues.residents_of_nouns)):
        return True  # "the town of Kalam", "the streets of Mbabane", "residents of Jamshoro"
    if root_dep == "pobj" and head_lower in cues.movement_prepositions:
        # (where a movement starts is a place too: "withdrew from Marawi", "fled from Mosul")
        preposition = head.head if head.dep_ == "conj" and head.head.pos_ == "ADP" else head
        verb = preposition.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in cues.destination_verbs:
            return True  # "taken to Monguno", "fled to Diffa", "fled to the city and to Qamishli"
        if preposition.lower_ == "from" and verb.pos_ == "VERB" and _is_departure_verb(verb, cues):
            return True  # "set off from Ayvacik", "departed from Lampedusa"
        if preposition.lower_ == "from" and verb.pos_ == "NOUN" and _noun_in(verb, cues.origin_nouns):
            return True  # "a man from Ankazobe", "miners from El Callao and Tumeremo": where people come from
        if (preposition.lower_ == "from" and verb.lemma_ == "be"
                and any(child.dep_ == "nsubj" and _noun_in(child, cues.origin_nouns) for child in verb.children)):
            return True  # "the children were from Mayadin"
    if (root_dep == "pobj" and head_lower in ("from", "to") and root.ent_type_ not in ("ORG", "NORP")
            and _other_end_is_a_place(head, toponym_tokens, cues)):
        return True  # "flew supplies from Kinshasa to Mweka", "spread from Beni to Mabalako"
    if root_dep == "pobj" and head_lower in cues.example_prepositions and _examples_of_settlements(head, cues):
        return True  # "in prefectures such as Forecariah and Dubreka", "towns like Gwoza"
    if (root_dep == "pobj" and head_lower in cues.assault_prepositions and head.head.pos_ == "NOUN"
            and _noun_in(head.head, cues.assault_nouns)):
        return True  # "the attack on Azaz", "an offensive against Saraqib"
    # A conjunct or apposition of a place is a place; the first conjunct carries the syntax.
    first = root
    for _ in range(4):
        if first.dep_ not in ("conj", "appos") or first.head.i == first.i:
            break
        first = first.head
        if first.i < len(toponym_tokens) and toponym_tokens[first.i]:
            return True
    if first is not root and first.dep_ == "pobj" and first.head.lower_ in cues.recognition_locative_prepositions:
        return True
    if any(child.dep_ == "conj" and child.i < len(toponym_tokens) and toponym_tokens[child.i]
           for child in root.children):
        return True  # "Ferries to Praslin and La Digue": listed with a place named after it
    if any(child.dep_ == "prep" and child.lower_ in cues.located_by_prepositions and doc[child.i - 1].text == ","
           for child in root.children):
        return True  # "Catarroja, near the Albufera lagoon, was also badly hit"
    if (first is not root and first.dep_ == "pobj" and first.head.lower_ == "of"
            and _noun_in(first.head.head, cues.settlement_nouns)):
        return True  # "the villages of Bumbacari and Dudescu"
    if _equated_with_settlement_noun(first, cues):
        return True  # "the worst affected districts are Techiman and Nkoranza"
    if root_dep == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in cues.place_object_verbs:
        return True  # "captured Knin", "struck Konjic"
    if root_dep == "nsubjpass" and head.lemma_.lower() in cues.place_subject_verbs:
        return True  # "Utiel was flooded" (but "Granda was captured" is a person)
    if root_dep == "pobj" and head_lower == "of" and head.head.lower_ in cues.direction_nouns:
        return True  # "north of Napier", "the outskirts of Sibi"
    if (root_dep == "pobj" and head_lower in cues.road_end_prepositions and head.head.pos_ == "NOUN"
            and _noun_in(head.head, cues.locating_nouns)):
        return True  # "the road between Cochabamba and Oruro"
    if root_dep in ("compound", "nmod", "poss") and head.i >= stop and (
            _noun_in(head, cues.locating_nouns) or _noun_in(head, cues.resident_nouns)):
        return True
    appositions = [child for child in root.children if child.dep_ == "appos"]
    if root_dep == "appos":
        appositions.append(head)
    return any(_noun_in(a, cues.settlement_nouns) or _noun_in(a, cues.place_nouns) for a in appositions)


def _other_end_is_a_place(preposition, toponym_tokens: Sequence[bool], cues: PlaceCues) -> bool:
    """Whether something moves ("flew", "spread") between the two ends of a "from ... to ..." pair and the other end
    is a name taken as a place: the "to" under the "from" ("flew supplies from Kinshasa to Mweka", as the parser
    often hangs it), the "from" over the "to", or the two under one word ("spread from Beni to Mabalako"). Not
    money or power passing to a body or a person ("sent from Tehran to Hezbollah", "passed from Lagos to Tinubu")."""
    verb = preposition.head
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.destination_verbs:
        return False
    other = "to" if preposition.lower_ == "from" else "from"
    ends = [child for child in preposition.children if child.dep_ == "prep" and child.lower_ == other]
    if preposition.head.lower_ == other and preposition.head.dep_ == "prep":
        ends.append(preposition.head)
    if preposition.head.i != preposition.i:
        ends.extend(child for child in preposition.head.children if child.dep_ == "prep" and child.lower_ == other)
    return any(end.dep_ == "prep"
               and any(child.dep_ == "pobj" and child.i < len(toponym_tokens) and toponym_tokens[child.i]
                       for child in end.children)
               for end in ends)


def _equated_with_settlement_noun(token, cues: PlaceCues) -> bool:
    """Whether a copula or a small clause equates the name with a settlement noun: "the worst affected districts
    are Techiman and Nkoranza", "Nkoranza is the worst hit district", "with Techiman and Nkoranza the worst
    affected districts" (the name the subject of the noun). Not a noun that describes a body ("NATO is a community
    of values"): the tagger calls too many towns organisations for the tag to tell."""
    head = token.head
    if token.dep_ == "attr" and head.lemma_ == "be":
        return any(c.dep_ == "nsubj" and _marked_settlement_noun(c, cues) for c in head.children)
    if token.dep_ != "nsubj":
        return False
    if _marked_settlement_noun(head, cues):
        return True
    return head.lemma_ == "be" and any(c.dep_ == "attr" and _marked_settlement_noun(c, cues) for c in head.children)


def _marked_settlement_noun(noun, cues: PlaceCues) -> bool:
    """A settlement noun that picks out places ("the district", "the worst affected districts"), not one that
    describes ("a community of believers", "a zone of lawlessness")."""
    if noun.pos_ != "NOUN" or not _noun_in(noun, cues.settlement_nouns):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return any(c.lower_ == "the" or c.tag_ in ("JJS", "RBS") or c.lower_ in ("affected", "hit")
               or any(g.tag_ in ("JJS", "RBS") for g in c.children) for c in noun.children)


def _after_passage_preposition(doc, start: int, cues: PlaceCues) -> bool:
    """Whether the name at ``start`` follows a preposition of a route ("pass through Lokichoggio", "drones over
    Marib", "in transit via Dubai"; a part word or "the" may stand between): a place when the gazetteer knows it."""
    before = start - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    if before > 0 and doc[before].is_lower and doc[before].lower_ in cues.part_words:
        before -= 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ in cues.passage_prepositions


def _is_departure_verb(verb, cues: PlaceCues) -> bool:
    """Whether the verb is one of leaving (``departure_verbs``), a phrasal one with its particle ("set off")."""
    lemma = verb.lemma_.lower()
    if lemma in cues.departure_verbs:
        return True
    return any(child.dep_ == "prt" and f"{lemma} {child.lower_}" in cues.departure_verbs for child in verb.children)


def _end_of_a_road(doc, preposition: int, cues: PlaceCues) -> bool:
    """Whether token ``preposition`` is "to", "towards" or "from" right after a road's noun (``joined_place_nouns``),
    a direction word between allowed: "the road to El Tambo", "the road north to Akkar", "the road from Mendi"
    (a road's two ends are places)."""
    if preposition < 1 or (doc[preposition].lower_ not in cues.destination_prepositions
                           and doc[preposition].lower_ != "from"):
        return False
    before = preposition - 1
    if before > 0 and doc[before].lower_ in cues.direction_nouns:
        before -= 1
    return doc[before].pos_ == "NOUN" and _noun_in(doc[before], cues.joined_place_nouns)


def _noun_in(token, words) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def _acceptable_gap_match(
    doc, start: int, stop: int, candidates: list[Place], other_entity: list[bool], unknown_place: list[bool],
    gazetteer: Gazetteer, toponym_tokens: Sequence[bool],
) -> bool:
    cues = gazetteer.cues
    # (the checks that need no syntax first: reading the syntax is what costs)
    if stop - start == 1 and normalize_name(doc[start].text) in cues.not_place_words:
        return False
    if (stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].lower_ in cues.street_words
            and doc[stop].text[:1].isupper()):
        return False  # "by Syria Street": a street named after a country
    if (stop - start == 1 and doc[start].pos_ == "NOUN" and not doc[start].ent_type_ and doc[start].is_sent_start
            and all(p.kind == "city" for p in candidates)):
        return False  # "Villages including ... were evacuated": a common noun capitalised by its place, not a town
    if (start > 0 and doc[start - 1].text == "-" and _piece_of_hyphenated_name(doc, start, stop, cues)
            and all(p.kind == "city" for p in candidates)):
        return False  # "the Mvog-Ada market" in Yaoundé is not Ada, Oklahoma: one local name, not two
    if any(unknown_place[start:stop]):
        # Part of a place we do not know ("Lamar County"): only a country or region inside it counts,
        # or a place opening the name of its local body or a site ("Santa Ana City Council").
        opens = doc[start].ent_iob_ == "B" or (start > 0 and doc[start - 1].ent_iob_ == "B"
                                               and doc[start - 1].lower_ == "the")
        names_body = opens and stop < len(doc) and doc[stop].ent_iob_ == "I" and (
            doc[stop].lower_ in cues.local_body_words or _noun_in(doc[stop], cues.facility_nouns))
        return names_body or any(p.kind in ("country", "region") for p in candidates)
    # With syntax saying it is a place, a small town or an alternate spelling is believed too.
    place_syntax = (_place_syntax(doc, start, stop, cues, toponym_tokens)
                    or _after_passage_preposition(doc, start, cues))
    root = doc[start:stop].root
    if (place_syntax and doc[start].ent_type_ == "PERSON" and root.dep_ == "poss"
            and not _noun_in(root.head, cues.place_nouns)):
        place_syntax = False  # "Arafat's office" is a person's; "Dubrovnik's walled city" is a town's
    if any(other_entity[start:stop]):
        # The tagger called it a person or organisation: believe the gazetteer only for a whole entity
        # ("Grozny" tagged PERSON), never for a piece of a longer name ("Abu" in "Abu Musab al-Zarqawi").
        opens = doc[start].ent_iob_ == "B" or (
            start > 0 and doc[start - 1].ent_iob_ == "B" and doc[start - 1].lower_ == "the"
        )
        whole = opens and (stop == len(doc) or doc[stop].ent_iob_ != "I" or _rest_of_entity_unnamed(doc, stop))
        if (whole and not place_syntax and doc[start].ent_type_ == "PERSON" and root.dep_ == "nsubj"
                and root.head.lemma_.lower() in cues.speech_verbs and all(p.kind == "city" for p in candidates)):
            return False  # "In London, Bolton said": a person who speaks, not the town
        glued, towns = (False, False) if whole else _piece_of_glued_places(doc, start, stop, gazetteer, toponym_tokens)
        # a piece after "at" or "to" is where a site or a route lies: a small town too ("the Bolan Pass to Sibi")
        place_syntax = place_syntax or (glued and (doc[start - 1].lower_ in cues.glued_place_separators or towns))
        whole = whole or glued
        # "Mission Viejo" with only "Viejo" tagged: the match holds the entity whole, from outside it.
        holds_entity = (doc[start].ent_iob_ in ("O", "") and (stop == len(doc) or doc[stop].ent_iob_ != "I")
                        and any(c.kind == "city" and not c.alternate
                                and (place_syntax or c.population >= MIN_GAP_CITY_POPULATION) for c in candidates))
        whole = whole or holds_entity or _opens_a_site_name(doc, start, stop, candidates, opens, cues)
        in_org = doc[start].ent_type_ == "ORG"
        # A country or region that opens an organisation's name is still a toponym ("the U.S. Army").
        # So does a place opening the name of its local body or site ("Westminster City Council").
        local_body = in_org and opens and stop < len(doc) and doc[stop].lower_ in cues.local_body_words
        # "the Ministry of Health of the People's Republic of China": a country the name says it is of.
        of_before = start > 0 and (doc[start - 1].lower_ == "of" or (
            doc[start - 1].lower_ == "the" and start > 1 and doc[start - 2].lower_ == "of"))
        of_country = in_org and of_before and any(p.kind == "country" for p in candidates)
        if not whole and not local_body and not of_country and not (
            in_org and opens and any(p.kind in ("country", "region") for p in candidates)
        ):
            return False
    if any(not doc[i].text[:1].isupper() and doc[i].is_alpha for i in range(start, stop)) and stop - start == 1:
        return False
    if doc[start:stop].text.isupper() and len(doc[start:stop].text) <= 3 and not any(
        p.kind in ("country", "region") for p in candidates
    ):
        return False  # "AP", "UN", "ISIS": initialisms that happen to be town names
    for place in candidates:
        if place.alternate and not place_syntax:
            continue
        if place.kind != "city" or place.population >= MIN_GAP_CITY_POPULATION or place_syntax:
            return True
    return False


def _rest_of_entity_unnamed(doc, index: int) -> bool:
    """Whether the tagged name goes on from ``index`` with numbers and lower-case words only: the tagger glued
    them to a name ("Victoria 10" of "New South Wales reported 15 deaths and Victoria 10", "Recife first")."""
    return not any(doc[i].text[:1].isupper() for i in range(index, _entity_end(doc, index)))


def _piece_of_hyphenated_name(doc, start: int, stop: int, cues: PlaceCues) -> bool:
    """Whether the words are glued by a hyphen to another capitalised word ("Ada" of "Mvog-Ada"): a piece of one
    compound name. Not after an Arabic article ("Al-Minya"): names joined for a road or a crossing ("the
    Rafah-Kerem Shalom route") are read later, whole pieces."""
    def glued(hyphen: int, word: int) -> bool:
        return (0 <= word < len(doc) and doc[hyphen].text in ("-", "\u2011") and not doc[hyphen].whitespace_
                and not doc[hyphen - 1].whitespace_ and doc[word].text[:1].isupper() and doc[word].is_alpha
                and doc[word].lower_ not in cues.transliteration_articles)
    return (start >= 2 and glued(start - 1, start - 2)) or (stop + 1 < len(doc) and glued(stop, stop + 1))


def _opens_a_site_name(doc, start: int, stop: int, candidates: list[Place], opens: bool, cues: PlaceCues) -> bool:
    """Whether a large city, a region or a country opens the name of a site the tagger calls an organisation
    ("the Aleppo Technical College", "the Sydney Opera House"): the site lies there. Not the names that
    bodies often take from a town elsewhere (``site_name_exceptions``: "Columbia University")."""
    if not opens:
        return False
    entity_end = _entity_end(doc, stop)
    last = doc[entity_end - 1]
    if entity_end == stop or not _noun_in(last, cues.facility_nouns) or _noun_in(last, cues.site_name_exceptions):
        return False
    return any(p.kind in ("country", "region") or (p.kind == "city" and not p.alternate
                                                      and p.population >= MIN_GAP_CITY_POPULATION)
               for p in candidates)


def _piece_of_glued_places(doc, start: int, stop: int, gazetteer: Gazetteer,
                           toponym_tokens: Sequence[bool]) -> tuple[bool, bool]:
    """Whether the words are one piece of a list of places the tagger glued into one name ("at Pandi,
    Bulacan and Talavera farms" or "Santa Maria, Davao del Sur" as one organisation): a piece between
    commas, "and", "at" or "to" ("Cochabamba and Oruro at Parotani", "the Bolan Pass to Sibi"), when another
    piece is a place too and one of them is a country, a region or a large city ("Morgan, Stanley" holds none),
    or every piece is a place and the name goes on a list of places before it ("cases in Kyegegwa, Kagadi and
    Wakiso", the last two tagged as one organisation; ``toponym_tokens``: the names taken so far). Returned
    with it: whether the pieces are three or more towns of one country ("Forecariah, Coyah, Dubreka")."""
    separators = LIST_SEPARATORS | gazetteer.cues.glued_place_separators
    if doc[start].ent_iob_ not in ("B", "I"):
        return False, False

    def separates(index: int) -> bool:
        # (also "of" after a settlement noun: "Barangays of Santa Maria, Davao del Sur" tagged as one organisation)
        return doc[index].lower_ in separators or (
            doc[index].lower_ == "of" and index > 0 and _noun_in(doc[index - 1], gazetteer.cues.settlement_nouns))

    # the entity's bounds from the tags (cheaper than a walk over doc.ents)
    entity_start = start
    while entity_start > 0 and doc[entity_start].ent_iob_ == "I":
        entity_start -= 1
    entity_end = _entity_end(doc, start + 1)
    if doc[entity_start].lower_ == "the":
        entity_start += 1  # "the Bolan Pass to Sibi" tagged as one law: "the" opens no piece
    entity = doc[entity_start:entity_end]
    if stop > entity.end or start < entity.start:
        return False, False
    before, after = doc[start - 1] if start > entity.start else None, doc[stop] if stop < entity.end else None
    if (before is not None and not separates(start - 1)) or (
            after is not None and after.lower_ not in separators) or before is after is None:
        return False, False
    others, piece_start = [], entity.start
    for index in range(entity.start, entity.end + 1):
        if index == entity.end or separates(index):
            if piece_start < index and piece_start != start:
                others.append(gazetteer.lookup(doc[piece_start:index].text))
            piece_start = index + 1
    if not any(others):
        return False, False
    own = gazetteer.lookup(doc[start:stop].text)
    towns = _towns_of_one_country(others + [own])
    if (all(others) and own and entity.start > 1 and doc[entity.start - 1].lower_ in LIST_SEPARATORS
            and toponym_tokens[entity.start - 2]):
        return True, towns  # "in Kyegegwa, Kagadi and Wakiso" with the last two as one organisation: a list goes on
    # one piece a country, a region or a large city ("Kharkiv, Izium" as one organisation)
    big = any(p.kind in ("country", "region") or (p.kind == "city" and not p.alternate
                                                   and p.population >= MIN_GAP_CITY_POPULATION)
              for places in others + [own] for p in places)
    return big or towns, towns


def _towns_of_one_country(pieces: list[list[Place]]) -> bool:
    """Whether three pieces or more of a glued name are each a town of one same country ("Forecariah, Coyah,
    Dubreka, Boffa" as one organisation): no firm or body is named so, and each piece is a town, however small."""
    if len(pieces) < 3 or not all(pieces):
        return False
    shared = None
    for places in pieces:
        countries = {p.country for p in places if p.kind == "city" and not p.alternate}
        shared = countries if shared is None else shared & countries
    return bool(shared)


def _name_clash_penalty(candidates: list[Place]) -> dict[str, float]:
    """Cities named like a country or a region in the candidates are rarely meant ("China", "Ontario")."""
    kinds = {p.kind for p in candidates if not p.alternate}
    if "country" in kinds:
        return {"city": COUNTRY_NAME_CLASH}
    if "region" in kinds:
        return {"city": REGION_NAME_CLASH}
    return {}


def _base_score(place: Place) -> float:
    if place.kind == "city":
        score = 1.0 + 0.6 * math.log10(place.population + 10)
    else:
        score = KIND_SCORE.get(place.kind, 4.0)
    if place.alternate:
        # (a well-known other name of a city of a million, "Mecca", "Bombay", is no rarer than a small namesake)
        score -= ALTERNATE_NAME_PENALTY / (2 if place.population >= FOREIGN_ALTERNATE_POPULATION else 1)
    if place.capital:
        score += CAPITAL_BONUS
    return score


def _local_score(place: Place, toponym: Toponym, clash: dict[str, float]) -> float:
    """Kind and population, and what the text says of the name itself ("the state of", "Dutch")."""
    value = _base_score(place) - clash.get(place.kind, 0.0)
    if toponym.region_cue and place.kind == "region":
        value += REGION_CUE_BONUS
    if toponym.town_cue and place.kind == "city":
        # "its capital, Trinidad" is the Bolivian town, not Trinidad and Tobago: no clash penalty either
        value += TOWN_CUE_BONUS + clash.get("city", 0.0)
    if toponym.said_country and place.country == toponym.said_country:
        value += QUALIFIER_COUNTRY_BONUS
    return value


def _best(candidates: list[Place], scorer) -> tuple[Optional[Place], float]:
    best, best_score = None, -math.inf
    for place in candidates:
        score = scorer(place)
        if score > best_score:
            best, best_score = place, score
    return best, best_score


def _find_qualifiers(doc, toponyms: list[Toponym], cues: PlaceCues, lower: Sequence[str]) -> None:
    """Link "Paris, Texas" / "Hamadan, in north-west Iran" / "Nablus in the West Bank" qualifiers. ``lower``: the
    document's words in lower case (_TokenFacts.lower)."""
    for current, following in zip(toponyms, toponyms[1:]):
        gap = doc[current.token_end:following.token_start]
        words = lower[current.token_end:following.token_start]  # (each test below looks at the same words)
        if _is_reference_gap(gap, words, cues):
            current.reference_points.append(following)
        if _is_part_of_gap(words, cues):
            # "Scarborough, in the east of Toronto": inside the second, not located from it ("east of Toronto")
            current.qualifiers.append(following)
            current.containers.append(following)
            continue
        if _is_examples_in_gap(gap, words, cues):
            # "in Bangladesh, in districts such as Faridpur": the examples lie in the first
            following.qualifiers.append(current)
            continue
        if len(gap) > 4:
            continue
        if any(w in cues.qualifier_breaking_words for w in words):
            continue
        if any(t.pos_ == "VERB" for t in gap):
            continue
        if not gap or words[0] in cues.qualifier_opening_words or (len(gap) <= 1 and words[0] in (",",)):
            current.qualifiers.append(following)
        settlement_of = _is_settlement_of_gap(doc, gap, following, cues)
        if settlement_of and following.candidates and not current.candidates:
            current.containers.append(following)  # "the Shaab neighbourhood of Baghdad"
        elif settlement_of and current.candidates and not following.candidates:
            following.containers.append(current)  # "the Nairobi suburb of Syokimau"
            if _plural_settlement_noun_of(gap, cues):
                _contain_conjuncts(doc, toponyms, following, current)  # "the Harare suburbs of Glen View and Budiriro"
        elif settlement_of and current.candidates and _plural_settlement_noun_of(gap, cues):
            # "the Freetown suburbs of Wellington and Kissy": a plural noun says the names after it lie in the
            # first, known or not (one place is not inside several)
            following.containers.append(current)
            following.qualifiers.append(current)
            _contain_conjuncts(doc, toponyms, following, current)
        elif _is_containment_gap(gap, cues, current.said_place
                                 and not _noun_in(doc[current.token_end - 1], cues.facility_nouns)):
            current.containers.append(following)
        elif _is_possessor_gap(doc, gap, following, cues):
            following.containers.append(current)


def _find_where_clause_containers(doc, toponyms: list[Toponym]) -> None:
    """"... and Afghanistan, where a case was found in Herat": a place named in a "where" clause on a country
    or region lies in it (qualifier and container), whatever the story's other countries say."""
    by_token = {i: t for t in toponyms for i in range(t.token_start, t.token_end)}
    for toponym in toponyms:
        token = doc[toponym.token_start:toponym.token_end].root
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head  # "in Herat and Kabul"
        if token.dep_ != "pobj" or token.head.dep_ != "prep":
            continue
        verb = token.head.head
        where = next((child for child in verb.children if child.lower_ == "where"), None)
        if verb.dep_ != "relcl" or where is None or where.i < 2 or doc[where.i - 1].text != ",":
            continue
        # (the name right before ", where": the parser hangs the clause on the first of a list)
        head = by_token.get(where.i - 2)
        if (head is not None and head is not toponym and head.token_start < toponym.token_start
                and any(p.kind in ("country", "region") for p in head.candidates)):
            toponym.qualifiers.append(head)
            toponym.containers.append(head)


def _is_settlement_of_gap(doc, gap, following: Toponym, cues: PlaceCues) -> bool:
    """"the Shaab neighbourhood of Baghdad", "the Mohammad Agha district of Logar province" (a settlement noun
    and "of"), "Highfield, a Harare township" (an apposition whose noun is a settlement noun): the first
    name lies in the second."""
    words = [t.lower_ for t in gap]
    of_at = words.index("of") if "of" in words else -1
    if of_at == 0 and words[1:] in ([], ["the"]) and gap.start > 0 and _noun_in(doc[gap.start - 1],
                                                                                  cues.settlement_nouns):
        return True  # "the Abadam district of Borno State", the noun tagged with the name
    if of_at >= 1 and _noun_in(gap[of_at - 1], cues.settlement_nouns):
        # "the Bala Farms area of rural Damascus": adjectives and part words may stand on either side
        return all(_noun_in(t, cues.settlement_nouns) or t.lower_ in ("of", "the") or t.pos_ == "ADJ"
                   or t.lower_ in cues.part_words for t in gap)
    if len(words) >= 2 and words[0] == "," and words[1] in ("a", "an", "the"):
        return _settlement_after(doc, following, gap[2:], cues)
    return False


def _contain_conjuncts(doc, toponyms: list[Toponym], first: Toponym, container: Toponym) -> None:
    """Put the names listed with ``first`` ("Glen View and Budiriro") in ``container`` too, unless placed already."""
    conjuncts = {t.i for t in doc[first.token_start:first.token_end].root.conjuncts}
    for named in toponyms:
        if (named is not first and not named.containers
                and any(named.token_start <= i < named.token_end for i in conjuncts)):
            named.containers.append(container)
            named.qualifiers.append(container)


def _plural_settlement_noun_of(gap, cues: PlaceCues) -> bool:
    """Whether the gap is a plural settlement noun and "of", adjectives aside ("suburbs of", "districts of")."""
    words = [t for t in gap if t.pos_ != "ADJ" and t.lower_ != "the"]
    return (len(words) == 2 and words[1].lower_ == "of" and words[0].tag_ == "NNS"
            and _noun_in(words[0], cues.settlement_nouns))


def _is_possessor_gap(doc, gap, following: Toponym, cues: PlaceCues) -> bool:
    """"Mogadishu's Yaqshid district", "Baghdad's western Amriya district": a place's possessive, then a name
    with a settlement noun, says the second name lies in the first."""
    if not gap or gap[0].lower_ not in ("'s", "\u2019s"):
        return False
    return _settlement_after(doc, following, gap[1:], cues)


def _settlement_after(doc, following: Toponym, modifiers, cues: PlaceCues) -> bool:
    """Whether a settlement noun follows the name ``following`` and only adjectives or part words stand in
    ``modifiers`` ("a Harare township", "'s western Amriya district")."""
    after = doc[following.token_end] if following.token_end < len(doc) else None
    return (after is not None and _noun_in(after, cues.settlement_nouns)
            and all(t.pos_ == "ADJ" or t.lower_ in cues.part_words for t in modifiers))


def _is_containment_gap(gap, cues: PlaceCues, first_is_place: bool = False) -> bool:
    """Whether the words between two names say the first lies inside the second.

    "Aziziyah, Aleppo", "al-Tijara neighbourhood in central Damascus", "Tamthil village in Homs
    province" say so; "Amara, south of Baghdad" or "near Nablus" do not. When the first name is surely a place
    (``first_is_place``), "in the municipality of Alotenango" says so too.
    """
    words = [t.lower_ for t in gap]
    if not any(w in (",", "in") for w in words):
        return False
    for position, token in enumerate(gap):
        word = token.lower_
        if (word in (",", "in", "the") or token.pos_ == "ADJ" or word in cues.settlement_nouns
                or word in cues.part_words):  # "the Temple of Heaven in downtown Beijing"
            continue
        if word == "of" and (words[0] == "," or first_is_place) and words[position - 1] in cues.settlement_nouns:
            continue  # "Mutarule, in the territory of Uvira" (not "a Mute Swan in the village of Cellardyke")
        return False
    return True


def _is_part_of_gap(words: list[str], cues: PlaceCues) -> bool:
    """", in the east of", "in the north of" (the gap's lower-case words): the first name lies in that part of the
    second."""
    if words[:1] == [","]:
        words = words[1:]
    return len(words) == 4 and words[:2] == ["in", "the"] and words[2] in cues.part_words and words[3] == "of"


def _is_examples_in_gap(gap, words: list[str], cues: PlaceCues) -> bool:
    """", in districts such as", ", in provinces including" (``words``: the gap's lower-case words): the names after
    are examples of settlements inside the name before ("in Bangladesh, in districts such as Faridpur and Rajbari")."""
    if len(words) < 4 or words[:2] != [",", "in"] or words[-1] not in cues.example_prepositions:
        return False
    middle = gap[2:-2] if words[-2:] == ["such", "as"] else gap[2:-1]
    if not len(middle) or not _noun_in(middle[-1], cues.settlement_nouns) or middle[-1].lower_ == middle[-1].lemma_.lower():
        return False  # (a plural settlement noun last)
    return all(t.pos_ in ("ADJ", "DET", "NUM") for t in middle[:-1])


def _followed_by_container(doc, end: int, found: list[Toponym], cues: PlaceCues) -> bool:
    """Whether a known place the text puts the name in comes right after it ("at Mutarule, in the territory
    of Uvira", "Tamthil village in Homs province")."""
    following = min((t for t in found if t.token_start >= end and t.candidates), key=lambda t: t.token_start,
                    default=None)
    if following is None or following.token_start - end > 5:
        return False
    return _is_containment_gap(doc[end:following.token_start], cues)


def _is_reference_gap(gap, words: Sequence[str], cues: PlaceCues) -> bool:
    """Whether the words between two names locate the first from the second: ", south of" (Jiye, south of
    Beirut), ", 70 kilometres (40 miles) north of", ", just east of"; ", a village near" (Meliandou, a village
    near Gueckedou). ``words``: the gap's lower-case words."""
    if 3 <= len(gap) <= 6 and gap[0].text == "," and words[-1] in cues.located_by_prepositions:
        return any(_noun_in(t, cues.bare_settlement_nouns) or _noun_in(t, cues.settlement_nouns) for t in gap[1:-1]) \
            and all(t.pos_ in ("DET", "ADJ", "NOUN", "ADV") for t in gap[1:-1])
    if not 3 <= len(gap) <= 10 or gap[0].text != "," or words[-1] != "of":
        return False
    if words[-2] not in cues.direction_nouns or words[-2] in cues.distance_units:
        return False
    return all(t.like_num or word in cues.distance_units or word in cues.reference_modifiers or word in "()"
               for t, word in zip(gap[1:-2], words[1:-2]))


def _followed_by_reference(doc, end: int, found: list[Toponym], cues: PlaceCues) -> bool:
    """Whether a known place the name is located from comes right after it ("Dhuluiya, 70 kilometres north of
    Baghdad"): a name only a place is located so."""
    if end >= len(doc) or doc[end].text != ",":
        return False  # (the common case, read before any walk over the names found)
    following = min((t for t in found if t.token_start >= end and t.candidates), key=lambda t: t.token_start,
                    default=None)
    if following is None or following.token_start - end > 10:
        return False  # (no reference gap is longer: read no words of a long one)
    gap = doc[end:following.token_start]
    return _is_reference_gap(gap, [t.lower_ for t in gap], cues)


def _place_unknown_names_by_reference_points(toponyms: list[Toponym], gazetteer: Gazetteer) -> None:
    """Put a name nothing resolves at the country of the place it is located from ("Jiye, south of Beirut":
    Lebanon), at country precision: a writer locates a small place from a well-known one of its own country."""
    for toponym in toponyms:
        if toponym.placed_at() is not None or toponym.is_actor:
            continue
        for reference in toponym.reference_points:
            place = reference.placed_at()
            if place is not None and place.country:
                toponym.story_country = gazetteer.country(place.country)
                break


def _region_noun(doc, toponym: Toponym, cues: PlaceCues, root):
    """The region noun the text gives the name, as a token, or None.

    "New York state", "Limburg province" (right after), "the state of Washington", "the provinces of
    Mashonaland West and Midlands" (the name, or the first of a list, is the object of "of"). ``root``: the
    name's root token.
    """
    if toponym.token_end < len(doc) and doc[toponym.token_end].lower_ in cues.region_nouns:
        return doc[toponym.token_end]
    listed = _plural_region_noun_after_list(doc, toponym.token_end, cues)
    if listed is not None:
        return listed  # "in Kaduna and Katsina states", however the parser hangs the first name
    root = _first_conjunct(root)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in cues.region_nouns:
        return head.head
    return None


def _plural_region_noun_after_list(doc, index: int, cues: PlaceCues):
    """The plural region noun a list of capitalised names goes on to from ``index`` (the word after a name):
    "Kaduna and Katsina states", "Hajjah, Amran and Saada governorates"; or None."""
    if index >= len(doc) or doc[index].lower_ not in (",", "and"):
        return None
    for i in range(index, min(len(doc), index + LIST_REGION_NOUN_WINDOW)):
        token = doc[i]
        if token.is_lower and token.lower_ in cues.region_nouns:
            # (a plural: "Kaduna and Katsina state" may name the second alone; not "the United States")
            return token if token.lower_ != token.lemma_.lower() and doc[i - 1].text[:1].isupper() else None
        if not (token.lower_ in (",", "and") or (token.text[:1].isupper() and token.pos_ == "PROPN")):
            return None
    return None


def _noun_country(noun, gazetteer: Gazetteer, candidates: Sequence[Place] = ()) -> Optional[str]:
    """The country a nationality adjective on ``noun`` gives: "the Dutch province", "Zimbabwean provinces".

    An adjective two countries share names the rarer one when the name's ``candidates`` hold a town of it and
    none of the common one ("Brazzaville, the Congolese capital" is in the Republic of the Congo)."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
            # Two words first: "South Sudanese" is not "Sudanese".
            two_words = noun.doc[child.i - 1:child.i + 1].text if child.i > 0 else None
            word = two_words if two_words and gazetteer.demonym_country(two_words) else child.text
            country = gazetteer.demonym_country(word)
            if country:
                towns = {p.country for p in candidates if p.kind == "city"}
                if country not in towns:
                    return next((c for c in gazetteer.demonym_other_countries(word) if c in towns), country)
                return country
    return None


def _conjunct_indexes(root) -> list[int]:
    """The tokens a word is coordinated with: the conjunct it hangs on, then its own conjuncts ("Virginia,
    Washington and Ohio")."""
    return [root.head.i] * (root.dep_ == "conj") + [child.i for child in root.children if child.dep_ == "conj"]


def _listed_with_regions(toponym: Toponym, by_token: dict[int, Toponym], root) -> bool:
    """Whether the name (``root``: its root token) is listed with names that are regions ("Virginia, Washington,
    West Virginia")."""
    listed = {id(other): other for other in (by_token.get(i) for i in _conjunct_indexes(root))
              if other is not None and other is not toponym}
    if not listed:
        return False
    for other in listed.values():
        best, _ = _best(other.candidates, _base_score)
        if best is None or best.kind != "region":
            return False
    return True


def _read_local_cues(doc, toponyms: list[Toponym], gazetteer: Gazetteer, facts: _TokenFacts) -> None:
    """Set region cues and given nationalities; add the "<name> <region noun>" regions to the candidates."""
    cues = gazetteer.cues
    by_token = {i: t for t in toponyms for i in range(t.token_start, t.token_end)}
    # "Buffalo, New York", "Seattle, Washington", "Clark County, Washington": the name right after a town or a
    # county and a comma qualifies it. Not in a list: "in Washington, New York, San Francisco and Los Angeles".
    qualifying = {id(q) for t in toponyms if any(p.kind in ("city", "county") for p in t.candidates)
                  for q in t.qualifiers
                  if q.token_start == t.token_end + 1 and doc[t.token_end].text == ","
                  and not _continues_a_list(doc, q.token_end, by_token)}
    # (a side of a border is rarely named: one look at the shared words before any per-name walk)
    names_a_side = bool(toponyms) and not cues.side_nouns.isdisjoint(facts.lower)
    for toponym in toponyms:
        root = doc[toponym.token_start:toponym.token_end].root  # (found once for the readings below)
        noun = _region_noun(doc, toponym, cues, root)
        if noun is not None:
            toponym.said_country = _noun_country(noun, gazetteer)
            toponym.said_county = noun.i == toponym.token_end and noun.lower_ == "county"
            nouns = [noun.lemma_.lower() or noun.lower_]
        elif (_listed_with_regions(toponym, by_token, root) or id(toponym) in qualifying
              or (toponym.token_end < len(doc) and doc[toponym.token_end].lower_ in cues.region_title_nouns)):
            nouns = ["state", "province"]  # also "New York Governor Andrew Cuomo"
        else:
            settlement = (_settlement_noun_of(doc, toponym, cues, root) or _settlement_in_apposition_to(root, cues)
                          or _feature_noun_of(doc, toponym, cues))  # "the tiny Greek island of Lipsi"
            town_noun = settlement if settlement is not None and settlement.i != toponym.token_end else (
                root.head if root.dep_ == "appos" and root.head.i < root.i else None)  # "its capital, Trinidad"
            toponym.town_cue = town_noun is not None and _noun_in(town_noun, cues.bare_settlement_nouns)
            if settlement is not None:  # "the Pakistani town of Sheikhupura", "the Somali port city of Baraawe",
                # "Zalambessa, the Ethiopian border town", "San José, the Costa Rican capital"; "Senafe, the first
                # town on the Eritrean side"
                toponym.said_country = _noun_country(settlement, gazetteer, toponym.candidates) or (
                    _side_country(settlement, gazetteer) if names_a_side else None)
            if names_a_side and toponym.said_country is None and not any(
                    p.capital or p.population >= SIDE_TOWN_POPULATION for p in toponym.candidates):
                # "On the Pakistani side, officials reported damage in Chakothi" (not a capital or a large city
                # named there: "On the Israeli side, officials in Cairo said" keeps Cairo)
                toponym.said_country = _clause_side_country(doc, toponym, gazetteer)
            continue
        _add_named_regions(toponym, nouns, gazetteer)


def _side_country(head, gazetteer: Gazetteer, before: Optional[int] = None) -> Optional[str]:
    """The country of the side of a border that ``head`` is said to lie on ("the first town on the Eritrean
    side" -> ERI), from an "on" phrase under it (before token ``before`` when given)."""
    for preposition in head.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "on" or (before is not None and preposition.i >= before):
            continue
        for side in preposition.children:
            if side.dep_ == "pobj" and side.is_lower and _noun_in(side, gazetteer.cues.side_nouns):
                return _noun_country(side, gazetteer)
    return None


def _clause_side_country(doc, toponym: Toponym, gazetteer: Gazetteer) -> Optional[str]:
    """The country of a side of a border that a clause opens with, for a name later in that clause: "On the
    Pakistani side, officials reported damage in Chakothi" -> PAK."""
    token = doc[toponym.token_start:toponym.token_end].root
    for _ in range(6):  # up to the clause's verb
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return None
    return _side_country(token, gazetteer, before=toponym.token_start)


def _feature_noun_of(doc, toponym: Toponym, cues: PlaceCues):
    """The natural feature's noun the name is "of": "the Greek island of Lipsi", or None."""
    span = doc[toponym.token_start:toponym.token_end]
    return _first_conjunct(span.root).head.head if _feature_of(span, cues) else None


def _settlement_noun_of(doc, toponym: Toponym, cues: PlaceCues, root=None):
    """The settlement noun the name (or the first of its list) is "of": "the town of X", or None. ``root``: the
    name's root token, when already found."""
    root = _first_conjunct(root if root is not None else doc[toponym.token_start:toponym.token_end].root)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _noun_in(root.head.head, cues.settlement_nouns):
        return root.head.head
    return None


def _settlement_in_apposition_to(root, cues: PlaceCues):
    """The settlement noun in apposition after the name whose root token is ``root`` ("Zalambessa, the Ethiopian
    border town"; "San José, the Costa Rican capital"), or None."""
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and (
                _noun_in(child, cues.settlement_nouns) or _noun_in(child, cues.bare_settlement_nouns)):
            return child
    return None


def _towns(toponym: Toponym) -> bool:
    """Whether every reading of the name is a town."""
    return bool(toponym.candidates) and all(p.kind == "city" for p in toponym.candidates)


def _continues_a_list(doc, end: int, by_token: dict[int, Toponym]) -> bool:
    """Whether "and"/"or", or a comma and another name, follow token ``end`` (the name is one of a list)."""
    if end >= len(doc):
        return False
    if doc[end].lower_ in ("and", "or"):
        return True
    return doc[end].text == "," and end + 1 < len(doc) and (end + 1) in by_token


def _add_named_regions(toponym: Toponym, nouns: list[str], gazetteer: Gazetteer) -> None:
    """Mark the toponym as said to be a region; add "<name> <noun>" regions ("New York state") to its candidates."""
    toponym.region_cue = True
    for singular in nouns:
        for place in gazetteer.lookup(f"{toponym.text} {singular}"):  # "New York state", "Midlands Province"
            if place.kind == "region" and place not in toponym.candidates:
                toponym.candidates = toponym.candidates + [place]


def _add_villages_in_named_regions(toponyms: list[Toponym], contributions: list[Counter],
                                   region_admin1: Counter, gazetteer: Gazetteer) -> None:
    """Add the villages of a city's name that lie in a region the article names ("Austin" in an Indiana story).

    The city list holds only towns above its cut-off; a story about a region often names its villages.
    """
    for toponym, own in zip(toponyms, contributions):
        if not toponym.text[:1].isupper() or normalize_name(toponym.text) in gazetteer.cues.not_place_words:
            continue
        if toponym.candidates and not all(p.kind == "city" for p in toponym.candidates):
            continue
        named = {key for key, count in region_admin1.items() if count - own[key] > 0}
        if not named or any((p.country, p.admin1) in named for p in toponym.candidates):
            continue
        villages = [p for p in gazetteer.small_places(toponym.text) if (p.country, p.admin1) in named]
        if villages:
            toponym.candidates = toponym.candidates + villages


def _add_villages_of_qualifiers(toponyms: list[Toponym], gazetteer: Gazetteer) -> None:
    """"Santa Maria, Davao del Sur": when no candidate lies in the country or region named right after
    the name, add the villages of the name that do (the city list holds only larger towns)."""
    for toponym in toponyms:
        if not toponym.qualifiers or not toponym.text[:1].isupper():
            continue
        areas = _areas([p for qualifier in toponym.qualifiers for p in qualifier.candidates])
        if not areas or any(p.country == country for p in toponym.candidates for country, _ in areas):
            continue
        if normalize_name(toponym.text) in gazetteer.cues.not_place_words:
            continue
        villages = _villages_in(toponym.text, areas, gazetteer)
        if villages:
            toponym.candidates = toponym.candidates + villages


def _add_near_spellings(toponyms: list[Toponym], doc_countries: Counter, gazetteer: Gazetteer) -> None:
    """A place name nothing resolves may be misspelt or spelt another way ("Mauritious", "Dogu Beyazit"):
    countries and regions one letter away, and towns one letter away in the countries the story names."""
    countries = [country for country, count in doc_countries.items() if isinstance(country, str) and count > 0]
    main_countries = _main_countries(doc_countries)
    for toponym in toponyms:
        if (toponym.candidates or not toponym.text[:1].isupper() or toponym.is_actor
                or not (toponym.said_place or toponym.tagged_place)
                or normalize_name(toponym.text) in gazetteer.cues.not_place_words):
            continue  # never a person's name after "in" or the subject of "was captured"
        # Another transliteration ("Deir Ezzor", "Qamishli") holds for a name the tagger calls a place too;
        # a spelling one letter away only for one the syntax calls a place.
        toponym.candidates = gazetteer.transliterations(toponym.text, main_countries)
        words = toponym.text.split()
        if (not toponym.candidates and len(words) >= 2
                and normalize_name(words[-1]) in gazetteer.cues.settlement_nouns):
            # "Deir Ezzor City", "Dara'a City": another spelling of the city the words before the noun name; a
            # "Town" is mostly part of the name ("Kerry Town" in Sierra Leone is no village Kerry in Wales)
            named_town = words[-1].lower() == "town"
            toponym.candidates = [p for p in gazetteer.transliterations(" ".join(words[:-1]), main_countries)
                                  if not named_town or p.kind != "city" or p.population >= NAMED_TOWN_POPULATION]
        if not toponym.candidates and toponym.said_place:
            # (a region a letter away only in a country the story names, when it names one: "outside Sarmada" in
            # a Syrian story is not India's Narmada river)
            toponym.candidates = [p for p in gazetteer.near_spellings(toponym.text, countries)
                                  if p.kind != "region" or not countries or p.country in countries]
        if not toponym.candidates:
            toponym.candidates = _site_town(toponym, gazetteer)


def _add_regions_of_named_countries(toponyms: list[Toponym], contributions: list[Counter], doc_countries: Counter,
                                    gazetteer: Gazetteer) -> None:
    """A name none of whose readings lies in a country the story names may be a region of one that our data
    lists with its region noun, the bare name being a town elsewhere: "Most cases were in Santa Cruz and Beni" in
    a Bolivian story is the Beni department, not Beni, DR Congo; "The worst hit department is Cortés"."""
    for toponym, own in zip(toponyms, contributions):
        if not _towns(toponym) or toponym.is_actor or not toponym.text[:1].isupper():
            continue  # (only towns elsewhere: not "Lake Chad" or "the Sahel", areas of several countries)
        named = {c for c, n in doc_countries.items() if isinstance(c, str) and n - own[c] > 0}
        if not named or any(p.country in named for p in toponym.candidates):
            continue
        regions = [p for noun in REGION_NAME_NOUNS for p in gazetteer.lookup(f"{toponym.text} {noun}")
                   if p.kind == "region" and p.country in named]
        if regions:
            toponym.candidates = toponym.candidates + [p for p in dict.fromkeys(regions)
                                                       if p not in toponym.candidates]


def _main_countries(counts: Counter) -> list[str]:
    """The MAIN_COUNTRIES countries a story names most: their towns are compared by transliteration (each
    country's index costs a fraction of a second to build, and a long story names many countries in passing)."""
    ranked = sorted(((count, country) for country, count in counts.items()
                     if isinstance(country, str) and count > 0), reverse=True)
    return [country for _, country in ranked[:MAIN_COUNTRIES]]


def _site_town(toponym: Toponym, gazetteer: Gazetteer) -> list[Place]:
    """The large town, region or country another spelling of which opens an unknown site's name: "the Deir
    Ezzor Military Airport" lies at Deir ez-Zor (see Gazetteer.transliterations)."""
    words = toponym.text.split()
    last = words[-1].lower() if words else ""
    cues = gazetteer.cues
    if len(words) < 2 or last not in cues.facility_nouns or last in cues.site_name_exceptions:
        return []
    for stop in range(len(words) - 1, 0, -1):
        leading = " ".join(words[:stop])
        # Main names only from the lookup: "Bala" is one of Basel's other names.
        places = [p for p in gazetteer.lookup(leading) if not p.alternate] + gazetteer.transliterations(leading)
        places = [p for p in places if p.kind in ("country", "region") or p.population >= MIN_GAP_CITY_POPULATION]
        if places:
            return places
    return []


def _demonym_countries(doc, gazetteer: Gazetteer) -> Counter:
    """Countries of the nationality adjectives in the text ("Zimbabwean"), as context."""
    counts: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ == "NORP":
            country = gazetteer.demonym_country(ent.text)
            if country:
                counts[country] += DEMONYM_CONTEXT
    return counts


def dateline_location(document: Document, gazetteer: Gazetteer) -> Optional[Location]:
    """The place the article's dateline names ("NAIROBI, Kenya (AP) -", "BEIRUT, March 4 (Reuters) -"), or None.

    The clean stage blanks the dateline so that no later stage reads it as a sentence (nor its city as an actor);
    it is read here from the article's own text. A qualifier after the comma picks the town ("PARIS, Texas");
    a town the gazetteer lacks in a country it names is placed at that country ("MARANCHON, SPAIN").
    """
    text = document.article.text
    name = find_dateline(text[:DATELINE_WINDOW])  # (a dateline opens the text: no need to read the rest)
    if not name:
        return None
    start = text.find(name)
    if start < 0:
        return None
    town, _, qualifier = (part.strip() for part in name.partition(","))
    candidates = [p for p in gazetteer.lookup(town) if p.kind != "airport"]
    qualifying = [p for p in gazetteer.lookup(qualifier) if p.kind in ("country", "region")] if qualifier else []
    if qualifying:
        inside = [p for p in candidates + gazetteer.small_places(town)
                  if any(p.country == q.country and (q.kind == "country" or not q.admin1 or p.admin1 == q.admin1)
                         for q in qualifying)]
        candidates = inside or qualifying
    place, _ = _best(candidates, _base_score)
    if place is None:
        return None
    return Location(name, place.name, place.country, place.lat, place.lon, place.precision, start, start + len(name),
                    geonameid=place.geonameid)


def resolve(
    document: Document, toponyms: list[Toponym], actor_mentions: Sequence[ActorMention],
    gazetteer: Gazetteer, facts: Optional[_TokenFacts] = None,
) -> list[Toponym]:
    """Choose a place for each toponym using kind, population and the article's context (in place)."""
    cues = gazetteer.cues
    facts = facts or _TokenFacts.of(document)
    short_text = _is_short_text(document.doc)
    _find_qualifiers(document.doc, toponyms, cues, facts.lower)
    if "where" in facts.lower:
        _find_where_clause_containers(document.doc, toponyms)
    _add_villages_of_qualifiers(toponyms, gazetteer)
    _read_local_cues(document.doc, toponyms, gazetteer, facts)
    # Pass 1: without context, but with what the text says of the name itself.
    clashes = [_name_clash_penalty(toponym.candidates) for toponym in toponyms]
    for toponym, clash in zip(toponyms, clashes):
        toponym.place, toponym.score = _best(toponym.candidates, lambda p: _local_score(p, toponym, clash))
    # Context: countries of confidently resolved places and of the actors; regions named.
    contributions: list[Counter] = []
    region_admin1: Counter = Counter()  # (country, admin1) of regions named: context for cities
    city_admin1: Counter = Counter()  # (country, admin1) of cities named: context for regions
    for toponym in toponyms:
        counts: Counter = Counter()
        place = toponym.place
        if place is not None and place.country and _confident(toponym):
            counts[place.country] += 1
            # A county name many states share ("Washington County") says nothing of the state.
            if place.admin1 and (place.kind != "county" or len(toponym.candidates) == 1):
                counts[(place.country, place.admin1)] += 1
                (region_admin1 if place.kind == "region" else city_admin1)[(place.country, place.admin1)] += 1
        contributions.append(counts)
    doc_countries: Counter = Counter()
    for counts in contributions:
        doc_countries.update(counts)
    place_countries: Counter = Counter()  # countries of place names outside organisation names
    for toponym, counts in zip(toponyms, contributions):
        if document.doc[toponym.token_start].ent_type_ != "ORG":
            place_countries.update(counts)
    # Countries the actors and nationality adjectives name: context for both counts below.
    named_countries = Counter(actor.actor.country for actor in actor_mentions if actor.actor.country)
    named_countries.update(_demonym_countries(document.doc, gazetteer))
    dateline = dateline_location(document, gazetteer)
    if dateline is not None and dateline.country:
        named_countries[dateline.country] += DATELINE_CONTEXT  # "NAIROBI, Kenya (AP) -": filed from Kenya
    doc_countries.update(named_countries)
    if region_admin1:
        _add_villages_in_named_regions(toponyms, contributions, region_admin1, gazetteer)
    _add_near_spellings(toponyms, doc_countries, gazetteer)
    _add_regions_of_named_countries(toponyms, contributions, doc_countries, gazetteer)
    regions_named: Counter = Counter()  # per country, first-level regions the story names ("Virginia")
    for (country, _), count in region_admin1.items():
        regions_named[country] += count
    same_name_counts: dict[str, Counter] = {}
    for toponym, counts in zip(toponyms, contributions):
        same_name_counts.setdefault(normalize_name(toponym.text), Counter()).update(counts)
    story_country = _story_country(doc_countries)
    # Pass 2: with context (a name never counts as its own context).
    for toponym, own, clash in zip(toponyms, contributions, clashes):
        qualifier_places = [q.place for q in toponym.qualifiers if q.place is not None]
        clash_kinds = {p.kind for p in toponym.candidates if not p.alternate}
        own_regions: Counter = Counter({key[0]: count for key, count in own.items()
                                        if isinstance(key, tuple) and key in region_admin1})
        capitals = {p.country for p in toponym.candidates if p.capital and not p.alternate}
        # (a large city abroad is as usual a reading as a capital, "experts from Washington and Geneva", unless
        # the small town lies in the country the story names most: "convoys from Lae and Mount Hagen")
        large_cities = capitals | {p.country for p in toponym.candidates if p.kind == "city" and not p.alternate
                                   and p.population >= NAMESAKE_CITY_POPULATION}
        top_count = _top_country_count(doc_countries - own)
        # (the name's other mentions are no context for it either: "Victoria" twice is not two Australian places)
        same_name = same_name_counts[normalize_name(toponym.text)]
        home_city = any(p.kind == "city" and not p.alternate and doc_countries[p.country] - same_name[p.country] > 0
                        and (p.capital or p.population >= MIN_GAP_CITY_POPULATION) for p in toponym.candidates)

        def score(place: Place) -> float:
            value = _local_score(place, toponym, clash)
            if home_city and place.kind == "region" and doc_countries[place.country] - same_name[place.country] <= 0:
                # "the harbour at Victoria" in a Seychelles story is its capital, not the Australian state
                value -= FOREIGN_REGION_PENALTY
            if place.country:
                others = doc_countries[place.country] - own[place.country]
                # "the FAO in Rome" in a story about America is still Italy's capital: a small namesake town
                # abroad needs its region named (and the name as its own) or a qualifier, not just its
                # country, to win over a capital.
                region_named = region_admin1[(place.country, place.admin1)] - own[(place.country, place.admin1)]
                # (nor does its region named make it win when the capital's own country is named too: "Italy ...
                # the FAO in Rome" in a story that names New York is not Rome, New York)
                namesakes = capitals if others >= max(top_count, STORY_COUNTRY_MENTIONS) else large_cities
                namesake_of_capital = (place.kind == "city" and not place.capital
                                       and place.population < SMALL_TOWN_POPULATION
                                       and bool(namesakes - {place.country})
                                       and (place.alternate or not region_named
                                            or any(doc_countries[c] - own[c] > 0
                                                   for c in namesakes - {place.country})))
                if others > 0 and not namesake_of_capital:
                    value += CONTEXT_COUNTRY_BONUS + 0.5 * min(others - 1, 2)
                if (place.kind == "region" and "country" in clash_kinds
                        and regions_named[place.country] - own_regions[place.country] > 0):
                    # "The storm hit Georgia before moving into Virginia": a region named like a country,
                    # among other regions of its own country (a country mention alone is not enough).
                    value += REGION_AMONG_REGIONS_BONUS
                if place.admin1:
                    key = (place.country, place.admin1)
                    if place.kind == "county":  # the state is named, or a city in it
                        named = region_admin1[key] + city_admin1[key] - own[key]
                    else:
                        named = (region_admin1 if place.kind == "city" else city_admin1)[key] - own[key]
                    if named > 0 and place.kind in ("city", "region", "county"):
                        value += CONTEXT_ADMIN1_BONUS + 0.5 * min(named - 1, 2)
            for qualifier in qualifier_places:
                if qualifier is place:
                    continue
                if place.country and qualifier.country == place.country:
                    value += QUALIFIER_COUNTRY_BONUS
                    if qualifier.admin1 and qualifier.kind == "region" and qualifier.admin1 == place.admin1:
                        value += QUALIFIER_ADMIN1_BONUS
            return value

        toponym.place, toponym.score = _best(toponym.candidates, score)
        place = toponym.place
        # (a place of a country the story names nowhere else, with no qualifier put beside it)
        foreign = (place is not None and place.country and not qualifier_places
                   and doc_countries[place.country] - own[place.country] == 0)
        foreign_town = foreign and place.kind == "city"
        if foreign_town and (
                ((place.population < SMALL_TOWN_POPULATION
                  or (place.alternate and place.population < FOREIGN_ALTERNATE_POPULATION))
                 and _country_mentions(doc_countries) - _country_mentions(own) >= FOREIGN_TOWN_CONTEXT)
                or (short_text and (place.population < SMALL_TOWN_POPULATION
                                    or (place.alternate and place.population < SHORT_TEXT_ALTERNATE_POPULATION))
                    and _country_mentions(place_countries) - _country_mentions(own) >= FOREIGN_TOWN_CONTEXT_SHORT_TEXT)):
            # A small town in a country the story never mentions, in a story firmly set elsewhere, is
            # more likely a local place our gazetteer lacks ("Innisfail" in a Queensland story); so is a
            # town known by that name only as another spelling ("Cholon" in a Vietnam story is not Holon).
            toponym.place = None
        elif (foreign_town and not place.capital and place.population < FOREIGN_ALTERNATE_POPULATION
              and story_country not in (None, place.country)
              and _named_with_settlement_noun(document.doc, toponym, cues)):
            # "landed near Kani township" in a Myanmar story is not Kani, Japan; "the hamlet of Enterprise" in a
            # Canadian story is not Enterprise, Alabama: a name the text calls a settlement, in a story firmly set
            # in another country, is one of that country our gazetteer lacks (placed at it below).
            toponym.place = None
            toponym.said_place = True
        elif (place is not None and toponym.said_county and place.kind == "city"
              and (place.country == "USA" or doc_countries[place.country] - own[place.country] == 0)
              and not region_admin1[(place.country, place.admin1)]
              and not any(q.country == place.country and q.admin1 == place.admin1 for q in qualifier_places)):
            # "Scott County" is not the town of Scott, Louisiana: a town standing for a name the text calls
            # a county must lie in a region the story names. Else the container, if any, stands.
            toponym.place = None
        elif (place is not None and toponym.from_part_of_name and place.country
              and doc_countries[place.country] - own[place.country] < top_count):
            # "Islington Bay" in a New Zealand story is not at Islington, London; nor is the Esk Valley of a New
            # Zealand story that mentions Australia in passing at Esk, Queensland: the town's country must be
            # the one the story names most.
            toponym.place = None
        elif (foreign and place.kind == "region" and len({p.country for p in toponym.candidates}) > 1
              and all(p.kind == "region" for p in toponym.candidates)):
            # "Eastern Province" is Sri Lanka's, Zambia's, Rwanda's or Saudi Arabia's: a region name several
            # countries share is one of them only when the story names that country.
            toponym.place = None
    _same_place_as_qualified_mention(toponyms)
    _qualifiers_hold_their_towns(toponyms)
    for toponym in toponyms:
        place, container = toponym.place, toponym.container_place()
        # a place inside a city is no other country's city, however large ("the Freetown suburbs of Wellington"),
        # unless it lies across a border beside that city ("the Geneva suburbs of Annemasse")
        city_km = (km_between(place.lat, place.lon, container.lat, container.lon)
                   if place is not None and container is not None and container.kind == "city" else None)
        if (place is not None and container is not None and container.country and place.country != container.country
                and not (city_km is not None and city_km <= CROSS_BORDER_SUBURB_KM)
                and ((place.kind == "city" and (place.population < SMALL_TOWN_POPULATION
                                                or (not place.capital and container.kind != "country"
                                                    and place.population < FOREIGN_ALTERNATE_POPULATION)
                                                or city_km is not None))
                     or (place.alternate and place.kind in ("country", "region")))):
            # "the town of Kalam in the Swat Valley" is not Kallam, India: a town the text puts inside a
            # place of another country is one the gazetteer lacks; the container stands. So is a name one
            # letter away from a country or region (a near spelling): "Greenlane, Auckland" is not Greenland.
            toponym.place = None
    for toponym in toponyms:
        place = toponym.place
        if toponym.said_country and (place is None or (place.kind == "city" and place.country != toponym.said_country)):
            # "the South Sudanese town of Raga" is not Raga, India: a town of the country the text gives it,
            # else (one our gazetteer lacks) that country.
            toponym.place = None
            if toponym.container_place() is None:
                toponym.story_country = gazetteer.country(toponym.said_country)
    # The story's country is counted over the same mentions as the context, at the places chosen in the end
    # ("Tripoli, Lebanon's second city" three times is no Libyan story).
    final_countries = Counter({key: count for key, count in doc_countries.items() if not isinstance(key, str)})
    final_countries.update(named_countries)
    for toponym, counts in zip(toponyms, contributions):
        if counts and toponym.place is not None and toponym.place.country:
            final_countries[toponym.place.country] += 1
    _drop_towns_called_regions(toponyms, contributions, final_countries)
    _drop_foreign_namesakes_of_settlements(document.doc, toponyms, contributions, final_countries, cues)
    _place_unknown_names_by_reference_points(toponyms, gazetteer)
    _place_unknown_names_in_story_country(document.doc, toponyms, final_countries, gazetteer, short_text)
    _place_unknown_names_like_their_other_mentions(toponyms, gazetteer.cues)
    return toponyms


def _qualifiers_hold_their_towns(toponyms: list[Toponym]) -> None:
    """"Lahore, in Punjab", "Athens, Georgia": a region named right after a town is the one that holds the town
    chosen, when one of its readings does (India's Punjab or the country Georgia only by their own weight)."""
    for toponym in toponyms:
        town = toponym.place
        if town is None or town.kind != "city" or not town.country:
            continue
        for qualifier in toponym.qualifiers:
            if qualifier.place is None or qualifier.place.country == town.country:
                continue
            holding = [p for p in qualifier.candidates if p.kind == "region" and p.country == town.country
                       and (not p.admin1 or not town.admin1 or p.admin1 == town.admin1)]
            if holding:
                qualifier.place = max(holding, key=lambda p: bool(p.admin1) and p.admin1 == town.admin1)


def _same_name_countries(toponyms: list[Toponym], contributions: list[Counter]) -> dict[str, Counter]:
    """Per name, the countries its mentions that count as context were finally put in."""
    same_name: dict[str, Counter] = {}
    for toponym, counts in zip(toponyms, contributions):
        if counts and toponym.place is not None and toponym.place.country:
            same_name.setdefault(normalize_name(toponym.text), Counter())[toponym.place.country] += 1
    return same_name


def _drop_towns_called_regions(toponyms: list[Toponym], contributions: list[Counter], final_countries: Counter) -> None:
    """"the department of Santa Rosa" in a Guatemalan story is no Mexican town: a name the text calls a region
    (``region_nouns``) of which the gazetteer knows only towns, in a country the story does not otherwise name
    while it is firmly set in another, is a region of the story's country our gazetteer lacks (placed at that
    country below)."""
    story = _story_country(final_countries)
    if story is None:
        return
    same_name = _same_name_countries(toponyms, contributions)
    for toponym in toponyms:
        place = toponym.place
        if (not toponym.region_cue or place is None or place.kind != "city" or place.capital or not place.country
                or place.country == story or toponym.qualifiers or toponym.said_country
                or any(p.kind in ("region", "county", "country") for p in toponym.candidates)):
            continue
        if final_countries[place.country] - same_name.get(normalize_name(toponym.text), Counter())[place.country] <= 0:
            toponym.place = None
            toponym.said_place = True


def _drop_foreign_namesakes_of_settlements(doc, toponyms: list[Toponym], contributions: list[Counter],
                                           final_countries: Counter, cues: PlaceCues) -> None:
    """The settlement rule of the second pass again, with the story's countries counted at the places finally
    chosen: "the hamlet of Enterprise" in a Canadian story where only a first guess of "Fort Smith" named the
    United States is not Enterprise, Nevada. Every mention of the name put at that town goes with it."""
    story = _story_country(final_countries)
    if story is None:
        return
    same_name = _same_name_countries(toponyms, contributions)

    def foreign_town(toponym: Toponym) -> bool:
        place = toponym.place
        return not (place is None or place.kind != "city" or place.capital or not place.country
                    or place.country == story or place.population >= FOREIGN_ALTERNATE_POPULATION
                    or toponym.qualifiers or toponym.given
                    or final_countries[place.country]
                    - same_name.get(normalize_name(toponym.text), Counter())[place.country] > 0)

    settlements: set[str] = set()  # names the text calls a settlement of the story's country
    for toponym in toponyms:
        if ((foreign_town(toponym) or (toponym.place is None and toponym.said_place and toponym.candidates))
                and _named_with_settlement_noun(doc, toponym, cues)):
            settlements.add(normalize_name(toponym.text))
            toponym.said_place = True  # (the text calls it a settlement: the story's country is its place)
    if not settlements:
        return
    for toponym in toponyms:
        if normalize_name(toponym.text) in settlements and foreign_town(toponym):
            toponym.place = None


def _place_unknown_names_like_their_other_mentions(toponyms: list[Toponym], cues: PlaceCues) -> None:
    """One sense per story for names nothing resolves: "the El Plateado district ... El Plateado" or "the district
    of Mugi in Nduga regency ... residents of Nduga": a mention left unplaced is put where another mention of the
    same name was put (by its container or the story's country)."""
    placed: dict[str, Place] = {}
    for toponym in toponyms:
        where = toponym.placed_at()
        if toponym.place is None and where is not None and not toponym.is_actor:
            placed.setdefault(normalize_name(toponym.text), where)
    if not placed:
        return
    for toponym in toponyms:
        if toponym.placed_at() is None and not toponym.is_actor and _is_capitalised_name(toponym.text, cues):
            where = placed.get(normalize_name(toponym.text))
            if where is not None:
                toponym.story_country = where


def _named_with_settlement_noun(doc, toponym: Toponym, cues: PlaceCues) -> bool:
    """Whether the text calls the name a settlement with a noun: "the hamlet of Enterprise", "Kani township"."""
    span = doc[toponym.token_start:toponym.token_end]
    return _settlement_noun_of(doc, toponym, cues) is not None or _settlement_named(span, cues)


def _same_place_as_qualified_mention(toponyms: list[Toponym]) -> None:
    """One sense per story: "Tripoli, Lebanon's second city ... live in Tripoli": a mention without a qualifier
    is the place another mention of the same name is qualified as (its qualifier lies in the same country)."""
    qualified: dict[str, Place] = {}
    for toponym in toponyms:
        place = toponym.place
        if place is not None and place.country and any(
                q.place is not None and q.place is not place and q.place.country == place.country
                for q in toponym.qualifiers):
            qualified.setdefault(normalize_name(toponym.text), place)
    if not qualified:
        return
    for toponym in toponyms:
        place = qualified.get(normalize_name(toponym.text))
        if (place is not None and toponym.place is not place and not toponym.qualifiers
                and any(candidate is place for candidate in toponym.candidates)):
            toponym.place = place


def _story_country(doc_countries: Counter) -> Optional[str]:
    """The country a story is firmly set in: named at least STORY_COUNTRY_MENTIONS times (places, actors,
    nationalities) and making up at least STORY_COUNTRY_SHARE of all country mentions; else None."""
    counts = [(count, country) for country, count in doc_countries.items() if isinstance(country, str)]
    total = sum(count for count, _ in counts)
    if not counts:
        return None
    count, country = max(counts)
    return country if count >= STORY_COUNTRY_MENTIONS and count >= STORY_COUNTRY_SHARE * total else None


def _top_country_count(counts: Counter) -> int:
    """How often the country a story names most is named (1 at least, so that an unnamed country never passes)."""
    return max([count for key, count in counts.items() if isinstance(key, str)] + [1])


def _is_short_text(doc) -> bool:
    """Whether the text has at most SHORT_TEXT_SENTENCES sentences (a headline, a sentence coded alone)."""
    count = 0
    for sentence in doc.sents:
        count += bool(sentence.text.strip())
        if count > SHORT_TEXT_SENTENCES:
            return False
    return True


def _short_text_country(doc, toponyms: list[Toponym]) -> Optional[str]:
    """The one country the resolved place names of a short text (see SHORT_TEXT_SENTENCES) lie in, else None.
    Names inside an organisation's name ("the Islamic State of Iraq and Al-Sham") do not count."""
    countries = {t.placed_at().country for t in toponyms
                 if t.placed_at() is not None and t.story_country is None
                 and doc[t.token_start].ent_type_ != "ORG"}
    return next(iter(countries)) if len(countries) == 1 and None not in countries else None


def _place_unknown_names_in_story_country(doc, toponyms: list[Toponym], doc_countries: Counter,
                                          gazetteer: Gazetteer, short_text: bool) -> None:
    """Put names that are places by their syntax or tag but that nothing resolves ("the village of
    Pongpong", "northeast to Pibor") at the country the story is set in, at country precision.
    A short text's country (see SHORT_TEXT_SENTENCES) is given to the names we recognized only: a caller's
    span in it may be anything ("Aid reached Xqzvbville and Kabul")."""
    story = _story_country(doc_countries)
    story_place = gazetteer.country(story) if story else None
    short_text_country = _short_text_country(doc, toponyms) if short_text and story is None else None
    short_text_place = gazetteer.country(short_text_country) if short_text_country else None
    for toponym in [t for t in toponyms if t.placed_at() is None]:
        if (toponym.is_actor or not _is_capitalised_name(toponym.text, gazetteer.cues)
                or normalize_name(toponym.text) in gazetteer.cues.not_place_words):
            continue
        if toponym.given:
            if story_place is None:
                continue  # (a name the caller gave takes the story's country, not a short text's: it may be anything)
            fallback = story_place
        elif _said_to_be_a_settlement(doc, toponym, gazetteer.cues, toponyms):
            fallback = story_place or short_text_place
        else:
            continue
        # A name whose sentence puts it in another country takes that one ("the camps at Kutupalong, near
        # Cox's Bazar" in a Myanmar story), as does a name we recognized in a story set in no one country.
        own = _sentence_country(doc, toponym, toponyms, gazetteer.cues)
        where = (gazetteer.country(own) if own else None) or fallback
        if where is not None:
            toponym.story_country = where


def _sentence_country(doc, toponym: Toponym, toponyms: list[Toponym], cues: PlaceCues) -> Optional[str]:
    """The one country the other resolved place names of the toponym's sentence lie in, else None. Actors,
    names placed only by the story's country, names in organisations' names, areas of several countries and
    other parties ("the border fence with Egypt") do not count."""
    sentence = doc[toponym.token_start].sent
    countries = set()
    for other in toponyms:
        if other is toponym or other.is_actor or not sentence.start <= other.token_start < sentence.end:
            continue
        if doc[other.token_start].ent_type_ == "ORG" and (
                doc[other.token_start].ent_iob_ == "I"
                or (other.token_end < len(doc) and doc[other.token_end].ent_iob_ == "I")):
            continue  # a place inside an organisation's name: "the Islamic State of Iraq and Al-Sham"
        place = other.place or other.container_place()
        if place is None or not place.country or _named_as_partner(doc, other, cues):
            continue
        countries.add(place.country)
    return next(iter(countries)) if len(countries) == 1 else None


def _named_as_partner(doc, toponym: Toponym, cues: PlaceCues) -> bool:
    """Whether the name is another party of the sentence (``partner_prepositions``): "the border with
    Egypt", "trade with Uzbekistan"."""
    root = doc[toponym.token_start:toponym.token_end].root
    return root.dep_ == "pobj" and root.head.lower_ in cues.partner_prepositions


def _listed_on_feature_noun(words, cues: PlaceCues) -> bool:
    """Whether the name is one of a list on a plural feature noun (``listed_feature_nouns``): "the Buzi and Pungwe
    rivers", "the islands of Re and Oleron", whatever the tagger called the list."""
    root = _first_conjunct(words.root)
    head = root.head
    if head.lower_ == "of" and root.dep_ == "pobj":
        head = head.head
    return head.i != root.i and head.lower_ in cues.listed_feature_nouns


def _said_to_be_a_settlement(doc, toponym: Toponym, cues: PlaceCues, toponyms: list[Toponym]) -> bool:
    """Whether a recognized name nothing resolves is surely a town or village: the syntax calls it a place,
    the tagger does not call it a facility or an organisation ("at the Special Care Baby Unit", "at
    Wendy's") unless it is listed with a town of ``toponyms`` ("hospitals at Kikyo and Fort Portal"), and it
    is not a possessor ("a factor in Jaqueline's death")."""
    words = doc[toponym.token_start:toponym.token_end]
    # (a tagged place whose candidates all gave way, "the tent city at Mina", is read for its syntax here; not
    # one opening a longer name: "the South Coast Air Quality Management District")
    after = doc[toponym.token_end] if toponym.token_end < len(doc) else None
    if not toponym.said_place and not (
            toponym.tagged_place and not (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper())
            and _place_syntax(doc, words.start, words.end, cues)):
        return False
    if doc[toponym.token_start].ent_type_ == "FAC" and not (
            words[-1].lower_ in cues.feature_nouns or words[0].lower_ in cues.feature_first_words
            or _names_feature_or_site(words, cues) or _area_in_apposition(words, cues)
            or _place_shaped_name(words, cues) or _settlement_named(words, cues)):
        # a building; but "around Manchar Lake" and "near Mount Hamilton" are natural features, "at Fort
        # Detrick" or "in Deir Hafer" are places by their shape, and "the suburbs of Glen View" is a settlement
        return False
    if doc[toponym.token_start].ent_type_ == "ORG" and not (
            _after_word(doc, toponym.token_start, cues.organisation_place_prepositions)
            or (toponym.token_start > 0 and doc[toponym.token_start - 1].lower_ in cues.nearness_words)
            or words[0].lower_ in cues.feature_first_words  # "The River Nyamwamba burst its banks"
            or _names_feature_or_site(words, cues)
            or _settlement_named(words, cues) or _at_a_site(doc, toponym.token_start, cues)
            or _listed_with_town(words, toponyms, cues) or _listed_on_feature_noun(words, cues)):
        return False  # "at Wendy's", "in Congress"; but "outside Sarmada" and "villages like Cailaco" are towns
    return after is None or after.lower_ not in ("'s", "’s")


def _area_in_apposition(span, cues: PlaceCues) -> bool:
    """"the Tierra Caliente, a hot lowland region": a settlement or region noun in apposition says a name the tagger
    calls a facility is an area."""
    return any(child.dep_ == "appos" and (_noun_in(child, cues.settlement_nouns) or _noun_in(child, cues.region_nouns))
               for child in span.root.children)


def _at_a_site(doc, index: int, cues: PlaceCues) -> bool:
    """Whether the name is the object of "at", "in" or "near" hung on a facility or place noun: "the main bridge
    at Sogakope", "the dam at Kpong" (a place a site stands in, not a shop one goes to)."""
    before = _word_before(doc, index)
    if before < 0 or doc[before].lower_ not in cues.site_prepositions:
        return False
    noun = doc[before].head
    return noun.pos_ == "NOUN" and noun.i < before and (
        _noun_in(noun, cues.facility_nouns) or _noun_in(noun, cues.place_nouns))


def _after_word(doc, index: int, words) -> bool:
    """Whether one of ``words`` comes right before token ``index`` (a "the" between is skipped)."""
    before = _word_before(doc, index)
    return before >= 0 and doc[before].lower_ in words


def _word_before(doc, index: int, cues: Optional[PlaceCues] = None) -> int:
    """The index of the word before token ``index``, a "the" between skipped ("at the Kpong dam": "at");
    -1 at the start of the text. Given the cues, a nearness word is skipped too ("in nearby Koro": "in")."""
    before = index - 1
    while before > 0 and doc[before].is_space:
        before -= 1  # wire copy's double spaces
    if cues is not None and before > 0 and doc[before].is_lower and doc[before].lower_ in cues.nearness_words:
        before -= 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return before


def _country_mentions(counts: Counter) -> int:
    """How many country mentions a context counter holds (its (country, admin1) keys left out)."""
    return sum(count for key, count in counts.items() if isinstance(key, str))


def _confident(toponym: Toponym) -> bool:
    """A pass-1 choice good enough to serve as context: one country among strong candidates."""
    place = toponym.place
    if place is None:
        return False
    if place.kind in ("country", "region", "alias", "airport"):
        return True
    # A well-known other name of a large city is a rival ("Mecca" is Makkah before Mecca, California); when the
    # choice is itself only another spelling, so is every other spelling ("Mina" is not surely Minna, Nigeria).
    rivals = [p for p in toponym.candidates if p.country != place.country
              and (not p.alternate or place.alternate or p.population >= FOREIGN_ALTERNATE_POPULATION)]
    if not rivals:
        return True
    return _base_score(place) - max(_base_score(p) for p in rivals) >= 1.0


def document_toponyms(
    document: Document, actor_mentions: Sequence[ActorMention], gazetteer: Gazetteer
) -> list[Toponym]:
    """Recognized and resolved toponyms of a document (cached on the gazetteer for the last few documents)."""
    key = (id(document), id(document.doc), tuple((a.token_start, a.token_end) for a in actor_mentions))
    cached = gazetteer.recent_toponyms.get(key)
    if cached is not None and cached[0] is document:
        return cached[1]
    facts = _TokenFacts.of(document)  # (read once, for both steps)
    toponyms = resolve(document, recognize(document, actor_mentions, gazetteer, facts), actor_mentions, gazetteer, facts)
    cache = gazetteer.recent_toponyms
    if len(cache) >= RECENT_DOCUMENTS:
        try:  # another thread may be evicting too; losing a cache entry is harmless
            cache.pop(next(iter(cache)), None)
        except (StopIteration, RuntimeError):
            pass
    cache[key] = (document, toponyms)
    return toponyms


def find_toponyms(
    document: Document, actor_mentions: Sequence[ActorMention], gazetteer: Gazetteer
) -> list[Location]:
    """Every resolved place mention in the document, in text order (actors used as actors left out).

    A name the gazetteer does not know is included when the text says which known place it lies in
    ("Greenlane, Auckland"); it then carries that place's name, coordinates and precision. The article's
    dateline ("NAIROBI, Kenya (AP) -"), when it names a known place, comes first.
    """
    doc = document.doc
    dateline = dateline_location(document, gazetteer)
    return ([dateline] if dateline is not None else []) + [
        t.location()
        for t in document_toponyms(document, actor_mentions, gazetteer)
        if t.placed_at() is not None
        and (not t.is_actor or _in_locative_phrase(doc[t.token_start:t.token_end].root, gazetteer.cues))
    ]


def _given_span_toponym(document: Document, start: int, end: int, gazetteer: Gazetteer) -> Optional[Toponym]:
    """A toponym for a character span the caller says is a place name, with its candidates."""
    doc = document.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    text = document.article.text[start:end].strip()
    if span is None or not text:
        return None
    cues = gazetteer.cues
    candidates = name_candidates(text, gazetteer, said_to_be_place=True)
    from_part_of_name = False
    if not candidates and len(span) > 1 and (_noun_in(span[-1], cues.settlement_nouns)
                                             or _noun_in(span[-1], cues.place_nouns)):
        # "Bulacan province", "Salinas Valley", "Motutapu island": the name without its place noun.
        candidates = name_candidates(span[:-1].text, gazetteer, said_to_be_place=True)
        from_part_of_name = bool(candidates)
    if len(span) == 1 and span.end + 2 < len(doc) and doc[span.end].lower_ in ("and", "or", "&"):
        # "Central and South America": the word shares the next name's rest.
        stop = span.end + 1
        while stop < len(doc) and doc[stop].pos_ == "PROPN" and stop - span.end <= MAX_NAME_TOKENS:
            stop += 1
        if stop - span.end >= 3:
            areas = [p for p in gazetteer.lookup(f"{text} {doc[span.end + 2:stop].text}")
                     if p.kind in ("country", "region")]
            if areas and not any(p.kind in ("country", "region") for p in candidates):
                candidates = areas
    if not candidates and len(span) > 1 and span[0].lower_ in cues.part_words:
        # "northern Iraq", "Upper Egypt": a part of a region or country is placed at the whole.
        candidates = [p for p in gazetteer.lookup(span[1:].text) if p.kind in ("country", "region")]
    return Toponym(span.start, span.end, text, start, end, candidates, is_actor=False, tagged_place=True,
                   said_place=True, from_part_of_name=from_part_of_name, given=True)


def resolve_spans(
    document: Document, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer,
    actor_mentions: Sequence[ActorMention] = (),
) -> list[Optional[Location]]:
    """Resolve character spans that are known to be place names (e.g. hand-annotated toponyms).

    Each ``(start, end)`` span of ``document.article.text`` is resolved with the same candidates and
    ranking as :func:`find_toponyms`, in the context of the document: the places recognized in it
    (a recognized name that overlaps a given span gives way to it), the other given spans, and the
    actors. Returns one Location per span, in order, or ``None`` for a span no place is found for.
    """
    given = [_given_span_toponym(document, start, end, gazetteer) for start, end in spans]
    present = [t for t in given if t is not None]
    facts = _TokenFacts.of(document)
    recognized = [
        t for t in recognize(document, actor_mentions, gazetteer, facts)
        if not any(t.token_start < g.token_end and g.token_start < t.token_end for g in present)
    ]
    # Several given spans may cover the same tokens; resolve each distinct one once.
    distinct: dict[tuple[int, int, int, int], Toponym] = {}
    for toponym in present:
        distinct.setdefault((toponym.token_start, toponym.token_end, toponym.start, toponym.end), toponym)
    toponyms = sorted(recognized + list(distinct.values()), key=lambda t: (t.token_start, t.token_end))
    resolve(document, toponyms, actor_mentions, gazetteer, facts)
    locations: list[Optional[Location]] = []
    for toponym in given:
        if toponym is not None:
            toponym = distinct[(toponym.token_start, toponym.token_end, toponym.start, toponym.end)]
        resolved = toponym is not None and toponym.placed_at() is not None
        locations.append(toponym.location() if resolved else None)
    return locations


def resolve_span(
    document: Document, start: int, end: int, gazetteer: Gazetteer,
    actor_mentions: Sequence[ActorMention] = (),
) -> Optional[Location]:
    """Resolve one character span known to be a place name; see :func:`resolve_spans`."""
    return resolve_spans(document, [(start, end)], gazetteer, actor_mentions)[0]
