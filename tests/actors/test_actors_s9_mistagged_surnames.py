"""A known officeholder's bare surname that the small model tags as a one-word place or organisation."""

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
