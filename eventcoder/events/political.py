"""The political-party test: an event needs a political doer or a political object (word classes: political.yaml).

A party is political when it is a state organ or official, armed forces, police, courts, a legislature, a party, rebels
or an armed group, an IGO or NGO, or citizens acting together in a political way (protesters, strikers). It is not
when it is a company, a national team, a private person, or a country word that only modifies a thing ("the Irish rock
band", "a NASA spacecraft"). The test reads the sectors the actor stage gave and the sentence's argument structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..errors import DataFileError

WORD_LISTS = ("political_sectors", "political_code_prefixes", "collective_sectors", "collective_act_roots",
              "institution_nouns", "thing_heads", "sports_roles", "sports_story_cues", "sports_story_everyday_cues",
              "representative_nouns", "crowd_quantity_nouns", "animal_nouns", "armed_modifiers", "business_protest_roots", "activist_nouns",
              "private_protest_roots", "counterpart_nouns", "crowd_violence_roots", "crowd_violence_doers",
              "character_nouns", "contest_roots", "remembrance_cues",
              "remembering_verbs", "abstract_force_words", "private_doer_nouns",
              "unarmed_objects", "ordinary_crime_nouns", "crime_reason_roots")
SECTOR_LISTS = ("political_sectors", "political_code_prefixes", "collective_sectors")
# A match score ("3-0", "62-13").
SCORE = re.compile(r"(?<![\d.,])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d]|[.,]\d)")
# A winning margin without a score: "by six wickets", "by 29 runs", "on penalties", "in straight sets".
MARGIN = re.compile(r"\bby (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) (?:wickets?|runs|strokes|shots|"
                    r"lengths|tries)\b|\bon penalties\b|\bin straight sets\b", re.IGNORECASE)
SPORTS_STORY_CUE_COUNT = 2  # distinct cue words that, with a score or a margin, make a story a match report
# Opening quotation marks of a title: 'In "Night Border," an agent must stop ...'.
OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
# Dependencies of a word that only modifies the noun above it ("Irish" in "the Irish rock band", "Panama" in
# "Panama-flagged carrier").
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our"})
# A singular nationality noun after an article names a person ("the Norwegian seized the initiative"), never the
# state; a country's own name may end in these letters too.
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "man", "woman", "can", "yan", "ani", "ali")
ARTICLE_COUNTRIES = frozenset({"vatican", "caribbean"})  # "the Vatican condemned ...": a state
PERSON_ARTICLES = frozenset({"the", "a", "an"})

POLITICAL, COLLECTIVE, PRIVATE, NOT_POLITICAL = "political", "collective", "private", "not political"


@dataclass(frozen=True)
class PoliticalClasses:
    """The word and sector classes of political.yaml (lower-cased; sectors and code prefixes upper-cased)."""

    political_sectors: frozenset = frozenset()
    political_code_prefixes: frozenset = frozenset()
    collective_sectors: frozenset = frozenset()
    collective_act_roots: frozenset = frozenset()
    institution_nouns: frozenset = frozenset()
    thing_heads: frozenset = frozenset()
    sports_roles: frozenset = frozenset()
    sports_story_cues: frozenset = frozenset()
    sports_story_everyday_cues: frozenset = frozenset()
    representative_nouns: frozenset = frozenset()
    crowd_quantity_nouns: frozenset = frozenset()
    animal_nouns: frozenset = frozenset()
    armed_modifiers: frozenset = frozenset()
    business_protest_roots: frozenset = frozenset()
    activist_nouns: frozenset = frozenset()
    private_protest_roots: frozenset = frozenset()
    counterpart_nouns: frozenset = frozenset()
    crowd_violence_roots: frozenset = frozenset()
    crowd_violence_doers: frozenset = frozenset()
    character_nouns: frozenset = frozenset()
    contest_roots: frozenset = frozenset()
    remembrance_cues: frozenset = frozenset()
    remembering_verbs: frozenset = frozenset()
    abstract_force_words: frozenset = frozenset()
    private_doer_nouns: frozenset = frozenset()
    unarmed_objects: frozenset = frozenset()
    ordinary_crime_nouns: frozenset = frozenset()
    crime_reason_roots: frozenset = frozenset()

    @classmethod
    def from_mapping(cls, path: Path, data: dict) -> "PoliticalClasses":
        """The classes of political.yaml's top-level mapping (read by ``EventPatterns``, which reads every events data
        file); ``path`` names the file in errors."""
        values = {}
        for key in WORD_LISTS:
            words = data.get(key) or []
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise DataFileError(path, None, f"{key} must be a list of words")
            values[key] = frozenset(w.upper() if key in SECTOR_LISTS else w.lower() for w in words)
        return cls(**values)


class PartyTest:
    """Whether an event of one document has a political party (``political_event``). ``patterns`` lends its lemma
    repair and its word lists of companies, prices, hazards, weapons and armed men; ``index`` says which tokens an
    actor covers."""

    def __init__(self, classes: PoliticalClasses, patterns, index, doc, columns) -> None:
        self.classes = classes
        self.patterns = patterns
        self.index = index
        self.doc = doc
        self.columns = columns  # the document's shared token columns (``Document.columns``)
        self.text = columns.text  # the parsed text (``doc.text`` would rebuild it from every token)
        self._sports_story: Optional[bool] = None
        self._fiction_story: Optional[bool] = None
        self._fiction_word: Optional[bool] = None

    # ------------------------------------------------------------------ the test
    def political_event(self, trigger, cameo: str, source: list, target: list, doer) -> bool:
        """An event needs a political doer or a political object. ``source``/``target``: its actor mentions; ``doer``:
        the token that does it when no source is named (or None). Kept: any political party; citizens acting together
        in a political way ("farmers demanded", "students protested"); people acted on by no one named ("five people
        were arrested"). Dropped: a doer that is no political party acting on none ("the Irish rock band will tour",
        "Whitlock's lawyer rejected the allegations"), and an act on no political party by a hazard, an animal or a
        company ("a shark attacked a surfer off Western Australia's coast")."""
        if not source and not target:
            return True  # (an unattributed bombing: the place stage names both sides or drops it)
        root = cameo[:2]
        if not target and root in self.classes.crowd_violence_roots and self._unarmed_object(trigger):
            return False  # "the union said it would fight the closures", "the price cut hit airline stocks"
        if self._contest(trigger, root, source, target):
            return False  # "India landed on the moon, beating Russia": a race won, no attack
        if root in self.classes.crime_reason_roots and self._for_ordinary_crime(trigger) and all(
                self.party(m, root, acted_on=True) != POLITICAL for m in target):
            return False  # "police arrested three men over a string of robberies": a crime story, no political act
        sides = [self.party(m, root) for m in source]
        if POLITICAL in sides:
            return True  # (most events: a state acts; its objects need no rating)
        if self._business_delegation(source, target):
            return True  # "Iranian entrepreneurs will hold negotiations with their Russian counterparts"
        objects = [self.party(m, root, acted_on=True) for m in target]
        if sides:
            # the counterparts or rivals of a party that is no state are of its kind ("sued its U.S. rival")
            objects = [sides[0] if self._counterpart(m) else kind for m, kind in zip(target, objects)]
        if not source and self._thing_acts(doer) and (POLITICAL not in objects or all(
                self._modified_noun(self.doc[m.head], m) is not None and self.doc[m.head].pos_ != "PROPN" for m in target)):
            # "the wildfire killed nine people", "margin calls forced investors to sell"; "a German tourist was
            # attacked by a crocodile": an animal's act on a person of a country
            return False
        if not source and POLITICAL not in objects and self._private_doer(doer):
            return False  # "a man who shot two people outside a bar was jailed": a crime, no political act
        if POLITICAL in objects:
            return True
        if COLLECTIVE in sides and root in self.classes.collective_act_roots:
            return True  # "farmers demanded compensation", "doctors called off their strike"
        if root in self.classes.crowd_violence_roots and any(
                kind == COLLECTIVE and self._listed(self.doc[m.head], self.classes.crowd_violence_doers)
                for m, kind in zip(source, sides)):
            return True  # "students stormed a police station", "bandits abducted 300 schoolgirls"
        if root in self.classes.crowd_violence_roots and self._across_countries(source, sides, target):
            return True  # "Turkish residents attacked Syrian refugees": citizens of one country against another's
        if PRIVATE in sides and root in self.classes.private_protest_roots:
            return True  # "a jailed journalist refused to eat for a month": a protest is political
        if sides:
            return False
        return COLLECTIVE in objects or PRIVATE in objects  # "five people were arrested": the doer is not named

    def party(self, mention, root: str, acted_on: bool = False) -> str:
        """What kind of party an actor mention is: POLITICAL, COLLECTIVE (citizens acting together), PRIVATE (one
        person, an institution) or NOT_POLITICAL (a company, a team, a thing a country word only modifies), in an
        event of CAMEO root ``root`` (companies protesting together are citizens: "protests by tourism businesses").
        ``acted_on``: the mention is the event's object (a country's companies acted on are its economy: "a
        cyberattack on Estonian banks")."""
        classes = self.classes
        doc = self.doc
        token = doc[mention.head]
        actor = mention.actor
        if (actor.code or "")[:3] in classes.political_code_prefixes or mention.kind == "igo":
            return POLITICAL
        if self._told(token):
            return NOT_POLITICAL  # 'In "Night Border," an American agent must stop North Korean commandos': characters
        if mention.kind != "organization" and self._company_name(token):
            return NOT_POLITICAL  # "Swiss drugmaker Alpenpharm": a company the dictionary lacks, whatever its country
        thing = self._modified_noun(token, mention)
        if thing is not None and (self._listed(thing, classes.thing_heads) or self._company_name(thing) or self._listed(thing, self.patterns.business_nouns)
                                  or self._listed(thing, self.patterns.market_nouns)
                                  or self.sports_story() and self._listed(thing, classes.sports_roles)):
            return NOT_POLITICAL  # "the Irish rock band", "Brazil coach Tite", "the British mortgage market"
        span = doc[mention.token_start:mention.token_end]
        if self.sports_story() and any(self._listed(w, classes.sports_roles) for w in span):
            return NOT_POLITICAL  # "France captain Thierry Dusautoir" in a match report
        if self._counted_crowd(token):
            return NOT_POLITICAL  # "an army of sunseekers"
        if self._private_representative(token):
            return PRIVATE  # "Whitlock's lawyer"
        sector = actor.sector
        business = self.patterns.is_commercial(sector)
        if business and mention.kind == "organization":
            return POLITICAL  # a company the dictionary lists, often the state's own: "Gazprom halted gas exports"
        if sector in classes.collective_sectors and any(self._listed(c, classes.armed_modifiers) for c in token.children
                                                          if c.dep_ in ("amod", "compound")):
            return POLITICAL  # "armed prisoners exchanged gunfire with guards"
        if business:
            if acted_on and actor.country:
                return PRIVATE
            return COLLECTIVE if token.tag_ in PLURAL_TAGS and root in classes.business_protest_roots else NOT_POLITICAL
        if sector in classes.political_sectors:
            return POLITICAL
        if sector in classes.collective_sectors:
            if self._listed(token, classes.institution_nouns):
                return PRIVATE  # "universities reject nine in ten applicants"
            titles = [c for c in token.children if c.dep_ in ("compound", "appos")]
            if any(self._listed(w, classes.activist_nouns) for w in (*doc[mention.token_start:mention.token_end], *titles)):
                return POLITICAL  # "jailed activist Alaa Abd El-Fattah"
            plural = token.tag_ in PLURAL_TAGS or token.lower_ in PLURAL_PRONOUNS or token.lemma_.lower() in ("people", "crowd", "mob", "public", "population")
            return COLLECTIVE if plural else PRIVATE
        if sector is None and actor.country:
            if mention.token_end - mention.token_start == 1 and self._nationality_person(token):
                return PRIVATE  # "the Norwegian seized the initiative"
            if self.sports_story() and token.pos_ == "PROPN" and not self._state_role_in_sentence(token):
                return NOT_POLITICAL  # "Brazil, now top of the group, visit Uruguay in March": a national team
        return POLITICAL

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _across_countries(source, sides, target) -> bool:
        """Whether citizens of one country act on people of another ("Israeli settlers attacked Palestinian
        villagers"): communal violence across a national line is political whoever the doers are."""
        countries = {m.actor.country for m, kind in zip(source, sides) if kind == COLLECTIVE and m.actor.country}
        return bool(countries) and any(m.actor.country and m.actor.country not in countries for m in target)

    def _business_delegation(self, source, target) -> bool:
        """Whether a country's business people as a body (a plural role noun with its country: "Iranian
        entrepreneurs", "Japanese businessmen") act on another country's side: trade missions and business talks
        between two countries are the BUS-sector events CAMEO codes. A named company is not such a body ("German
        maker Brenner sued its U.S. rival"), nor are one country's businesses among themselves."""
        doc = self.doc
        countries = {m.actor.country for m in source
                     if self.patterns.is_commercial(m.actor.sector) and m.actor.country and m.kind == "sector"
                     and doc[m.head].tag_ in PLURAL_TAGS}
        if not countries:
            return False
        # (a verb sharing its subject's partner: "hold negotiations with their Russian counterparts and sign deals":
        # "sign" has no target yet here, so the sentence's other countries stand for it)
        others = target or [m for token in doc[source[0].head].sent for m in self.index.by_token.get(token.i, ())]
        return any(m.actor.country and m.actor.country not in countries for m in others)

    def sports_story(self) -> bool:
        """Whether the document is a match report: a score or a winning margin and two sports words ("3-0 in a World
        Cup qualifier", "beat Pakistan by six wickets ... the tournament")."""
        if self._sports_story is None:
            # (the score first: most documents have none, and the cue count walks every token)
            self._sports_story = (SCORE.search(self.text) is not None or MARGIN.search(self.text) is not None) and (
                self._sports_cue_count() >= SPORTS_STORY_CUE_COUNT)
        return self._sports_story

    def _sports_cue_count(self) -> int:
        """How many distinct sports words the story has; the everyday ones ("scored", "goals", "penalties") count only
        beside a word of sport alone ("The Senate approved the bill 51-49. Democrats scored a victory" is no match)."""
        classes = self.classes
        cues = {w for w in self.columns.lower if w in classes.sports_story_cues or w in classes.sports_story_everyday_cues}
        return len(cues) if cues & classes.sports_story_cues else 0

    def _contest(self, trigger, root: str, source, target) -> bool:
        """Whether a violent word is a win between countries named bare on both sides, in a match report ("Brazil
        crushed Argentina 3-0") or told beside another deed ("India landed on the moon, beating Russia"): a state does
        not beat another's people with its fists."""
        if root not in self.classes.contest_roots or not source or not target:
            return False
        if self.patterns.lemma(trigger) not in self.patterns.sports_verbs:
            return False
        # (outside a match report only a win told beside another deed is a race: "landed a probe ..., beating India";
        # "Russia crushed Georgia in 2008" and "Ethiopia defeated Eritrea in the border war" are wars)
        if not self.sports_story() and not (trigger.dep_ == "advcl" and trigger.tag_ == "VBG"):
            return False
        # (a weapon makes it war: "Russia battered Ukraine with missiles")
        if any(self._listed(w, self.patterns.weapon_nouns) for c in trigger.children
               for w in (c, *(g for g in c.children if c.dep_ in ("prep", "agent")))):
            return False
        # (the countries themselves, not words of a thing: "Iran downed a U.S. drone" is an attack)
        return all(m.kind == "country" and m.actor.sector is None and self.doc[m.head].pos_ == "PROPN"
                   and self.doc[m.head].dep_ not in MODIFIER_DEPS for m in (*source, *target))

    def _told(self, token) -> bool:
        """Whether a word is in what a film, novel or game tells or in the past an anniversary recalls: in a relative
        clause on the work ('the film "Cold Harbour," in which commandos kidnap a diplomat') or in a clause
        ``_remembered``, or its sentence opens with the work's title ('In "Night Border," which opens on Friday, an
        agent ...') in a story that names such a work, or names a work's character ("The film's hero, a Russian spy,
        kills two American agents")."""
        fiction = self.has_fiction_word()
        # (the word and its first 11 ancestors, walked on the columns: only a clause's word is read as a Token)
        heads, deps = self.columns.head, self.columns.dep
        i = token.i
        for step in range(12):
            if step:
                if heads[i] == i:
                    break  # (the root)
                i = heads[i]
            if deps[i] not in ("relcl", "advcl"):
                continue  # (neither test below takes any other word)
            node = self.doc[i]
            if fiction and node.dep_ == "relcl" and any(self._listed(w, self.patterns.fiction_nouns) for w in (
                    node.head, node.head.head if node.head.dep_ == "appos" else node.head)):
                return True  # 'the film "Cold Harbour," in which Chinese commandos kidnap an American diplomat'
            if self._remembered(node):
                return True  # "to mark the anniversary of D-Day, when Allied troops stormed the beaches"
        if not fiction:
            return False  # (most stories name no work: the tests below need one of its words)
        sentence = token.sent
        if any(self._listed(w, self.classes.character_nouns) and any(
                c.dep_ == "poss" and self._listed(c, self.patterns.fiction_nouns) for c in w.children) for w in sentence):
            return True
        if sentence.end - sentence.start < 3 or sentence[0].lower_ != "in" or sentence[1].text not in OPENING_QUOTES:
            return False
        if self._fiction_story is None:
            self._fiction_story = any(pos == "NOUN" and self._listed_word(k, self.patterns.fiction_nouns)
                                      for k, pos in enumerate(self.columns.pos))
        # (a title opens a military operation's sentence too: 'In "Operation Sindoor," Indian jets attacked camps'; a
        # plot is told with a work's noun, a narrating verb or in the present: "Chinese commandos kidnap a diplomat",
        # "an agent must stop commandos")
        return self._fiction_story and any(
            w.pos_ == "NOUN" and self._listed(w, self.patterns.fiction_nouns)
            or w.pos_ == "VERB" and self.patterns.lemma(w) in self.patterns.narrating_verbs
            or w.dep_ == "ROOT" and (w.tag_ in PRESENT_TAGS or any(c.tag_ == "MD" for c in w.children))
            for w in sentence)

    def has_fiction_word(self) -> bool:
        """Whether the story has a word of fiction_nouns at all (a work's noun, its possessive or its title's clause)."""
        if self._fiction_word is None:
            self._fiction_word = names_listed_word(self.patterns, self.columns, self.patterns.fiction_nouns)
        return self._fiction_word

    def _listed_word(self, i: int, words) -> bool:
        """``_listed`` of the document's word at ``i``, read on the columns."""
        columns = self.columns
        return forms_listed(self.patterns.column_word_forms(columns.lower_id[i], columns.lemma_id[i], columns.string),
                            words)

    def _remembered(self, clause) -> bool:
        """Whether a clause tells the past that an anniversary or an exhibition recalls: a relative clause on what
        it is "of" ("the anniversary of the uprising, in which students seized the radio station") or a "when" clause
        of a verb of remembering ("gathered to mark the anniversary of D-Day, when Allied troops stormed ...")."""
        head = clause.head
        if clause.dep_ == "relcl":
            return (head.dep_ == "pobj" and head.head.lower_ == "of"
                    and self._listed(head.head.head, self.classes.remembrance_cues))
        return (clause.dep_ == "advcl" and any(c.lower_ == "when" for c in clause.children)
                and head.lemma_.lower() in self.classes.remembering_verbs
                and any(self._listed(w, self.classes.remembrance_cues) for w in head.subtree))

    def _counterpart(self, mention) -> bool:
        """Whether an actor is named as the doer's counterpart or rival ("its U.S. rival", "British rival Thornbury")."""
        token = self.doc[mention.head]
        if self._listed(token, self.classes.counterpart_nouns):
            return True
        thing = self._modified_noun(token, mention)
        return thing is not None and (self._listed(thing, self.classes.counterpart_nouns) or any(
            c.dep_ in ("amod", "compound") and self._listed(c, self.classes.counterpart_nouns) for c in thing.children))

    def _company_name(self, token) -> bool:
        """Whether a name is a company's: described by a company noun ("Swiss drugmaker Alpenpharm", "Alpenpharm, the
        Swiss drugmaker")."""
        if token.pos_ != "PROPN":
            return False
        return any(c.dep_ in ("compound", "appos", "amod", "nmod") and c.pos_ == "NOUN"
                   and self._listed(c, self.patterns.business_nouns) for c in token.children)

    def _listed(self, token, words) -> bool:
        return self.patterns.listed_noun(token, words)

    def _modified_noun(self, token, mention):
        """The noun outside the mention that the mention's word only modifies ("band" for "Irish" in "the Irish rock
        band", "carrier" for "Panama" in "a Panama-flagged bulk carrier"), or None."""
        node = token
        for _ in range(3):
            if node.dep_ not in MODIFIER_DEPS or node.head.i == node.i:
                break
            node = node.head
            if not mention.token_start <= node.i < mention.token_end and node.pos_ in NOUN_POS:
                if node.i in self.index.by_token:
                    return None  # "Russian President Putin", "Brazil's army": an actor's own word
                return node
        return None

    def _counted_crowd(self, token) -> bool:
        """"an army of sunseekers", "a legion of fans": the group noun counts an "of" phrase that names no actor,
        weapon or armed men."""
        if not self._listed(token, self.classes.crowd_quantity_nouns):
            return False
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for noun in prep.children:
                    if (noun.dep_ == "pobj" and noun.tag_ in PLURAL_TAGS and noun.i not in self.index.by_token
                            and not self._listed(noun, self.patterns.weapon_nouns)
                            and not self._listed(noun, self.patterns.armed_nouns)):
                        return True
        return False

    def _private_representative(self, token) -> bool:
        """"Whitlock's lawyer", "the singer's spokesman": one who speaks for a person no actor covers."""
        if not self._listed(token, self.classes.representative_nouns):
            return False
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        # (a name the tagger took for a common noun still has its capital: "Hendricks's lawyer")
        return (owner is not None and (owner.pos_ == "PROPN" or owner.pos_ == "NOUN" and owner.text[:1].isupper())
                and owner.i not in self.index.by_token)

    def _nationality_person(self, token) -> bool:
        """"the Norwegian", "a Frenchman": a singular nationality noun after an article is a person."""
        if token.tag_ not in ("NN", "NNP") or token.dep_ in MODIFIER_DEPS:
            return False
        if not any(c.dep_ == "det" and c.lower_ in PERSON_ARTICLES for c in token.children):
            return False
        return token.lower_.endswith(DEMONYM_ENDINGS) and token.lower_ not in ARTICLE_COUNTRIES

    def _state_role_in_sentence(self, token) -> bool:
        """Whether the token's sentence names a state role ("the Brazilian president"): then its countries are states."""
        sentence = token.sent
        return any(m.actor.sector in self.classes.political_sectors
                   for i in range(sentence.start, sentence.end) for m in self.index.by_token.get(i, ()))

    def _thing_acts(self, doer) -> bool:
        """Whether the token that does an event named by no actor is a hazard, an animal or a company ("the wildfire",
        "a great white shark", "the bank")."""
        return doer is not None and doer.pos_ in NOUN_POS and doer.i not in self.index.by_token and (any(
            self._listed(doer, words) for words in (
            self.patterns.hazard_nouns, self.classes.animal_nouns, self.patterns.business_nouns, self.patterns.market_nouns))
            or self._abstract_forces(doer))

    def _unarmed_object(self, trigger) -> bool:
        """Whether a violent verb acts on a thing no weapon reaches: its object is a plan, a charge, a price or an
        illness ("fight the cuts", "fought off a challenge", "hitting airline stocks", "battled the blaze")."""
        if trigger.pos_ not in ("VERB", "AUX"):
            return False
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        return bool(objects) and all(c.pos_ == "NOUN" and c.i not in self.index.by_token
                                     and self._listed(c, self.classes.unarmed_objects) for c in objects)

    def _for_ordinary_crime(self, trigger) -> bool:
        """Whether an arrest, charge or sentence is for a crime of private gain ("over a string of armed robberies",
        "on suspicion of stealing two snuff boxes", "for fraud", "with burglary"): the reason phrase of the trigger."""
        words = self.classes.ordinary_crime_nouns
        verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]  # "arrested ... and charged them"
        for prep in (c for verb in verbs for c in verb.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("over", "for", "of", "with", "on"):
                continue
            for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
                if obj.lower_ in ("suspicion", "charges", "charge", "counts", "count", "string", "series", "spate"):
                    obj = _of_object(obj) or obj  # "on suspicion of stealing", "a string of robberies"
                if self._listed(obj, words) or obj.lemma_.lower() in words:
                    return True
        return False

    def _private_doer(self, doer) -> bool:
        """Whether the doer named by no actor is one private person: a singular noun of private_doer_nouns ("a man",
        "the driver", "her husband"); the noun a relative clause describes stands for its "who"."""
        if doer is None:
            return False
        if doer.lower_ in ("who", "that") and doer.head.dep_ == "relcl":
            doer = doer.head.head
        return doer.pos_ == "NOUN" and doer.tag_ == "NN" and doer.i not in self.index.by_token \
            and self._listed(doer, self.classes.private_doer_nouns)

    def _abstract_forces(self, doer) -> bool:
        """Whether the doer is forces of a market, an economy or ideas, no troops ("market forces defeated the plan",
        "the forces of globalisation")."""
        if doer.lemma_.lower() not in ("force", "forces"):
            return False
        words = self.classes.abstract_force_words
        return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in doer.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in words for g in c.children if g.dep_ == "pobj")
            for c in doer.children)


def forms_listed(forms: tuple[str, str, str], words) -> bool:
    """Whether a word's forms (``EventPatterns.word_forms``: lemma, lower-cased form, that form less a plural "s") hold
    one of ``words``."""
    lemma, lower, singular = forms
    return lemma in words or lower in words or singular in words


def names_listed_word(patterns, columns, words) -> bool:
    """Whether any word of a document is in ``words`` as ``EventPatterns.listed_noun`` reads it (its lemma, its form or
    that form less a plural "s"), read on the document's token columns, each distinct word once: most stories have no
    such word, so every word is read."""
    forms = patterns.column_word_forms
    string = columns.string
    return any(forms_listed(forms(lower_id, lemma_id, string), words)
               for lower_id, lemma_id in dict.fromkeys(zip(columns.lower_id, columns.lemma_id)))


def _of_object(token):
    """The object of the "of" phrase on ``token`` ("stealing" in "suspicion of stealing"), or None."""
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ in ("pobj", "pcomp")), None)
