"""The dates/status benchmark never prints the missed sentences of a held-out case file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "dates_status_benchmark.py"
STATUS_HEADER = "sentence\ttrigger\texpected\tpublished\n"
DATE_HEADER = "sentence\ttrigger\tpublished\texpected\tprecision\n"
# Both rows are deliberately wrong, so each is a miss.
STATUS_ROW = "Troops attacked the zebra sanctuary on Monday.\tattacked\tnegated\t\n"
DATE_ROW = "Troops attacked the zebra sanctuary on Monday.\tattacked\t2017-03-24\t1999-01-01\tday\n"


@pytest.fixture(scope="module")
def benchmark_script():
    spec = importlib.util.spec_from_file_location("dates_status_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, held_out", [
    ("status_blind_heldout.tsv", True), ("dates_blind_HeldOut.tsv", True), ("status_blind_dev.tsv", False),
])
def test_held_out_names(benchmark_script, name, held_out):
    assert benchmark_script.is_held_out(Path(name)) is held_out


@pytest.mark.parametrize("table, header, row", [("status_table", STATUS_HEADER, STATUS_ROW),
                                                ("date_table", DATE_HEADER, DATE_ROW)])
def test_misses_printed_for_dev_file_only(benchmark_script, nlp, tmp_path, table, header, row):
    dev, held_out = tmp_path / "cases_dev.tsv", tmp_path / "cases_heldout.tsv"
    for path in (dev, held_out):
        path.write_text(header + row, encoding="utf-8")
    make_table = getattr(benchmark_script, table)
    assert "zebra" in make_table(nlp, dev, True)
    # Asked to show misses, the held-out file still gives totals only.
    held_out_table = make_table(nlp, held_out, True)
    assert "zebra" not in held_out_table and "miss" not in held_out_table
    assert "| **all** | 0 | 1 |" in held_out_table
