"""Refit the confidence calibration on gold data and write eventcoder/events/calibration.tsv.

    python benchmarks/calibrate.py ../shared/data/plover_gsr.jsonl examples/gold/gold_sample.jsonl [--bins 8] [--dry-run]
    python benchmarks/calibrate.py --check GOLD.jsonl ...   # reliability of the installed calibration, per file


Runs the coder with raw scores, marks each event right when its (source country, target country,
PLOVER type) triple is in its sentence's gold, fits a monotone (isotonic, pool-adjacent-violators)
map from raw score to the share right, and prints the reliability table before and after.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventcoder.evaluate import _event_keys, _triples, read_gold, run_coder
from eventcoder.events.calibration import DEFAULT_PATH, Calibration
from eventcoder.pipeline import Coder


def isotonic(points: list[tuple[float, bool]], bins: int) -> list[tuple[float, float]]:
    """Equal-count bins of raw scores, then pool adjacent bins whose share right decreases."""
    points = sorted(points)
    size = max(1, len(points) // bins)
    blocks = []  # [sum of raw, n right, n]
    for start in range(0, len(points), size):
        chunk = points[start:start + size]
        blocks.append([sum(p[0] for p in chunk), sum(p[1] for p in chunk), len(chunk)])
    merged = []
    for block in blocks:
        merged.append(block)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] > merged[-1][1] / merged[-1][2]:
            last = merged.pop()
            merged[-1] = [a + b for a, b in zip(merged[-1], last)]
    knots = []
    for total_raw, right, count in merged:
        # No gold set is big enough to justify certainty either way.
        x, y = round(total_raw / count, 3), round(min(0.95, max(0.02, right / count)), 3)
        if knots and x <= knots[-1][0]:
            continue
        knots.append((x, y))
    return knots


def reliability(points: list[tuple[float, bool]], label: str) -> None:
    print(f"{label}: confidence bin, events, share right")
    for low in (0.0, 0.2, 0.4, 0.6, 0.8):
        chosen = [right for score, right in points if low <= score < low + 0.2 or (low == 0.8 and score == 1.0)]
        if chosen:
            print(f"  {low:.1f}-{low + 0.2:.1f}: {len(chosen):>4}  {sum(chosen) / len(chosen):.3f}")


def scored_events(coder: Coder, path: str) -> list[tuple[float, bool]]:
    """(confidence, right) for every event the coder finds in one gold file."""
    gold = read_gold(Path(path))
    predictions = run_coder(coder, gold)
    points = []
    for sentence in gold:
        gold_triples = set().union(*(g.triples() for g in sentence.events)) if sentence.events else set()
        for event in predictions.get(sentence.gold_id, []):
            triples = _triples(_event_keys(event, "source"), _event_keys(event, "target"), event.plover.type)
            points.append((event.confidence, bool(triples & gold_triples)))
    return points


def check(paths: list[str]) -> None:
    """Reliability of the installed calibration on each file and on all of them pooled."""
    coder = Coder()
    pooled = []
    for path in paths:
        points = scored_events(coder, path)
        pooled += points
        summary(points, Path(path).name)
    if len(paths) > 1:
        summary(pooled, "pooled")


def summary(points: list[tuple[float, bool]], label: str) -> None:
    if not points:
        print(f"{label}: no events")
        return
    mean_confidence = sum(score for score, _ in points) / len(points)
    share_right = sum(right for _, right in points) / len(points)
    print(f"{label}: {len(points)} events, mean confidence {mean_confidence:.3f}, right {share_right:.3f}")
    reliability(points, label)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--bins", type=int, default=8)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--check", action="store_true",
                        help="fit nothing: print the installed calibration's reliability per file and pooled")
    args = parser.parse_args()

    if args.check:
        check(args.gold)
        return
    coder = Coder()
    coder.calibration = Calibration.identity()
    points = []
    for path in args.gold:
        points += scored_events(coder, path)
    knots = isotonic(points, args.bins)
    calibration = Calibration(tuple(k[0] for k in knots), tuple(k[1] for k in knots))
    reliability(points, "raw")
    reliability([(calibration(score), right) for score, right in points], "calibrated")
    if not args.dry_run:
        lines = ["raw\tcalibrated", f"# fitted by benchmarks/calibrate.py on {len(points)} events"]
        lines += [f"{x}\t{y}" for x, y in knots]
        DEFAULT_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {DEFAULT_PATH}")


if __name__ == "__main__":
    main()
