"""Evaluation: score the coder against gold sentences, per field.

Two gold formats are read, one record per line:

* eventcoder's own format::

    {"id": "g1", "text": "...", "published": "2017-03-25",
     "events": [{"plover": "CONSULT", "cameo": "042", "source": ["IRN"], "target": ["RUS"],
                 "status": "planned", "date": "2017-03-27"}]}

  ``events: []`` marks a sentence that reports no event (it counts towards the false-event rate).
  ``cameo``, ``status`` and ``date`` are optional; actors are country codes (ISO-3) or the first
  three letters of an international code (IGO, NGO, MNC, ...).
* the PLOVER gold-standard records (``source``/``target`` lists of ``{actorText, code}``,
  ``event`` or ``event_plover_current``), recognised by their ``textInfo``/``event`` keys.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

import click

from .errors import InputError
from .read import parse_published
from .records import Article, Event

LEGACY_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Country-code quirks found in older gold data.
CODE_ALIASES = {"JAP": "JPN", "ROM": "ROU", "GER": "DEU", "SER": "SRB", "BOS": "BIH", "PAL": "PSE"}
PLACEHOLDER_PUBLISHED = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class GoldEvent:
    plover: str
    cameo: Optional[str] = None
    source: frozenset = frozenset()
    target: frozenset = frozenset()
    status: Optional[str] = None
    date: Optional[str] = None
    reciprocal: bool = False  # each actor acts on the others ("X and Y signed a treaty")

    def __post_init__(self):
        if self.reciprocal and not self.target:
            object.__setattr__(self, "target", self.source)

    def triples(self) -> set:
        if self.reciprocal and len(self.source) > 1:
            return {(a, b, self.plover) for a in self.source for b in self.source if a != b}
        return _triples(self.source, self.target, self.plover)


@dataclass(frozen=True)
class GoldSentence:
    gold_id: str
    text: str
    published: dt.date
    events: tuple[GoldEvent, ...]


def _actor_key(code: Optional[str]) -> Optional[str]:
    if not code or not isinstance(code, str) or code.strip() in ("", "***", "---"):
        return None
    key = code.strip().upper()[:3]
    return CODE_ALIASES.get(key, key)


def _gold_actor_keys(actors) -> frozenset:
    if not isinstance(actors, list):
        return frozenset()
    keys = set()
    for actor in actors:
        key = _actor_key(actor.get("code") if isinstance(actor, dict) else actor)
        if key:
            keys.add(key)
    return frozenset(keys)


def _plover_label(label: str) -> str:
    label = (label or "").strip().upper()
    return LEGACY_PLOVER.get(label, label)


def read_gold(path: Path) -> list[GoldSentence]:
    """Read a gold file in either format; a bad line raises InputError naming the file and line."""
    sentences = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: invalid JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: a gold record needs a 'text' string")
        gold_id = str(record.get("id", record.get("gsr_index", number)))
        if "events" in record:
            events = []
            for event in record["events"]:
                if "plover" not in event:
                    raise InputError(f"{where}: every gold event needs a 'plover' type")
                events.append(GoldEvent(
                    plover=_plover_label(event["plover"]), cameo=event.get("cameo"),
                    source=frozenset(filter(None, (_actor_key(c) for c in event.get("source", [])))),
                    target=frozenset(filter(None, (_actor_key(c) for c in event.get("target", [])))),
                    status=event.get("status"), date=event.get("date"),
                    reciprocal=bool(event.get("reciprocal", False)),
                ))
            published = parse_published(record["published"], where) if record.get("published") else PLACEHOLDER_PUBLISHED
        elif "event" in record or "event_plover_current" in record:
            label = record.get("event_plover_current") or record.get("event")
            # "(SRC/TAR: X) and (SRC/TAR: Y)" in the markup marks actors that are source and target at once.
            markup = (record.get("textInfo") or {}).get("markup", "") if isinstance(record.get("textInfo"), dict) else ""
            events = [GoldEvent(plover=_plover_label(label), source=_gold_actor_keys(record.get("source")),
                                target=_gold_actor_keys(record.get("target")),
                                reciprocal="(SRC/TAR:" in markup)]
            published = PLACEHOLDER_PUBLISHED
        else:
            raise InputError(f"{where}: unknown gold format: expected 'events' (eventcoder) or 'event' (PLOVER)")
        sentences.append(GoldSentence(gold_id, record["text"], published, tuple(events)))
    if not sentences:
        raise InputError(f"{path}: no gold records")
    return sentences


# Codes of actors that belong to no country; a sector code alone ("GOV") is not an actor identity.
TRANSNATIONAL = {"IGO", "NGO", "IMG", "MNC", "UNO", "NGM"}


def _event_keys(event: Event, side: str) -> frozenset:
    keys = set()
    for actor in getattr(event, side):
        if actor.country:
            keys.add(CODE_ALIASES.get(actor.country, actor.country))
        elif actor.code[:3] in TRANSNATIONAL:
            keys.add(actor.code[:3])
    return frozenset(keys)


def _triples(source: frozenset, target: frozenset, kind: str) -> set:
    return {(s, t, kind) for s in (source or {"-"}) for t in (target or {"-"})}


@dataclass
class PRF:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.true_positive += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvaluationReport:
    n_sentences: int = 0
    n_event_sentences: int = 0
    n_empty_sentences: int = 0
    type_correct: int = 0
    false_event_sentences: int = 0
    fields: dict = field(default_factory=lambda: defaultdict(PRF))
    confusion: Counter = field(default_factory=Counter)
    calibration: list = field(default_factory=list)  # (confidence, triple correct?)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.n_event_sentences if self.n_event_sentences else 0.0

    @property
    def false_event_rate(self) -> Optional[float]:
        return self.false_event_sentences / self.n_empty_sentences if self.n_empty_sentences else None


def _directed(event: GoldEvent) -> list[GoldEvent]:
    """A reciprocal gold event as one event per acting party (the coder writes "A and B met" as A→B and B→A)."""
    if not (event.reciprocal and len(event.source) > 1):
        return [event]
    return [GoldEvent(event.plover, event.cameo, frozenset({actor}), event.source - {actor}, event.status, event.date)
            for actor in sorted(event.source)]


def _predicted_triples(event: Event) -> set:
    return _triples(_event_keys(event, "source"), _event_keys(event, "target"), event.plover.type)


def _assign(weights: list[list[int]]) -> list[tuple[int, int]]:
    """The (row, column) pairs of a maximum-weight assignment that pairs every row (rows <= columns).

    The Hungarian method with potentials, O(rows² × columns); a story's events of one type are few.
    """
    rows, columns = len(weights), len(weights[0])
    row_potential, column_potential = [0] * (rows + 1), [0] * (columns + 1)
    owner, previous = [0] * (columns + 1), [0] * (columns + 1)  # column 0 is a dummy start
    for row in range(1, rows + 1):
        owner[0], column = row, 0
        slack, done = [float("inf")] * (columns + 1), [False] * (columns + 1)
        while owner[column]:
            done[column] = True
            current, delta, next_column = owner[column], float("inf"), 0
            for j in range(1, columns + 1):
                if not done[j]:
                    reduced = -weights[current - 1][j - 1] - row_potential[current] - column_potential[j]
                    if reduced < slack[j]:
                        slack[j], previous[j] = reduced, column
                    if slack[j] < delta:
                        delta, next_column = slack[j], j
            for j in range(columns + 1):
                if done[j]:
                    row_potential[owner[j]] += delta
                    column_potential[j] -= delta
                else:
                    slack[j] -= delta
            column = next_column
        while column:
            owner[column] = owner[previous[column]]
            column = previous[column]
    return [(owner[j] - 1, j - 1) for j in range(1, columns + 1) if owner[j]]


def match_events(gold_events: Iterable[GoldEvent], predicted: Sequence[Event],
                 triples: Optional[Sequence[set]] = None) -> list[tuple[GoldEvent, Event, int]]:
    """Pair gold and predicted events of one text one to one: (gold, predicted, triples they share).
    ``triples``: each predicted event's (source, target, type) triples, in order, when the caller has them.

    Only events of the same PLOVER type pair. Among the pairings, the one taken (1) shares the most
    (source, target, type) triples, then (2) agrees with the gold on the most statuses and dates, then
    (3) uses the more confident predictions (gold records carry no trigger or sentence to measure
    closeness by). Every event of a type is paired while the other side has one left,
    so a gold event whose actors were missed still has its status and date scored; a predicted event is
    used once only, so two gold attacks cannot both be scored against one predicted attack.
    """
    gold_by_type, predicted_by_type = defaultdict(list), defaultdict(list)
    for gold_event in gold_events:
        for directed in _directed(gold_event):
            gold_by_type[directed.plover].append(directed)
    if triples is None:
        triples = [_predicted_triples(e) for e in predicted]
    for event, event_triples in zip(predicted, triples):
        if event.plover.type:
            predicted_by_type[event.plover.type].append((event, event_triples))
    pairs = []
    for kind, golds in gold_by_type.items():
        typed = predicted_by_type.get(kind)
        if not typed:
            continue
        events = [event for event, _ in typed]
        shared = [[len(gold_triples & event_triples) for _, event_triples in typed]
                  for gold_triples in (g.triples() for g in golds)]  # (each gold event's triples built once)
        agreed = [[(g.status is not None and g.status == e.status) + (g.date is not None and g.date == e.date)
                   for e in events] for g in golds]
        # One weight with three places: triples outweigh every agreement, agreements every confidence.
        size = min(len(golds), len(events))
        agreement_unit = 10 * size + 1
        triple_unit = (2 * agreement_unit + 9) * size + 1
        weights = [[shared[i][j] * triple_unit + agreed[i][j] * agreement_unit + round(9 * events[j].confidence)
                    for j in range(len(events))] for i in range(len(golds))]
        if len(golds) <= len(events):
            chosen = _assign(weights)
        else:
            chosen = [(i, j) for j, i in _assign([list(column) for column in zip(*weights)])]
        pairs.extend((golds[i], events[j], shared[i][j]) for i, j in sorted(chosen))
    return pairs


def score(gold: Iterable[GoldSentence], predictions: dict[str, list[Event]]) -> EvaluationReport:
    """Score predicted events per gold text (a sentence or a whole story, keyed by gold id).

    Type, CAMEO and country fields compare the sets of values in a text. The triple (source country,
    target country, PLOVER type), status and date are scored on a one-to-one pairing of gold and
    predicted events (`match_events`): a true triple is one a paired gold and predicted event share, and
    every triple of every event counts towards precision and recall, so a repeat that the gold codes
    once is a false positive, two gold events of one triple need two predictions, and no triple scores
    more than a strict one-to-one match would give it. A gold status or date is right when the
    predicted event paired with its gold event has it; a gold event left unpaired counts as missed.
    """
    report = EvaluationReport()
    for sentence in gold:
        report.n_sentences += 1
        events = sorted(predictions.get(sentence.gold_id, []), key=lambda e: -e.confidence)
        predicted_types = {e.plover.type for e in events if e.plover.type}
        if not sentence.events:
            report.n_empty_sentences += 1
            report.false_event_sentences += bool(events)
            report.fields["plover_type"].add(predicted_types, set())
            continue
        report.n_event_sentences += 1
        gold_types = {g.plover for g in sentence.events}
        top_type = next((e.plover.type for e in events if e.plover.type), None)
        report.type_correct += top_type in gold_types
        report.confusion[(sorted(gold_types)[0], top_type or "(none)")] += 1
        report.fields["plover_type"].add(predicted_types, gold_types)
        gold_roots = {g.cameo[:2] for g in sentence.events if g.cameo}
        if gold_roots:
            report.fields["cameo_root"].add({e.cameo_root for e in events}, gold_roots)
            # The exact code: "042" (a trip) is not "043" (hosting) though both are CONSULT.
            report.fields["cameo_code"].add({e.cameo for e in events}, {g.cameo for g in sentence.events if g.cameo})
        report.fields["source_country"].add(
            set().union(*(_event_keys(e, "source") for e in events)) if events else set(),
            set().union(*(g.source for g in sentence.events)))
        report.fields["target_country"].add(
            set().union(*(_event_keys(e, "target") for e in events)) if events else set(),
            set().union(*(g.target for g in sentence.events)))
        gold_triples = set().union(*(g.triples() for g in sentence.events))
        triples = [_predicted_triples(e) for e in events]
        for event, event_triples in zip(events, triples):
            report.calibration.append((event.confidence, bool(event_triples & gold_triples)))
        directed = [d for g in sentence.events for d in _directed(g)]
        pairs = match_events(directed, events, triples)
        triple = report.fields["triple"]
        triple.true_positive += sum(shared for _, _, shared in pairs)
        triple.predicted += sum(len(t) for t in triples)
        triple.gold += sum(len(g.triples()) for g in directed)
        paired = {id(g): e for g, e, _ in pairs}
        for gold_event in directed:
            match = paired.get(id(gold_event))
            if gold_event.status:
                report.fields["status"].add({match.status} if match else set(), {gold_event.status})
            if gold_event.date:
                report.fields["date"].add({match.date} if match else set(), {gold_event.date})
    return report


def run_coder(coder, gold: list[GoldSentence]) -> dict[str, list[Event]]:
    """Code every gold sentence as its own article."""
    articles = (Article(article_id=s.gold_id, text=s.text, published=s.published, origin=f"gold {s.gold_id}")
                for s in gold)
    predictions: dict[str, list[Event]] = {}
    for result in coder.code_many(articles, batch_size=64):
        if result.article is not None:
            predictions[result.article.article_id] = list(result.events)
    return predictions


def format_report(report: EvaluationReport, by_type: bool = False) -> str:
    lines = [
        f"sentences: {report.n_sentences} ({report.n_event_sentences} with events, {report.n_empty_sentences} without)",
    ]
    if report.n_event_sentences:  # a set of event-free sentences has no type to get right
        lines.append(f"PLOVER type accuracy (top event per sentence): {report.type_accuracy:.3f}")
    if report.false_event_rate is not None:
        lines.append(f"false-event rate on sentences with no event: {report.false_event_rate:.3f}")
    lines.append(f"{'field':<16} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>6} {'pred':>6}")
    for name in ("plover_type", "cameo_root", "cameo_code", "source_country", "target_country", "triple", "status", "date"):
        if name in report.fields:
            prf = report.fields[name]
            lines.append(f"{name:<16} {prf.precision:>9.3f} {prf.recall:>7.3f} {prf.f1:>6.3f} {prf.gold:>6} {prf.predicted:>6}")
    if report.calibration:
        lines.append("calibration (confidence bin: events, share whose triple is right)")
        bins = defaultdict(list)
        for confidence, correct in report.calibration:
            bins[min(int(confidence * 5), 4)].append(correct)
        for index in sorted(bins):
            values = bins[index]
            lines.append(f"  {index / 5:.1f}-{(index + 1) / 5:.1f}: {len(values):>4}  {sum(values) / len(values):.3f}")
    if by_type:
        gold_types = sorted({g for g, _ in report.confusion})
        predicted_types = sorted({p for _, p in report.confusion})
        lines.append("confusion (rows: gold type, columns: predicted top type)")
        header = " " * 10 + "".join(f"{p[:8]:>9}" for p in predicted_types)
        lines.append(header)
        for gold_type in gold_types:
            cells = "".join(f"{report.confusion.get((gold_type, p), 0):>9}" for p in predicted_types)
            lines.append(f"{gold_type[:10]:<10}{cells}")
    return "\n".join(lines)


def register(group: click.Group) -> None:
    """Add the `evaluate` command to the CLI group."""
    from .cli import build_coder, coder_options

    @group.command("evaluate")
    @click.argument("gold_file", type=click.Path(exists=True, dir_okay=False))
    @click.option("--by-type", is_flag=True, help="Also print a confusion table of PLOVER types.")
    @click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
    @coder_options
    def evaluate_command(gold_file, by_type, as_json, **coder_kwargs):
        """Score the coder on GOLD_FILE (eventcoder or PLOVER gold JSON Lines): precision, recall, F1 per field."""
        gold = read_gold(Path(gold_file))
        coder = build_coder(**coder_kwargs)
        report = score(gold, run_coder(coder, gold))
        if as_json:
            click.echo(json.dumps({
                "sentences": report.n_sentences, "type_accuracy": report.type_accuracy,
                "false_event_rate": report.false_event_rate,
                "fields": {name: {"precision": p.precision, "recall": p.recall, "f1": p.f1}
                           for name, p in report.fields.items()},
            }, indent=2))
        else:
            click.echo(format_report(report, by_type))
