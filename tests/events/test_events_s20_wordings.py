"""Session 20: CAMEO codes' usual wordings (own sentences, one per class)."""

from __future__ import annotations

import pytest


def codes(events):
    return [cameo for cameo, _source, _target in events]


@pytest.mark.parametrize("text, code", [
    # a nuclear test detonates a nuclear weapon; a missile test stays a show of force
    ("Pakistan conducted two underground nuclear tests in Baluchistan.", "2042"),
    ("North Korea tested a nuclear device on Sunday.", "2042"),
    ("Iran conducted a missile test on Friday.", "150"),
    # keeping sanctions or restrictions in place refuses to ease them
    ("The European Union kept its sanctions on Belarus in place.", "1244"),
    ("Israel kept in place a travel ban on Palestinian officials.", "1241"),
    # turning down a request for aid refuses it, it asks for nothing
    ("The World Bank turned down Malawi's request for a loan.", "120"),
    ("The World Bank turned down a loan to Malawi.", "122"),
])
def test_s20_code_wordings(real_event_codes, text, code):
    assert code in codes(real_event_codes(text))


@pytest.mark.parametrize("text, code", [
    # driving out or expelling thousands is a mass expulsion
    ("Ruritanian troops drove some 40,000 Moldovans out of the province.", "201"),
    ("Morocco expelled more than 12,000 migrants from Senegal.", "201"),
    # a few expelled, or thousands deported (a legal act on each person), stay expulsions of individuals
    ("Morocco expelled 40 migrants from Senegal.", "174"),
    ("Malaysia deported thousands of Indonesian workers.", "174"),
])
def test_s20_mass_expulsion(real_event_codes, text, code):
    assert code in codes(real_event_codes(text))


def test_s20_message_that_someone_must_act_is_a_demand(real_event_codes):
    # the sender of a message whose that-clause says what the addressee must do demands it of the addressee
    events = real_event_codes("The Greek premier issued a firm reminder to Turkey that it must respect the accord.")
    assert [e for e in events if e[0].startswith("10") and e[2] == ("TUR",)]
    # a claim rejected is no demand
    assert not [e for e in real_event_codes("Iran rejected the claim that it must halt enrichment.") if e[0].startswith("10")]


def test_s20_crowd_violence_in_unrest_is_a_riot(real_event_codes):
    events = real_event_codes("Angry youths burned cars and smashed shop windows during riots in Marseille.")
    assert "145" in codes(events)
    # citizens acting on animals, with no unrest named, are no riot
    assert "145" not in codes(real_event_codes("Villagers killed a crocodile that had attacked their cattle."))


def test_s20_calling_for_sanctions_rallies_opposition(real_event_codes):
    events = real_event_codes("South Africa's churches called for sanctions against Zimbabwe.")
    assert [e for e in events if e[0] == "113" and e[2] == ("ZWE",)]
    # demanding that sanctions be lifted stays a demand
    assert [e for e in real_event_codes("Cuba demanded the lifting of sanctions on Havana.") if e[0].startswith("105")]


def test_s20_condemned_attack_targets_its_doer_of_the_same_country(make_document, patterns):
    from eventcoder.actors import ActorDictionary, find_actors
    from eventcoder.events import find_events

    text = ("Pakistani Taliban gunmen stormed a police station in Bannu on Sunday, killing six officers. Police said they "
            "had detained two suspects. Pakistan's prime minister condemned the attack.")
    document = make_document(text)
    events = find_events(document, find_actors(document, ActorDictionary.load()), patterns)
    condemned = [e for e in events if e.cameo.startswith("11")]
    # the attackers, not the police who detained suspects afterwards
    assert condemned and [m.actor.code for m in condemned[0].target] == ["PAKINS"], [
        (e.cameo, [m.actor.code for m in e.source], [m.actor.code for m in e.target]) for e in events]
