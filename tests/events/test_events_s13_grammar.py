"""Session 13 (E): grammar of long wire sentences: conditions, background clauses, "each other", hazards fought,
"would not hesitate to", and objects that belong to a nominal object."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def mentions(make_document, patterns):
    """text -> EventMentions found with the real actor stage (cameo, trigger, confidence, actors)."""
    from eventcoder.actors import ActorDictionary, find_actors
    from eventcoder.events import find_events

    dictionary = ActorDictionary.load()

    def run(text: str):
        document = make_document(text)
        return find_events(document, find_actors(document, dictionary), patterns)

    return run


def _top(found):
    return max(found, key=lambda m: m.confidence)


# -- conditions are no events of their own -------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    ("The rebels said they would boycott the talks in Geneva unless government forces lifted their sieges.", "lifted"),
    ("Uganda warned it would expel the envoy if Kenya arrested any more Ugandan traders.", "arrested"),
    ("Farmers vowed to stay on the highway until the government withdrew the new tax.", "withdrew"),
])
def test_event_inside_a_condition_is_not_coded(mentions, text, absent):
    found = mentions(text)
    assert not [m for m in found if m.trigger.text == absent], [(m.cameo, m.trigger.text) for m in found]


def test_until_after_a_past_verb_is_what_happened(mentions):
    found = mentions("Ethiopian troops fought the rebels in the town until the rebels withdrew.")
    assert [m for m in found if m.trigger.text == "withdrew"], [(m.cameo, m.trigger.text) for m in found]


def test_inverted_should_is_a_condition_not_a_demand(mentions):
    found = mentions("Serbia cautioned Kosovo of grave consequences should Pristina go ahead with the ban, "
                     "state television reported.")
    assert not [m for m in found if m.cameo.startswith("10")], [(m.cameo, m.trigger.text) for m in found]
    assert [m for m in found if m.cameo.startswith("13")], [(m.cameo, m.trigger.text) for m in found]


def test_said_must_is_still_a_demand(real_events):
    events = real_events("Russia said that Sudan must return the helicopter.")
    assert [e for e in events if e[0].startswith("10") and "RUS" in e[1] and "SDN" in e[2]], events


# -- "each other" -------------------------------------------------------------------------------------------------
def test_each_other_makes_joint_actors_reciprocal(real_events):
    events = real_events("Sudanese and South Sudanese troops shelled each other's positions near Heglig on Monday.")
    assert [e for e in events if e[0].startswith("19") and e[1] == ("SDN",) and e[2] == ("SSD",)], events
    assert [e for e in events if e[0].startswith("19") and e[1] == ("SSD",) and e[2] == ("SDN",)], events


def test_participle_with_each_other_makes_the_main_act_reciprocal(real_events):
    events = real_events("Armenian and Azerbaijani forces violated the ceasefire on Sunday, firing at each other's "
                         "positions.")
    assert [e for e in events if e[1] == ("ARM",) and e[2] == ("AZE",)], events
    assert [e for e in events if e[1] == ("AZE",) and e[2] == ("ARM",)], events


# -- hazards fought ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Greece and Turkey sent planes to battle wildfires raging near their border.",
    "Guinean soldiers were deployed to fight the Ebola epidemic in the south.",
])
def test_fighting_a_hazard_is_no_attack(real_events, text):
    events = real_events(text)
    assert not [e for e in events if e[0][:2] in ("18", "19", "20")], events


def test_exchanging_fire_is_still_an_attack(real_events):
    events = real_events("Thai and Cambodian soldiers traded fire near the temple on Friday.")
    assert [e for e in events if e[0].startswith("19")], events


# -- "would not hesitate to" -------------------------------------------------------------------------------------
def test_not_hesitate_to_is_a_threat(real_events):
    events = real_events("Nigeria's army said its soldiers would not hesitate to open fire on Biafran separatists.")
    assert [e for e in events if e[0].startswith("13")], events
    assert not [e for e in events if e[0].startswith("19")], events


# -- a required object that belongs to a nominal object ------------------------------------------------------------
def test_inquiry_into_a_strike_is_the_inquiry(mentions):
    found = mentions("The Saudi-led coalition said it was conducting an inquiry into an air strike on a Yemeni "
                     "school bus.")
    top = _top(found)
    assert top.cameo.startswith("09"), [(m.cameo, m.trigger.text, m.confidence) for m in found]


def test_put_on_hold_still_reads_its_object(real_events):
    events = real_events("Indonesia put its military cooperation with Australia on hold.")
    assert [e for e in events if e[0].startswith("16") and "AUS" in e[2]], events


# -- background clauses rank below the news -------------------------------------------------------------------------
@pytest.mark.parametrize("text, main", [
    ("Protesters demanding the resignation of the Kenyan president stormed parliament in Nairobi.", "stormed"),
    ("Students demanding the release of detained activists stormed a police station in Dhaka on Tuesday.", "stormed"),
])
def test_clause_describing_the_subject_is_background(mentions, text, main):
    found = mentions(text)
    assert _top(found).trigger.text == main, [(m.cameo, m.trigger.text, m.confidence) for m in found]


def test_protest_outranks_its_trailing_demand(mentions):
    found = mentions("Opposition supporters blocked roads across Kampala on Monday, demanding that President Yoweri "
                     "Museveni step down.")
    assert _top(found).cameo.startswith("14"), [(m.cameo, m.trigger.text, m.confidence) for m in found]


def test_meeting_behind_after_is_background(mentions):
    found = mentions("Washington froze military aid to Kyiv, days after a tense meeting between the American and "
                     "Ukrainian presidents.")
    top = _top(found)
    assert not top.cameo.startswith("04"), [(m.cameo, m.trigger.text, m.confidence) for m in found]


# -- round 2: attribution, possessors, adjuncts, negated intents, reform codes ---------------------------------------
@pytest.mark.parametrize("text", [
    "Kenya pulled its troops out of the disputed border town, Kenyan Foreign Minister Raychelle Omamo said in Nairobi.",
    "Nigeria withdrew its ambassador from the conference, Nigerian Foreign Minister Geoffrey Onyeama said on Monday.",
])
def test_speaker_of_a_trailing_said_is_no_target(real_events, text):
    events = real_events(text)
    assert events and all(not e[2] for e in events), events


def test_owner_of_the_object_beats_the_place(real_events):
    events = real_events("Argentine police seized Iranian businessman Ali Karimi's aircraft in Buenos Aires on Tuesday.")
    assert [e for e in events if e[0].startswith("171") and "IRN" in e[2]], events


def test_adjunct_event_on_an_object_is_the_subjects(real_events):
    events = real_events("Israeli troops tied a Palestinian youth to the front of an army vehicle during a raid in the "
                         "West Bank.")
    assert [e for e in events if e[0].startswith("19") and "ISR" in e[1]], events


@pytest.mark.parametrize("text", [
    "Israel held Hamas responsible for the attack.",
    "Moscow held Washington responsible on Friday for the collapse of the treaty.",
])
def test_held_responsible_with_the_adjective_after_the_object(real_events, text):
    events = real_events(text)
    assert [e for e in events if e[0].startswith("112")], events


def test_hazard_with_a_stray_apposition_is_still_a_hazard(real_events):
    events = real_events("A strong cyclone lashed the coast of Mozambique, flattening houses and killing dozens of "
                         "people, officials in Maputo said.")
    assert not [e for e in events if e[0][:2] in ("18", "19", "20")], events


@pytest.mark.parametrize("text, code", [
    ("Iran is not willing to resume talks with the United States.", "12"),
    ("Venezuelan President Nicolas Maduro said he had no intention of stepping down.", "1231"),
    ("Kenya's president pledged to step down next year.", "0341"),
    ("Protesters in Islamabad demanded that Prime Minister Nawaz Sharif step down.", "1041"),
])
def test_negated_intents_refuse_and_reform_codes(real_events, text, code):
    events = real_events(text)
    assert [e for e in events if e[0].startswith(code)], events


@pytest.mark.parametrize("text", [
    "Rebels vowed not to attack civilians in the north.",
    "The Netherlands has decided not to halt its aid to Uganda.",
])
def test_a_negated_hostile_act_under_an_intent_is_no_threat(real_events, text):
    events = real_events(text)
    assert not [e for e in events if e[0].startswith("13")], events


# -- round 3: venues are no targets, bombings after air raids ---------------------------------------------------------
def test_a_court_a_case_is_taken_to_is_no_defendant(real_events):
    assert not [e for e in real_events("The opposition took its case to the Supreme Court.") if e[0].startswith("115")]
    events = real_events("Guyana took Venezuela to the International Court of Justice.")
    assert [e for e in events if e[0].startswith("115") and e[1] == ("GUY",) and e[2] == ("VEN",)], events


def test_bombs_after_air_raids_are_the_raiders_air_strike(real_events):
    events = real_events("Bombs hit a school in Idlib after Russian air raids on the province.")
    assert [e for e in events if e[0].startswith("195") and "RUS" in e[1]], events
    assert not [e for e in events if e[0].startswith("183")], events


def test_a_killing_after_air_strikes_stays_a_killing_with_its_doer(real_events):
    events = real_events("Three civilians were killed in the village after Israeli air strikes on Gaza.")
    assert [e for e in events if e[0].startswith("18") and "ISR" in e[1]], events
