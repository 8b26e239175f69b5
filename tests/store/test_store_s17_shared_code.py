"""Code the store shares with the rest of eventcoder instead of keeping twins (s17 clean-up)."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from eventcoder.cli import SetupError
from eventcoder.errors import CannotStart
from eventcoder.store.cli import CodingCannotStart, StoreHeld
from eventcoder.store.merge import date_range


def test_every_could_not_start_error_exits_2_through_one_base():
    for error in (SetupError, StoreHeld, CodingCannotStart):
        assert issubclass(error, CannotStart) and error("x").exit_code == 2


@pytest.mark.parametrize("value, lo, hi, precision", [
    ("2017-03-27", "2017-03-27", "2017-03-27", "day"),
    ("2017-W13", "2017-03-27", "2017-04-02", "week"),
    ("2016-02", "2016-02-01", "2016-02-29", "month"),
    ("2017-12", "2017-12-01", "2017-12-31", "month"),
    ("2017", "2017-01-01", "2017-12-31", "year"),
])
def test_merge_date_intervals_come_from_the_calendar_rules(value, lo, hi, precision):
    when = date_range(value, precision, dt.date(2017, 4, 5))
    assert (when.lo, when.hi, when.precision) == (dt.date.fromisoformat(lo), dt.date.fromisoformat(hi), precision)


@pytest.mark.parametrize("value", ["2017-W60", "2017-13", "2017-3-1", "soon", ""])
def test_an_unreadable_date_stands_in_with_the_week_before_publication(value):
    when = date_range(value, None, dt.date(2017, 4, 5))
    assert (when.lo, when.hi, when.precision) == (dt.date(2017, 3, 29), dt.date(2017, 4, 5), "unknown")


def test_store_output_paths_are_checked_as_code_checks_them(tmp_path, cli):
    missing = tmp_path / "no_such_folder" / "out.csv"
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "x.duckdb"), "--format", "csv", "--out",
                                      str(missing)])
    assert result.exit_code == 2
    assert f"Error: --out: folder {missing.parent} does not exist; create it first" in result.output
