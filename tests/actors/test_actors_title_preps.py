"""'Ambassador to Russia': the envoy is the sender's, the posting country its own mention (session 23); a role
followed by a preposition of the verb is not part of the role."""

from __future__ import annotations


def test_title_keeps_its_sender(actor_codes):
    found = actor_codes("The US ambassador to Russia met Sergei Lavrov.")
    assert found["The US ambassador"] == "USAGOV" and found["Russia"] == "RUS"


def test_verb_preposition_is_not_part_of_the_role(actor_codes):
    found = actor_codes("Mexican authorities extradited a drug lord to the United States.")
    assert "a drug lord" in found and found["the United States"] == "USA"
