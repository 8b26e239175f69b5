"""User codebook files (add / override CAMEO codes) and DataFileError for each kind of bad row."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.codebook import CAMEO_COLUMNS, Codebook
from eventcoder.errors import DataFileError

HEADER = "\t".join(CAMEO_COLUMNS)


def write_tsv(tmp_path: Path, *rows: str, name: str = "mine.tsv") -> Path:
    """A user TSV: a comment, the header, then ``rows`` with '|' standing for a tab (lines 3, 4, ...)."""
    path = tmp_path / name
    lines = ["# my codes", HEADER] + [row.replace("|", "\t") for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_user_tsv_overrides_and_adds_codes(tmp_path):
    path = write_tsv(
        tmp_path,
        "042|Make a state visit|1|2.2|CONSULT|visit|diplomatic",
        "0421|Make a state visit abroad|1|2.5|CONSULT|visit|",
        "1713|Sabotage infrastructure|4|-9.0|COERCE|seize|",
    )
    codebook = Codebook.load([path])
    visit = codebook.cameo("042")
    assert (visit.name, visit.goldstein, visit.plover_contexts) == ("Make a state visit", 2.2, ("diplomatic",))
    assert codebook.cameo("0421").root == "04"
    assert codebook.cameo("1713").quad_class == 4
    assert codebook.plover_for("0421").score == 4.0
    assert len(codebook.codes()) == len(Codebook.load().codes()) + 2
    assert codebook.cameo("043").goldstein == 2.8  # untouched codes stay


def test_later_files_win(tmp_path):
    first = write_tsv(tmp_path, "057|Sign treaty|1|8.5|SUPPORT||", name="a.tsv")
    second = write_tsv(tmp_path, "057|Sign a treaty|1|9.0|AGREE||", name="b.tsv")
    entry = Codebook.load([first, second]).cameo("057")
    assert (entry.name, entry.goldstein, entry.plover_type) == ("Sign a treaty", 9.0, "AGREE")


def test_user_tsv_accepts_legacy_plover_label(tmp_path):
    path = write_tsv(tmp_path, "100|Demand|3|-5.0|DEMAND||")
    assert Codebook.load([path]).cameo("100").plover_type == "REQUEST"


def test_user_yaml_overrides_some_fields(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "codes:\n"
        "  - code: '163'\n"
        "    plover_type: COERCE\n"
        "    plover_mode: restrict\n"
        "  - code: '0571'\n"
        "    name: Sign peace treaty\n"
        "    goldstein: 8.5\n"
        "    plover_type: AGREE\n"
        "    plover_contexts: [diplomatic, military]\n",
        encoding="utf-8",
    )
    codebook = Codebook.load([path])
    sanctions = codebook.cameo("163")
    assert (sanctions.goldstein, sanctions.plover_type, sanctions.plover_mode) == (-8.0, "COERCE", "restrict")
    assert sanctions.plover_contexts == ("economic",)  # left out, so kept
    treaty = codebook.cameo("0571")
    assert (treaty.quad_class, treaty.goldstein, treaty.plover_contexts) == (1, 8.5, ("diplomatic", "military"))


@pytest.mark.parametrize(
    "row, message",
    [
        ("042|Make a visit|1|1.9|CONSULT|visit", "expected 7 tab-separated columns, found 6"),
        ("042|Make a visit|1|1.9|CONSULT|visit||extra", "found 8"),
        ("42a|Odd|1|1.0|||", "bad CAMEO code '42a'"),
        ("04211|Too long|1|1.0|||", "bad CAMEO code '04211'"),
        ("4|Too short|1|1.0|||", "bad CAMEO code '4'"),
        ("214|Made up|4|-1.0|||", "unknown CAMEO root '21'"),
        ("001|Made up|1|1.0|||", "unknown CAMEO root '00'"),
        ("042|Make a visit|1|strong|CONSULT|visit|", "Goldstein weight 'strong' is not a number"),
        ("042|Make a visit|1|10.5|CONSULT|visit|", "outside -10..10"),
        ("042|Make a visit|1|nan|CONSULT|visit|", "outside -10..10"),
        ("042|Make a visit|3|1.9|CONSULT|visit|", "contradicts root 04"),
        ("042|Make a visit|1|1.9|CHAT||", "unknown PLOVER type 'CHAT'"),
        ("042|Make a visit|1|1.9|CONSULT|video|", "'video' is not a mode of PLOVER CONSULT"),
        ("057|Sign agreement|1|8.0|SUPPORT|visit|", "is not a mode of PLOVER SUPPORT (modes: none)"),
        ("042|Make a visit|1|1.9|CONSULT|visit|tourism", "unknown PLOVER context 'tourism'"),
        ("042|Make a visit|1|1.9||visit|", "without a PLOVER type"),
        ("042||1|1.9|CONSULT|visit|", "empty name"),
        ("0991|Investigate nothing|2|-2.0|ACCUSE||", "parent code 099 is not defined"),
    ],
)
def test_bad_row_names_file_and_line(tmp_path, row, message):
    path = write_tsv(tmp_path, "043|Host a visit|1|2.8|CONSULT|visit|", row)
    with pytest.raises(DataFileError) as caught:
        Codebook.load([path])
    error = caught.value
    assert error.path == str(path)
    assert error.line == 4
    assert message in error.problem
    assert str(error).startswith(f"{path}:4: ")


def test_duplicate_code_in_one_file(tmp_path):
    path = write_tsv(tmp_path, "043|Host a visit|1|2.8|CONSULT|visit|", "", "043|Host again|1|2.8|CONSULT|visit|")
    with pytest.raises(DataFileError) as caught:
        Codebook.load([path])
    assert caught.value.line == 5
    assert "duplicate code 043 (first at line 3)" in caught.value.problem


def test_bad_header(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("code\tname\tgoldstein\n042\tMake a visit\t1.9\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        Codebook.load([path])
    assert caught.value.line == 1
    assert "expected the header line" in caught.value.problem


def test_missing_and_unsupported_files(tmp_path):
    with pytest.raises(DataFileError, match="cannot read file"):
        Codebook.load([tmp_path / "absent.tsv"])
    other = tmp_path / "codes.csv"
    other.write_text("code,name\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unsupported codebook file type"):
        Codebook.load([other])


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("codes:\n  - code: '042'\n    goldstein: 11\n", 2, "outside -10..10"),
        ("codes:\n  - code: '0429'\n    goldstein: 1.0\n", 2, "new code '0429' needs 'name'"),
        ("codes:\n  - code: '042'\n    colour: red\n", 3, "unknown key 'colour'"),
        ("codes:\n  - code: '042'\n    name: a\n    name: b\n", 4, "duplicate key 'name'"),
        ("codes:\n  - code: '042'\n   name: [\n", 3, "invalid YAML"),
        ("codes: 3\n", 1, "expected a mapping with a 'codes:' list"),
    ],
)
def test_bad_user_yaml(tmp_path, text, line, message):
    path = tmp_path / "mine.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        Codebook.load([path])
    assert caught.value.line == line
    assert message in caught.value.problem
