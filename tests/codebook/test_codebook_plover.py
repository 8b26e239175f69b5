"""The PLOVER ontology and the CAMEO -> PLOVER crosswalk in the built-in codebook."""

from __future__ import annotations

import pytest

from eventcoder.codebook import Codebook, UnknownCodeError
from eventcoder.records import Plover


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return Codebook.load()


def test_sixteen_types_with_quad_classes(codebook):
    quads = {t.name: t.quad_class for t in codebook.plover_types()}
    assert quads == {
        "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
        "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
        "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
    }  # fmt: skip


def test_type_scores_and_mode_scores(codebook):
    consult = codebook.plover_type("CONSULT")
    assert consult.score == 2.5
    assert consult.mode_scores == {"visit": 4.0, "phone": 1.5}
    assert consult.score_for("visit") == 4.0
    assert consult.score_for("multilateral") == 2.5
    assert consult.score_for(None) == 2.5
    assert codebook.plover_type("AID").score == 10.0
    assert codebook.plover_type("ASSAULT").score == -9.0
    assert codebook.plover_type("REQUEST").score == 0.0


def test_modes_and_recipients(codebook):
    assert codebook.plover_type("CONSULT").modes == ("visit", "third-party", "multilateral", "phone")
    assert "ceasefire" in codebook.plover_type("RETREAT").modes
    assert codebook.plover_type("AGREE").modes == ()
    required = {t.name for t in codebook.plover_types() if t.recipient_required}
    assert required == {"COOPERATE", "AID", "SANCTION"}


def test_contexts(codebook):
    assert len(codebook.contexts) == 37
    assert {"military", "pro_democracy", "illegal_drugs", "cbrn"} <= set(codebook.contexts)


@pytest.mark.parametrize(
    "label, expected",
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
     ("fight", "ASSAULT"), (" Consult ", "CONSULT"), ("ACCUSE", "ACCUSE")],
)  # fmt: skip
def test_legacy_labels(codebook, label, expected):
    assert codebook.normalise_plover_label(label) == expected
    assert codebook.plover_type(label).name == expected


def test_unknown_label(codebook):
    with pytest.raises(UnknownCodeError, match="unknown PLOVER event type 'BOMB'"):
        codebook.plover_type("BOMB")


@pytest.mark.parametrize(
    "root, plover_type",
    [("01", None), ("02", None), ("03", "AGREE"), ("04", "CONSULT"), ("05", "SUPPORT"), ("06", "COOPERATE"),
     ("07", "AID"), ("08", "CONCEDE"), ("09", "ACCUSE"), ("10", "REQUEST"), ("11", "ACCUSE"), ("12", "REJECT"),
     ("13", "THREATEN"), ("14", "PROTEST"), ("15", "MOBILIZE"), ("16", "SANCTION"), ("17", "COERCE"),
     ("18", "ASSAULT"), ("19", "ASSAULT"), ("20", "ASSAULT")],
)  # fmt: skip
def test_root_crosswalk(codebook, root, plover_type):
    assert codebook.cameo(root).plover_type == plover_type
    assert codebook.plover_for(root).type == plover_type


def test_no_plover_event_for_statements_and_appeals(codebook):
    for entry in codebook.codes():
        if entry.root in ("01", "02"):
            assert entry.plover_type is None, entry.code
            assert codebook.plover_for(entry.code) == Plover(type=None)
        else:
            assert entry.plover_type is not None, entry.code


def test_yield_splits_into_concede_and_retreat(codebook):
    assert codebook.cameo("081").plover_type == "CONCEDE"
    assert codebook.cameo("083").plover_type == "CONCEDE"
    for code in ("084", "085", "086", "087", "0871"):
        assert codebook.cameo(code).plover_type == "RETREAT", code
    assert codebook.plover_for("0871") == Plover("RETREAT", "ceasefire", ("military",), 6.5)


def test_leaf_exceptions(codebook):
    # The 2021 crosswalk puts 163 under COERCE; PLOVER's own SANCTION definition and its gold records code
    # imposed sanctions and embargoes as SANCTION, so we do too.
    assert codebook.cameo("163").plover_type == "SANCTION"
    assert codebook.cameo("1712").plover_type == "ASSAULT"
    assert codebook.cameo("175").plover_type == "ASSAULT"
    assert codebook.cameo("191").plover_type == "COERCE"
    assert codebook.cameo("192").plover_type == "COERCE"
    assert codebook.cameo("1952").plover_mode == "drone"


def test_every_mode_and_context_in_the_codebook_is_valid(codebook):
    used_types = set()
    for entry in codebook.codes():
        if entry.plover_type is None:
            continue
        used_types.add(entry.plover_type)
        plover_type = codebook.plover_type(entry.plover_type)
        assert entry.plover_mode is None or entry.plover_mode in plover_type.modes, entry.code
        assert set(entry.plover_contexts) <= set(codebook.contexts), entry.code
    assert used_types == {t.name for t in codebook.plover_types()}


def test_plover_for_scores_from_mode(codebook):
    assert codebook.plover_for("042") == Plover("CONSULT", "visit", (), 4.0)
    assert codebook.plover_for("041").score == 1.5
    assert codebook.plover_for("046").score == 2.5
    assert codebook.plover_for("072") == Plover("AID", None, ("military",), 10.0)


def test_plover_for_merges_contexts(codebook):
    plover = codebook.plover_for("195", ["terrorism", "military"])
    assert plover.type == "ASSAULT"
    assert plover.mode == "aerial"
    assert plover.contexts == ("military", "terrorism")
    with pytest.raises(ValueError, match="unknown PLOVER context 'warfare'"):
        codebook.plover_for("195", ["warfare"])
    with pytest.raises(KeyError):
        codebook.plover_for("999")
