"""US counties: named "X County" or "X Parish", placed at the state the story points to."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def resolved(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


def test_a_county_list_entry_names_its_state(gazetteer_15000):
    names = {place.name for place in gazetteer_15000.lookup("Fulton County")}
    assert "Fulton County, Georgia" in names and "Fulton County, Illinois" in names
    assert all(place.kind == "county" and place.country == "USA" for place in gazetteer_15000.lookup("Fulton County"))


def test_a_county_takes_the_state_named_elsewhere_in_the_story(make_document, gazetteer_15000):
    text = ("Dead birds were found near Rice Lake in Fulton County on Monday. "
            "Illinois officials said the birds carried the virus.")
    fulton = resolved(make_document(text), gazetteer_15000)["Fulton County"]
    assert fulton.name == "Fulton County, Illinois" and fulton.precision == "region"


def test_a_county_takes_the_state_of_a_city_in_the_story(make_document, gazetteer_15000):
    text = "Flooding closed roads in Atlanta and across Fulton County on Tuesday."
    fulton = resolved(make_document(text), gazetteer_15000)["Fulton County"]
    assert fulton.name == "Fulton County, Georgia"


def test_a_louisiana_parish(make_document, gazetteer_15000):
    text = "The storm flooded homes in St. Tammany Parish, officials in Louisiana said."
    parish = resolved(make_document(text), gazetteer_15000)["St. Tammany Parish"]
    assert parish.country == "USA" and parish.name.endswith("Louisiana")


def test_a_county_name_is_not_the_namesake_town(make_document, gazetteer_15000):
    # The town of Orange, California is not the county.
    text = "Wildfires burned in Orange County, California, forcing thousands to flee."
    orange = resolved(make_document(text), gazetteer_15000)["Orange County"]
    assert orange.name == "Orange County, California" and orange.precision == "region"
