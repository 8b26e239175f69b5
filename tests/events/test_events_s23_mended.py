"""Session 23, mended after review: false events and wrong targets of the session's mission, blame, judgement,
court-case and investigator rules."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text", [
    # an international body counts only by its forces; the doers' own words name no mission
    "An IMF mission arrived in Ghana on Monday.",
    "IMF officials arrived in Sri Lanka on a mission to negotiate a bailout.",
    "A UN delegation arrived in Myanmar on a fact-finding mission.",
    "EU election observers arrived in Kenya on a mission to monitor the vote.",
    "The UN envoy arrived in Yemen on a peace mission.",
    "IAEA inspectors arrived in Iran on a mission to inspect nuclear sites.",
    # exercises, training, rescue, relief and evacuation are no protection
    "Indian soldiers arrived in Russia for a multinational military exercise.",
    "Chinese troops arrived in Russia to take part in multinational drills.",
    "US troops arrived in Germany for a multinational exercise.",
    "French soldiers arrived in Mali on a training mission.",
    "US soldiers arrived in Estonia for a NATO training mission.",
    "Pakistani soldiers deployed to Turkey on a rescue mission after the earthquake.",
    "Indian navy ships arrived in Sri Lanka on a relief mission.",
    "A U.S. Navy hospital ship arrived in Haiti on a humanitarian mission.",
    "US Marines landed in Sudan on a mission to evacuate American diplomats.",
])
def test_no_protection_mission(coded, text):
    assert not _has(coded(text), "074"), coded(text)


def test_peacekeepers_name_their_own_mission(coded):
    events = coded("Japanese soldiers landed in South Sudan to join the U.N. peacekeeping mission.")
    assert _has(events, "074", "JPN", "SSD"), events


@pytest.mark.parametrize("text", [
    "The club welcomed investigators from UEFA.",
    "The bank admitted investigators from the Financial Conduct Authority.",
    "Boeing welcomed investigators from the NTSB.",
    "Insurance investigators were let into the warehouse on Monday.",
    "The airline allowed crash investigators into the cockpit.",
])
def test_investigators_of_no_foreign_or_international_body_are_no_access(coded, text):
    assert not _has(coded(text), "0862"), coded(text)


def test_international_investigators_are_not_domestic_police(real_event_codes):
    events = real_event_codes("Russia allowed international investigators into the MH17 crash site.")
    assert any(code == "0862" and "RUS" in source for code, source, _t in events), events
    assert not any(code == "0862" and any(t.endswith("COP") for t in target) for code, _s, target in events), events


@pytest.mark.parametrize("text", [
    "The unrest, which the Venezuelan government blamed on the United States, left 40 dead.",
    "The riots, which Beijing blamed on the Dalai Lama, left 20 dead.",
    "The protests, which the government blamed on foreign agents, spread to Tehran.",
    "The demonstrations, which Moscow blamed on Western intelligence services, spread to other cities.",
])
def test_unrest_blamed_on_someone_is_not_theirs(real_event_codes, text):
    # (the blame itself stays an accusation, 112)
    events = real_event_codes(text)
    blamed = {"USA", "CHNREL", "SPY", "RUSSPY"}
    assert not any(code.startswith("14") and blamed & set(source) for code, source, _t in events), events


@pytest.mark.parametrize("text", [
    "Turkey called the killing of Palestinian civilians a crime against humanity.",
    "The EU called the arrest of the opposition leader illegal.",
    "Germany called the poisoning of Alexei Navalny a crime.",
    "Washington called the jailing of the American reporter a travesty of justice.",
    "The UN called the Russian journalist's murder a heinous crime.",
    "Police called the murder of the Russian journalist a heinous crime.",
])
def test_the_victim_of_a_judged_act_is_no_target(coded, text):
    assert not _has(coded(text), "111"), coded(text)


def test_a_judged_act_by_a_named_doer_targets_the_doer(coded):
    events = coded("Iran called the arrest of its diplomats by German police illegal.")
    assert _has(events, "111", "IRN", "DEU"), events


def test_case_to_the_wto_answers_the_earlier_act(coded):
    events = coded("The U.S. imposed tariffs on Chinese steel. "
                   "China said it would take the matter to the World Trade Organization.")
    assert _has(events, "115", "CHN", "USA"), events


def test_the_wto_is_no_target(real_event_codes):
    events = real_event_codes("The U.S. imposed tariffs on Chinese steel. "
                              "China said it would take the matter to the World Trade Organization.")
    assert not any(code == "115" and "IGOWTO" in target for code, _s, target in events), events


def test_dispute_with_a_state_targets_it(coded):
    events = coded("Australia took its dispute with China over barley tariffs to the WTO.")
    assert _has(events, "115", "AUS", "CHN"), events


@pytest.mark.parametrize("text", [
    "Britain referred the matter to the United Nations Security Council.",
    "Chelsea took the matter to FIFA.",
    "The company took the matter to the European Commission.",
])
def test_a_matter_taken_to_no_court_is_no_legal_action(coded, text):
    assert not _has(coded(text), "115"), coded(text)
