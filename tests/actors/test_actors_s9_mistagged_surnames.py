"""Session 9 actor rules: mistagged surnames of officeholders, country words on border places."""

from __future__ import annotations


def test_a_surname_tagged_as_an_organisation_is_the_person(actor_codes):
    # The small model tags "Biden" here as ORG.
    assert actor_codes("Biden met Macron in Paris.", published="2022-05-17")["Biden"] == "USAGOV"


def test_a_surname_tagged_as_a_place_is_the_person(actor_codes):
    # ... and "Scholz" as GPE.
    assert actor_codes("Scholz visited Kyiv.", published="2022-05-17")["Scholz"] == "DEUGOV"


def test_a_longer_organisation_name_is_no_person(actor_codes):
    codes = actor_codes("Trump Hotels announced layoffs in Atlantic City.", published="2019-05-17")
    assert not any(code.startswith("USAGOV") for code in codes.values())


def test_a_country_word_on_border_places_is_the_country(actor_codes):
    # "the Thai border" alone is a place; "Armenian border villages" are Armenia's villages.
    assert actor_codes("Azerbaijani forces shelled Armenian border villages overnight.")["Armenian"] == "ARM"
    assert actor_codes("Syrian troops shelled Turkish border towns.")["Turkish"] == "TUR"
    assert "Thai" not in actor_codes("Refugees crossed the Thai border on Monday.")
