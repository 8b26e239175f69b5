"""Session 14 (E): grammar classes. Votes against an act, conditional threats, acts not ruled out, weapons delivered
by vehicles, fire in exercises, participle openers and survivors of attempts."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def main_event(make_document, patterns):
    """text -> (cameo, trigger text) of the sentence's main event, with the real actor stage."""
    from eventcoder.actors import ActorDictionary, find_actors
    from eventcoder.events import find_events

    dictionary = ActorDictionary.load()

    def run(text: str):
        document = make_document(text)
        found = find_events(document, find_actors(document, dictionary), patterns, main_event_only=True)
        return [(m.cameo, m.trigger.text) for m in found]

    return run


# -- a vote against an act rejects it ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, source, target", [
    ("The Japanese parliament voted against sending troops to Iraq.", "122", "JPN", "IRQ"),
    ("Lawmakers in Kenya voted against deploying police officers to Haiti.", "120", "KEN", "HTI"),
    ("The German cabinet decided against imposing sanctions on Turkey.", "120", "DEU", "TUR"),
])
def test_vote_against_an_act_is_a_rejection(real_events, text, code, source, target):
    events = real_events(text)
    assert [e for e in events if e[0] == code and source in e[1] and target in e[2]], events
    # the act voted against is not coded as done
    assert not [e for e in events if e[0][:2] in ("07", "15", "16")], events


def test_vote_for_is_not_a_rejection(real_events):
    events = real_events("The Japanese parliament voted for sending troops to Iraq.")
    assert not [e for e in events if e[0].startswith("12")], events


# -- a hostile act held out on a condition is a threat --------------------------------------------------------------
@pytest.mark.parametrize("text, code, source, target", [
    ("Russia said it would attack Ukraine unless Kyiv withdrew its troops from the border.", "138", "RUS", "UKR"),
    ("North Korea could strike South Korea unless Seoul halted the drills.", "138", "PRK", "KOR"),
    ("Ankara said it would downgrade relations with Austria if Vienna banned Turkish rallies.", "131", "TUR", "AUT"),
    ("The union said it would call a general strike in Nigeria unless the government raised the minimum wage.", "13",
     "NGA", None),
])
def test_conditional_hostile_act_is_a_threat(real_events, text, code, source, target):
    events = real_events(text)
    assert [e for e in events if e[0].startswith(code) and source in e[1] and (target is None or target in e[2])], events
    assert not [e for e in events if e[0][:2] in ("16", "18", "19")], events


@pytest.mark.parametrize("text, code", [
    # no condition: the act with its modality (the status stage says future)
    ("Russia said it would attack Ukraine.", "19"),
    # a past counterfactual is no threat
    ("Russia would have attacked Ukraine if NATO had not intervened.", "19"),
])
def test_unconditional_or_counterfactual_act_stays(real_events, text, code):
    events = real_events(text)
    assert [e for e in events if e[0].startswith(code)], events
    assert not [e for e in events if e[0].startswith("13")], events


# -- not ruling out --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, source, target", [
    ("The United States did not rule out military action against Iran.", "138", "USA", "IRN"),
    ("Israel refused to rule out a military strike against Iran's nuclear sites.", "138", "ISR", "IRN"),
    ("Britain did not rule out sanctions against Russia.", "131", "GBR", "RUS"),
    ("Germany did not rule out talks with the Taliban.", "036", "DEU", "AFG"),
])
def test_act_not_ruled_out_is_a_threat_or_intent(real_events, text, code, source, target):
    events = real_events(text)
    assert [e for e in events if e[0].startswith(code) and source in e[1] and target in e[2]], events
    assert not [e for e in events if e[0].startswith("12")], events


def test_not_ruling_out_anything_else_is_no_rejection(real_events):
    events = real_events("The Kenyan minister did not rule out a run for the presidency.")
    assert not [e for e in events if e[0].startswith("12")], events


def test_ruling_out_stays_a_rejection(real_events):
    events = real_events("Iran ruled out talks with the United States.")
    assert [e for e in events if e[0] == "125" and "IRN" in e[1] and "USA" in e[2]], events


# -- weapons delivered by vehicles; weapons described by participles ------------------------------------------------
def test_vehicle_that_drops_bombs_is_the_doer(real_events):
    events = real_events("Syrian government helicopters dropped barrel bombs filled with chlorine on Kafr Zita.")
    assert [e for e in events if e[0].startswith("19") and "SYR" in e[1]], events
    # the participle describing the bombs is no event of its own
    assert len(events) == 1, events


def test_vehicle_that_hits_a_mine_is_still_the_victim(real_events):
    events = real_events("A Nigerian army truck hit a landmine near Maiduguri, killing four soldiers.")
    assert not [e for e in events if "NGA" in e[1] and e[0].startswith(("18", "19"))], events


# -- fire in exercises shows force ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russian warships fired cruise missiles as part of war games in the Baltic Sea.",
    "Chinese jets fired live rounds during military drills near Taiwan.",
])
def test_fire_in_exercises_is_a_show_of_force(real_events, text):
    events = real_events(text)
    assert [e for e in events if e[0] == "150"], events
    assert not [e for e in events if e[0][:2] in ("18", "19", "20")], events


def test_fire_during_a_football_game_is_still_violence(real_events):
    events = real_events("Egyptian police fired tear gas at fans during the game in Cairo.")
    assert [e for e in events if e[0].startswith("17") or e[0].startswith("18")], events


