"""The seed article (shared dev data; skipped when absent), published 2017-03-25."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def seed_mentions(shared_data, make_document):
    path = shared_data / "seed_article.txt"
    if not path.exists():
        pytest.skip("seed article not present")
    document = make_document(path.read_text(encoding="utf-8"), published="2017-03-25")
    return find_actors(document, ActorDictionary.load())


def _find(mentions, text):
    return [m for m in mentions if m.actor.text == text]


@pytest.mark.parametrize(
    "text, code",
    [
        ("Iranian President Hassan Rouhani", "IRNGOV"),
        ("Russian President Vladimir Putin", "RUSGOV"),
        ("Russian Prime Minister Dmitry Medvedev", "RUSGOV"),
        ("Iranian Ambassador to Russia Mehdi Sanai", "IRNGOV"),
        ("Iranian entrepreneurs", "IRNBUS"),
        ("business owners", "IRNBUS"),
        ("the Syrian government", "SYRGOV"),
        ("the opposition groups", "SYROPP"),
        ("UN Security Council", "IGOUNO"),
        ("Moscow", "RUSGOV"),
        ("Tehran", "IRNGOV"),
        ("Rouhani", "IRNGOV"),
        ("Putin", "RUSGOV"),
        ("President Bashar al-Assad", "SYRGOV"),
    ],
)
def test_seed_actor_codes(seed_mentions, text, code):
    found = _find(seed_mentions, text)
    assert found, text
    assert {m.actor.code for m in found} == {code}


def test_seed_two_sides_are_iran_and_russia(seed_mentions):
    assert sorted(m.actor.code for m in _find(seed_mentions, "the two sides")) == ["IRN", "RUS"]
    assert sorted(m.actor.code for m in _find(seed_mentions, "The two presidents")) == ["IRNGOV", "RUSGOV"]


def test_seed_esmaeili_is_an_iranian_official(seed_mentions):
    esmaeili = [m for m in seed_mentions if m.actor.name == "Parviz Esmaeili"]
    assert len(esmaeili) >= 2
    assert {m.actor.code for m in esmaeili} == {"IRNGOV"}


def test_seed_delegations_of_the_two_countries(seed_mentions):
    found = _find(seed_mentions, "senior delegations of the two countries")
    assert sorted(m.actor.code for m in found) == ["IRNGOV", "RUSGOV"]
