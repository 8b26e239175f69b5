"""The built-in CAMEO codebook: coverage, Goldstein weights, quad classes, tree structure."""

from __future__ import annotations

import pytest

from eventcoder.codebook import CAMEO_ROOTS, Codebook, UnknownCodeError, quad_class_of_root


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return Codebook.load()


def test_counts(codebook):
    codes = codebook.codes()
    assert len(codebook.roots()) == 20
    assert len(codes) >= 300
    by_level = {1: 0, 2: 0, 3: 0}
    for entry in codes:
        by_level[entry.level] += 1
    assert by_level[1] == 20
    # CAMEO 1.1b3: 149 base codes and 149 leaves (incl. the 1.1b3 additions 155, 176, 1834, 1951, 1952)
    assert by_level[2] == 149
    assert by_level[3] == 149


def test_every_root_present_with_its_name(codebook):
    assert [c.code for c in codebook.roots()] == list(CAMEO_ROOTS)
    assert codebook.cameo("04").name == "Consult"
    assert codebook.cameo("19").name == "Fight"
    assert codebook.cameo("20").name == "Use unconventional mass violence"


@pytest.mark.parametrize(
    "code, goldstein",
    [
        ("010", 0.0),
        ("016", -2.0),
        ("036", 4.0),
        ("042", 1.9),
        ("043", 2.8),
        ("046", 7.0),
        ("057", 8.0),
        ("072", 8.3),
        ("0874", 10.0),
        ("130", -4.4),
        ("145", -7.5),
        ("163", -8.0),
        ("165", -6.5),
        ("171", -9.2),
        ("182", -9.5),
        ("195", -10.0),
    ],
)
def test_known_goldstein_weights(codebook, code, goldstein):
    assert codebook.cameo(code).goldstein == goldstein


def test_known_names(codebook):
    assert codebook.cameo("042").name == "Make a visit"
    assert codebook.cameo("0871").name == "Declare truce or ceasefire"
    assert codebook.cameo("1622").name == "Reduce or stop military aid"


@pytest.mark.parametrize(
    "root, quad", [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)]
)
def test_quad_class_of_root(root, quad):
    assert quad_class_of_root(root) == quad


def test_every_code_takes_quad_class_and_root_from_its_root(codebook):
    for entry in codebook.codes():
        assert entry.root == entry.code[:2]
        assert entry.quad_class == quad_class_of_root(entry.root), entry.code
    assert codebook.cameo("0874").quad_class == 2
    assert codebook.cameo("112").quad_class == 3


def test_every_code_has_its_parent_and_a_sane_weight(codebook):
    for entry in codebook.codes():
        if len(entry.code) > 2:
            assert codebook.has(entry.code[:-1]), entry.code
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.name.strip() == entry.name and entry.name


def test_codes_in_tree_order(codebook):
    codes = [c.code for c in codebook.codes()]
    assert codes == sorted(codes)
    assert codes[:3] == ["01", "010", "011"]
    assert codes.index("021") < codes.index("0211") < codes.index("022")


def test_unknown_code_raises_clear_key_error(codebook):
    assert not codebook.has("999")
    assert not codebook.has(42)  # type: ignore[arg-type]
    with pytest.raises(KeyError) as caught:
        codebook.cameo("0429")
    assert "unknown CAMEO code '0429'" in str(caught.value)
    with pytest.raises(UnknownCodeError, match="leading zeros"):
        codebook.cameo("42")
