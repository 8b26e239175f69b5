"""Word lists the dates stage reads for reported events: loaded once from ``reports.yaml``, validated."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from ..datafiles import read_word_lists
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
        lists, lines = read_word_lists(path, "date report rules", _KEYS,
                                       "must be a non-empty list of strings (quote codes: '01', not 01)")
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
