"""Session 13: natural features named by their last word ("Qarnayel Ridge", "Tarkwa Hill", "the Panj River"),
pieces of a feature's name that are no towns ("the Siversky Donets river"), and border rivers without a country
(places/toponyms.py, cues.yaml feature_name_endings, regions.tsv)."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def found(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


def test_hill_tagged_as_a_person_after_a_preposition_is_a_place(make_document, gazetteer_15000):
    text = ("Fighters withdrew from Tarkwa Hill on Monday after days of clashes in Nigeria. "
            "The army said Nigeria's troops had taken the area.")
    places = found(make_document(text), gazetteer_15000)
    assert "Tarkwa Hill" in places
    assert places["Tarkwa Hill"].country == "NGA"


def test_person_named_like_a_feature_is_no_place(make_document, gazetteer_15000):
    places = found(make_document("Former secretary Tom Ridge met Fiona Hill in Washington on Monday."),
                   gazetteer_15000)
    assert set(places) == {"Washington"}


def test_ridge_and_mount_hill_are_places(make_document, gazetteer_15000):
    text = ("Government troops retook Mount Tabor Hill and Kafr Zita Ridge in Syria on Sunday, "
            "Syria's army said.")
    places = found(make_document(text), gazetteer_15000)
    assert places["Mount Tabor Hill"].country == "SYR"
    assert places["Kafr Zita Ridge"].country == "SYR"


def test_pieces_of_a_feature_name_are_no_towns(make_document, gazetteer_15000):
    text = "Troops advanced along the Siversky Donets river in Ukraine."
    places = found(make_document(text), gazetteer_15000)
    assert "Siversky" not in places and "Donets" not in places
    assert any(name.startswith("Siversky Donets") for name in places)


def test_border_river_has_no_country(make_document, gazetteer_15000):
    text = "Two men drowned crossing the Ruvuma River into Mozambique from Tanzania."
    places = found(make_document(text), gazetteer_15000)
    river = places["Ruvuma River"]
    assert river.country is None and river.precision == "region"
    assert places["Mozambique"].country == "MOZ"


def test_feature_name_endings_are_required(tmp_path):
    import pytest

    from eventcoder.errors import DataFileError
    from eventcoder.places.cues import CUES_FILE, PlaceCues

    text = CUES_FILE.read_text(encoding="utf-8")
    start = text.index("feature_name_endings:")
    broken = tmp_path / "cues.yaml"
    broken.write_text(text[:start] + text[text.index("\n", start) + 1:], encoding="utf-8")
    with pytest.raises(DataFileError, match="feature_name_endings"):
        PlaceCues.load(broken)
