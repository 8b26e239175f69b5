"""Older names and common misspellings of countries in wire news code as today's country."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Afganistan", "AFG"),
        ("Kampuchea", "KHM"),
        ("Burma", "MMR"),
        ("Zaire", "COD"),
        ("Soviet Union", "RUS"),
        ("USSR", "RUS"),
        ("West Germany", "DEU"),
        ("East Germany", "DEU"),
        ("Czechoslovakia", "CZE"),
        ("Yugoslavia", "SRB"),
        ("Rhodesia", "ZWE"),
        ("Upper Volta", "BFA"),
        ("Phillippines", "PHL"),
        ("Kazakstan", "KAZ"),
        ("Rumania", "ROU"),
    ],
)
def test_old_and_misspelled_country_names(dictionary, name, code):
    assert dictionary.country_code(name) == code


def test_soviet_adjective_codes_the_country(make_document, dictionary):
    mentions = find_actors(make_document("Soviet troops crossed the river.", published="1988-05-02"), dictionary)
    assert [m.actor.code for m in mentions] == ["RUSMIL"]


def test_misspelled_country_is_an_actor(make_document, dictionary):
    text = "Pakistan today rejected a fresh offer from Afganistan for direct talks."
    codes = [m.actor.code for m in find_actors(make_document(text), dictionary)]
    assert codes == ["PAK", "AFG"]


def test_hyphenated_soviet_stays_an_adjective(make_document, dictionary):
    text = "The German government welcomed progress in U.S.-Soviet nuclear talks."
    codes = [m.actor.code for m in find_actors(make_document(text), dictionary)]
    assert "RUS" not in codes
