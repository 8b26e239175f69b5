"""Status accuracy on the hand-written sentence set (status_sentences.tsv).

Each sentence runs through the stages as the pipeline runs them: decide_status, then
resolve_date, then apply_news_window (which turns long-past asserted events historical).
Run with ``pytest -s`` to see the per-status table.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import STATUSES, EventMention, Span
from eventcoder.status import apply_news_window, decide_status

CASES = Path(__file__).with_name("status_sentences.tsv")
DEFAULT_PUBLISHED = "2017-03-24"


def read_cases(path: Path) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def mention_for(document, trigger: str) -> EventMention:
    """An EventMention on the n-th token whose text is ``trigger`` ("word" or "word#2")."""
    word, _, nth = trigger.partition("#")
    matches = [token for token in document.doc if token.text == word]
    token = matches[int(nth or 1) - 1]
    sentence_index = next(i for i, sent in enumerate(document.sentences) if sent.start <= token.i < sent.end)
    return EventMention(sentence_index, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "010")


@pytest.fixture(scope="module")
def outcomes(make_document):
    results = []
    for case in read_cases(CASES):
        published = case["published"] or DEFAULT_PUBLISHED
        document = make_document(case["sentence"], published=published)
        mention = mention_for(document, case["trigger"])
        status = decide_status(document, mention)
        date = resolve_date(document, mention, status)
        final = apply_news_window(status, date, dt.date.fromisoformat(published))
        results.append((case, final))
    return results


def test_status_set_is_large_and_covers_every_status():
    cases = read_cases(CASES)
    counts = Counter(case["expected"] for case in cases)
    assert len(cases) >= 200
    assert set(counts) == set(STATUSES)
    assert min(counts.values()) >= 20


def test_status_accuracy(outcomes):
    per_status: dict[str, list[bool]] = {status: [] for status in STATUSES}
    misses = []
    for case, status in outcomes:
        correct = status.value == case["expected"]
        per_status[case["expected"]].append(correct)
        if not correct:
            misses.append(f"  {case['expected']:>12} -> {status.value:<12} [{case['trigger']}] {case['sentence']}")
    total = sum(sum(v) for v in per_status.values()) / sum(len(v) for v in per_status.values())
    print(f"\nstatus accuracy on {len(outcomes)} sentences: {total:.3f}")
    for status, marks in per_status.items():
        print(f"  {status:<12} {sum(marks):>3}/{len(marks):<3} {sum(marks) / len(marks):.3f}")
    print("misses:\n" + "\n".join(misses))
    assert total >= 0.9
    for status, marks in per_status.items():
        assert sum(marks) / len(marks) >= 0.8, status


def test_cue_offsets_point_at_the_cue_text(outcomes):
    for case, status in outcomes:
        if status.cue is not None and status.cue_start is not None:
            assert case["sentence"][status.cue_start : status.cue_end] == status.cue
