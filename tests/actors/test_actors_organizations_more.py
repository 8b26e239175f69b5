"""Organisations added in bulk to organizations.tsv resolve in hand-written sentences."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


@pytest.fixture(scope="module")
def codes_in(make_document, dictionary):
    def run(text):
        document = make_document(text, published="2017-03-25")
        return [(m.actor.text, m.actor.code) for m in find_actors(document, dictionary)]

    return run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Warsaw Pact held manoeuvres near the border.", ("The Warsaw Pact", "IGOEURWSP")),
        ("Comecon agreed to cut oil deliveries.", ("Comecon", "IGOEURCMC")),
        ("The Non-Aligned Movement condemned the invasion.", ("The Non-Aligned Movement", "IGONAM")),
        ("ECOMOG troops recaptured the port.", ("ECOMOG troops", "IGOWAFWAS")),
        ("UNPROFOR withdrew from the enclave.", ("UNPROFOR", "IGOUNOMIL")),
        ("The Hague tribunal indicted two generals.", ("The Hague tribunal", "IGOUNOJUD")),
        ("Physicians for Human Rights criticised the army.", ("Physicians for Human Rights", "NGOHRI")),
        ("The Korean Central News Agency denounced the drills.", ("The Korean Central News Agency", "PRKMED")),
        ("The Irish Republican Army declared a ceasefire.", ("The Irish Republican Army", "GBRREB")),
        ("Fighters of the Karen National Union attacked an outpost.", ("Fighters of the Karen National Union", "MMRREB")),
        ("The NPFL shelled the capital.", ("The NPFL", "LBRREB")),
        ("The Congress of South African Trade Unions called a strike.",
         ("The Congress of South African Trade Unions", "ZAFLAB")),
        ("Petrobras signed a deal with the ministry.", ("Petrobras", "BRABUS")),
        # Sudan's ruling party, not India's Congress party inside it.
        ("The National Congress Party rejected the talks.", ("The National Congress Party", "SDNPTY")),
        ("The Congress party won the state election.", ("The Congress party", "INDPTY")),
    ],
)
def test_new_organisation_resolves(codes_in, text, expected):
    assert expected in codes_in(text)


def test_lower_case_word_is_not_the_acronym(codes_in):
    # Names need a capital: "intel" is not the chip maker Intel.
    assert all(code != "MNC" for _, code in codes_in("The rebels said their intel came from villagers."))
    assert ("Intel", "MNC") in codes_in("Intel opened a plant in the region.")


def test_organisation_rows_carry_their_country(dictionary):
    assert dictionary.organizations["warsaw pact"].country is None
    assert dictionary.organizations["renamo"].country == "MOZ"
    assert dictionary.organizations["kcna"].sector == "MED"
