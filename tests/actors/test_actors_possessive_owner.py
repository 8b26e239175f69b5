"""A role owned by 'its'/'their' takes the country of the actor named just before it."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


def codes(make_document, dictionary, text):
    return {m.actor.text: m.actor.code for m in find_actors(make_document(text), dictionary)}


def test_its_troops_belong_to_the_country_before(make_document, dictionary):
    found = codes(make_document, dictionary, "Russia completed the withdrawal of its troops from Afghanistan.")
    assert found["its troops"] == "RUSMIL"


def test_equipment_owned_by_a_country_is_an_actor(make_document, dictionary):
    found = codes(make_document, dictionary, "Israel said its warplanes struck targets in Lebanon.")
    assert found["its warplanes"] == "ISRMIL"


def test_no_owner_with_a_country_leaves_the_role_alone(make_document, dictionary):
    found = codes(make_document, dictionary, "The army said its soldiers killed 12 rebels.")
    assert found["its soldiers"] == "MIL"
