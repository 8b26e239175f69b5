"""Natural hazards, diseases, accidents and sports results are not political events (own sentences)."""

from __future__ import annotations

import pytest



@pytest.fixture(scope="module")
def coded(real_events):
    return real_events


@pytest.mark.parametrize("text", [
    "A powerful typhoon struck the Philippines on Sunday, killing 12 villagers.",
    "At least 30 people in Pakistan were killed by landslides after heavy rains.",
    "Cholera has killed 200 people in Yemen this year.",
    "The coronavirus has killed 3,000 people in Italy.",
    "A ferry collision injured 40 passengers off the coast of Bangladesh.",
    "A passenger train derailed in northern Egypt, injuring 20 people.",
    "Hurricane Maria hit Puerto Rico, destroying thousands of homes.",
    "A bus accident in Peru killed 25 passengers.",
    "Landslides triggered by heavy rain killed 30 villagers in Nepal.",
    "The financial crisis hit Greece hard in 2010.",
    "The Turkish lira hit a record low against the dollar.",
    "Locusts destroyed crops in Kenya and Somalia.",
    "A boat capsized off Libya, killing 100 migrants.",
])
def test_hazards_diseases_and_accidents_are_no_events(coded, text):
    assert [e for e in coded(text) if e[0][:2] in ("18", "19", "20")] == []


@pytest.mark.parametrize("text", [
    "Germany defeated France 3-1 in a World Cup qualifier.",
    "Pakistan crushed India to win the cricket trophy.",
    "Nigeria beat Ghana in the final of the African Cup of Nations.",
    "Madrid defeated Barcelona in the Spanish league.",
    "Brazil defeated Argentina on penalties.",
    "Nigeria's Super Eagles defeated Cameroon 3-2.",
])
def test_sports_results_are_no_events(coded, text):
    assert [e for e in coded(text) if e[0][:2] in ("18", "19", "20")] == []


def test_violence_named_by_an_actor_or_by_people_stays(coded):
    assert ("1823", ("ISR",), ("PSE",)) in coded("Israeli fire killed two Palestinians in Gaza.")
    assert [e for e in coded("Egyptian troops beat protesters in Cairo.") if e[0] == "182"]
    # a describing compound is not the doer: a bus bombing is an attack
    assert [e for e in coded("A bus bombing killed 10 people in Jerusalem.") if e[0] == "1823"]
    # a plural after "of" names weapons, not weather
    assert [e for e in coded("A hail of bullets killed three Palestinians in Hebron.") if e[0] == "1823"]
    # a role noun is people acting, even after a match
    assert [e for e in coded("Turkish police beat football fans after the match.") if e[0] == "182"]


def test_military_defeat_is_fighting(coded):
    events = coded("The Syrian army defeated the rebels in Idlib.")
    assert [e for e in events if e[0] == "190" and e[1] == ("SYR",)]


def test_bystanders_and_unattributed_launches_are_no_events(coded):
    assert coded("Hundreds of pilgrims visit the shrine every summer.") == []
    assert [e for e in coded("A weather satellite was launched from Kazakhstan on a rocket.") if e[0][:2] == "15"] == []
    # a named launcher still gives an event
    assert [e for e in coded("North Korea launched a ballistic missile.") if e[1] == ("PRK",)]


def test_cue_lists_are_validated(tmp_path):
    from eventcoder.errors import DataFileError
    from eventcoder.events import EventPatterns

    bad = tmp_path / "extra.yaml"
    bad.write_text("sports_cues: [final]\nhazard_nouns: 5\n", encoding="utf-8")
    with pytest.raises(DataFileError) as excinfo:
        EventPatterns.load(extra_paths=[bad])
    assert excinfo.value.line == 2


def test_vehicles_with_an_owner_are_means_not_accidents(coded):
    assert [e for e in coded("Iranian boats attacked a tanker in the Gulf.") if e[0].startswith("19") and e[1] == ("IRN",)]
    assert [e for e in coded("Houthi boats attacked a Saudi frigate.") if e[0].startswith("19") and e[2] == ("SAU",)]
    assert not [e for e in coded("A ferry capsized off Zanzibar, killing 12 passengers.") if e[0][:2] in ("18", "19")]


def test_forces_deployed_with_no_agent_stand_for_whoever_moved_them(coded):
    assert ("154", ("IND",), ("PAK",)) in coded("Thousands of Indian troops were deployed along the border with Pakistan.")
    assert not coded("A weather satellite was launched from French Guiana.")
