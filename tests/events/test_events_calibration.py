"""The confidence calibration table: loading, validation and the monotone map."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.calibration import Calibration


def test_packaged_table_is_monotone_and_in_range():
    calibration = Calibration.load()
    scores = [calibration(x / 100) for x in range(101)]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores == sorted(scores)
    assert scores[-1] > scores[0]


def test_interpolates_between_knots(tmp_path):
    path = tmp_path / "c.tsv"
    path.write_text("raw\tcalibrated\n0.2\t0.1\n0.6\t0.5\n")
    calibration = Calibration.load(path)
    assert calibration(0.0) == 0.1 and calibration(1.0) == 0.5
    assert calibration(0.4) == pytest.approx(0.3)


@pytest.mark.parametrize(
    "body, line",
    [("raw\tcalibrated\n0.2\tx\n0.5\t0.5\n", 2), ("raw\tcalibrated\n0.5\t0.5\n0.2\t0.6\n", 3),
     ("raw\tcalibrated\n0.2\t0.5\n0.5\t0.4\n", 3), ("raw\tcalibrated\n0.2\t1.5\n0.5\t0.4\n", 2), ("nope\n", 1)],
)
def test_bad_tables_name_the_line(tmp_path, body, line):
    path = tmp_path / "c.tsv"
    path.write_text(body)
    with pytest.raises(DataFileError, match=rf"c.tsv:{line}:"):
        Calibration.load(path)
