"""Session 13: a name qualified once is that place throughout the story ("Tripoli, Lebanon's second city"), the
story's country is counted at the places chosen in the end, a nationality on a settlement noun in apposition says
the country ("Zalambessa, the Ethiopian border town"), and a country naming a street is no place ("Syria
Street") (places/toponyms.py, cues.yaml street_words)."""

from __future__ import annotations

from eventcoder.places import find_toponyms

TRIPOLI = ("Gunmen exchanged fire in the Bab al-Tabbaneh district of Tripoli, Lebanon's second city, after a "
           "funeral. The neighbourhood, long divided from the hilltop district of Jabal Mohsen by Syria Street, "
           "has been calm. Thousands of Syrian refugees live in Tripoli. Tripoli in Lebanon is distinct from the "
           "Libyan capital of the same name.")


def test_every_mention_of_a_qualified_name_is_that_place(make_document, gazetteer_15000):
    tripolis = [loc for loc in find_toponyms(make_document(TRIPOLI), [], gazetteer_15000) if loc.text == "Tripoli"]
    assert len(tripolis) == 3
    assert {loc.country for loc in tripolis} == {"LBN"}


def test_story_country_counts_the_final_places_and_streets_are_no_places(make_document, gazetteer_15000):
    places = {loc.text: loc for loc in find_toponyms(make_document(TRIPOLI), [], gazetteer_15000)}
    assert "Syria" not in places
    assert places["Jabal Mohsen"].country == "LBN"


def test_nationality_on_an_apposition_says_the_country(make_document, gazetteer_15000):
    text = ("Landslides buried homes south of San José, Costa Rica's emergency commission said. San José, the "
            "Costa Rican capital, should not be confused with the California city of the same name.")
    places = [loc for loc in find_toponyms(make_document(text), [], gazetteer_15000) if loc.text == "San José"]
    assert [loc.country for loc in places] == ["CRI", "CRI"]
    assert all(loc.precision == "city" for loc in places)


def test_settlement_in_a_story_set_elsewhere_is_no_foreign_namesake(make_document, gazetteer_15000):
    text = ("Myanmar army troops burned homes in villages in Sagaing region, residents said. The soldiers "
            "travelled by boat upstream from Monywa and landed near Kani township, Myanmar's army said.")
    kani = [loc for loc in find_toponyms(make_document(text), [], gazetteer_15000) if loc.text == "Kani"]
    assert [(loc.country, loc.precision) for loc in kani] == [("MMR", "country")]
