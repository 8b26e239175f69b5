"""Calibrated confidence: a raw event score mapped to the share of such events that are right.

The events stage scores each event from its evidence (how its arguments were found, pattern
specificity, embedding). ``calibration.tsv`` maps that raw score, piecewise linearly and
monotonically, to the observed precision of events with that score on gold data, so that events
with confidence 0.8 are right about 80% of the time. ``benchmarks/calibrate.py`` refits it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from ..errors import DataFileError

DEFAULT_PATH = Path(__file__).with_name("calibration.tsv")


@dataclass(frozen=True)
class Calibration:
    raw: tuple[float, ...]
    calibrated: tuple[float, ...]

    @classmethod
    def identity(cls) -> "Calibration":
        return cls((0.0, 1.0), (0.0, 1.0))

    @classmethod
    def load(cls, path: Optional[Union[str, Path]] = None) -> "Calibration":
        """Read knots ``raw<TAB>calibrated`` (header row first), increasing in both columns."""
        path = Path(path) if path else DEFAULT_PATH
        raw, calibrated = [], []
        lines = path.read_text(encoding="utf-8").splitlines()
        if not lines or lines[0].split("\t")[:2] != ["raw", "calibrated"]:
            raise DataFileError(path, 1, "expected the header 'raw<TAB>calibrated'")
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            try:
                x, y = float(fields[0]), float(fields[1])
            except (ValueError, IndexError):
                raise DataFileError(path, number, "expected two numbers: raw<TAB>calibrated") from None
            if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
                raise DataFileError(path, number, "values must lie in [0, 1]")
            if raw and (x <= raw[-1] or y < calibrated[-1]):
                raise DataFileError(path, number, "knots must increase in raw score and never decrease in calibrated")
            raw.append(x)
            calibrated.append(y)
        if len(raw) < 2:
            raise DataFileError(path, None, "need at least two knots")
        return cls(tuple(raw), tuple(calibrated))

    def __call__(self, score: float) -> float:
        """The calibrated confidence of a raw score (flat beyond the first and last knots)."""
        if score <= self.raw[0]:
            return self.calibrated[0]
        if score >= self.raw[-1]:
            return self.calibrated[-1]
        index = bisect.bisect_right(self.raw, score)
        x0, x1 = self.raw[index - 1], self.raw[index]
        y0, y1 = self.calibrated[index - 1], self.calibrated[index]
        return y0 + (y1 - y0) * (score - x0) / (x1 - x0)
