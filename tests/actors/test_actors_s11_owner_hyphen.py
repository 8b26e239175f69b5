"""Session 11: a country word before "-flagged", "-owned", "-held" is the owner of the thing, an actor of its own."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


def _mentions(make_document, dictionary, text):
    document = make_document(text)
    return [(document.doc[m.token_start:m.token_end].text, m.actor.code) for m in find_actors(document, dictionary)]


@pytest.mark.parametrize("text, mention", [
    ("Iran released the British-flagged tanker.", ("British", "GBR")),
    ("Pirates boarded a Greek-owned bulk carrier.", ("Greek", "GRC")),
    ("The navy escorted a Panama-registered ship.", ("Panama", "PAN")),
    ("Drones struck Russian-held towns.", ("Russian", "RUS")),
])
def test_owner_before_hyphen(make_document, dictionary, text, mention):
    assert mention in _mentions(make_document, dictionary, text)


@pytest.mark.parametrize("text, word", [
    ("The army fired Russian-made rockets.", "Russian"),
    ("An Iranian-backed militia attacked the base.", "Iranian"),
    ("A missile fell into the Sea of Japan.", "Japan"),
    ("Tankers waited in the Gulf of Oman.", "Oman"),
    ("Latin American leaders met in Brasilia.", "American"),
    ("The Minsk agreements collapsed.", "Minsk"),
    ("Militants attacked a town on the shores of Lake Chad.", "Chad"),
])
def test_maker_or_backer_is_no_actor(make_document, dictionary, text, word):
    assert not any(word in t for t, _c in _mentions(make_document, dictionary, text))


def test_labour_federations_and_drivers_are_labour(make_document, dictionary):
    assert ("Argentina's main labor federation", "ARGLAB") in _mentions(
        make_document, dictionary, "Argentina's main labor federation called a strike.")
    assert ("Brazil's truck drivers", "BRALAB") in _mentions(make_document, dictionary, "Brazil's truck drivers went on strike.")


def test_brussels_acting_is_the_eu_but_a_place_after_in(make_document, dictionary):
    assert ("Brussels", "IGOEUREEC") in _mentions(make_document, dictionary, "Brussels threatened to freeze funds for Hungary.")
    assert ("Brussels", "IGOEUREEC") not in _mentions(make_document, dictionary, "Police in Brussels arrested two men.")
