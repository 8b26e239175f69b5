"""Session 13: a rare name the syntax called a place is that place again where it comes back, whatever the tagger
calls it then ("Zalambessa was heavily damaged"); "<town> in <country>" says a known town is meant ("Most of
Beledweyne in central Somalia"); names listed on a British plural settlement noun ("the Kooshin and Xaawo Taako
neighbourhoods"), but not peoples ("Dogon and Fulani communities") (places/toponyms.py)."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def mentions(document, gazetteer, name):
    return [loc for loc in find_toponyms(document, [], gazetteer) if loc.text == name]


def test_rare_place_name_again_is_the_place_again(make_document, gazetteer_15000):
    text = ("Traders have begun crossing again at Zalambessa, the Ethiopian border town, residents said. "
            "Officials in Mekelle, capital of Ethiopia's Tigray region, said the trade was informal. "
            "Zalambessa was heavily damaged during the war.")
    found = mentions(make_document(text), gazetteer_15000, "Zalambessa")
    assert [loc.country for loc in found] == ["ETH", "ETH"]


def test_known_town_in_a_country(make_document, gazetteer_15000):
    text = "Most of Beledweyne in central Somalia was under water on Sunday."
    assert [loc.country for loc in mentions(make_document(text), gazetteer_15000, "Beledweyne")] == ["SOM"]


def test_names_on_a_british_plural_settlement_noun(make_document, gazetteer_15000):
    text = ("Most of Beledweyne in central Somalia was under water on Sunday. The town, capital of the Hiraan "
            "region, is split in two by the river, and residents of the Kooshin and Xaawo Taako neighbourhoods were "
            "evacuated by boat. Aid agencies said camps on the edge of Mogadishu in Somalia were full.")
    assert [loc.country for loc in mentions(make_document(text), gazetteer_15000, "Kooshin")] == ["SOM"]


def test_peoples_listed_on_communities_are_no_places(make_document, gazetteer_15000):
    text = ("Ogossagou lies in the Bankass circle of Mali, where Dogon and Fulani communities have clashed. "
            "Mali's army was sent to Mopti in Mali.")
    assert mentions(make_document(text), gazetteer_15000, "Dogon") == []
