"""Recognition: a name seen as a place is the same place when it comes again; "<village>, <country>"."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def found(document, gazetteer):
    return [(location.text, location.country) for location in find_toponyms(document, [], gazetteer)]


def test_a_place_named_again_inside_a_facility_name(make_document, gazetteer_5000):
    text = ("The outbreak began in the village of Pirbright in Surrey, England. "
            "Vehicles from the Pirbright laboratory used a road near the farm.")
    names = found(make_document(text), gazetteer_5000)
    assert names.count(("Pirbright", "GBR")) == 2


def test_a_country_ending_an_organisation_name_after_a_comma(make_document, gazetteer_15000):
    text = ("The virus is still spreading in Angola. The WHO urgently needs money to support "
            "the Ministry of Health, Angola.")
    assert found(make_document(text), gazetteer_15000).count(("Angola", "AGO")) == 2


def test_a_country_naming_a_war(make_document, gazetteer_15000):
    text = "Officials in Vietnam asked for help. The chemical was used during the Vietnam war."
    assert found(make_document(text), gazetteer_15000).count(("Vietnam", "VNM")) == 2


def test_a_city_naming_a_sports_event_is_not_repeated_as_a_place(make_document, gazetteer_15000):
    text = "Horses were tested in Melbourne. Officials said the Melbourne Cup will go ahead."
    assert found(make_document(text), gazetteer_15000).count(("Melbourne", "AUS")) == 1


def test_a_person_named_like_a_place_is_not_repeated_as_a_place(make_document, gazetteer_15000):
    text = "Flooding hit Paterson on Monday. Governor David Paterson declared an emergency."
    names = [name for name, _ in found(make_document(text), gazetteer_15000)]
    assert names.count("Paterson") == 1


def test_a_village_named_with_its_country_after_a_comma(make_document, gazetteer_5000):
    # Weiswampach (about 700 people) is below the city list; "Luxembourg" after the comma says which.
    text = "Dark clouds hung over the hills of Weiswampach, Luxembourg, during the race."
    assert ("Weiswampach", "LUX") in found(make_document(text), gazetteer_5000)


def test_a_surname_before_a_country_is_not_a_village(make_document, gazetteer_5000):
    text = "The study was led by Professor Smith, Canada's chief medical officer."
    assert [name for name, _ in found(make_document(text), gazetteer_5000)] == ["Canada"]


def test_a_word_sharing_the_next_names_rest(make_document, gazetteer_15000):
    text = "There are many species in the jungles of Central and South America."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Central"].name == "Central America"


def test_a_word_tagged_alone_still_shares_the_next_names_rest(make_document, gazetteer_15000):
    text = "The outbreak spread across East and West Africa."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["East"].name == "East Africa"


def test_given_span_sharing_the_next_names_rest(make_document, gazetteer_15000):
    from eventcoder.places import resolve_span

    text = "The talks between North and South Korea resumed on Monday."
    start = text.index("North")
    location = resolve_span(make_document(text), start, start + len("North"), gazetteer_15000)
    assert location is not None and location.country == "PRK"


def test_near_to_a_village(make_document, gazetteer_5000):
    # Biezun (about 1,900 people) is looked up among villages only when the syntax says it is a place.
    text = "A new case was discovered in a farm near to Bieżuń in central Poland."
    assert ("Bieżuń", "POL") in found(make_document(text), gazetteer_5000)


def test_letters_without_a_decomposition_are_folded(gazetteer_15000):
    from eventcoder.places.gazetteer import normalize_name

    assert normalize_name("Łódź") == normalize_name("Lodz") == "lodz"
    assert normalize_name("Doğubayazıt") == "dogubayazit"
    assert any(not p.alternate and p.country == "NOR" for p in gazetteer_15000.lookup("Tromso"))


def test_a_village_of_the_country_named_after_a_known_city_name(make_document, gazetteer_15000):
    # The city list (>= 15,000) holds only the English and Australian towns; the text says New Zealand.
    text = "Police were called to a house in Gladstone, New Zealand, on Sunday."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Gladstone"].country == "NZL"


def test_a_village_named_with_a_part_of_its_country(make_document, gazetteer_5000):
    text = "A cyclist from Weiswampach, northern Luxembourg, won the race."
    assert ("Weiswampach", "LUX") in found(make_document(text), gazetteer_5000)


def test_an_airport_known_by_one_word(make_document, gazetteer_15000):
    text = "He flew from Heathrow to Chicago on Sunday."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Heathrow"].country == "GBR" and places["Heathrow"].precision == "point"


def test_a_misspelt_country(make_document, gazetteer_15000):
    text = "The virus is also present in the Indian Ocean in Seychelles, in Mauritious and in Mayotte."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Mauritious"].country == "MUS"


def test_a_town_spelt_another_way_in_a_country_the_story_names(make_document, gazetteer_15000):
    text = "The children were from Dogu Beyazit, a farming town in eastern Turkey."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Dogu Beyazit"].name == "Doğubayazıt"


def test_a_near_spelling_needs_the_country_in_the_story(gazetteer_15000):
    assert gazetteer_15000.near_spellings("Dogu Beyazit") == []
    assert [p.country for p in gazetteer_15000.near_spellings("Dogu Beyazit", ["TUR"])] == ["TUR"]


def test_a_disease_named_after_a_river_is_no_place(make_document, gazetteer_15000):
    text = "It was the first recognized outbreak of Ebola hemorrhagic fever in Zaire."
    assert [name for name, _ in found(make_document(text), gazetteer_15000)] == ["Zaire"]


def test_a_person_captured_is_not_a_near_spelling(make_document, gazetteer_15000):
    # "Granda" is one letter from Granada, but nothing says it is a place.
    text = "Granda was captured in Venezuela on Dec. 13 by bounty hunters."
    assert found(make_document(text), gazetteer_15000) == [("Venezuela", "VEN")]


def test_a_list_of_cities_is_not_a_city_and_its_state(make_document, gazetteer_15000):
    text = "Tens of thousands demonstrated in Washington, New York, San Francisco and Los Angeles."
    places = {location.text: location for location in find_toponyms(make_document(text), [], gazetteer_15000)}
    assert places["Washington"].name == "Washington" and places["New York"].name == "New York City"
