"""`eventcoder code` checks its output paths before loading anything (s15 Q6)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from eventcoder.cli import main


@pytest.mark.parametrize("option", ["--output", "--errors"])
def test_an_output_in_a_missing_folder_is_one_line(tmp_path, option):
    story = tmp_path / "story.txt"
    story.write_text("Iran's president visited Russia on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(story), "--published", "2017-03-25", option,
                                       str(tmp_path / "missing" / "out.jsonl")])
    assert result.exit_code == 2
    assert "does not exist" in result.output and "Traceback" not in result.output


def test_a_folder_given_as_the_output_is_one_line(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Iran's president visited Russia on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(story), "--published", "2017-03-25", "--output", str(tmp_path)])
    assert result.exit_code == 2 and "directory" in result.output and "Traceback" not in result.output
