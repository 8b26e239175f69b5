"""Finding the actors behind a trigger's syntactic arguments (subject, object, prepositional objects)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from ..columns import columns_of
from ..records import ActorMention

# How much an argument can be trusted, by how its actor was found (used for confidence).
EXACT, COVERING, NESTED, AFFILIATION = 1.0, 0.85, 0.65, 0.5
RELATIVE_PRONOUN_TAGS = {"WDT", "WP", "WP$"}
# (a trailing attribution's reporting verb is finite: "..., residents and a local official said")
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP"}
# Dependencies that stay inside a noun phrase: an actor found through them belongs to the argument.
PHRASE_DEPS = {"amod", "compound", "poss", "nmod", "appos", "prep", "pobj", "npadvmod", "nummod", "det", "case", "quantmod"}
QUANTIFIER_NOUNS = {"round", "series", "number", "set", "kind", "wave", "couple", "lot", "dozen", "hundred", "thousand",
                    "batch", "string", "host", "spate", "flurry", "barrage", "volley", "part", "group", "range",
                    "ton", "tonne", "kilogram", "kg", "worth", "load", "truckload", "planeload", "consignment", "amount",
                    "quantity", "day", "week", "month", "hour", "contingent", "team", "detachment", "handful",
                    # "eased some of the rules", "withdrew most of its troops", "the rest of its forces"
                    "some", "many", "most", "all", "several", "few", "each", "both", "one", "portion", "majority",
                    "bulk", "rest", "remainder", "half", "dozens", "hundreds", "thousands",
                    # "took in millions of refugees", "tens of thousands of", "returned a collection of looted bronzes"
                    "million", "millions", "tens", "scores", "collection", "trove"}


@dataclass(frozen=True)
class Argument:
    """The actors found for one argument position, and how reliably they were found (0..1)."""

    mentions: tuple[ActorMention, ...]
    quality: float
    token: int  # the argument token the actors were found from

    def __bool__(self) -> bool:
        return bool(self.mentions)


NO_ARGUMENT = Argument((), 0.0, -1)


def _first_actor(mentions) -> list[ActorMention]:
    """The first mention, with its compound partners: "the two sides" is one mention per country over one span."""
    if not mentions:
        return []
    first = mentions[0]
    return [m for m in mentions if m.token_start == first.token_start and m.token_end == first.token_end]


class MentionIndex:
    """ActorMentions indexed by head token and by covered token, for one Document."""

    def __init__(self, mentions: Iterable[ActorMention], actor_nouns: frozenset = frozenset(),
                 ownership_participles: frozenset = frozenset(), reporting_verbs: frozenset = frozenset()):
        self.by_head: dict[int, list[ActorMention]] = {}
        self.by_token: dict[int, list[ActorMention]] = {}
        self.border_owners: dict[int, ActorMention] = {}  # "the Syrian border": only a border act's target
        self.actor_nouns = actor_nouns
        # participles naming the owner of a thing ("a tanker owned by", "a yacht linked to"): grammar.yaml
        self.ownership_participles = ownership_participles
        self.reporting_verbs = reporting_verbs  # "..., Foreign Secretary X said": a speaker, not an apposition
        for mention in mentions:
            if mention.kind == "border":
                self.border_owners[mention.head] = mention
                continue
            self.by_head.setdefault(mention.head, []).append(mention)
            for i in range(mention.token_start, mention.token_end):
                self.by_token.setdefault(i, []).append(mention)

    def __bool__(self) -> bool:
        return bool(self.by_token)

    def argument(self, token, quality_cap: float = 1.0, coordinated: bool = True, agentive: bool = False) -> Argument:
        """The actors of the argument headed by ``token``, including its coordinated conjuncts.

        ``agentive``: the argument is a doer (a subject); an owner of a thing ("Trump's tariffs targeting
        Canada") is then not the doer, so possessors count only under nouns for groups of people."""
        if token is None:
            return NO_ARGUMENT
        token = resolve_relative_pronoun(token)
        heads = [token] + (self.listed_conjuncts(token) + self._listed_appositions(token) if coordinated else [])
        found: list[ActorMention] = []
        qualities = []
        for head in heads:
            mentions, quality = self._one(head, agentive)
            for m in mentions:
                if all(m is not f for f in found) and not any(_same(m, f) for f in found):
                    found.append(m)
            if mentions:
                qualities.append(quality)
                for extra in self._coordinated_modifiers(head):
                    if not any(_same(extra, f) for f in found):
                        found.append(extra)
                for extra in self._coordinated_origins(head):
                    # (the origin the actor stage already gave the group noun is not a second party)
                    if not any(_same(extra, f) or extra.actor.country and extra.actor.country == f.actor.country
                               for f in found):
                        found.append(extra)
        if not found:
            return NO_ARGUMENT
        found.sort(key=lambda m: m.token_start)  # text order: "Iran and Russia" acts as Iran -> Russia
        return Argument(tuple(found), min(quality_cap, min(qualities)), token.i)

    def listed_conjuncts(self, token) -> list:
        """The conjuncts of ``token``, less a trailing attribution the parser hung on it: in "arrested two men,
        residents and a local official said" the words after the comma are the speakers of "said", not more
        people arrested."""
        listed = list(conjuncts(token))
        if not listed or not self.reporting_verbs:
            return listed
        doc = token.doc
        after = max(c.right_edge.i for c in listed) + 1
        if after >= len(doc):
            return listed
        verb = doc[after]
        if not (verb.pos_ == "VERB" and verb.lemma_.lower() in self.reporting_verbs
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
            return listed
        # (a finite verb only: "a civilian reported to be hostages", "a Pakistani believed to be smugglers" are more
        # people, described by a participle)
        if verb.tag_ not in FINITE_VERB_TAGS or verb.dep_ == "acl" or doc[after + 1:after + 2].text.lower() == "to":
            return listed
        for index, c in enumerate(listed):
            if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
                return listed[:index]
        return listed

    def _listed_appositions(self, token) -> list:
        """A list of countries the parser hung on the first as an apposition ("Saudi Arabia, the United Arab Emirates,
        Bahrain and Egypt cut ties": "Emirates" as appos, "Bahrain" and "Egypt" its conjuncts): each is a party. Only
        a country named by name whose apposition is another country that continues into more conjuncts (not "Qatar,
        the Gulf state," nor "its ally, Turkey")."""
        heads = self._mentions_at(token)
        if not heads or any(m.kind != "country" for m in heads):
            return []  # (a noun renamed by a list, "its neighbours, Ukraine and Belarus", is left as it is)
        own = {m.actor.country for m in heads}
        listed = []
        for child in token.children:
            if child.dep_ != "appos" or not any(c.dep_ == "conj" for c in child.children):
                continue
            # (less a trailing attribution, as for any list: "Iran attacked Saudi Arabia, the UAE, Britain and France
            # said" has speakers after the comma)
            for item in [child, *self.listed_conjuncts(child)]:
                mentions = self._mentions_at(item)
                if item is not child or mentions and all(m.kind == "country" and m.actor.country
                                                          and m.actor.country not in own for m in mentions):
                    listed.append(item)
                else:
                    break
        return listed

    def _coordinated_modifiers(self, token) -> list[ActorMention]:
        """'the Iranian and Russian presidents': the first conjoined modifier is an actor of its own, even when
        the actor stage folded the head noun into the last one ('Russian presidents')."""
        extra = []
        doc = token.doc
        columns = columns_of(doc)  # (asked of every argument head: labels from the columns)
        dep = columns.dep
        for i in columns.children(token.i):
            if dep[i] in ("amod", "compound", "nmod") and any(dep[x] == "conj" for x in columns.children(i)):
                c = doc[i]
                for node in [c, *conjuncts(c)]:
                    for m in _first_actor(self.by_head.get(node.i, ())) or _first_actor(self.by_token.get(node.i, ())):
                        extra.append(m)
        return extra

    def _coordinated_origins(self, token) -> list[ActorMention]:
        """'Envoys from the United States and the Taliban', 'the foreign ministers of India and China': a group
        noun from coordinated origins stands for each of them, even when the actor stage gave the whole phrase
        the first one's country."""
        if token.lemma_.lower() not in self.actor_nouns:
            return []
        extra = []
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or not any(c.dep_ == "conj" for c in obj.children):
                    continue
                for node in [obj, *conjuncts(obj)]:
                    extra.extend(_first_actor(self.by_head.get(node.i, ())))
        return extra

    def _one(self, token, agentive: bool = False) -> tuple[list[ActorMention], float]:
        exact = self.by_head.get(token.i)
        if exact:
            return _first_actor(exact), EXACT
        covering = [m for m in self.by_token.get(token.i, ()) if _heads_phrase_of(m, token)]
        if covering:
            return _first_actor(covering), COVERING
        return self.nested(token, agentive)

    def has_actor_possessor(self, node) -> bool:
        """Whether ``node`` has a possessor that is an actor ("Maduro's plane")."""
        possessor = next((c for c in node.children if c.dep_ == "poss"), None)
        return possessor is not None and bool(self._mentions_at(possessor))

    def is_speaker(self, appos) -> bool:
        """Whether an apposition is the speaker of a reporting verb right after it, which the parser hung on the noun
        before a comma ("from the disputed shoal, Philippine Foreign Secretary Albert del Rosario said")."""
        after = appos.right_edge.i + 1
        if after >= len(appos.doc):
            return False
        verb = appos.doc[after]
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.reporting_verbs

    def _mentions_at(self, token) -> list[ActorMention]:
        """The mentions headed by ``token``, else those covering it."""
        return self.by_head.get(token.i) or self.by_token.get(token.i) or []

    def nested(self, token, agentive: bool = False, done_by: bool = False) -> tuple[list[ActorMention], float]:
        """Breadth-first search of the noun phrase under ``token``, nearest mentions first; conjuncts share a level.
        ``done_by``: the doer of a participle on ``token`` owns it wherever ``token`` stands, not only as the object
        ("disapproval of remarks made by Togo's foreign minister")."""
        level = [(token, False)]
        speakers = {c.i for c in conjuncts(token)} - {c.i for c in self.listed_conjuncts(token)}
        for _depth in range(3):
            next_level = []
            found: list[ActorMention] = []
            affiliation = False
            for node, via_affiliation in level:
                for child in node.children:
                    if child.dep_ == "conj" and node is token and child.i in speakers:
                        continue  # "arrested two men, residents and a local official said": the speakers
                    if child.dep_ == "conj":
                        # "Iranian and Russian officials": conjuncts stay on their sibling's level
                        stack = [child]
                        while stack:
                            c = stack.pop()
                            m = self._mentions_at(c)
                            if m:
                                found.extend(_first_actor(m))
                                affiliation = affiliation or via_affiliation
                            stack.extend(x for x in c.children if x.dep_ == "conj")
                        continue
                    if (child.dep_ == "acl" and child.lemma_.lower() in self.ownership_participles and not agentive and node is token
                            and token.dep_ == "nsubjpass"):
                        # "a tanker owned by a Greek company was seized", "a superyacht linked to Putin was seized": the
                        # owner of what underwent the act (not its doer: "positions shelled by X were retaken")
                        for owner in agent_objects(child) + [o for _w, o in prep_objects(child, ["to"])]:
                            m = self._mentions_at(owner)
                            if m:
                                found.extend(_first_actor(m))
                        continue
                    if child.dep_ == "acl" and child.tag_ == "VBN" and not agentive and node is token and (token.dep_ == "dobj" or done_by):
                        # "welcomed the agreement signed by A and B", "condemned the strikes carried out by
                        # Russia": the thing is theirs. Only for the object itself: deeper ("targets in areas
                        # abandoned by X", "products from states dominated by X") the doer is no party
                        for doer in agent_objects(child):
                            m = self._mentions_at(doer)
                            if m:
                                found.extend(_first_actor(m))
                        continue
                    if child.dep_ not in PHRASE_DEPS:
                        continue
                    if child.dep_ == "appos" and self.is_speaker(child):
                        continue  # "withdrew its ship from the shoal, Foreign Secretary X said": X said it
                    if agentive and child.dep_ == "poss" and node.lemma_.lower() not in self.actor_nouns:
                        continue
                    if child.dep_ == "compound" and self.has_actor_possessor(node):
                        continue  # "Sweden's NATO membership": the possessor owns it, the body only names it
                    through_affiliation = via_affiliation
                    if child.dep_ == "prep":
                        word = child.lower_
                        if word in ("of", "from", "by"):
                            pass
                        elif word in ("in", "inside", "within") and node.lemma_.lower() in self.actor_nouns:
                            through_affiliation = True
                        else:
                            continue
                    m = self._mentions_at(child)
                    if m:
                        found.extend(_first_actor(m))
                        affiliation = affiliation or through_affiliation
                        # "Iranian and Russian officials", "an Egyptian-Qatari proposal"
                        for other in [*conjuncts(child), *hyphen_partners(child)]:
                            m = self._mentions_at(other)
                            if m:
                                found.extend(_first_actor(m))
                        # "thousands of Belgian and French farmers": the first modifier's country too
                        found.extend(self._coordinated_modifiers(child))
                    else:
                        next_level.append((child, through_affiliation))
            if found:
                unique = []
                for m in found:
                    if not any(_same(m, u) for u in unique):
                        unique.append(m)
                return unique, AFFILIATION if affiliation else NESTED
            level = next_level
            if not level:
                break
        return [], 0.0


def _heads_phrase_of(mention: ActorMention, token) -> bool:
    """Whether ``token`` sits inside the phrase the mention's head governs (guards against over-long mentions)."""
    node = token
    for _ in range(12):
        if node.i == mention.head:
            return True
        if node.head.i == node.i or not (mention.token_start <= node.head.i < mention.token_end):
            return False
        node = node.head
    return False


def _same(a: ActorMention, b: ActorMention) -> bool:
    return a.token_start == b.token_start and a.token_end == b.token_end and a.actor.code == b.actor.code


def conjuncts(token):
    """Tokens coordinated with ``token`` ("Russia and Iran"), not including ``token``."""
    doc = token.doc
    columns = columns_of(doc)  # (labels and children from the columns: a Token is built only for a conjunct)
    children, dep = columns.children, columns.dep
    stack = [c for c in children(token.i) if dep[c] == "conj"]
    while stack:
        c = stack.pop(0)
        yield doc[c]
        stack.extend(x for x in children(c) if dep[x] == "conj")


def agent_objects(verb) -> list:
    """The objects of a passive participle's "by" phrase, with their conjuncts ("signed by A and B")."""
    objects = []
    for by in verb.children:
        if by.dep_ == "agent":
            for obj in by.children:
                if obj.dep_ == "pobj":
                    objects += [obj, *conjuncts(obj)]
    return objects


def hyphen_partners(token) -> list:
    """'an Egyptian-Qatari proposal': the parser hangs 'Egyptian' (and the hyphen) on 'Qatari'; both qualify."""
    if not any(c.dep_ == "punct" and c.text in ("-", "–") and c.i < token.i for c in token.children):
        return []
    return [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]


def resolve_relative_pronoun(token):
    """'the deal which removed sanctions': 'which' stands for 'deal'."""
    if token.tag_ in RELATIVE_PRONOUN_TAGS:
        clause = token.head
        if clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i:
            return clause.head
    return token


def child(token, *deps: str):
    """The first child of ``token`` with one of the labels ``deps``, or None."""
    columns = columns_of(token.doc)
    found = _child_index(columns, token.i, deps)
    return None if found is None else token.doc[found]


def _child_index(columns, i: int, deps) -> Optional[int]:
    """The index of the first child of token ``i`` with one of the labels ``deps``, or None."""
    dep = columns.dep
    for c in columns.children(i):
        if dep[c] in deps:
            return c
    return None


def prep_objects(token, words: Iterable[str]) -> list:
    """(preposition word, object token) for the prepositions of ``token`` whose word is in ``words``."""
    wanted = set(words)
    doc = token.doc
    columns = columns_of(doc)
    dep, lower = columns.dep, columns.lower
    out = []
    for c in columns.children(token.i):
        if dep[c] in ("prep", "dative", "agent") and lower[c] in wanted:
            obj = _child_index(columns, c, ("pobj", "pcomp"))
            found = doc[obj] if obj is not None else _stranded_object(doc[c])
            if found is not None:
                out.append((lower[c], found))
    return out


def _stranded_object(preposition):
    """'granted asylum to five officers holed up in ...': the small parser makes the preposition's object the
    subject of the next clause and leaves the preposition empty; that subject, starting right after it, is its object."""
    doc = preposition.doc
    for token in doc[preposition.i + 1: min(preposition.i + 8, len(doc))]:
        if token.dep_ in ("nsubj", "nsubjpass") and token.left_edge.i == preposition.i + 1:
            return token
    return None


def is_passive(verb) -> bool:
    return _child_index(columns_of(verb.doc), verb.i, ("nsubjpass", "auxpass", "csubjpass")) is not None


def agent_of(verb) -> Optional[object]:
    """The 'by' object of a passive verb or nominal trigger."""
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            obj = child(c, "pobj")
            if obj is not None:
                return obj
    return None


def unwrap_quantifier(token):
    """'rounds of talks' -> 'talks'."""
    if token is not None and token.lemma_.lower() in QUANTIFIER_NOUNS:
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = child(c, "pobj")
                if obj is not None:
                    return obj
    return token
