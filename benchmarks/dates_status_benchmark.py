"""Accuracy and speed of the status and dates stages, as tables for BENCHMARKS.md.

    python benchmarks/dates_status_benchmark.py            # accuracy tables + speed
    python benchmarks/dates_status_benchmark.py --no-speed # accuracy tables only
    python benchmarks/dates_status_benchmark.py --sample events.jsonl --seed 2026 --size 60
                                         # a random sample of coded events to judge by hand
    python benchmarks/dates_status_benchmark.py --sample events.jsonl --seed 31 --size 40 \
        --exclude benchmarks/voa_spotcheck.md   # ... leaving out events judged before
        [--half odd]                            # ... and drawing from one half of the event ids only

Accuracy comes from the hand-written test sets (tests/status/status_sentences.tsv,
tests/dates/date_cases.tsv). Speed: every verb of a parsed corpus is treated as an event
mention (more mentions per sentence than the events stage yields, so a fair upper bound on the
work), and decide_status + resolve_date + apply_news_window run on each. The corpus is the VOA
stories from the shared development data when present, else the test sentences.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventcoder.clean import clean_text  # noqa: E402
from eventcoder.dates import resolve_date  # noqa: E402
from eventcoder.parse import load_nlp, parse  # noqa: E402
from eventcoder.records import STATUSES, Article, EventMention, Span  # noqa: E402
from eventcoder.status import apply_news_window, decide_status  # noqa: E402

STATUS_CASES = ROOT / "tests" / "status" / "status_sentences.tsv"
DATE_CASES = ROOT / "tests" / "dates" / "date_cases.tsv"
VOA = ROOT / ".." / "shared" / "data" / "voa_stories.jsonl"


def is_held_out(path: Path) -> bool:
    """True for a held-out case file (its name says "heldout"): its sentences and misses must never be shown."""
    return "heldout" in path.name.lower()


def read_cases(path: Path) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def document_for(nlp, text: str, published):
    article = Article("bench", text, published)
    return parse(nlp, article, clean_text(text))


def mention_on(token) -> EventMention:
    # No CAMEO code: the cases do not say which events are statements (whose saying day is theirs).
    return EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "")


def trigger_token(document, trigger: str):
    word, _, nth = trigger.partition("#")
    return [t for t in document.doc if t.text == word][int(nth or 1) - 1]


def status_table(nlp, path: Path = STATUS_CASES, show_misses: bool = True) -> str:
    """Accuracy per status on a case file; the missed sentences follow unless ``show_misses`` is
    false or the file is held out (then only totals, whatever the caller asked)."""
    show_misses = show_misses and not is_held_out(path)
    right, total = Counter(), Counter()
    misses = []
    for case in read_cases(path):
        published = dt.date.fromisoformat(case["published"] or "2017-03-24")
        document = document_for(nlp, case["sentence"], published)
        mention = mention_on(trigger_token(document, case["trigger"]))
        status = decide_status(document, mention)
        status = apply_news_window(status, resolve_date(document, mention, status), published)
        total[case["expected"]] += 1
        right[case["expected"]] += status.value == case["expected"]
        if status.value != case["expected"]:
            misses.append(f"<!-- miss: {case['expected']} -> {status.value} [{case['trigger']}] {case['sentence']} -->")
    rows = ["| status | correct | cases | accuracy |", "|---|---:|---:|---:|"]
    for status in STATUSES:
        rows.append(f"| {status} | {right[status]} | {total[status]} | {right[status] / max(total[status], 1):.3f} |")
    overall = sum(right.values()) / sum(total.values())
    rows.append(f"| **all** | {sum(right.values())} | {sum(total.values())} | {overall:.3f} |")
    return "\n".join(rows + (misses if show_misses else []))


def date_table(nlp, path: Path = DATE_CASES, show_misses: bool = True) -> str:
    """Accuracy per expected precision on a case file; misses shown as in ``status_table``."""
    show_misses = show_misses and not is_held_out(path)
    right, total = Counter(), Counter()
    misses = []
    for case in read_cases(path):
        published = dt.date.fromisoformat(case["published"]) if case["published"] else None
        document = document_for(nlp, case["sentence"], published)
        mention = mention_on(trigger_token(document, case["trigger"]))
        date = resolve_date(document, mention, decide_status(document, mention))
        total[case["precision"]] += 1
        correct = (date.date or "", date.precision) == (case["expected"], case["precision"])
        right[case["precision"]] += correct
        if not correct:
            misses.append(f"<!-- miss: want {case['expected'] or '-'} {case['precision']}, got {date.date or '-'}"
                          f" {date.precision} ({date.text!r}) [{case['trigger']}] {case['sentence']} -->")
    rows = ["| expected precision | correct | cases | accuracy |", "|---|---:|---:|---:|"]
    for precision in ("day", "week", "month", "year", "unknown"):
        rows.append(f"| {precision} | {right[precision]} | {total[precision]} | {right[precision] / max(total[precision], 1):.3f} |")
    rows.append(f"| **all** | {sum(right.values())} | {sum(total.values())} | {sum(right.values()) / sum(total.values()):.3f} |")
    return "\n".join(rows + (misses if show_misses else []))


def corpus() -> list[tuple[str, dt.date]]:
    if VOA.is_file():
        stories = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [(s["text"], dt.date.fromisoformat(s["published"][:10])) for s in stories]
    published = dt.date(2017, 3, 24)
    return [(case["sentence"], published) for case in read_cases(STATUS_CASES) + read_cases(DATE_CASES)]


def speed(nlp, repeats: int) -> str:
    texts = corpus()
    start = time.perf_counter()
    documents = [document_for(nlp, text, published) for text, published in texts]
    parse_seconds = time.perf_counter() - start
    words = sum(1 for d in documents for t in d.doc if not t.is_space and not t.is_punct)
    mentions = [(d, mention_on(t)) for d in documents for t in d.doc if t.pos_ == "VERB"]
    best = float("inf")
    for _ in range(repeats):
        for document in documents:  # each repeat starts cold: drop the per-Doc memo of the dates stage
            document.doc.user_data.clear()
        start = time.perf_counter()
        for document, mention in mentions:
            status = decide_status(document, mention)
            date = resolve_date(document, mention, status)
            apply_news_window(status, date, document.article.published)
        best = min(best, time.perf_counter() - start)
    rate = len(mentions) / best
    share = best / parse_seconds
    return "\n".join([
        f"corpus: {'VOA stories' if VOA.is_file() else 'test sentences'}, {len(documents)} documents, {words} words",
        f"spaCy parse: {parse_seconds:.2f} s ({words / parse_seconds:,.0f} words/s)",
        f"status + dates on {len(mentions)} verb mentions: {best:.3f} s (best of {repeats}) = {rate:,.0f} mentions/s",
        f"status + dates time as a share of parse time (every verb a mention): {share:.1%}",
    ])


def judged_ids(path: Path) -> set[str]:
    """Event ids (20 hex digits) named anywhere in a file, e.g. the verdict tables of voa_spotcheck.md."""
    import re

    return set(re.findall(r"\b[0-9a-f]{20}\b", path.read_text(encoding="utf-8")))


def sample_for_hand_check(events_path: Path, seed: int, size: int, exclude: frozenset = frozenset(),
                          half: str = "") -> str:
    """A fixed-seed random sample of `eventcoder code` output, laid out for judging status and
    date by hand (see benchmarks/voa_spotcheck.md). Events whose id is in ``exclude`` (judged
    before) are left out before drawing; ``half`` ("even" / "odd") keeps only the events whose
    id, read as a hex number, is even / odd (one half for development checks, one kept unseen)."""
    import random

    events = [json.loads(line) for line in events_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    events = [event for event in events if event["event_id"] not in exclude]
    if half:
        parity = {"even": 0, "odd": 1}[half]
        events = [event for event in events if int(event["event_id"], 16) % 2 == parity]
    chosen = random.Random(seed).sample(events, min(size, len(events)))
    lines = []
    for number, event in enumerate(chosen, 1):
        lines += [
            f"#{number} {event['event_id']} published={event['published']} cameo={event['cameo']} "
            f"trigger={event['trigger']['text']!r}",
            f"   {event['sentence']}",
            f"   status={event['status']} cue={event['status_cue']!r} | date={event['date']} "
            f"precision={event['date_precision']} text={event['date_text']!r} source={event['date_source']}",
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-speed", action="store_true", help="print the accuracy tables only")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--totals-only", action="store_true",
                        help="leave out the missed sentences (always so for a file whose name contains 'heldout')")
    parser.add_argument("--status-cases", type=Path, default=STATUS_CASES, help="status TSV (default: the test set)")
    parser.add_argument("--date-cases", type=Path, default=DATE_CASES, help="date TSV (default: the test set)")
    parser.add_argument("--sample", type=Path, help="print a random sample of this events JSONL for hand checking")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--exclude", type=Path, help="leave out events whose ids this file names (judged before)")
    parser.add_argument("--half", choices=("even", "odd"), help="draw only from events whose hex id is even / odd")
    args = parser.parse_args()
    if args.sample:
        exclude = frozenset(judged_ids(args.exclude)) if args.exclude else frozenset()
        print(sample_for_hand_check(args.sample, args.seed, args.size, exclude, args.half or ""))
        return
    nlp = load_nlp()
    for path in (args.status_cases, args.date_cases):
        if is_held_out(path) and not args.totals_only:
            # Held-out misses were read twice by accident in session 13: never print them.
            print(f"({path.name} is held out: totals only, its missed sentences are not printed)\n")
    print(f"### Status accuracy ({args.status_cases.name}; decide_status + resolve_date + apply_news_window)\n")
    print(status_table(nlp, args.status_cases, not args.totals_only))
    print(f"\n### Date accuracy ({args.date_cases.name}; date and precision both right)\n")
    print(date_table(nlp, args.date_cases, not args.totals_only))
    if not args.no_speed:
        print("\n### Speed\n")
        print(speed(nlp, args.repeats))


if __name__ == "__main__":
    main()
