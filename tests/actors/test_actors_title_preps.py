"""'Ambassador to Russia' is one title; a role followed by a preposition of the verb is not."""

from __future__ import annotations


def test_title_keeps_its_preposition(actor_codes):
    found = actor_codes("The US ambassador to Russia met Sergei Lavrov.")
    assert found["The US ambassador to Russia"] == "USAGOV"


def test_verb_preposition_is_not_part_of_the_role(actor_codes):
    found = actor_codes("Mexican authorities extradited a drug lord to the United States.")
    assert "a drug lord" in found and found["the United States"] == "USA"
