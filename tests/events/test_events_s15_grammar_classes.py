"""Session 15 (E): grammar classes. A preposition hung on the object ("stripped X of her citizenship"), hunger strikes
read from not eating, labour strikes, economic measures that "hit", deadlines given, readiness signalled, acts ruled out,
acts pressed ahead with."""

from __future__ import annotations

import pytest


def has(events, prefix, source=None, target=None):
    return any(c.startswith(prefix) and (source is None or source in s) and (target is None or target in t)
               for c, s, t in events)


# -- a required preposition the parser hung on the direct object ---------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Bahrain stripped the activist of her citizenship.", "BHR", "BHR"),
    ("Kuwait stripped the opposition MP of his immunity.", "KWT", "KWT"),
    ("The Nicaraguan government stripped 94 critics of their nationality.", "NIC", None),
])
def test_preposition_on_the_object_still_completes_the_pattern(real_events, text, source, target):
    events = real_events(text)
    assert has(events, "172", source, target), events


def test_of_on_the_object_needs_the_required_object(real_events):
    # "of" under the object, but no citizenship, immunity, ...: no administrative sanction
    events = real_events("Bahrain stripped the walls of the old embassy.")
    assert not has(events, "172"), events


# -- not eating is a hunger strike ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("Jailed Egyptian activist Alaa Abd El-Fattah stopped eating in protest at his detention.", "EGY"),
    ("Palestinian prisoners in Israeli jails stopped taking food to protest their detention.", "PSE"),
    ("A jailed Turkish journalist refused to eat for a month.", "TUR"),
])
def test_not_eating_is_a_hunger_strike(real_events, text, source):
    events = real_events(text)
    assert has(events, "142", source), events
    assert not has(events, "08") and not has(events, "12"), events  # no eased protest, no refusal


def test_a_diet_is_no_hunger_strike(real_events):
    events = real_events("Residents of Gaza stopped eating meat as prices rose.")
    assert not has(events, "142"), events


# -- labour strikes are no attacks ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source", [
    ("Teachers in Nigeria struck over unpaid wages.", "NGA"),
    ("Dockworkers in Chile struck for a third day on Monday.", "CHL"),
])
def test_workers_who_strike_protest(real_events, text, source):
    events = real_events(text)
    assert has(events, "143", source), events
    assert not has(events, "19"), events


@pytest.mark.parametrize("text", [
    "Militants struck at dawn in northern Mali.",
    "Islamist militants struck a police post in Niger.",
])
def test_armed_doers_who_strike_attack(real_events, text):
    assert has(real_events(text), "19"), real_events(text)


# -- economic measures that "hit" ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Western sanctions hit Russian oil exports.",
    "U.S. sanctions have hit Iran's economy hard.",
    "American tariffs hit Chinese steel exports.",
])
def test_measures_that_hit_are_no_violence(real_events, text):
    events = real_events(text)
    assert not any(c[:2] in ("18", "19", "20") for c, _s, _t in events), events


def test_air_strikes_that_hit_stay_violence(real_events):
    assert has(real_events("Israeli air strikes hit Gaza."), "19", "ISR", "PSE")


# -- a deadline given is an ultimatum -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Saudi Arabia gave Qatar ten days to comply with its demands.", "SAU", "QAT"),
    ("The United States gave Iran 48 hours to release the sailors.", "USA", "IRN"),
])
def test_days_given_to_comply_are_an_ultimatum(real_events, text, source, target):
    events = real_events(text)
    assert has(events, "139", source, target), events


def test_days_after_a_meeting_are_no_ultimatum(real_events):
    events = real_events("The Egyptian president met his Qatari counterpart two days later to discuss trade.")
    assert not has(events, "139"), events


# -- readiness signalled or shown is an intent ------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, source, target", [
    ("China signalled its readiness to hold talks with India.", "036", "CHN", "IND"),
    ("Russia showed its willingness to help Syria.", "033", "RUS", "SYR"),
])
def test_readiness_signalled_is_an_intent(real_events, text, code, source, target):
    events = real_events(text)
    assert has(events, code, source, target), events


# -- an act ruled out is refused, not done ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, code, source, target", [
    ("Serbia ruled out recognising Kosovo.", "12", "SRB", "XKX"),
    ("Germany ruled out sending tanks to Ukraine.", "12", "DEU", "UKR"),
])
def test_act_ruled_out_is_refused(real_events, text, code, source, target):
    events = real_events(text)
    assert has(events, code, source, target), events
    assert not has(events, "05") and not has(events, "07"), events


