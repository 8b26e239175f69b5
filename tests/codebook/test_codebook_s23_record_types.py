"""Session 23: PLOVER's own definitions where its event records differ from the published crosswalk."""

from __future__ import annotations

import pytest

from eventcoder.codebook import Codebook
from eventcoder.errors import DataFileError


@pytest.fixture(scope="module")
def codebook():
    return Codebook.load()


def test_crosswalk_unchanged_by_default(codebook):
    assert codebook.plover_for("0831").type == "CONCEDE"
    assert codebook.plover_for("0813").type == "RETREAT"
    assert codebook.plover_for("0814").type == "RETREAT"


def test_record_convention_resignation_is_retreat(codebook):
    plover = codebook.plover_for("0831", record_convention=True)
    assert (plover.type, plover.mode) == ("RETREAT", "resign")
    assert plover.score == codebook.plover_type("RETREAT").score


@pytest.mark.parametrize("code", ["0813", "0814"])
def test_record_convention_easing_curfew_or_emergency_concedes(codebook, code):
    assert codebook.plover_for(code, record_convention=True).type == "CONCEDE"


@pytest.mark.parametrize("code, kind", [("0841", "RETREAT"), ("081", "CONCEDE"), ("0832", "CONCEDE"), ("190", "ASSAULT")])
def test_record_convention_leaves_other_codes(codebook, code, kind):
    assert codebook.plover_for(code, record_convention=True).type == kind


@pytest.mark.parametrize("entry", [
    '"0831": {type: RETIRE}',
    '"0831": {type: RETREAT, mode: quit}',
    '"08x1": {type: RETREAT}',
    '"0899": {type: RETREAT}',  # no CAMEO code
    '"010": {type: RETREAT}',   # a code with no PLOVER event
])
def test_bad_record_types_rows_are_rejected(tmp_path, entry):
    from eventcoder.codebook.loader import PLOVER_FILE

    head = PLOVER_FILE.read_text(encoding="utf-8").split("record_types:")[0]
    text = head + "record_types:\n  " + entry + "\n"
    path = tmp_path / "plover.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        Codebook.load(plover_path=path)
    # the bad row's own line is named
    assert caught.value.path == str(path)
    assert caught.value.line == head.count("\n") + 2, caught.value


def test_coder_uses_record_convention_with_modality_as_intent(nlp):
    from eventcoder.pipeline import Coder, CoderOptions
    from eventcoder.records import Article

    text = "Pakistan's President Pervez Musharraf resigned on Monday."
    plain = Coder(nlp=nlp).code_article(Article(article_id="a", text=text))
    records = Coder(CoderOptions(modality_as_intent=True), nlp=nlp).code_article(Article(article_id="a", text=text))
    assert [(e.cameo, e.plover.type) for e in plain] == [("0831", "CONCEDE")]
    assert [(e.cameo, e.plover.type, e.plover.mode) for e in records] == [("0831", "RETREAT", "resign")]
