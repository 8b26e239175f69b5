"""Session 12: events the grammar did not attach although their trigger is known."""

from __future__ import annotations

import pytest


def _has(events, code, source, target):
    return any(c == code and source in s and (target in t if target else not t) for c, s, t in events)


@pytest.mark.parametrize("text, code, source, target", [
    # a rejected demand aims at whoever demanded it (the actor stage names "opposition" before "demands")
    ("Zimbabwe's president rejected opposition demands for early elections.", "120", "ZWE", "ZWE"),
    # offering a force act is an offer of help, not a threat
    ("Rwanda offered to deploy troops to protect civilians in Mozambique.", "030", "RWA", "MOZ"),
    # the pronoun subject of a clause under "signalled", "hinted" is the one who signals
    ("Poland signalled it was ready to hold joint military exercises with Lithuania.", "0312", "POL", "LTU"),
    ("The Kremlin hinted it would expel British diplomats.", "161", "RUS", "GBR"),
])
def test_attached(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


def test_vowing_to_fight_stays_a_threat(coded):
    events = coded("Azerbaijan vowed to attack Armenian positions.")
    assert any(c.startswith("13") for c, _s, _t in events), events


@pytest.mark.parametrize("text, code, source, target", [
    # the recipient the parser hangs on the amount or goods behind the required object's "of"
    ("A grant of 50 million euros for Moldova was approved by Japan.", "071", "JPN", "MDA"),
    # a quantity before the goods ("50,000 tonnes of rice") does not hide them from a required modifier
    ("Seoul's shipment of 50,000 tonnes of rice to North Korea was completed on Monday.", "073", "KOR", "PRK"),
    # goods dispatched: "dispatch" carries its object noun's event
    ("Japan dispatched a shipment of 20 tonnes of medicine to Syria.", "073", "JPN", "SYR"),
    # threatening a strike or protest is a threat of political dissent
    ("Nigerian unions threatened to stage a nationwide strike if the government did not reverse the fuel price rise.",
     "133", "NGA", None),
])
def test_attached_round_two(coded, text, code, source, target):
    events = coded(text)
    assert any(c == code and source in s and (target is None or target in t) for c, s, t in events), events


@pytest.mark.parametrize("text, source, target", [
    ("Ukraine declared the Russian consul persona non grata.", "UKR", "RUS"),
    ("Estonia declared two Russian diplomats personae non gratae on Friday.", "EST", "RUS"),
    ("The Russian consul was declared persona non grata by Ukraine.", "UKR", "RUS"),
])
def test_declared_persona_non_grata_is_an_expulsion(coded, text, source, target):
    events = coded(text)
    assert ("161", (source,), (target,)) in events, events


def test_persona_non_grata_needs_a_declared_actor(coded):
    assert not any(c == "161" for c, _s, _t in coded("Ukraine said the phrase persona non grata was overused."))


@pytest.mark.parametrize("text, code, source, target", [
    # support verbs of acts kept up, enforced, observed or weighed carry the noun's event and give it their subject
    ("Kurdish prisoners in Turkish jails kept up a hunger strike.", "142", "TUR", None),
    ("Workers in Nigeria observed a general strike on Monday.", "143", "NGA", None),
    ("The European Union is considering sanctions against Belarus.", "163", None, "BLR"),
    ("Russia kept up its attacks on Ukrainian cities.", "190", "RUS", "UKR"),
])
def test_support_verbs_s12(coded, text, code, source, target):
    events = coded(text)
    assert any(c == code and (source in s if source else s) and (target is None or target in t)
               for c, s, t in events), events


def test_condition_names_the_partner_of_failed_talks(coded):
    events = coded("Azerbaijan threatened to launch an offensive to retake Nagorno-Karabakh if talks with Armenia failed.")
    assert any(c.startswith("13") and s == ("AZE",) and t == ("ARM",) for c, s, t in events), events


@pytest.mark.parametrize("text, source, target", [
    ("Japan scrambled fighter jets on Monday after Chinese military aircraft entered its air defense zone.", "JPN", "CHN"),
    ("A destroyer was dispatched to the Gulf by Britain after a British-flagged tanker was seized by Iran.", "GBR", "IRN"),
])
def test_show_of_force_answers_the_provoker(coded, text, source, target):
    events = coded(text)
    assert any(c.startswith("15") and s == (source,) and t == (target,) for c, s, t in events), events


def test_a_show_of_force_does_not_answer_an_international_body(coded):
    events = coded("Nigeria went on high alert after the World Health Organization declared mpox a global emergency.")
    assert not any(c.startswith("15") and t for c, _s, t in events), events

