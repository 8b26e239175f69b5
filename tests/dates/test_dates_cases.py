"""Date accuracy on the hand-written case set (date_cases.tsv).

Each case runs decide_status then resolve_date, as the pipeline does; a case is right when both
the date and the precision match. Run with ``pytest -s`` to see the accuracy and the misses.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import DATE_PRECISIONS, EventMention, Span
from eventcoder.status import decide_status

CASES = Path(__file__).with_name("date_cases.tsv")


def read_cases(path: Path) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def mention_for(document, trigger: str) -> EventMention:
    word, _, nth = trigger.partition("#")
    token = [t for t in document.doc if t.text == word][int(nth or 1) - 1]
    return EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "")  # no CAMEO code: the cases do not say which events are statements


@pytest.fixture(scope="module")
def outcomes(make_document):
    results = []
    for case in read_cases(CASES):
        document = make_document(case["sentence"], published=case["published"] or None)
        mention = mention_for(document, case["trigger"])
        results.append((case, resolve_date(document, mention, decide_status(document, mention))))
    return results


def test_date_set_is_large_and_well_formed():
    cases = read_cases(CASES)
    assert len(cases) >= 150
    assert {case["precision"] for case in cases} <= set(DATE_PRECISIONS)
    assert all((case["expected"] == "") == (case["precision"] == "unknown") for case in cases)


def test_date_accuracy(outcomes):
    misses = []
    for case, date in outcomes:
        if (date.date or "", date.precision) != (case["expected"], case["precision"]):
            misses.append(
                f"  want {case['expected'] or '-'} {case['precision']:<7} got {date.date or '-'} {date.precision:<7}"
                f" ({date.text!r}) [{case['trigger']}] {case['sentence']}"
            )
    accuracy = 1 - len(misses) / len(outcomes)
    print(f"\ndate accuracy on {len(outcomes)} cases: {accuracy:.3f}\nmisses:\n" + "\n".join(misses))
    assert accuracy >= 0.9


def test_text_dates_carry_offsets_of_their_text(outcomes):
    for case, date in outcomes:
        if date.source == "text":
            assert case["sentence"][date.start : date.end] == date.text
        elif date.source == "publication":
            assert date.date == case["published"] and date.precision == "day" and date.text is None


def test_memo_on_the_doc_survives_serialisation(make_document, nlp):
    from spacy.tokens import Doc

    document = make_document("Troops attacked the village on Monday. Talks will resume next week.")
    token = document.doc[1]
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "190")
    first = resolve_date(document, mention, decide_status(document, mention))
    restored = Doc(nlp.vocab).from_bytes(document.doc.to_bytes())
    document.doc = restored
    token = restored[1]
    assert resolve_date(document, mention, decide_status(document, mention)) == first
