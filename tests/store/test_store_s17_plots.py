"""Plots: counts get whole-number ticks; the chart says which filters made it (CLI and library)."""

from __future__ import annotations

import re

import matplotlib
import pandas as pd
import pytest
from click.testing import CliRunner
from store_factory import make_result

from eventcoder.store import EventStore


def _svg_text(path) -> list[str]:
    """The text elements of an SVG drawn with fonttype 'none' (text kept as text)."""
    return [re.sub(r"\s+", " ", t).strip() for t in re.findall(r"<text[^>]*>(.*?)</text>", path.read_text(), re.S)]


def _y_ticks(texts: list[str]) -> list[str]:
    return [t for t in texts if re.fullmatch(r"[−-]?\d+(\.\d+)?", t)]


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "plots.duckdb"
    with EventStore.open(path) as store:
        # Months with 1, 2 and 0..3 events: matplotlib's default ticks for such counts are 0.5 apart.
        for i, (day, cameo) in enumerate([("2022-01-10", "190"), ("2022-02-03", "190"), ("2022-02-17", "190"),
                                          ("2022-03-08", "173"), ("2022-03-21", "190"), ("2022-03-28", "190"),
                                          ("2022-03-29", "190")]):
            store.add_result(make_result(f"p{i}", f"Report {i}: Russian forces attacked Kharkiv again.",
                                         [{"cameo": cameo, "source": ["RUSMIL"], "target": ["UKR"], "date": day,
                                           "place": "Kharkiv" if i % 2 else "Kyiv"}], published=day))
    return path


def test_counts_have_whole_number_ticks_and_the_filters_in_a_subtitle(db, tmp_path, cli):
    out = tmp_path / "series.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        result = CliRunner().invoke(cli, ["plot", "--db", str(db), "--out", str(out), "--actor", "RUS",
                                          "--plover-type", "ASSAULT", "--start", "2022-01", "--end", "2022-03"])
    assert result.exit_code == 0, result.output
    texts = _svg_text(out)
    assert "Events per month" in texts
    assert "actor RUS; plover-type ASSAULT; start 2022-01; end 2022-03; status asserted" in texts
    ticks = _y_ticks(texts)
    assert ticks and all("." not in t for t in ticks), ticks


def test_grouped_and_normalised_series_keep_their_labels(db, tmp_path, cli):
    out = tmp_path / "by.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        result = CliRunner().invoke(cli, ["plot", "--db", str(db), "--out", str(out), "--by", "quad_class",
                                          "--source", "RUSMIL", "--target", "UKR", "--mentions", "--freq", "week"])
    assert result.exit_code == 0, result.output
    texts = _svg_text(out)
    assert "Reports per week" in texts and "material conflict" in texts
    assert "source RUSMIL; target UKR; status asserted; one per report" in texts
    assert all("." not in t for t in _y_ticks(texts))
    # A rate is not a count: it keeps fractional ticks.
    out = tmp_path / "rate.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        CliRunner().invoke(cli, ["plot", "--db", str(db), "--out", str(out), "--normalise"])
    assert "Events per article per month" in _svg_text(out)


def test_the_map_says_its_filters_too(db, tmp_path, cli):
    out = tmp_path / "map.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        result = CliRunner().invoke(cli, ["plot", "--db", str(db), "--out", str(out), "--map", "--country",
                                          "Ukraine", "--status", "any"])
    assert result.exit_code == 0, result.output
    texts = _svg_text(out)
    assert "country Ukraine" in texts and "7 events with coordinates" in texts


def test_the_library_plot_takes_a_subtitle(tmp_path):
    frame = pd.DataFrame({"period": pd.to_datetime(["2022-01-01", "2022-02-01"]), "n_events": [1, 3]})
    out = tmp_path / "lib.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        EventStore.plot_series(frame, out, subtitle="dyad USA -> IRN, 2022", freq="month")
    texts = _svg_text(out)
    assert "dyad USA -&gt; IRN, 2022" in texts and "Events per month" in texts
    assert all("." not in t for t in _y_ticks(texts))


def test_one_period_alone_keeps_the_date_axis_near_it(tmp_path):
    frame = pd.DataFrame({"period": pd.to_datetime(["2025-03-10"]), "n_events": [2]})
    out = tmp_path / "one.svg"
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        EventStore.plot_series(frame, out, freq="week")
    years = {t[:4] for t in _svg_text(out) if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", t)}
    assert years == {"2025"}, years
