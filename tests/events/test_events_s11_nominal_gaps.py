"""Session 11 grammar gaps of nominal events (issue 3): the means of a violent verb names its code, an event noun
that is the required "of" object of another is part of it, and trigger rows asked for by the last round
(sentences of our own)."""

from __future__ import annotations

import pytest
from event_checks import has_event

# (text, exact CAMEO code, a source country or None, a target country or None): checked by test_exact_code_and_actors
# the means of a violent verb names its code
MEANS = [
    # an attack noun as the subject
    ("A U.S. drone strike killed three militants in Somalia.", "1952", "USA", None),
    ("Israeli air strikes hit Gaza overnight.", "195", "ISR", None),
    ("A Russian missile attack destroyed a power plant in Kharkiv.", "195", "RUS", None),
    # an instrument as subject or agent
    ("Ukrainian drones struck an oil depot in Russia.", "1952", "UKR", "RUS"),
    ("A Ukrainian oil depot was struck by Russian drones.", "1952", "RUS", "UKR"),
    ("Russian warplanes pounded rebel positions in Syria.", "195", "RUS", None),
]


@pytest.mark.parametrize("text,code", [
    # the verb's own code refines the means' ("kill" by a knife attack, 182 -> 1823)
    ("A knife attack by a Somali man killed two French police officers.", "1823"),
    # a bare attack names no means
    ("An Iraqi attack killed 20 militants in Mosul.", "1823"),
    # nor does an attack named only as the setting ("killed in air strikes": a killing, the strikes their own event)
    ("Dozens of Syrian civilians were killed in Russian air strikes.", "1823"),
])
def test_a_means_that_adds_nothing_leaves_the_code(real_events, text, code):
    events = real_events(text)
    assert any(c == code for c, _s, _t in events), events


def test_an_act_of_its_own_by_a_bomber_keeps_its_code(real_events):
    # "suicide bomber" matches the suicide-bombing noun; holding hostages is still an abduction
    events = real_events("Afghan suicide bombers were holding Pakistani hostages in Kabul.")
    assert has_event(events, "181"), events
    assert not has_event(events, "1831"), events


@pytest.mark.parametrize("text", [
    "The storm hit the coast of Bangladesh.",
    "A car bomb exploded near the market.",
])
def test_no_event_without_an_actor(real_events, text):
    assert real_events(text) == []


@pytest.mark.parametrize("text,code,inner", [
    ("The United States announced the suspension of talks with Iran.", "164", "04"),
    ("Washington announced an easing of sanctions on Cuba.", "08", "16"),
])
def test_an_inner_event_noun_is_part_of_the_outer_act(real_events, text, code, inner):
    events = real_events(text)
    assert has_event(events, code), events
    assert not has_event(events, inner), events


def test_an_of_object_that_is_no_required_modifier_stays_an_event(real_events):
    # "condemnation of" requires nothing: the attack on Gaza is an event of its own
    events = real_events("Turkey's condemnation of the Israeli attack on Gaza was swift.")
    assert has_event(events, "19", "ISR"), events


# rows asked for by the last round
ROWS = [
    ("Russia announced the suspension of its participation in the New START treaty.", "160", "RUS", None),
    ("Mali ended its military cooperation with France.", "160", "MLI", "FRA"),
    ("Russia suspended visa services for British citizens.", "172", "RUS", "GBR"),
    ("Ukraine launched a counteroffensive against Russian forces.", "190", "UKR", "RUS"),
    ("Pakistan lodged a complaint against India with the United Nations.", "114", "PAK", "IND"),
    ("Foreign aid workers were expelled from Darfur by Sudan.", "1663", "SDN", None),
    ("Two protesters were shot dead by Kenyan police.", "1823", "KEN", "KEN"),
    ("Israeli settlers set alight a Palestinian house.", "1712", "ISR", "PSE"),
    ("A Ukrainian refinery was set ablaze by Russian soldiers.", "1712", "RUS", "UKR"),
    # killings named by their result (and by their means: the missile attack is aerial)
    ("A Russian missile attack left ten Ukrainian soldiers dead.", "195", "RUS", "UKR"),
    ("Al-Shabab militants took the lives of five Kenyan police officers.", "1823", None, "KEN"),
]


def test_the_aid_workers_expelled_are_the_target_not_the_place(make_document, patterns):
    from eventcoder.actors import ActorDictionary, find_actors
    from eventcoder.events import find_events

    document = make_document("Foreign aid workers were expelled from Darfur by Sudan.")
    events = find_events(document, find_actors(document, ActorDictionary.load()), patterns)
    expulsions = [e for e in events if e.cameo == "1663"]
    assert expulsions and all(m.actor.country != "SDN" for e in expulsions for m in e.target), expulsions


def test_ones_own_life_taken_is_no_killing(real_events):
    assert not has_event(real_events("The Kenyan minister took his own life."), "18")


# an attack that is the bare subject of a verb that is no trigger is coded on its own
BARE_ATTACK_SUBJECTS = [
    ("Russian air strikes continued overnight in Idlib.", "195", "RUS", None),
    ("A U.S. drone strike took place near Mogadishu.", "1952", "USA", None),
]


@pytest.mark.parametrize("text,code,source,target", MEANS + ROWS + BARE_ATTACK_SUBJECTS)
def test_exact_code_and_actors(real_events, text, code, source, target):
    events = real_events(text)
    assert any(c == code and (source is None or source in s) and (target is None or target in t) for c, s, t in events), events


@pytest.mark.parametrize("text", [
    "A car bombing took place in Kabul.",  # no actor behind it
    "Russian air strikes were a key factor in the war.",  # a copula says what they were, not that they happened
    "Afghan suicide bombers were wearing explosive vests.",  # the doers themselves, not an act
])
def test_a_bare_attack_subject_needs_an_actor_and_a_verb(real_events, text):
    events = real_events(text)
    assert not has_event(events, "18") and not has_event(events, "19"), events

