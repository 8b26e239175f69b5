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
    ("Kenyan President William Ruto withdrew the finance bill on Wednesday in Lyon.", "083", "KEN", "FRA"),
])
def test_a_reform_made_abroad_is_aimed_at_home(default_coder, text, prefix, country, abroad):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) and t == {country} for c, _s, t in events), events
    assert not any(c.startswith(prefix) and abroad in t for c, _s, t in events), events


def test_a_concession_made_at_talks_abroad_is_not_aimed_at_home(default_coder):
    # (a concession in general, 080, is made to the other side of the talks, not to the concession maker's country)
    events = _triples(default_coder, "Ukraine made concessions at the peace talks in Istanbul on Tuesday.")
    assert not any(c.startswith("080") and t == {"UKR"} for c, _s, t in events), events


# Session-23 review: acts of stories standing on foreign ground (a dateline, or a city of another country where the
# event happens), trips, threats of force, a truce by a state's leaders and a protest by a state keep no home target;
# an unnamed killer, kidnapper or releaser is no home source.
@pytest.mark.parametrize("text, prefix, country", [
    ("KHARKIV, Ukraine (Reuters) - Russian troops shelled the city on Monday. Officers said three civilians were "
     "killed.", "1", "RUS"),
    ("KYIV, Ukraine (AP) - Ukrainian forces struck a bridge on Monday. Ukrainian officials said the strike had "
     "succeeded.", "19", "UKR"),
    ("Iran's Supreme Leader Ayatollah Ali Khamenei condemned the burning of the Koran in Stockholm on Friday. "
     "He called on Muslims to unite.", "11", "IRN"),
    ("Colombian President Gustavo Petro said he would travel to the summit next week. Petro told reporters he would "
     "demand climate finance from rich nations.", "04", "COL"),
    ("Turkish President Tayyip Erdogan threatened on Monday to launch a new military operation. Turkish officials "
     "said preparations were complete.", "138", "TUR"),
    ("Russian President Vladimir Putin declared an Easter truce on Friday. Russian troops were ordered to halt fire "
     "for 30 hours. The Kremlin said the truce would begin at 6 p.m.", "0871", "RUS"),
    ("Philippine President Ferdinand Marcos said on Monday the country would defend its waters. Philippine "
     "fishermen were harassed near Scarborough Shoal on Sunday. Marcos said the Philippines would file a protest.",
     "114", "PHL"),
    ("Japanese Prime Minister Fumio Kishida protested strongly on Monday. Japanese officials said the missile had "
     "landed in Japan's exclusive economic zone.", "14", "JPN"),
])
def test_a_story_on_foreign_ground_or_an_outward_act_keeps_no_home_target(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert not any(c.startswith(prefix) and s == {country} and t == {country} for c, s, t in events), events


@pytest.mark.parametrize("text, code, country", [
    ("Ukrainian President Volodymyr Zelenskiy visited the front on Monday. Two Ukrainian civilians were killed "
     "overnight.", "18", "UKR"),
    ("Kenyan President William Ruto spoke to reporters on Monday. Five Kenyan truck drivers were kidnapped last "
     "week.", "18", "KEN"),
    ("Israeli Prime Minister Benjamin Netanyahu spoke on Sunday. Three Israeli hostages were released on Sunday.",
     "08", "ISR"),
])
def test_an_unnamed_killer_or_releaser_is_no_home_source(default_coder, text, code, country):
    events = _triples(default_coder, text)
    assert not any(c.startswith(code) and s == {country} for c, s, _t in events), events


@pytest.mark.parametrize("text, prefix, country", [
    ("Islamic State militants fired shells at Kurdish Peshmerga fighters near Makhmour on Tuesday.", "19", "IRQ"),
    ("Hundreds of Islamic State fighters laid down their weapons in Baghouz on Tuesday.", "087", "SYR"),
])
def test_a_transnational_armed_group_takes_the_country_where_it_acts(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) and s == {country} for c, s, _t in events), events


@pytest.mark.parametrize("text, prefix, country", [
    ("Speaking in Paris, French President Emmanuel Macron vowed to destroy Islamic State.", "1", "FRA"),
    ("Russian warplanes bombed Islamic State positions, the defence ministry said in Moscow.", "19", "RUS"),
])
def test_a_transnational_armed_group_takes_no_country_from_a_speakers_place(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) for c, _s, _t in events), events
    assert not any(c.startswith(prefix) and country in t for c, _s, t in events), events


@pytest.mark.parametrize("text, prefix, country", [
    ("Israel allowed the Red Cross to visit Palestinian prisoners on Monday.", "08", "ISR"),
    ("Russia allowed MSF to treat wounded soldiers on Monday.", "08", "RUS"),
    ("Israel lifted restrictions on the Red Cross on Monday.", "08", "ISR"),
    ("Russia banned Amnesty International on Monday.", "17", "RUS"),
])
def test_a_measure_on_a_named_ngo_is_aimed_at_it(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert not any(c.startswith(prefix) and t == {country} for c, _s, t in events), events


@pytest.mark.parametrize("text, prefix, country", [
    ("Russia blocked access to Facebook on Friday, the communications regulator said.", "172", "RUS"),
    ("Belarus relaxed its rules on foreign-funded NGOs on Tuesday.", "081", "BLR"),
])
def test_a_domestic_measure_on_bodies_of_no_country_is_aimed_at_home(default_coder, text, prefix, country):
    events = _triples(default_coder, text)
    assert any(c.startswith(prefix) and t == {country} for c, _s, t in events), events
