"""The rules for merging repeat reports (``MergeRules``) and their loader from ``merge_rules.yaml``.

Thresholds and word lists are data, so they are configured, not edited: ``MergeRules.load()`` reads
the built-in file beside this module, and ``MergeRules.load("my_rules.yaml")`` lays a user's file over
it (the user's file needs only the keys it changes). Every problem in a file raises
``DataFileError`` naming the file and line.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping, Optional, Union

import yaml

from ..errors import DataFileError
from ..records import STATUSES

RULES_FILE = Path(__file__).with_name("merge_rules.yaml")


@dataclass(frozen=True)
class MergeRules:
    """Thresholds and word lists for merging reports into canonical events (see ``merge.py``)."""

    day_window: int
    coarse_window_days: int
    place_km: float
    consensus_reports: int  # reports agreeing on an exact day that outvote a report of another day
    sentence_similarity: float
    copy_similarity: float  # a near-duplicate article's report joins the original's report worded this alike
    symmetric_roots: frozenset
    general_roots: frozenset
    generic_triggers: frozenset
    status_groups: Mapping[str, str] = field(hash=False)
    state_sectors: frozenset
    non_state_sectors: frozenset
    irregular_lemmas: Mapping[str, str] = field(hash=False)
    filler_words: frozenset

    def __post_init__(self) -> None:
        # Rules built in Python (e.g. with dataclasses.replace) get the same read-only types as loaded ones.
        for name in ("symmetric_roots", "general_roots", "generic_triggers", "state_sectors", "non_state_sectors",
                     "filler_words"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        for name in ("status_groups", "irregular_lemmas"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    @classmethod
    def load(cls, path: Optional[Union[str, Path]] = None) -> "MergeRules":
        """The built-in rules, with the rules in ``path`` (a YAML file like ``merge_rules.yaml``) laid over them.

        Raises ``DataFileError`` (file and line) for an unreadable file, invalid YAML, an unknown or
        repeated key, a value of the wrong type or out of range, a bad CAMEO root or sector code.
        """
        values, origins = _read_rules_file(RULES_FILE, require_all=True)
        if path is not None:
            own_values, own_origins = _read_rules_file(Path(path), require_all=False)
            values.update(own_values)
            origins.update(own_origins)
        overlap = sorted(values["state_sectors"] & values["non_state_sectors"])
        if overlap:
            # Name the user's file when it gave one of the two lists: that is where the clash was made.
            given = [origins[key] for key in ("non_state_sectors", "state_sectors")]
            where = next((origin for origin in given if origin[0] != RULES_FILE), given[0])
            raise DataFileError(where[0], where[1], f"sector {overlap[0]} is in both state_sectors and non_state_sectors")
        return cls(**values)

    def status_group(self, status: str) -> str:
        """The group a status merges within (a status not listed is its own group)."""
        return self.status_groups.get(status, status)

    def sector_group(self, sector: Optional[str]) -> Optional[str]:
        """``"state"``, ``"non-state"`` or None (no sector, or one in neither list)."""
        if not sector:
            return None
        if sector in self.state_sectors:
            return "state"
        if sector in self.non_state_sectors:
            return "non-state"
        return None


# --- reading and checking the file ------------------------------------------------------------

_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_ROOT_CODE = re.compile(r"0[1-9]|1[0-9]|20")
_LEMMA = re.compile(r"[a-z]+")
_WORD = re.compile(r"[a-z][a-z'-]*")
_SECTOR = re.compile(r"[A-Z]{3,}")


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(path: Path, loader: Any, node: yaml.Node, what: str) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise DataFileError(path, _line(node), f"{what} must be a single value, not a list or mapping")
    return loader.construct_object(node, deep=True)


def _whole_number(minimum: int, unit: str) -> Callable[..., int]:
    def check(path: Path, loader: Any, node: yaml.Node, key: str) -> int:
        value = _scalar(path, loader, node, key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise DataFileError(path, _line(node), f"{key} must be a whole number of {unit}; got {value!r}")
        if value < minimum:
            raise DataFileError(path, _line(node), f"{key} must be at least {minimum}; got {value}")
        return value

    return check


def _number(minimum: float, maximum: float) -> Callable[..., float]:
    def check(path: Path, loader: Any, node: yaml.Node, key: str) -> float:
        value = _scalar(path, loader, node, key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise DataFileError(path, _line(node), f"{key} must be a number; got {value!r}")
        if not minimum <= value <= maximum:
            allowed = f"at least {minimum:g}" if math.isinf(maximum) else f"between {minimum:g} and {maximum:g}"
            raise DataFileError(path, _line(node), f"{key} must be {allowed}; got {value}")
        return float(value)

    return check


def _word_set(pattern: re.Pattern, what: str, hint: str = "") -> Callable[..., frozenset]:
    def check(path: Path, loader: Any, node: yaml.Node, key: str) -> frozenset:
        if not isinstance(node, yaml.SequenceNode):
            raise DataFileError(path, _line(node), f"{key} must be a list of {what}s")
        seen: dict[str, int] = {}
        for item in node.value:
            value = _scalar(path, loader, item, f"each item of {key}")
            if not isinstance(value, str) or not pattern.fullmatch(value):
                raise DataFileError(path, _line(item), f"{key}: {value!r} is not a {what}{hint}")
            if value in seen:
                raise DataFileError(path, _line(item), f"{key}: {value!r} listed twice (first at line {seen[value]})")
            seen[value] = _line(item)
        return frozenset(seen)

    return check


def _word_map(key_pattern: re.Pattern, key_what: str, value_pattern: re.Pattern, value_what: str,
              allowed_keys: Optional[tuple[str, ...]] = None) -> Callable[..., dict]:
    def check(path: Path, loader: Any, node: yaml.Node, key: str) -> dict:
        if not isinstance(node, yaml.MappingNode):
            raise DataFileError(path, _line(node), f"{key} must be a mapping of {key_what} -> {value_what}")
        mapping: dict[str, str] = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = _scalar(path, loader, key_node, f"each key of {key}")
            if not isinstance(name, str) or not key_pattern.fullmatch(name):
                raise DataFileError(path, _line(key_node), f"{key}: {name!r} is not a {key_what}")
            if allowed_keys is not None and name not in allowed_keys:
                raise DataFileError(path, _line(key_node),
                                    f"{key}: unknown {key_what} {name!r}; known: {', '.join(allowed_keys)}")
            if name in mapping:
                raise DataFileError(path, _line(key_node), f"{key}: {name!r} given twice (first at line {lines[name]})")
            value = _scalar(path, loader, value_node, f"{key}: the value of {name!r}")
            if not isinstance(value, str) or not value_pattern.fullmatch(value):
                raise DataFileError(path, _line(value_node), f"{key}: {name!r} -> {value!r} is not a {value_what}")
            mapping[name], lines[name] = value, _line(key_node)
        return mapping

    return check


_ROOT_HINT = " (CAMEO roots are quoted two-digit strings from '01' to '20', e.g. \"03\")"

#: Each key of the file and how its value is checked and converted.
_CHECKS: dict[str, Callable[..., Any]] = {
    "day_window": _whole_number(0, "days"),
    "coarse_window_days": _whole_number(0, "days"),
    "place_km": _number(0.0, math.inf),
    "consensus_reports": _whole_number(1, "reports"),
    "sentence_similarity": _number(0.0, 1.0),
    "copy_similarity": _number(0.0, 1.0),
    "symmetric_roots": _word_set(_ROOT_CODE, "CAMEO root code", _ROOT_HINT),
    "general_roots": _word_set(_ROOT_CODE, "CAMEO root code", _ROOT_HINT),
    "generic_triggers": _word_set(_LEMMA, "lower-case lemma"),
    "status_groups": _word_map(_LEMMA, "status", _LEMMA, "lower-case group name", allowed_keys=STATUSES),
    "state_sectors": _word_set(_SECTOR, "sector code (three or more capital letters)"),
    "non_state_sectors": _word_set(_SECTOR, "sector code (three or more capital letters)"),
    "irregular_lemmas": _word_map(_LEMMA, "lower-case word", _LEMMA, "lower-case lemma"),
    "filler_words": _word_set(_WORD, "lower-case word", " (quote words YAML reads otherwise: \"on\", \"no\")"),
}


def _read_rules_file(path: Path, require_all: bool) -> tuple[dict[str, Any], dict[str, tuple[Path, int]]]:
    """Checked values of one rules file, and the (file, line) each came from."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, None, f"cannot read merge rules: {error}") from None
    loader = _YamlLoader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            raise DataFileError(path, line, f"invalid YAML: {getattr(error, 'problem', None) or error}") from None
        if not isinstance(root, yaml.MappingNode):
            line = _line(root) if root is not None else 1
            raise DataFileError(path, line, "expected a mapping of rule name -> value, like eventcoder/store/merge_rules.yaml")
        values: dict[str, Any] = {}
        origins: dict[str, tuple[Path, int]] = {}
        for key_node, value_node in root.value:
            key = _scalar(path, loader, key_node, "a rule name")
            if key not in _CHECKS:
                close = difflib.get_close_matches(str(key), list(_CHECKS), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else f"; known rules: {', '.join(_CHECKS)}"
                raise DataFileError(path, _line(key_node), f"unknown rule {key!r}{hint}")
            if key in origins:
                raise DataFileError(path, _line(key_node), f"rule {key!r} given twice (first at line {origins[key][1]})")
            values[key] = _CHECKS[key](path, loader, value_node, key)
            origins[key] = (path, _line(key_node))
    finally:
        loader.dispose()
    if require_all:
        missing = [key for key in _CHECKS if key not in values]
        if missing:
            raise DataFileError(path, None, f"missing rule(s): {', '.join(missing)}")
    return values, origins
