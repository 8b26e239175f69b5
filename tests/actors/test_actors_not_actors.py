"""Country words that name a place or a language, not an actor."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


def codes(make_document, dictionary, text):
    return [(m.actor.text, m.actor.code) for m in find_actors(make_document(text), dictionary)]


def test_border_and_language_are_not_actors(make_document, dictionary):
    text = "Burmese troops captured a camp on the Thai border near the Russian language school."
    mentions = find_actors(make_document(text), dictionary)
    assert [(m.actor.text, m.actor.code) for m in mentions if m.kind != "border"] == [("Burmese troops", "MMRMIL")]
    # (session 11: the border's country is kept apart, kind "border", for acts aimed at a border only)
    assert [(m.actor.text, m.actor.code) for m in mentions if m.kind == "border"] == [("Thai", "THA")]


def test_border_police_are_still_actors(make_document, dictionary):
    assert codes(make_document, dictionary, "Thai border police arrested two men.") == [("Thai border police", "THACOP")]


def test_country_leading_a_campaign_is_the_actor_of_the_phrase(make_document, dictionary):
    found = codes(make_document, dictionary, "Turkey refused any assistance to the US-led war against Iraq.")
    assert ("the US-led war", "USA") in found


def test_made_in_a_country_is_still_not_an_actor(make_document, dictionary):
    assert codes(make_document, dictionary, "Russian-made jets bombed the port.") == []