# -- participle openers ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Yielding to pressure from protesters, the Serbian government reversed its decision to raise fuel prices.",
     "reversed"),
    ("Bowing to U.S. pressure, Pakistan released the detained Indian pilot.", "released"),
])
def test_participle_opener_is_not_the_main_event(main_event, text, trigger):
    found = main_event(text)
    assert found and found[0][1] == trigger, found


# -- survivors --------------------------------------------------------------------------------------------------------
def test_survivor_of_an_attempt_is_its_target(real_events):
    events = real_events("Venezuelan President Nicolas Maduro survived an assassination attempt in Caracas.")
    assert [e for e in events if e[0].startswith("18") and "VEN" in e[2] and "VEN" not in e[1]], events


# -- announced refusals; conditions on a conjoined act; fighting aimed at the accuser -----------------------------------
@pytest.mark.parametrize("text, code, source, target", [
    ("Israel will not supply weapons to Ukraine, the defence minister said on Wednesday.", "12", "ISR", "UKR"),
    ("The president said Kenya would not release the detained Ugandan fishermen.", "12", "KEN", None),
])
def test_will_not_cooperate_is_a_refusal(real_events, text, code, source, target):
    events = real_events(text)
    assert [e for e in events if e[0].startswith(code) and source in e[1] and (target is None or target in e[2])], events


def test_past_negated_cooperation_stays_negated(real_events):
    events = real_events("Ukraine did not send weapons to Armenia.")
    assert not [e for e in events if e[0].startswith("12")], events


def test_condition_on_a_conjoined_act_makes_a_threat(real_events):
    events = real_events("The defence minister said Israeli troops would seize a strip of southern Lebanon and stay "
                         "there unless Hezbollah pulled its fighters back.")
    assert [e for e in events if e[0].startswith("138") and "ISR" in e[1]], events


def test_fighting_a_state_accuses_another_of_targets_the_accuser(real_events):
    events = real_events("Pakistan's military accused Indian troops of violating the ceasefire along the Line of Control.")
    assert [e for e in events if e[0].startswith("19") and e[1] == ("IND",) and e[2] == ("PAK",)], events


def test_accusation_by_a_rights_group_does_not_make_it_the_victim(real_events):
    events = real_events("Human Rights Watch accused Ethiopian troops of firing on a crowd in Gondar.")
    assert not [e for e in events if e[0].startswith(("18", "19")) and None in e[2]], events


# -- a gerund with an object is a verb wherever it hangs; coordinated complements; players; tankers ----------------------
def test_gerund_with_object_under_of_is_an_event(real_events):
    events = real_events("UN officials accused Mai-Mai militiamen of gang-raping more than 150 women in villages "
                         "around Luvungi.")
    assert [e for e in events if e[0] == "1821" and "COD" in e[1]], events


def test_complement_target_keeps_coordinated_actors(real_events):
    events = real_events("Qatar has threatened to end its role as a mediator between Israel and Hamas unless both "
                         "sides show more seriousness.")
    threats = [e for e in events if e[0].startswith("13") and "QAT" in e[1]]
    assert threats and "ISR" in threats[0][2] and "PSE" in threats[0][2], events


@pytest.mark.parametrize("text", [
    "India's bowlers launched a blistering attack on England's top order in Chennai, capturing four wickets.",
    "A fuel tanker exploded after overturning on a highway near Ibadan, killing at least 10 people.",
])
def test_sport_and_accidents_are_no_violence(real_events, text):
    events = real_events(text)
    assert not [e for e in events if e[0][:2] in ("18", "19", "20")], events


def test_armed_attack_by_forces_stays(real_events):
    events = real_events("Houthi forces attacked an oil tanker off the coast of Yemen.")
    assert [e for e in events if e[0].startswith(("18", "19"))], events


# -- counts refine a killing; a phrase hung on the first conjunct of a required object -------------------------------
@pytest.mark.parametrize("text, code", [
    ("Boko Haram gunmen killed as many as 2,000 people in the town of Baga.", "202"),
    ("More than 1.5 million Armenians were killed by Ottoman forces.", "202"),
    ("Russian troops killed 40 civilians in Bucha.", "1823"),
])
def test_count_of_victims_refines_a_killing(real_events, text, code):
    events = real_events(text)
    assert [e for e in events if e[0] == code], events


def test_phrase_on_the_first_conjunct_names_the_partner(real_events):
    events = real_events("Brazil was ready to expand trade and investment ties with Argentina.")
    assert [e for e in events if e[0].startswith("03") and "BRA" in e[1] and "ARG" in e[2]], events


@pytest.mark.parametrize("text", [
    "In the last 15 months, 1,250 terrorists have been killed in Pakistan, the minister said.",
    "The agreement ended a war that lasted more than three years and killed 100,000 people.",
    "The war in Sudan has killed more than 150,000 people.",
])
def test_tallies_and_death_tolls_are_no_mass_killing(real_events, text):
    events = real_events(text)
    assert not [e for e in events if e[0] == "202"], events


def test_thousands_massacred_is_a_mass_killing(real_events):
    events = real_events("Serb forces killed thousands of Muslim men in Srebrenica.")
    assert [e for e in events if e[0] == "202" and "SRB" in e[1]], events
