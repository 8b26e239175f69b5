"""Reading folders: only news files are read; the rest is reported as skipped, not as errors (s15 Q5)."""

from __future__ import annotations

from eventcoder.read import read_inputs, skipped_files_line
from eventcoder.records import ArticleError


def test_a_folder_read_skips_files_of_other_kinds(tmp_path):
    (tmp_path / "story.txt").write_text("Iran's president visited Russia on Monday.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Notes\n", encoding="utf-8")
    (tmp_path / "table.xlsx").write_bytes(b"PK\x03\x04")
    skipped = []
    items = list(read_inputs([tmp_path], published=None, on_skip=skipped.append))
    assert sorted(p.name for p in skipped) == ["README.md", "table.xlsx"]
    assert len(items) == 1 and "story.txt" in (items[0].origin if isinstance(items[0], ArticleError) else items[0].origin)
    assert "skipped 2 file(s)" in skipped_files_line(skipped)
    assert skipped_files_line([]) is None


def test_a_file_named_on_its_own_is_still_read(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("Iran's president visited Russia on Monday.", encoding="utf-8")
    items = list(read_inputs([notes], published=None))
    assert len(items) == 1
