"""Session 10: events in passive voice or as nouns (issue 3), each with phrasings of our own."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, code, source, target", [
    # the parser hangs the act's "by" on its "of" object: the one behind "by" still does the act
    ("The expulsion of Russian diplomats by Norway drew a rebuke from Moscow.", "16", "NOR", "RUS"),
    ("The killing of two protesters by police sparked riots in Nairobi.", "18", "KEN", "KEN"),
    # a joint act done in the passive with no agent: the parties named by "between" did it together
    ("A trade agreement between Japan and Vietnam was signed on Monday.", "057", "JPN", "VNM"),
    ("A trade agreement between Japan and Vietnam was signed on Monday.", "057", "VNM", "JPN"),
    # claiming an attack is owning it, in either voice and through "responsibility for"
    ("Al-Shabaab claimed the attack on a military convoy in Mogadishu.", "19", "SOM", None),
    ("A car bomb attack on a military convoy in Mogadishu was claimed by al-Shabaab.", "19", "SOM", None),
    ("Responsibility for the bombing of a church in Lahore was claimed by the Pakistani Taliban.", "19", "PAK", None),
    # the act's target preposition hung on its "of" object
    ("A shipment of vaccines to Ghana by France arrived.", "073", "FRA", "GHA"),
    ("The handover of two suspects to Uganda by Kenya took place on Monday.", "063", "KEN", "UGA"),
    ("The transfer of 29 cartel figures to the United States by Mexico was completed.", "063", "MEX", "USA"),
    # a threat or rejection aims at the target of the act threatened or rejected
    ("Tariffs of 25 percent on Colombian goods were threatened by Washington.", "13", "USA", "COL"),
    ("An easing of sanctions on Belarus was ruled out by Poland.", "12", "POL", "BLR"),
    # ordering foreigners out is expelling them, in either voice
    ("IAEA inspectors were ordered out of the country by North Korea.", "1662", "PRK", None),
    ("Russia ordered 20 Estonian diplomats out of Moscow.", "161", "RUS", "EST"),
    # victims and survivors in a country belong to it ("aid for flood victims in Libya")
    ("Tents and blankets for flood victims in Libya were sent by Algeria.", "073", "DZA", "LBY"),
    # the release of fishermen, sailors or nationals
    ("The release of 16 Thai fishermen by Myanmar's navy is expected next week.", "0841", "MMR", "THA"),
    # the one behind "by" owns an offer
    ("An offer by Washington to share satellite intelligence with Kyiv was confirmed.", "03", "USA", "UKR"),
    # what was rejected or welcomed in the passive is still owned by the doer of its reduced relative
    ("The proposal put forward by Egypt was rejected by Hamas.", "12", "PSE", "EGY"),
    ("Talks proposed by Qatar were rejected by Myanmar's junta.", "12", "MMR", "QAT"),
    # the parser hangs the agent on the object of "with"
    ("Britain was threatened with nuclear strikes by Dmitry Medvedev.", "13", "RUS", "GBR"),
    # the parties of a joint act named on its topic
    ("Negotiations on normalising relations between Serbia and Kosovo were held in Brussels.", "04", "SRB", "XKX"),
    ("Talks on the border dispute between Ethiopia and Eritrea were held in Algiers.", "04", "ERI", "ETH"),
    # cutting off internet access restricts freedoms, in either voice
    ("Internet access was cut off across the country by Iranian authorities.", "172", "IRN", None),
])
def test_passive_and_nominal_doers(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


@pytest.mark.parametrize("text, code", [
    # "by" on the "of" object names the doer only when the act has no owner of its own
    ("A report by Amnesty on the killing of protesters was published.", "18"),
])
def test_no_doer_invented(coded, text, code):
    events = coded(text)
    assert any(c.startswith(code) for c, _s, _t in events), events
    assert not any(c.startswith(code) and s for c, s, _t in events), events


@pytest.mark.parametrize("text, code", [
    # an attack that names its own doer is only alleged by the one who claims it happened
    ("Russia claimed a Ukrainian drone attack on a refinery in Belgorod.", "19"),
    # nobody claimed it
    ("The Taliban did not claim the bombing of the mosque in Kabul.", "19"),
])
def test_claim_is_not_ownership(coded, text, code):
    events = coded(text)
    assert not any(c.startswith(code) and ("RUS" in s or "AFG" in s) for c, s, _t in events), events


def test_threatened_act_not_coded_alone(coded):
    # the tariffs are what was threatened, not a sanction that happened
    events = coded("Tariffs of 25 percent on Colombian goods were threatened by Washington.")
    assert not any(c.startswith("16") for c, _s, _t in events), events


def test_own_troops_ordered_out_is_no_expulsion(coded):
    events = coded("Russia ordered its troops out of the region.")
    assert not any(c.startswith("16") for c, _s, _t in events), events


def test_mediator_of_passive_talks_is_no_party(coded):
    # the mediator named in a reduced relative on the talks is not whom the parties talked with
    events = coded("Indirect talks between Iran and the United States, mediated by Oman, were held in Muscat.")
    assert not any(c.startswith("040") and "OMN" in t for c, _s, t in events), events