# -- pressing ahead with an act: the act is the subject's -----------------------------------------------------------
@pytest.mark.parametrize("text, code, source", [
    ("Turkey forged ahead with the offensive against Kurdish fighters.", "19", "TUR"),
    ("Israel went ahead with the demolition of Palestinian homes.", "1712", "ISR"),
])
def test_act_pressed_ahead_with_is_the_subjects(real_events, text, code, source):
    events = real_events(text)
    assert has(events, code, source), events


def test_pressing_ahead_demands_nothing(real_events):
    events = real_events("Iran pressed ahead with its nuclear programme.")
    assert not has(events, "10"), events


# -- deadlines given to a direct object --------------------------------------------------------------------------------
def test_time_given_to_the_direct_object_is_an_ultimatum(real_events):
    events = real_events("ECOWAS leaders gave Niger's military junta one week to reinstate ousted President Mohamed Bazoum.")
    assert has(events, "139", None, "NER"), events


# -- killed in a clash with someone: the other side killed ------------------------------------------------------------
@pytest.mark.parametrize("text, source, target", [
    ("Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley.", "CHN", "IND"),
    ("Three Malian policemen were killed in clashes with Tuareg rebels near Kidal.", "MLI", "MLI"),
])
def test_killed_in_a_clash_with_someone(real_events, text, source, target):
    events = real_events(text)
    assert has(events, "18", source, target), events


def test_killed_in_air_strikes_keeps_the_strikes_owner(real_events):
    assert has(real_events("Ten civilians were killed in Russian air strikes on Idlib."), "18", "RUS")


# -- a judged act is not the judge's ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Mexican President Andres Manuel Lopez Obrador called the raid an authoritarian act.",
    "The Kenyan government declared the strike illegal.",
])
def test_an_act_called_or_declared_something_is_not_the_speakers(real_events, text):
    events = real_events(text)
    assert not any(c[:2] in ("14", "18", "19") and s for c, s, _t in events), events


def test_an_act_launched_is_the_launchers(real_events):
    assert has(real_events("Russia launched air strikes on Idlib."), "195", "RUS", "SYR")


# -- fire in the participle of an exercise ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "China launched large military exercises around Taiwan on Thursday, firing ballistic missiles into waters nearby.",
    "North Korea held artillery drills near the border, firing shells into the sea.",
])
def test_fire_during_an_exercise_shows_force(real_events, text):
    events = real_events(text)
    assert not any(c[:2] in ("18", "19", "20") for c, _s, _t in events), events
    assert has(events, "15"), events


def test_fire_in_an_attack_stays_violence(real_events):
    assert has(real_events("Russian troops attacked the town, firing rockets at homes."), "19", "RUS")


# -- an act in a description "as" an attempt is not the describer's ---------------------------------------------------
def test_act_in_a_description_is_not_the_critics(real_events):
    events = real_events("Opposition leader Sajith Premadasa condemned the emergency as an attempt to crush dissent.")
    assert not any(c.startswith("17") and s for c, s, _t in events), events


def test_act_in_a_chance_used_is_the_users(real_events):
    events = real_events("The rebels used the ceasefire as an opportunity to attack government positions.")
    assert has(events, "19"), events


# -- two subjects: a fronted place's apposition and the doer ----------------------------------------------------------
def test_the_subject_next_to_the_verb_acts(real_events):
    events = real_events("In the capital, Kinshasa, protesters attacked and set fire to parts of several foreign "
                         "embassies on Tuesday.")
    assert events and all(c.startswith("14") for c, _s, _t in events), events  # a riot, not a government attack


# -- a storm named earlier in the story ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Super Typhoon Haiyan slammed into the central Philippines on Friday. Forecasters said Haiyan was moving west "
    "and would strike Vietnam on Sunday.",
    "Cyclone Idai hit Mozambique on Thursday. Forecasters said Idai would hit Malawi next.",
])
def test_a_storm_named_earlier_is_no_attacker(real_events, text):
    events = real_events(text)
    assert not any(c[:2] in ("18", "19", "20") for c, _s, _t in events), events


def test_a_group_named_twice_still_attacks(real_events):
    events = real_events("Hamas fighters attacked Israel on Saturday. Officials said Hamas attacked three towns.")
    assert sum(1 for c, s, _t in events if c.startswith("19") and "PSE" in s) == 2, events
