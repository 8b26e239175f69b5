"""Session 19: gold and predicted events of a text are paired one to one before status, date and triples are scored."""

from __future__ import annotations

import itertools
import json
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eventfactory import make_event  # noqa: E402

from eventcoder.evaluate import _assign, match_events, read_gold, score  # noqa: E402


def _gold(tmp_path, events, text="A story."):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "s", "text": text, "published": "2019-09-02", "events": events}) + "\n")
    return read_gold(path)


def _attack(event_id, source, target, status="asserted", date=None, confidence=0.5):
    return make_event(event_id=event_id, cameo="190", plover_type="ASSAULT", source=source, target=target,
                      status=status, date=date, confidence=confidence)


def test_assignment_is_maximal_on_small_matrices():
    rng = random.Random(19)
    for _ in range(300):
        rows, columns = rng.randint(1, 4), rng.randint(1, 5)
        if rows > columns:
            rows, columns = columns, rows
        weights = [[rng.randint(0, 9) for _ in range(columns)] for _ in range(rows)]
        chosen = _assign(weights)
        assert len(chosen) == rows and len({j for _, j in chosen}) == rows
        best = max(sum(weights[i][j] for i, j in enumerate(perm)) for perm in itertools.permutations(range(columns), rows))
        assert sum(weights[i][j] for i, j in chosen) == best


def test_two_gold_attacks_are_not_both_scored_against_the_most_confident_prediction(tmp_path):
    # The old rule paired every gold ASSAULT with the most confident predicted ASSAULT: the background
    # attack's status and date were scored against today's strike.
    gold = _gold(tmp_path, [
        {"plover": "ASSAULT", "source": ["SAU"], "target": ["YEM"], "status": "asserted", "date": "2019-09-01"},
        {"plover": "ASSAULT", "source": ["SAU"], "target": ["YEM"], "status": "historical", "date": "2015-03"},
    ])
    today = _attack("e1", ("SAU",), ("YEM",), date="2019-09-01", confidence=0.9)
    background = _attack("e2", ("SAU",), ("YEM",), status="historical", date="2015-03", confidence=0.2)
    report = score(gold, {"s": [today, background]})
    for name in ("status", "date", "triple"):
        prf = report.fields[name]
        assert (prf.true_positive, prf.predicted, prf.gold) == (2, 2, 2), name


def test_one_prediction_scores_one_gold_event_only(tmp_path):
    gold = _gold(tmp_path, [
        {"plover": "ASSAULT", "source": ["SAU"], "target": ["YEM"], "status": "asserted", "date": "2019-09-01"},
        {"plover": "ASSAULT", "source": ["SAU"], "target": ["YEM"], "status": "asserted", "date": "2019-09-01"},
    ])
    report = score(gold, {"s": [_attack("e1", ("SAU",), ("YEM",), date="2019-09-01")]})
    for name in ("status", "date", "triple"):
        prf = report.fields[name]
        assert (prf.true_positive, prf.predicted, prf.gold) == (1, 1, 2), name


def test_a_repeat_the_gold_codes_once_is_a_false_triple(tmp_path):
    gold = _gold(tmp_path, [{"plover": "ASSAULT", "source": ["SAU"], "target": ["YEM"]}])
    report = score(gold, {"s": [_attack("e1", ("SAU",), ("YEM",)), _attack("e2", ("SAU",), ("YEM",))]})
    triple = report.fields["triple"]
    assert (triple.true_positive, triple.predicted, triple.gold) == (1, 2, 1)


def test_shared_triples_come_before_agreeing_status(tmp_path):
    # Taking the wrong-actor prediction for its right date would pair away the right triple.
    gold = _gold(tmp_path, [
        {"plover": "ASSAULT", "source": ["RUS"], "target": ["UKR"], "status": "asserted", "date": "2022-03-01"},
    ])
    right_actors = _attack("e1", ("RUS",), ("UKR",), date="2022-02-28", confidence=0.3)
    right_date = _attack("e2", ("BLR",), ("UKR",), date="2022-03-01", confidence=0.9)
    pairs = match_events(gold[0].events, [right_date, right_actors])
    assert [(p.event_id, shared) for _, p, shared in pairs] == [("e1", 1)]
    assert score(gold, {"s": [right_date, right_actors]}).fields["date"].true_positive == 0


def test_among_equal_triples_the_pair_that_agrees_is_taken(tmp_path):
    gold = _gold(tmp_path, [
        {"plover": "ASSAULT", "source": ["ISR"], "target": ["LBN"], "status": "asserted", "date": "2006-07-12"},
        {"plover": "ASSAULT", "source": ["ISR"], "target": ["LBN"], "status": "historical", "date": "1982"},
    ])
    # Both predictions share the triple with both gold events; only the crossed pairing agrees on nothing.
    now = _attack("e1", ("ISR",), ("LBN",), date="2006-07-12", confidence=0.2)
    then = _attack("e2", ("ISR",), ("LBN",), status="historical", date="1982", confidence=0.9)
    report = score(gold, {"s": [then, now]})
    assert report.fields["status"].true_positive == 2 and report.fields["date"].true_positive == 2


def test_a_gold_event_with_missed_actors_still_has_its_status_scored(tmp_path):
    gold = _gold(tmp_path, [{"plover": "PROTEST", "source": ["KEN"], "target": ["KEN"], "status": "asserted"}])
    wrong_actors = make_event(cameo="141", plover_type="PROTEST", source=("UGA",), target=())
    report = score(gold, {"s": [wrong_actors]})
    assert report.fields["status"].true_positive == 1 and report.fields["triple"].true_positive == 0


def test_reciprocal_gold_pairs_with_one_prediction_per_direction(tmp_path):
    path = tmp_path / "plover.jsonl"
    path.write_text(json.dumps({
        "text": "Jordan and Britain agreed.", "event": "AGREE", "gsr_index": 1,
        "source": [{"actorText": "Jordan", "code": "JOR"}, {"actorText": "Britain", "code": "GBR"}],
        "textInfo": {"markup": "(SRC/TAR: Jordan) and (SRC/TAR: Britain) (EVT: agreed)."}}) + "\n")
    both_ways = [make_event(event_id=f"e{i}", cameo="030", plover_type="AGREE", source=(a,), target=(b,))
                 for i, (a, b) in enumerate((("JOR", "GBR"), ("GBR", "JOR")))]
    triple = score(read_gold(path), {"1": both_ways}).fields["triple"]
    assert (triple.true_positive, triple.predicted, triple.gold) == (2, 2, 2)


def test_events_of_other_types_never_pair(tmp_path):
    gold = _gold(tmp_path, [{"plover": "ASSAULT", "source": ["SAU"], "target": ["YEM"], "status": "asserted"}])
    accuse = make_event(cameo="112", plover_type="ACCUSE", source=("SAU",), target=("YEM",))
    assert match_events(gold[0].events, [accuse]) == []
    assert score(gold, {"s": [accuse]}).fields["status"].predicted == 0
