"""Session 23 (benchmarks/gold/places6_dev.jsonl): "Health" opening a sentence is no town (one letter from Heath);
towns of the Ebola epidemics the city list lacks are in facilities.tsv (Likati is not Likasi, 1,000 km away)."""

from __future__ import annotations


def test_health_opening_a_sentence_is_no_town(found_places):
    found = found_places(
        "ATLANTA (AP) — Health officials said Tuesday that a measles outbreak in Rockland County, N.Y., "
        "has spread.")
    assert "Health" not in found


def test_ebola_towns_the_city_list_lacks(found_places):
    found = found_places(
        "The WHO confirmed an Ebola outbreak in Likati health zone, in Bas-Uele province. The epidemic "
        "in West Africa began in the village of Meliandou.")
    assert found["Likati"][:2] == ("Likati", "COD")
    assert found["Meliandou"][1] == "GIN"


def test_border_crossing_named_by_its_town(found_places):
    found = found_places(
        "In neighbouring Liberia, soldiers closed the border crossing at Bo Waterside.")
    assert found["Bo Waterside"][1] == "LBR"


def test_mabalako_and_mangina_lie_west_of_beni(gazetteer_5000):
    # (both some 20-30 km west and south-west of Beni, 0.49 N 29.47 E; not 15-30 km north of it)
    for name in ("Mabalako", "Mangina"):
        place = next(p for p in gazetteer_5000.lookup(name) if p.country == "COD")
        assert 0.4 <= place.lat <= 0.56 and 29.15 <= place.lon <= 29.35
