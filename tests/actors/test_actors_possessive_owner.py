"""A role owned by 'its'/'their' takes the country of the actor named just before it."""

from __future__ import annotations


def test_its_troops_belong_to_the_country_before(actor_codes):
    found = actor_codes("Russia completed the withdrawal of its troops from Afghanistan.")
    assert found["its troops"] == "RUSMIL"


def test_equipment_owned_by_a_country_is_an_actor(actor_codes):
    found = actor_codes("Israel said its warplanes struck targets in Lebanon.")
    assert found["its warplanes"] == "ISRMIL"


def test_no_owner_with_a_country_leaves_the_role_alone(actor_codes):
    found = actor_codes("The army said its soldiers killed 12 rebels.")
    assert found["its soldiers"] == "MIL"
