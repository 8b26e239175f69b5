"""Reading the YAML data files the stages load (cues, report rules), with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import yaml

from .errors import DataFileError


def read_yaml(path: Path, what: str) -> tuple[Any, Optional[yaml.Node]]:
    """The parsed data of a YAML file and its node tree (for the line of each key).

    Raises DataFileError naming the file for an unreadable one (``what`` says which file it was meant to be) and the
    line of the first syntax error for invalid YAML.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(path, None, f"cannot read {what}: {exc}") from exc
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark is not None else None, f"invalid YAML: {exc}") from exc
    return data, node


def key_lines(node: Optional[yaml.Node]) -> dict[str, int]:
    """The 1-based line of each top-level key of a YAML mapping node, and of each second-level key as "key.sub".

    ``node`` is the tree ``read_yaml`` returns; anything but a mapping gives no lines, so a loader's
    errors fall back to the line it chooses.
    """
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value_node in node.value:
        key = str(key_node.value)
        lines[key] = key_node.start_mark.line + 1
        if isinstance(value_node, yaml.MappingNode):
            for sub_key, _ in value_node.value:
                lines[f"{key}.{sub_key.value}"] = sub_key.start_mark.line + 1
    return lines


def read_word_lists(path: Path, what: str, keys: tuple[str, ...],
                    list_problem: str = "must be a non-empty list of words") -> tuple[dict[str, list[str]], dict[str, int]]:
    """A YAML file holding exactly ``keys``, each a non-empty list of words (stripped, lower-cased), and the line
    of each key; DataFileError naming the file and line of the first problem (``list_problem`` says what a key's
    value must be)."""
    data, node = read_yaml(path, what)
    if not isinstance(data, dict):
        raise DataFileError(path, 1, f"expected a mapping with the keys {', '.join(keys)}")
    lines = key_lines(node)
    unknown = sorted(set(data) - set(keys))
    if unknown:
        raise DataFileError(path, lines.get(unknown[0]), f"unknown key {unknown[0]!r}: expected one of {', '.join(keys)}")
    lists = {}
    for key in keys:
        words = data.get(key)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise DataFileError(path, lines.get(key, 1), f"{key!r} {list_problem}")
        lists[key] = [w.strip().lower() for w in words]
    return lists, lines
