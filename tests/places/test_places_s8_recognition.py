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
