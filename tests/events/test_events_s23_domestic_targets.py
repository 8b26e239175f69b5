"""Session 23: in a domestic story (its actors all of one country), an act with no named target is aimed at that
country (X -> X, as the story gold standards code it); a lone sentence, or a story naming another party, keeps none."""

from __future__ import annotations

import pytest

from eventcoder import code


def _triples(coder, text: str) -> list:
    return [(e.cameo, {a.country for a in e.source}, {a.country for a in e.target})
            for e in code(text, "2022-04-02", coder=coder)]


@pytest.mark.parametrize("text, prefix, country", [
    ("COLOMBO, Sri Lanka (Reuters) - Sri Lankan police arrested 54 protesters near the president's home. "
     "Opposition leader Sajith Premadasa condemned the emergency as an attempt to crush dissent.", "111", "LKA"),
    ("KAMPALA, Uganda (Reuters) - Ugandan police arrested opposition leader Robert Kyagulanyi on Wednesday. "
     "His party, the National Unity Platform, demanded his immediate release.", "10", "UGA"),
])
def test_a_domestic_story_aims_untargeted_acts_at_home(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) and s == {country} and t == {country} for c, s, t in events), events


def test_a_lone_sentence_keeps_no_target(default_coder):
    events = _triples(default_coder, "Opposition leader Sajith Premadasa of Sri Lanka condemned the emergency.")
    assert any(c.startswith("11") and not t for c, _s, t in events), events


def test_a_story_naming_another_party_keeps_no_target(default_coder):
    text = ("WASHINGTON (Reuters) - The foreign ministers of Congo and Rwanda signed a peace agreement on Friday. "
            "Secretary of State Marco Rubio hosted the ceremony.")
    events = _triples(default_coder, text)
    assert not any(c.startswith("04") and t == {"USA"} for c, _s, t in events), events


@pytest.mark.parametrize("text, prefix, country", [
    # a refusal of political reform and a threat of repression are aimed at home, in a lone sentence too
    ("Syrian President Bashar al-Assad said he had no intention of stepping down.", "123", "SYR"),
    ("Iran's Revolutionary Guards chief vowed that security forces would crush any further unrest.", "137", "IRN"),
])
def test_refused_reform_and_threatened_repression_are_aimed_at_home(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) and s == {country} and t == {country} for c, s, t in events), events


def test_a_domestic_story_gives_an_unnamed_doer_its_country(default_coder):
    text = ("JOHANNESBURG (Reuters) - South African police fired rubber bullets at looters in Durban on Monday. "
            "More than 200 South African protesters were arrested overnight.")
    events = _triples(default_coder, text)
    assert any(c.startswith("173") and s == {"ZAF"} and t == {"ZAF"} for c, s, t in events), events



def test_a_story_naming_another_party_keeps_the_doer_unnamed(default_coder):
    text = ("JOHANNESBURG (Reuters) - The United States urged South Africa to show restraint on Monday. "
            "More than 200 South African protesters were arrested overnight.")
    events = _triples(default_coder, text)
    assert any(c.startswith("173") and not s for c, s, _t in events), events


@pytest.mark.parametrize("text, prefix, country, abroad", [
    ("Hungarian Prime Minister Viktor Orban backed down on Thursday at an emergency summit in Brussels.", "080", "HUN",
     "BEL"),
    ("Kenyan President William Ruto withdrew the finance bill on Wednesday in Lyon.", "08", "KEN", "FRA"),
])
def test_a_concession_made_abroad_is_aimed_at_home(default_coder, text, prefix, country, abroad):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) for c, _s, _t in events), events
    assert not any(c.startswith(prefix) and abroad in t for c, _s, t in events), events


@pytest.mark.parametrize("text, prefix, country", [
    ("Islamic State militants fired shells at Kurdish Peshmerga fighters near Makhmour on Tuesday.", "19", "IRQ"),
    ("Hundreds of Islamic State fighters laid down their weapons in Baghouz on Tuesday.", "087", "SYR"),
])
def test_a_transnational_armed_group_takes_the_country_where_it_acts(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) and s == {country} for c, s, _t in events), events


@pytest.mark.parametrize("text, prefix, country", [
    ("Russia blocked access to Facebook on Friday, the communications regulator said.", "172", "RUS"),
    ("Belarus relaxed its rules on foreign-funded NGOs on Tuesday.", "081", "BLR"),
])
def test_a_domestic_measure_on_bodies_of_no_country_is_aimed_at_home(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) and t == {country} for c, _s, t in events), events
