"""Session 11: targets the argument grammar used to miss (issue 3), each with phrasings of our own."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has

from eventcoder.events.place_targets import target_from_place
from eventcoder.records import Actor, Location

UNKNOWN = Location(None, None, None, None, None, "unknown")


@pytest.mark.parametrize("text, code, source, target", [
    # a ship or thing flagged, owned or held by a country is that country's
    ("Iran released the British-flagged tanker on Friday.", "084", "IRN", "GBR"),
    ("Pirates off Somalia freed a Greek-owned bulk carrier and its crew.", "084", None, "GRC"),
    # (seizing a ship is coded 192 or 1711 as the codebook is refined; the owner is the target either way)
    ("A Liberian-registered tanker was seized by Iran's navy in the Gulf of Oman.", "1", "IRN", "LBR"),
    ("Ukrainian drones struck Russian-held towns near the front line.", "19", "UKR", "RUS"),
    # the owner named by a participle on what a passive act befell
    ("A tanker owned by a Greek shipping company was seized by Iran.", "1", "IRN", "GRC"),
    ("A superyacht linked to a Russian oligarch was seized by Italian police.", "1", "ITA", "RUS"),
    # "its" on the object of a hostile act stands for the actor named before, not for the doer
    ("Moscow accused Kyiv of shelling its territory with rockets.", "19", "UKR", "RUS"),
    ("Seoul said North Korean drones violated its airspace on Monday.", "12", "PRK", "KOR"),
    ("Lithuania said Russian warplanes had entered its airspace without permission, a violation it condemned.", "1", "RUS", "LTU"),
    # a request's object pronoun stands for the actor named right before it
    ("Tokyo summoned China's ambassador and urged him to stop the incursions.", "10", "JPN", "CHN"),
    ("Nairobi hosted the leaders of Sudan and Chad and urged them to end the fighting.", "10", "KEN", "TCD"),
    # a passive's "by" agent the parser hung on the object of a place phrase
    ("UN inspectors were allowed into the nuclear plant by Russian forces on Thursday.", "086", "RUS", None),
    # the country of a border named by an adjective is the target of a border act, nothing else
    ("Ankara massed tanks and soldiers on the Syrian border.", "15", "TUR", "SYR"),
    ("Moscow held a military parade near the Estonian border.", "15", "RUS", "EST"),
    # a verb coordinated right before another shares its object
    ("Israeli jets struck and destroyed a Hezbollah weapons depot.", "19", "ISR", "LBN"),
    ("Ankara criticized and condemned Stockholm over the protest.", "11", "TUR", "SWE"),
    # a nominal act behind a quantity noun still takes the support verb's subject
    ("Moscow launched a wave of drone attacks on Ukrainian cities.", "19", "RUS", "UKR"),
    ("The army carried out a series of air strikes on rebel positions in Sudan's Darfur region.", "19", None, None),
    # the one asked in a "for X to V" request, on the verb or the noun
    ("Washington called for Israel to let more aid into Gaza.", "10", "USA", "ISR"),
    ("A call for Moscow to pull its troops back was issued by NATO's secretary general.", "10", None, "RUS"),
    ("Opposition calls for Peru's president to resign grew louder.", "10", "PER", "PER"),
    # a deal named after a capital is no actor: the praise goes to the country it is for
    ("The Juba peace agreement was welcomed by the African Union as a milestone for Sudan.", "05", None, "SDN"),
    # civilians killed by an armed group are not its compatriots for that
    ("Two Palestinian gunmen killed 23 people in Tel Aviv.", "18", "PSE", "ISR"),
])
def test_targets_found(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text, code", [
    # the doer's own things are no target, nor is a thing made or backed by a country
    ("Ukrainian troops shelled their own positions by mistake.", "19"),
    ("Russian forces fired Iranian-made drones at the city.", "19"),
    # a sea named after a country, and Latin America, are no actors
    ("North Korea fired a ballistic missile into the Sea of Japan.", "19"),
    ("Venezuela cut diplomatic ties with seven Latin American countries.", "16"),
    ("Burmese troops captured a rebel camp near the Thai border.", "19"),
    # the doer of what befell the thing is not its owner
    ("Positions shelled by Turkish artillery were retaken by Kurdish fighters.", "19"),
])
def test_no_target_invented(coded, text, code):
    events = coded(text)
    assert not any(c.startswith(code) and t for c, _s, t in events), events


def test_pronoun_owner_needs_another_actor(coded):
    # with only the doer named, "its" is the doer's: no target
    events = coded("Russia moved its tanks closer to the border.")
    assert not any(t for _c, _s, t in events), events


def test_state_release_of_prisoners_takes_its_country(coded):
    events = coded("Belarus freed 14 political prisoners on Saturday.")
    assert _has(events, "0841", "BLR", "BLR"), events


def test_domestic_concessions_and_rulings_target_the_own_country():
    president = Actor("KENGOV", "KEN", "GOV", "Kenyan President William Ruto", 0, 29)
    for code in ("080", "0831", "0832", "116", "090", "132", "133"):
        assert target_from_place(code, (president,), (), UNKNOWN).code == "KEN", code
    # a named target stays, and a release without one says nothing about whose people they were
    kenya = Actor("KEN", "KEN", None, "Kenya", 40, 45)
    assert target_from_place("080", (president,), (kenya,), UNKNOWN) is None
    assert target_from_place("0841", (president,), (), UNKNOWN) is None
    # lawyers (coded JUD) protesting with no target protest against their own state
    lawyers = Actor("PAKJUD", "PAK", "JUD", "lawyers", 0, 7)
    assert target_from_place("141", (lawyers,), (), UNKNOWN).code == "PAK"


def test_more_domestic_measures_and_protests_by_the_place():
    rebels = Actor("COLREB", "COL", "REB", "Colombia's ELN rebels", 0, 21)
    assert target_from_place("0871", (rebels,), (), UNKNOWN).code == "COL"
    # a state named bare may declare a truce in a war abroad
    assert target_from_place("0871", (Actor("RUS", "RUS", None, "Russia", 0, 6),), (), UNKNOWN) is None
    from eventcoder.events.place_targets import source_from_place
    ouagadougou = Location("Ouagadougou", "Ouagadougou", "BFA", 12.4, -1.5, "city", 60, 71)
    french = Actor("FRA", "FRA", None, "French", 20, 26)
    assert source_from_place("141", (), (french,), ouagadougou).code == "BFA"
    # attacks on a country with no attacker named are not that country attacking itself
    assert source_from_place("190", (), (french,), ouagadougou) is None


def test_forces_coordinated_with_the_required_object_are_no_target(coded):
    # the agent hung on "border" is found, and the tanks massed are what is moved, not whom it is aimed at
    events = coded("Tanks and troops were massed near the border by Russia, satellite images showed.")
    assert _has(events, "15", "RUS"), events
    assert not any(c.startswith("15") and t for c, _s, t in events), events
