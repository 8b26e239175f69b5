"""Session 17: false events in whole stories: what a protest voices, striking verbs done by things, and other
everyday senses of event words (own sentences)."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors
from eventcoder.events import find_events


@pytest.fixture(scope="module")
def coded(real_event_codes):
    return real_event_codes


def roots(events):
    return {cameo[:2] for cameo, _source, _target in events}


@pytest.mark.parametrize("text", [
    "Thousands of Peruvians marched through Lima on Friday demanding the resignation of the interior minister.",
    "Jailed Ukrainian activists began a hunger strike in Kyiv to press for the release of their leader.",
    "Students kept up their sit-in outside the Ghanaian parliament, vowing to stay until the fees were cut.",
])
def test_what_a_protest_voices_is_part_of_the_protest(coded, text):
    found = roots(coded(text))
    assert "14" in found and "10" not in found and "03" not in found


def test_a_demand_noun_a_concession_answers_is_background(coded):
    found = roots(coded("The Jordanian king bowed to the demonstrators' demands for reform on Sunday."))
    assert "08" in found and "10" not in found


def test_a_coordinated_demand_after_a_protest_stays(coded):
    found = roots(coded("Protesters marched in Accra, and the opposition demanded that Ghana's president resign."))
    assert {"14", "10"} <= found


@pytest.mark.parametrize("text", [
    "A cold snap struck northern Laos, killing livestock and forcing schools in the hills to close.",
    "A software fault struck the voting machines used by Kenya's electoral commission.",
    "The Ghanaian cedi slid 2 percent, hit by worries that lenders would delay Ghana's loan.",
    "Word of the executions hit Egyptian markets on Monday.",
])
def test_striking_done_by_a_thing_is_no_attack(coded, text):
    assert not roots(coded(text)) & {"17", "18", "19", "20"}


@pytest.mark.parametrize("text", [
    "Israeli air strikes hit Gaza City overnight.",
    "Gunmen struck a police post in northern Nigeria, killing four officers and forcing villagers to flee.",
    "Houthi drones hit a Saudi oil facility on Saturday.",
])
def test_striking_by_actors_weapons_and_attacks_stays(coded, text):
    assert "19" in roots(coded(text))


@pytest.mark.parametrize("text", [
    "The Mexican boxer unleashed a barrage of punches in the fifth round.",
    "Kenya's batsmen attacked the Ugandan bowlers from the first over.",
    "Shares of Chilean copper miners rallied on the news.",
    "Firefighters pulled Turkish survivors from the rubble of the hotel.",
    "Thieves smashed a window of the Belgian museum and set fire to a van.",
])
def test_everyday_senses_are_no_events(coded, text):
    assert not coded(text)


@pytest.mark.parametrize("text, root", [
    ("Russian forces launched a barrage of rockets on Kharkiv.", "19"),
    ("Syrian rebels pulled out of the town on Monday.", "08"),
    ("Protesters rallied in Manila against President Marcos.", "14"),
])
def test_their_political_senses_stay(coded, text, root):
    assert root in roots(coded(text))


def test_a_protest_by_no_one_named_is_kept_for_its_place(make_document, patterns):
    document = make_document("Ecuador's president resigned on Friday after two weeks of protests in Quito.")
    mentions = find_events(document, find_actors(document, ActorDictionary.load()), patterns)
    assert any(m.cameo.startswith("14") and not m.source and not m.target for m in mentions)


def test_an_answer_is_aimed_at_the_act_told_before_it(coded):
    events = coded("Norway expelled 15 Russian diplomats on Tuesday. The Kremlin threatened to retaliate.")
    assert any(c.startswith("13") and t and t[0].startswith("NOR") for c, _s, t in events), events
    # an answer with a target of its own keeps it
    events = coded("Norway expelled 15 Russian diplomats on Tuesday. Moscow condemned Finland.")
    assert any(c.startswith("11") and t and t[0].startswith("FIN") for c, _s, t in events), events


def test_a_joined_answer_takes_the_target_of_the_act_it_is_joined_to(coded):
    events = coded("Norway expelled 15 Russian diplomats on Tuesday, accusing them of espionage.")
    assert any(c.startswith("112") and t and t[0].startswith("RUS") for c, _s, t in events), events


def test_what_a_concession_lets_happen_is_its_effect(coded):
    found = [c for c, _s, _t in coded("Turkey eased its blockade of the port on Monday, allowing Syrian trucks into the city.")]
    assert any(c.startswith("087") for c in found) and not any(c.startswith("080") for c in found), found


def test_an_allowance_of_its_own_stays(coded):
    found = [c for c, _s, _t in coded("Ethiopia allowed United Nations investigators into the Tigray region.")]
    assert any(c.startswith("08") for c in found), found


def test_business_talks_and_doerless_displacement_are_no_events(coded):
    assert not coded("The two companies held talks on a merger in March, but the discussions collapsed.")
    assert not coded("About 40,000 Mozambicans have been forced from their homes.")


def test_displacement_by_a_named_doer_stays(coded):
    assert any(c.startswith("17") for c, _s, _t in coded("Thousands of villagers were forced from their homes by Burmese troops."))
