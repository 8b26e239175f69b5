"""Session 23 (benchmarks/gold/places6_dev.jsonl): "Health" opening a sentence is no town (one letter from Heath);
towns of the Ebola epidemics the city list lacks are in facilities.tsv (Likati is not Likasi, 1,000 km away)."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: (loc.name, loc.country, loc.precision)
            for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_health_opening_a_sentence_is_no_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "ATLANTA (AP) — Health officials said Tuesday that a measles outbreak in Rockland County, N.Y., "
                   "has spread.")
    assert "Health" not in found


def test_ebola_towns_the_city_list_lacks(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "The WHO confirmed an Ebola outbreak in Likati health zone, in Bas-Uele province. The epidemic "
                   "in West Africa began in the village of Meliandou.")
    assert found["Likati"][:2] == ("Likati", "COD")
    assert found["Meliandou"][1] == "GIN"


def test_border_crossing_named_by_its_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "In neighbouring Liberia, soldiers closed the border crossing at Bo Waterside.")
    assert found["Bo Waterside"][1] == "LBR"
