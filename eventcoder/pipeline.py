"""The coder: loads every resource once and runs the stages in order.

read -> clean -> parse -> actors -> events -> status -> dates -> places -> Event records.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

from .actors import ActorDictionary, find_actors
from .clean import clean_text
from .codebook import Codebook
from .dates import resolve_date
from .events import EventPatterns, find_events
from .events.calibration import Calibration
from .events.occasions import OccasionRules, link_occasions
from .actors.context import dateline_country
from .events.place_targets import (actors_in_place_country, armed_group_acts_at_the_place, measure_target,
                                   source_at_home, source_from_place, story_parties, target_at_home, target_from_place,
                                   behind_background_prep, unplaced_protest_country)
from .errors import InputError
from .parse import language_problem, load_nlp, parse, parse_many
from .places import Gazetteer, find_place
from .places.index_cache import cached, code_key
from .records import Article, ArticleError, ArticleResult, Document, Event, EventMention
from .status import apply_news_window, decide_status

DEFAULT_NEWS_WINDOW_DAYS = 30


@dataclass(frozen=True)
class CoderOptions:
    """What a user can configure: the model, their own data files, what to code."""

    model: Optional[str] = None
    include_statements: bool = False
    # CAMEO's older convention ("will visit" -> intent 036, "did not send aid" -> refusal 12x), as in the
    # PLOVER gold-standard records; by default the event keeps its code and the status says it is planned/negated.
    # It also types events as PLOVER's records do where they differ from the crosswalk (codebook plover.yaml:
    # record_types: a resignation is RETREAT, easing a curfew CONCEDE).
    modality_as_intent: bool = False
    news_window_days: int = DEFAULT_NEWS_WINDOW_DAYS
    # At most one event per sentence (its main one), as sentence-level gold standards code them.
    main_event_only: bool = False
    codebook_files: Sequence[str] = field(default_factory=tuple)
    actor_files: Sequence[str] = field(default_factory=tuple)
    pattern_files: Sequence[str] = field(default_factory=tuple)
    gazetteer_files: Sequence[str] = field(default_factory=tuple)


def event_id(article: Article, mention: EventMention, text_digest: str) -> str:
    """A stable id: the same article text and the same coded mention give the same id. ``text_digest``: the sha1 of
    the article's text (an article's events share it)."""
    source = ",".join(m.actor.code for m in mention.source)
    target = ",".join(m.actor.code for m in mention.target)
    key = "\x1f".join(
        (article.article_id, text_digest,
         str(mention.trigger.start), str(mention.trigger.end), mention.cameo, source, target)
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def _without_confidence(event: Event) -> str:
    """Everything coded about an event but its id and confidence, as text to compare and hash."""
    data = event.to_dict()
    data.pop("event_id")
    data.pop("confidence")
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def unique_events(events: Sequence[Event]) -> list[Event]:
    """One event per id, in input order.

    Two event patterns can find the same act (same trigger, code and actors): the copies are one
    event, kept once with the higher confidence. Events that share an id but differ in anything
    coded (status, date, place, actor spans) are different events: each gets an id that also
    hashes what it codes, so ids stay stable across runs and unique within the article.
    """
    by_id: dict[str, list[Event]] = {}
    for event in events:
        by_id.setdefault(event.event_id, []).append(event)
    kept: dict[str, list[Event]] = {}
    for event_id_, group in by_id.items():
        if len(group) == 1:  # (the usual case: no copy to compare, and the text key costs a deep copy of the event)
            kept[event_id_] = group
            continue
        distinct: dict[str, Event] = {}
        for event in group:
            key = _without_confidence(event)
            if key not in distinct or event.confidence > distinct[key].confidence:
                distinct[key] = event
        if len(distinct) == 1:
            kept[event_id_] = list(distinct.values())
        else:
            kept[event_id_] = [
                replace(event, event_id=hashlib.sha1(f"{event_id_}\x1f{key}".encode("utf-8")).hexdigest()[:20])
                for key, event in distinct.items()
            ]
    result, emitted = [], set()
    for event in events:  # input order: the first copy's position
        if event.event_id in emitted:
            continue
        emitted.add(event.event_id)
        result.extend(kept[event.event_id])
    return result


def _countries_by_sentence(document: Document, actor_mentions, counts=None) -> dict[int, frozenset]:
    """The countries of the actors named in each sentence (by sentence index); ``counts``, when given, says which
    mentions count."""
    starts = [sentence.start for sentence in document.sentences]
    found: dict[int, set] = {}
    for mention in actor_mentions:
        if mention.actor.country and (counts is None or counts(mention)):
            index = bisect.bisect_right(starts, mention.token_start) - 1
            found.setdefault(index, set()).add(mention.actor.country)
    return {index: frozenset(countries) for index, countries in found.items()}


def _home_countries_by_sentence(document: Document, actor_mentions, patterns) -> dict[int, frozenset]:
    """The countries each sentence names as a political party to unrest at home (by sentence index): by an actor of a
    sector other than a company's ("Bolivian President Evo Morales", "the opposition"), or by the country as a noun of
    its own ("Sudan declared a state of emergency"), not as the bare modifier of a player, a team or a firm ("Israel's
    national team", "Brazilian striker Neymar", "Chinese retailers")."""
    def names_a_party(mention) -> bool:
        if mention.actor.sector is None:
            return mention.kind != "country" or document.doc[mention.head].dep_ not in ("poss", "amod", "compound", "nmod")
        return not patterns.is_commercial(mention.actor.sector)

    return _countries_by_sentence(document, actor_mentions, names_a_party)


def _without_retold_unrest(events: list, background: set) -> list:
    """A sentence tells its unrest once: a background protest ("after two days of rioting in which protesters torched
    buses") given its sentence's country is dropped when its sentence tells another protest of the same root and
    countries (later sentences may tell other protests of the same unrest: "thousands marched again on Friday")."""
    def key(event):
        return (event.sentence_index, event.cameo[:2], frozenset(a.country for a in event.source),
                frozenset(a.country for a in event.target))
    told = {key(e) for e in events if e.event_id not in background}
    return [e for e in events if e.event_id not in background or key(e) not in told]


def _patterns_key(known_codes: set, extra_paths: Sequence) -> tuple:
    """Everything the event patterns are built from, for their disk cache (places/index_cache.py): our version, the
    events package's code and data files (every file in it, so an edit to any of them builds them anew), the shared
    data-file reader, the user's pattern files and the codebook's codes."""
    package = Path(__file__).resolve().parent
    files = sorted(path for path in (package / "events").iterdir() if path.is_file())
    files += [package / "datafiles.py", package / "errors.py"]
    users = []
    for raw in extra_paths:
        try:
            users.append((str(Path(raw).resolve()), hashlib.sha1(Path(raw).read_bytes()).hexdigest()))
        except OSError:  # (a missing file: the build says so)
            users.append((str(raw), None))
    return code_key(files) + (tuple(users), tuple(sorted(known_codes)))


class Coder:
    """Codes articles into Event records. Build one and reuse it: loading takes a few seconds."""

    def __init__(self, options: Optional[CoderOptions] = None, nlp=None):
        self.options = options or CoderOptions()
        self.nlp = nlp if nlp is not None else load_nlp(self.options.model)
        self.codebook = Codebook.load(self.options.codebook_files)
        self.actors = ActorDictionary.load(self.options.actor_files)
        known_codes = {c.code for c in self.codebook.codes()}
        # (kept in the gazetteer's disk cache: reading the patterns back takes a tenth of building them)
        self.patterns = cached("event_patterns", _patterns_key(known_codes, self.options.pattern_files),
                               lambda: EventPatterns.load(known_codes=known_codes,
                                                          extra_paths=self.options.pattern_files))
        if self.options.modality_as_intent:
            self.patterns.recode_modality = True
        self.gazetteer = Gazetteer.load(self.options.gazetteer_files)
        self.calibration = Calibration.load()
        self.occasion_rules = OccasionRules.load()

    # -- stages after parsing ------------------------------------------------------------
    def code_document(self, document: Document) -> list[Event]:
        """Run the stages after parsing on one Document; InputError when its text is not English."""
        problem = language_problem(document.doc, document.clean_text, document.columns)
        if problem:
            raise InputError(problem)
        actor_mentions = find_actors(document, self.actors)
        mentions = find_events(
            document, actor_mentions, self.patterns, include_statements=self.options.include_statements,
            main_event_only=self.options.main_event_only,
        )
        if not mentions:
            return []
        # acts "during the visit" take the visit's participants, status and date (events/occasions.py)
        occasions = link_occasions(document, mentions, actor_mentions, self.occasion_rules, self.options.main_event_only)
        mentions = occasions.mentions
        sentences = document.sentences
        # A country named only by its border ("near the Cameroon border") is a target for border acts, not an actor
        # of the sentence and not a place taken by an actor.
        actor_mentions = [m for m in actor_mentions if m.kind != "border"]
        countries_by_sentence = _countries_by_sentence(document, actor_mentions)
        places = [find_place(document, mention, actor_mentions, self.gazetteer) for mention in mentions]
        # (a lone sentence has no story around it: None; foreign ground named only as a city, an event's place or the
        # dateline, is a party too: "KHARKIV, Ukraine - Russian troops shelled the city" is no Russian story)
        parties = None
        if len(document.sentences) > 1:
            grounds = {place.country for place in places if place.country and place.start is not None}
            grounds.add(dateline_country(document, self.actors))
            parties = story_parties(actor_mentions) | frozenset(grounds - {None})
        home_by_sentence = _home_countries_by_sentence(document, actor_mentions, self.patterns) if parties is not None else {}
        events = []
        background_unrest = set()  # ids of background protests given the sentence's country (unplaced_protest_country)
        text_digest = hashlib.sha1(document.article.text.encode("utf-8")).hexdigest()  # (once, not per event)
        for mention, place in zip(mentions, places):
            status = decide_status(document, mention, window_days=self.options.news_window_days)
            when = resolve_date(document, mention, status)
            status = apply_news_window(status, when, document.article.published, self.options.news_window_days)
            status, when = occasions.timing(mention, status, when)
            countries = countries_by_sentence.get(mention.sentence_index, frozenset())
            event = self._event(document, sentences, mention, status, when, place, countries, text_digest, parties)
            if not event.source and not event.target and parties is not None:
                # (in a whole story, where every event is told once; a lone sentence is coded for its own news)
                unrest = self._background_unrest(document, mention, event, place, countries,
                                                 home_by_sentence.get(mention.sentence_index, frozenset()))
                if unrest is not None:
                    event = replace(event, source=(unrest,), target=(unrest,))  # "resigned after weeks of protests"
                    background_unrest.add(event.event_id)
            if event.source or event.target:  # (an unattributed bombing the place stage could not place names no one)
                events.append(event)
        if background_unrest:
            # (weeks of protests behind the news have no one day: the gold sets leave their date out)
            events = [replace(e, date=None, date_precision="unknown", date_text=None, date_source=None)
                      if e.event_id in background_unrest else e
                      for e in _without_retold_unrest(events, background_unrest)]
        return unique_events(events)

    def _background_unrest(self, document, mention, event, place, sentence_countries, sentence_home):
        """The country of an unplaced background protest (place_targets.unplaced_protest_country), or None."""
        trigger = mention.trigger
        background = behind_background_prep(document.doc[mention.trigger_token], self.patterns.background_preps,
                                            self.patterns.background_span_nouns,
                                            self.patterns.background_protest_cause_preps,
                                            self.patterns.background_protest_home_nouns)
        return unplaced_protest_country(event.cameo, event.source, event.target, place, sentence_countries,
                                        (trigger.start, trigger.end, trigger.text), background, sentence_home)

    def _event(self, document, sentences, mention, status, when, place, sentence_countries,
               text_digest: str, parties: Optional[frozenset] = None) -> Event:
        article = document.article
        cameo = self.codebook.cameo(mention.cameo)
        sentence = sentences[mention.sentence_index]
        source = actors_in_place_country(tuple(m.actor for m in mention.source), place, sentence_countries,
                                         armed_groups_here=armed_group_acts_at_the_place(cameo.code))
        target = actors_in_place_country(tuple(m.actor for m in mention.target), place, sentence_countries)
        target = measure_target(cameo.code, source, target)  # "Russia blocked access to Facebook" -> RUS -> RUS
        host = target_from_place(cameo.code, source, target, place)
        if host is not None:
            target = (host,)
        origin = source_from_place(cameo.code, source, target, place)
        if origin is not None:
            source = (origin,)  # unattributed violence: "a car bomb killed three soldiers in Benghazi" -> LBY
        home = target_at_home(cameo.code, source, target, parties, place)
        if home is not None:
            target = (home,)  # a domestic act: "Tokayev promised sweeping reforms" -> KAZ -> KAZ
        doer = source_at_home(cameo.code, source, target, parties, place)
        if doer is not None:
            source = (doer,)  # a domestic story: "54 people were arrested" -> LKA -> LKA
        return Event(
            event_id=event_id(article, mention, text_digest),
            article_id=article.article_id,
            url=article.url,
            title=article.title,
            published=article.published.isoformat() if article.published else None,
            sentence_index=mention.sentence_index,
            sentence=article.text[sentence.start_char:sentence.end_char].strip(),
            trigger=mention.trigger,
            cameo=cameo.code,
            cameo_root=cameo.root,
            quad_class=cameo.quad_class,
            goldstein=cameo.goldstein,
            plover=self.codebook.plover_for(cameo.code, record_convention=self.options.modality_as_intent),
            source=source,
            target=target,
            status=status.value,
            status_cue=status.cue,
            date=when.date,
            date_precision=when.precision,
            date_text=when.text,
            date_source=when.source,
            location=place,
            confidence=round(self.calibration(mention.confidence), 3),
        )

    # -- whole articles ------------------------------------------------------------------
    def code_article(self, article: Article) -> list[Event]:
        """Code one article (clean, parse, then every later stage)."""
        return self.code_document(parse(self.nlp, article, clean_text(article.text)))

    def code_many(
        self, items: Iterable[Union[Article, ArticleError]], batch_size: int = 16, n_process: int = 1
    ) -> Iterator[ArticleResult]:
        """Code a stream of articles, parsing in batches; results come back in input order.

        Read errors pass through as results, and an article that fails inside a stage becomes an
        ArticleError result: the batch goes on. ``n_process`` > 1 parses in that many worker processes.
        """
        # Errors ride along the parse stream as "articles" with no text, so order is kept.
        def texts() -> Iterator[tuple[Union[Article, ArticleError], str]]:
            for item in items:
                yield item, "" if isinstance(item, ArticleError) else clean_text(item.text)

        for document in parse_many(self.nlp, texts(), batch_size, n_process):
            if isinstance(document.article, ArticleError):
                yield ArticleResult(article=None, error=document.article)
            else:
                yield self._safe_code(document)

    def _safe_code(self, document: Document) -> ArticleResult:
        article = document.article
        try:
            return ArticleResult(article=article, events=tuple(self.code_document(document)))
        except InputError as exc:  # not English: reported as the input's fault, the batch goes on
            return ArticleResult(article=article, error=ArticleError(article.origin, article.article_id, str(exc)))
        except Exception as exc:  # one bad article must not stop a batch of a million
            error = ArticleError(article.origin, article.article_id, f"could not be coded: {type(exc).__name__}: {exc}")
            return ArticleResult(article=article, error=error)
