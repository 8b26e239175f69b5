"""Session 9 regressions seen on VOA news, each with phrasings of our own: vehicles as victims of weapons, quotes
introduced by 'agreed', warnings of a danger, and a withdrawal whose place reads as the withdrawing country."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coded(make_document, patterns):
    """text -> [(cameo, source countries, target countries)] with the real actor stage; statements on request."""
    from eventcoder.actors import ActorDictionary, find_actors
    from eventcoder.events import find_events

    dictionary = ActorDictionary.load()

    def run(text: str, include_statements: bool = False):
        document = make_document(text)
        events = find_events(document, find_actors(document, dictionary), patterns, include_statements=include_statements)
        return [(e.cameo, tuple(m.actor.country for m in e.source), tuple(m.actor.country for m in e.target))
                for e in events]

    return run


def _violent(events):
    return [e for e in events if e[0][:2] in ("18", "19", "20")]


# --- (a) a vehicle struck by a weapon is the victim, not an accident and not the doer
@pytest.mark.parametrize("text", [
    "The car hit a roadside bomb in Kandahar, killing two Afghan soldiers.",
    "An army truck ran over a landmine near Kidal, killing four Malian soldiers.",
    "A minibus carrying Shiite pilgrims was struck by a missile near Sanaa, killing 20 Yemeni civilians.",
    "Their vehicle struck an explosive device outside Mogadishu and three Somali police officers were killed.",
])
def test_vehicle_hit_by_weapon_stays_an_attack(coded, text):
    assert _violent(coded(text)), coded(text)


@pytest.mark.parametrize("text, victim", [
    ("A Pakistani army vehicle hit a roadside bomb in North Waziristan.", "PAK"),
    ("An Iraqi police convoy struck a mine west of Ramadi on Tuesday.", "IRQ"),
    ("A Turkish military jeep hit an improvised explosive device near the border.", "TUR"),
])
def test_vehicle_owner_is_the_target_not_the_source(coded, text, victim):
    violent = _violent(coded(text))
    assert violent, coded(text)
    assert all(victim not in source for _code, source, _target in violent)
    assert any(victim in target for _code, _source, target in violent)


@pytest.mark.parametrize("text", [
    "A bus carrying pilgrims was struck by a missile in Yemen, killing 20 Yemeni civilians.",
    "A truck carrying refugees was hit by a rocket near Aleppo, wounding 12 Syrian civilians.",
    "A van with Afghan soldiers was struck by a drone, killing three Afghan soldiers.",
])
def test_result_of_a_strike_on_a_vehicle_is_not_done_by_the_vehicle(coded, text):
    violent = _violent(coded(text))
    assert violent, coded(text)


@pytest.mark.parametrize("text", [
    "A ferry capsized off Bali, killing 12 Indonesian passengers.",
    "A truck hit a bus in Kenya, killing 12 Kenyan passengers.",
    "A train crashed into a lorry in Egypt, injuring 15 Egyptian workers.",
])
def test_vehicle_accidents_without_weapons_stay_no_events(coded, text):
    assert _violent(coded(text)) == []


# --- (b) an agreement verb introducing a quote reports speech
@pytest.mark.parametrize("text", [
    "\"Relations with Ankara will improve,\" agreed the Greek foreign minister.",
    "Talks with Iran will resume next week, agreed the French and German ministers.",
    "\"The danger from Russia has not passed,\" Poland's prime minister agreed on Monday.",
    "The sanctions on Venezuela are working, agreed Colombian President Ivan Duque.",
])
def test_quote_introduced_by_agree_is_no_agreement(coded, text):
    assert [e for e in coded(text) if e[0].startswith("03")] == []


def test_quote_introduced_by_agree_is_a_statement_when_asked(coded):
    events = coded("\"Relations with Ankara will improve,\" agreed the Greek foreign minister.", include_statements=True)
    assert [e[0][:2] for e in events] == ["01"]


@pytest.mark.parametrize("text", [
    "Greece agreed to resume talks with Turkey.",
    "Iran and Iraq agreed on Sunday to reopen their border.",
    "Colombia agreed to a ceasefire with the rebels, officials said.",
])
def test_agreement_to_act_stays_an_agreement(coded, text):
    assert any(e[0].startswith("03") for e in coded(text)), coded(text)


# --- (c) warning of a danger is a statement; warning of one's own act, or warning someone, a threat
@pytest.mark.parametrize("text", [
    "Iraq's prime minister warned of a possible IS resurgence.",
    "U.S. military officials warned in July of a possible Taliban offensive in the north.",
    "The World Bank warned Egypt about rising food prices.",
    "Kenya's health minister has warned of a new cholera outbreak in Somalia.",
])
def test_warning_of_a_danger_is_no_threat(coded, text):
    assert [e for e in coded(text) if e[0].startswith("13")] == []


@pytest.mark.parametrize("text", [
    "Iran warned Israel that it would strike its nuclear sites.",
    "Washington warned Turkey of sanctions if it buys the Russian missile system.",
    "China warned of severe consequences if Japan sent warships to the islands.",
    "Russia warned the United States against deploying missiles in Europe.",
])
def test_warning_of_own_act_or_to_someone_stays_a_threat(coded, text):
    assert any(e[0].startswith("13") for e in coded(text)), coded(text)


# --- (d) a withdrawal whose place reads as the withdrawing country still counts
@pytest.mark.parametrize("text, withdrawer", [
    ("The Taliban praised the ongoing withdrawal of U.S. and NATO troops from the country.", "USA"),
    ("Kabul welcomed the withdrawal of American troops from the country on Sunday.", "USA"),
    ("Mali criticised the pullout of French troops from the country.", "FRA"),
])
def test_withdrawal_under_praise_is_kept(coded, text, withdrawer):
    assert any(e[0] == "0874" and withdrawer in e[1] for e in coded(text)), coded(text)


@pytest.mark.parametrize("text", [
    "A Chinese student said she agreed with officials' concerns.",
    "Russia and China agreed that the situation in Syria was serious.",
    "The Kenyan minister agreed with the World Bank's assessment.",
])
def test_agreeing_with_a_view_is_no_agreement(coded, text):
    assert [e for e in coded(text) if e[0].startswith("03")] == []


@pytest.mark.parametrize("text", [
    "Iran and Iraq agreed that talks would resume next week.",
    "India agreed with Pakistan on a ceasefire.",
    "Jordan and Egypt agreed to hold talks.",
])
def test_agreeing_on_an_act_stays_an_agreement(coded, text):
    assert any(e[0].startswith("03") for e in coded(text)), coded(text)
