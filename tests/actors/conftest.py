"""Fixtures of the actor tests: the dictionary loads once per session."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="session")
def dictionary():
    return ActorDictionary.load()


@pytest.fixture(scope="session")
def actor_codes(make_document, dictionary):
    """text (and publication date) -> {actor text: actor code} from find_actors."""

    def run(text: str, published: str = "2017-03-24") -> dict:
        return {m.actor.text: m.actor.code for m in find_actors(make_document(text, published=published), dictionary)}

    return run
