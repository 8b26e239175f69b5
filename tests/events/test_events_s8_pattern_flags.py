"""The pattern flags added for clauses, recipients and counterpart-less events load and validate."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events import EventPatterns


def test_new_flags_load_with_distinct_ids(tmp_path):
    path = tmp_path / "extra_verbs.tsv"
    path.write_text("moan\tmoan\t-\t-\t114\tclause\ngive\tgive\t-\tdrill\t062\talone=150,recipient_first,preps=to\n",
                    encoding="utf-8")
    patterns = EventPatterns.load(extra_paths=[path])
    moan = {p.pattern_id: p for p in patterns.verbs["moan"]}
    assert "verb:moan+that" in moan and "clause" in moan["verb:moan+that"].flags
    assert moan["verb:moan+that"].specificity == 1
    drill = next(p for p in patterns.verbs["give"] if p.pattern_id == "verb:give+drill")
    assert drill.alone_code == "150" and "recipient_first" in drill.flags and drill.target_preps == ("to",)


def test_bad_alone_code_names_file_and_line(tmp_path):
    path = tmp_path / "bad_verbs.tsv"
    path.write_text("# comment\nfoo\tfoo\t-\t-\t062\talone=999\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        EventPatterns.load(extra_paths=[path])
    assert error.value.line == 2 and "bad_verbs.tsv" in str(error.value)
