"""Our CAMEO -> PLOVER crosswalk against the published per-code table (shared dev data; skipped without it)."""

from __future__ import annotations

import csv

import pytest

from eventcoder.codebook import Codebook


def read_published_crosswalk(shared_data) -> dict[str, set[str]]:
    """CAMEO code -> PLOVER types the published table gives it (a few codes appear twice)."""
    table: dict[str, set[str]] = {}
    with open(shared_data / "cameo2plover.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            table.setdefault(row["cameo_code"], set()).add(row["plover_event"])
    return table


def test_crosswalk_agrees_with_published_table(shared_data):
    codebook = Codebook.load()
    published = read_published_crosswalk(shared_data)
    shared_codes = sorted(code for code in published if codebook.has(code))
    assert len(shared_codes) >= 250
    disagreements = [
        (code, codebook.cameo(code).plover_type, sorted(published[code]))
        for code in shared_codes
        if codebook.cameo(code).plover_type not in published[code]
    ]
    agreement = 1 - len(disagreements) / len(shared_codes)
    print(f"\nPLOVER type agrees on {len(shared_codes) - len(disagreements)}/{len(shared_codes)} codes "
          f"({agreement:.3f}); differs on {disagreements}")  # fmt: skip
    assert agreement >= 0.9
    # every code the table has, we have too
    assert set(published) <= {c.code for c in codebook.codes()}
