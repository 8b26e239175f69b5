"""The shared key-line helper both the status cues and the date report rules use for their errors."""

from __future__ import annotations

import pytest

from eventcoder.datafiles import key_lines, read_yaml
from eventcoder.dates.reports import ReportRules
from eventcoder.errors import DataFileError
from eventcoder.status.cues import StatusCues


def test_key_lines_names_top_and_second_level_keys(tmp_path):
    path = tmp_path / "lists.yaml"
    path.write_text("first: [a]\n\nnegated:\n  modifiers: [not]\n  clause_governors: [deny]\n", encoding="utf-8")
    _, node = read_yaml(path, "test lists")
    assert key_lines(node) == {"first": 1, "negated": 3, "negated.modifiers": 4, "negated.clause_governors": 5}


def test_key_lines_of_a_list_document_is_empty(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    _, node = read_yaml(path, "test lists")
    assert key_lines(node) == {}


def test_report_rules_error_names_the_bad_key_line(tmp_path):
    path = tmp_path / "reports.yaml"
    path.write_text("reporting_verbs: [say]\nstatement_codes: [01]\nappeal_verbs: [urge]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ReportRules.load(path)
    assert error.value.line == 2


def test_status_cues_error_names_the_bad_sub_key_line(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text(
        "priority: [negated, hypothetical, alleged, planned, future]\nsupport_verbs: [hold]\n"
        "negated:\n  modifiers: [not]\n  clause_governors: 7\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as error:
        StatusCues.load(path)
    assert error.value.line == 5
