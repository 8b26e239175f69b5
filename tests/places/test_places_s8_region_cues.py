"""What the text says makes a name a state or province: a qualified town, a governor, the name said once."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def located(document, gazetteer):
    return [(location.text, location.name, location.precision) for location in find_toponyms(document, [], gazetteer)]


def test_the_name_after_a_town_and_a_comma_is_the_state(make_document, gazetteer_15000):
    text = "Patients may be sent to Buffalo, New York for treatment."
    assert ("New York", "New York state", "region") in located(make_document(text), gazetteer_15000)


def test_a_governor_makes_the_name_a_state(make_document, gazetteer_15000):
    text = "New York Governor Andrew Cuomo declared a public health emergency."
    assert ("New York", "New York state", "region") in located(make_document(text), gazetteer_15000)


def test_a_state_named_like_its_city_leaves_the_bare_name_to_the_city(make_document, gazetteer_15000):
    # "New York state" once does not make every "New York" the state (as "Kano State" and "Kano").
    text = ("The governor declared a disaster throughout New York state on Friday. "
            "Flights to New York were cancelled.")
    assert ("New York", "New York City", "city") in located(make_document(text), gazetteer_15000)


def test_new_york_alone_is_the_city(make_document, gazetteer_15000):
    text = "At least 75 people have died of the flu in New York since April."
    assert located(make_document(text), gazetteer_15000) == [("New York", "New York City", "city")]


def test_a_list_of_towns_is_not_a_town_and_its_state(make_document, gazetteer_15000):
    text = "Protests were held in London, Paris and Berlin on Saturday."
    names = {text: name for text, name, _ in located(make_document(text), gazetteer_15000)}
    assert names["Paris"] == "Paris" and names["Berlin"] == "Berlin"


def test_a_town_inside_a_place_of_another_country_is_not_the_namesake(make_document, gazetteer_15000):
    # Only Kallam, India is in the gazetteer (as "Kalam"); the text puts Kalam in Pakistan's Swat Valley.
    text = "The helicopter crashed in the tourist town of Kalam in the Swat Valley, Pakistan."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Kalam"].country == "PAK"


def test_another_spelling_of_a_town_in_a_country_the_story_never_names(make_document, gazetteer_15000):
    # "Cholon" is listed only as another name of Holon, Israel; the story is set in Vietnam.
    text = ("North Vietnamese forces attacked Saigon, Cholon and Hue. Fighting in Vietnam spread to "
            "Da Nang and Quang Tri.")
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert "Cholon" not in places or places["Cholon"].country == "VNM"
    assert places["Saigon"].country == "VNM"


def test_a_state_named_like_a_country_among_other_states(make_document, gazetteer_15000):
    text = "The storm hit Georgia and the Carolinas before moving into Virginia."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Georgia"].country == "USA" and places["Georgia"].precision == "region"


def test_the_country_georgia_in_a_story_naming_the_united_states(make_document, gazetteer_15000):
    text = "The United States pledged aid to Georgia after the war with Russia."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Georgia"].country == "GEO"
