"""Session 22: forces of a market, an economy or ideas do no political act (events/political.py _abstract_forces).
Own sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Market forces defeated the government's plan.",
    "Powerful market forces crushed the government's currency peg.",
    "Global economic forces hit the Chilean economy hard.",
    "The forces of globalisation have attacked the French government's farm policy.",
])
def test_abstract_forces_do_no_event(real_event_codes, text):
    assert real_event_codes(text) == []


@pytest.mark.parametrize("text, root", [
    ("Government forces shelled rebel positions near Aleppo.", "19"),
    ("Russian forces attacked the town of Bakhmut.", "19"),
])
def test_troops_keep_their_event(real_event_codes, text, root):
    assert root in {cameo[:2] for cameo, _source, _target in real_event_codes(text)}


@pytest.mark.parametrize("text", [
    "A man who shot and killed two people outside a suburban bar was sentenced on Tuesday to life in prison.",
    "A woman stabbed her neighbour in Leeds on Sunday.",
    "A driver ploughed into pedestrians in central Melbourne on Friday, killing three people.",
])
def test_one_private_person_acting_on_no_political_party_is_no_event(real_event_codes, text):
    assert real_event_codes(text) == []


@pytest.mark.parametrize("text, root", [
    ("A man stabbed a police officer outside parliament in London on Wednesday.", "18"),
    ("A gunman killed ten people at a mosque in Christchurch.", "18"),
    ("Five protesters were arrested in Nairobi on Friday.", "17"),
])
def test_acts_on_the_state_or_by_armed_men_stay(real_event_codes, text, root):
    assert root in {cameo[:2] for cameo, _source, _target in real_event_codes(text)}


@pytest.mark.parametrize("text", [
    "The United Auto Workers union said it would fight the closures.",
    "Oil prices surged after the cartel announced a production cut, hitting airline stocks.",
    "Novak Djokovic fought off a spirited challenge from Jannik Sinner.",
    "Firefighters battled the blaze for six hours.",
])
def test_a_violent_verb_on_a_thing_no_weapon_reaches_is_no_event(real_event_codes, text):
    assert not [cameo for cameo, _source, _target in real_event_codes(text) if cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text", [
    "Russian troops fought Ukrainian forces near Bakhmut.",
    "Israeli jets hit targets in Gaza on Sunday.",
    "The army battled insurgents in the north.",
    "Police beat protesters with batons in Minsk.",
])
def test_violence_on_people_and_places_stays(real_event_codes, text):
    assert [cameo for cameo, _source, _target in real_event_codes(text) if cameo[:2] in ("18", "19", "20")]


def test_a_trade_before_group_names_a_company_whose_threat_is_no_event(real_event_codes):
    text = ("LVMH agreed on Monday to buy Tiffany for $16 billion, ending a bitter battle in which the French luxury "
            "group had threatened to walk away from the deal.")
    assert real_event_codes(text) == []


@pytest.mark.parametrize("text", [
    "Police in Sydney arrested three men on Saturday over a string of armed robberies at petrol stations and charged "
    "them with 14 offences.",
    "Police arrested a museum guard on suspicion of stealing two snuff boxes.",
    "Italian police arrested five people for fraud in Naples on Monday.",
])
def test_an_arrest_for_a_crime_of_private_gain_is_no_event(real_event_codes, text):
    assert real_event_codes(text) == []


@pytest.mark.parametrize("text", [
    "Police arrested 54 protesters in Colombo on Thursday.",
    "Police arrested the opposition leader on charges of fraud.",
    "Police arrested two men over the murder of journalist Jan Kuciak.",
    "South African police arrested 500 people for looting in Durban on Tuesday.",
])
def test_arrests_of_political_parties_or_for_killings_stay(real_event_codes, text):
    assert "17" in {cameo[:2] for cameo, _source, _target in real_event_codes(text)}
