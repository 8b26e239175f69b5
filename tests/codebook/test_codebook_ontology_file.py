"""The PLOVER ontology file: a replacement file loads, and each kind of mistake names its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.codebook import Codebook
from eventcoder.codebook.loader import CAMEO_FILE, PLOVER_FILE
from eventcoder.errors import DataFileError


def line_number(text: str, fragment: str) -> int:
    """1-based number of the first line of ``text`` containing ``fragment``."""
    return next(n for n, line in enumerate(text.splitlines(), start=1) if fragment in line)


def variant(tmp_path: Path, old: str, new: str) -> tuple[Path, str]:
    text = PLOVER_FILE.read_text(encoding="utf-8")
    assert old in text
    changed = text.replace(old, new, 1)
    path = tmp_path / "plover.yaml"
    path.write_text(changed, encoding="utf-8")
    return path, changed


def test_replacement_ontology_changes_scores(tmp_path):
    path, _ = variant(tmp_path, "mode_scores: {visit: 4.0, phone: 1.5}", "mode_scores: {visit: 3.0, phone: 1.5}")
    assert Codebook.load(plover_path=path).plover_for("042").score == 3.0


@pytest.mark.parametrize(
    "old, new, marker, message",
    [
        ("  AGREE:\n    quad_class: 1", "  AGREE:\n    quad_class: 5", "quad_class: 5", "quad_class must be 1"),
        ("    score: 10.0", "    score: 12", "score: 12", "score must be a number from -10 to 10"),
        ("{visit: 4.0, phone: 1.5}", "{visit: 4.0, radio: 1.5}", "radio", "mode_scores names unknown mode 'radio'"),
        ("  FIGHT: ASSAULT", "  FIGHT: BATTLE", "FIGHT: BATTLE", "maps to unknown type 'BATTLE'"),
        ("  SUPPORT:", "  AGREE:", "  AGREE:\n", "duplicate key 'AGREE'"),
        ("    recipient_required: true", "    recipient_required: maybe", "maybe", "recipient_required must be"),
        ("    modes: []\n", "    modes: []\n    colour: red\n", "colour", "unknown key 'colour'"),
    ],
)  # fmt: skip
def test_bad_ontology_names_the_line(tmp_path, old, new, marker, message):
    path, text = variant(tmp_path, old, new)
    with pytest.raises(DataFileError) as caught:
        Codebook.load(plover_path=path)
    assert caught.value.path == str(path)
    if marker == "  AGREE:\n":  # the duplicate is the second AGREE
        expected = [n for n, line in enumerate(text.splitlines(), 1) if line == "  AGREE:"][1]
    else:
        expected = line_number(text, marker)
    assert caught.value.line == expected
    assert message in caught.value.problem


def test_missing_section(tmp_path):
    path, _ = variant(tmp_path, "legacy_labels:", "old_labels:")
    with pytest.raises(DataFileError, match="missing top-level key 'legacy_labels'"):
        Codebook.load(plover_path=path)


def test_codebook_row_using_a_mode_the_ontology_lacks(tmp_path):
    retreat_modes = "[withdraw, release, disarm, ceasefire, access, resign]"
    path, _ = variant(tmp_path, retreat_modes, "[withdraw, release, disarm, access, resign]")
    with pytest.raises(DataFileError) as caught:
        Codebook.load(plover_path=path)
    # the error points at the first CAMEO row using the mode (0871 declare ceasefire), not at the ontology
    assert caught.value.path == str(CAMEO_FILE)
    assert caught.value.line == line_number(CAMEO_FILE.read_text(encoding="utf-8"), "0871\tDeclare truce")
