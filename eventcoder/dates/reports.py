"""Word lists the dates stage reads for reported events: loaded once from ``reports.yaml``, validated."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from ..datafiles import key_lines, read_yaml
from ..errors import DataFileError

REPORTS_PATH = Path(__file__).with_name("reports.yaml")
_KEYS = ("reporting_verbs", "statement_codes", "appeal_verbs")


@dataclass(frozen=True)
class ReportRules:
    """``reporting_verbs``: lemmas whose date is the day what they report was reported.
    ``statement_codes``: CAMEO code prefixes of events that are the statement itself, so the
    saying day is their date. ``appeal_verbs``: lemmas whose infinitive's trailing news day is
    their own ("urged X to attend on Monday")."""

    reporting_verbs: frozenset
    statement_codes: tuple[str, ...]
    appeal_verbs: frozenset
    path: str = str(REPORTS_PATH)

    def is_statement(self, cameo: str) -> bool:
        """Whether an event of this CAMEO code is itself an act of saying ("urged", "promised")."""
        return cameo.startswith(self.statement_codes)

    @classmethod
    def load(cls, path: Optional[Union[str, Path]] = None) -> "ReportRules":
        """Read and validate a reports YAML file; raise DataFileError naming the file and line."""
        path = Path(path) if path is not None else REPORTS_PATH
        data, node = read_yaml(path, "date report rules")
        if not isinstance(data, dict):
            raise DataFileError(path, 1, f"expected a mapping with the keys {', '.join(_KEYS)}")
        lines = key_lines(node)
        unknown = sorted(set(data) - set(_KEYS))
        if unknown:
            raise DataFileError(path, lines.get(unknown[0]), f"unknown key {unknown[0]!r}: expected one of {', '.join(_KEYS)}")
        lists = {}
        for key in _KEYS:
            words = data.get(key)
            if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
                raise DataFileError(path, lines.get(key, 1),
                                    f"{key!r} must be a non-empty list of strings (quote codes: '01', not 01)")
            lists[key] = [w.strip().lower() for w in words]
        bad = next((code for code in lists["statement_codes"] if not code.isdigit()), None)
        if bad is not None:
            raise DataFileError(path, lines.get("statement_codes"), f"statement code {bad!r} is not a CAMEO code prefix (digits)")
        return cls(
            reporting_verbs=frozenset(lists["reporting_verbs"]),
            statement_codes=tuple(lists["statement_codes"]),
            appeal_verbs=frozenset(lists["appeal_verbs"]),
            path=str(path),
        )


@functools.lru_cache(maxsize=1)
def default_report_rules() -> ReportRules:
    """The packaged lists, loaded once per process."""
    return ReportRules.load()
