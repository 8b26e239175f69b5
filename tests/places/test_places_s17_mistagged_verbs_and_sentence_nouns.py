"""Session 17: a name right after an inflected place-only verb is a place whatever the tagger made of the verb
("the rebel group overran Sinjar" with "overran" tagged a proper noun); a common noun that opens a sentence is no
town for being capitalised ("Villages including ..." is not The Villages, Florida) (places/toponyms.py)."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: loc.country for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_name_after_mistagged_place_only_verb(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Two weeks after the rebel group overran Sinjar, a few families have gone back to their farms.")
    assert found.get("Sinjar") == "IRQ"


def test_well_parsed_place_only_verb_still_works(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "A year after the militia group seized Kidal, the market reopened.")
    assert found.get("Kidal") == "MLI"


def test_sentence_opening_common_noun_is_no_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Villages including Lefkimi and Soufli were evacuated as the fire spread in Greece.")
    assert "Villages" not in found
    assert found.get("Soufli") == "GRC" and found.get("Greece") == "GRC"
