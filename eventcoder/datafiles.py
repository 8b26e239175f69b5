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
