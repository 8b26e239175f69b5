"""Wire-news phrasing classes: extradition recipients, strikes, weapons tests, naval deployments, opposing a
proposal, defaced websites and purpose clauses (own sentences)."""

from __future__ import annotations

import pytest



@pytest.fixture(scope="module")
def phrasing_events(real_events):
    return real_events


def test_extradition_targets_the_receiving_country(phrasing_events):
    assert ("063", ("KEN",), ("UGA",)) in phrasing_events("Kenya extradited two Ugandan suspects to Uganda.")
    assert ("063", ("ESP",), ("FRA",)) in phrasing_events("Spain handed over three Basque militants to France.")


def test_going_on_strike_is_a_strike(phrasing_events):
    events = phrasing_events("Thousands of Nigerian workers went on strike on Monday.")
    assert [e for e in events if e[0] == "143" and e[1] == ("NGA",)]


def test_weapons_tests_are_a_show_of_force(phrasing_events):
    # (session 20: a nuclear test detonates a nuclear weapon, CAMEO 2042, as the CAMEO and phrasing gold code it;
    # missile tests stay a show of force)
    assert ("2042", ("PRK",), ()) in phrasing_events("North Korea conducted a nuclear test on Sunday.")
    assert [e for e in phrasing_events("Pakistan tested a ballistic missile.") if e[0] == "150"]


def test_deploying_warships_is_mobilization(phrasing_events):
    events = phrasing_events("The United States deployed an aircraft carrier to the Persian Gulf.")
    assert [e for e in events if e[0] == "154" and e[1] == ("USA",)]


def test_opposing_a_proposal_is_a_rejection(phrasing_events):
    assert ("120", ("ISR",), ("FRA",)) in phrasing_events("Israel is opposed to French mediation in the talks.")
    assert ("120", ("GRC",), ("TUR",)) in phrasing_events("Greece opposes Turkey's membership in the bloc.")
    # opposing a person is still disapproval
    assert [e for e in phrasing_events("Greece opposed Turkey.") if e[0] == "110"]


def test_defacing_websites_is_coercion(phrasing_events):
    events = phrasing_events("Russian hackers defaced dozens of Estonian government websites.")
    assert ("170", ("RUS",), ("EST",)) in events


def test_purpose_clause_names_the_target_of_crowd_control(phrasing_events):
    events = phrasing_events("Police fired tear gas to disperse Kenyan protesters.")
    assert all(e[2] == ("KEN",) for e in events if e[0] == "175") and events


def test_purpose_clause_is_not_used_when_the_act_has_its_own_target(phrasing_events):
    events = phrasing_events("Sudan attacked Chad to punish Libya.")
    assert ("190", ("SDN",), ("TCD",)) in events


def test_approved_loan_is_economic_aid(phrasing_events):
    assert ("071", (None,), ("GHA",)) in phrasing_events("The World Bank approved a 300 million dollar loan to Ghana.")


def test_drones_launched_at_a_country(phrasing_events):
    assert ("194", ("IRN",), ("ISR",)) in phrasing_events("Iran launched drones at Israel.")


def test_ruling_out_talks_is_refusing_to_meet(phrasing_events):
    assert ("125", ("ISR",), ("PSE",)) in phrasing_events("Israel ruled out talks with Hamas.")
    assert [e for e in phrasing_events("The Kenyan president ruled out a referendum.") if e[0] == "120"]


def test_banning_a_group_needs_the_group(phrasing_events):
    assert [e for e in phrasing_events("Egypt banned the Muslim Brotherhood.") if e[0] == "1722" and e[2] == ("EGY",)]
    assert not [e for e in phrasing_events("Egypt banned smoking in cafes.") if e[0] == "1722"]


def test_invitation_to_a_summit_is_intent_to_meet(phrasing_events):
    events = phrasing_events("Kenya invited Ethiopian leaders to a peace summit.")
    assert ("036", ("KEN",), ("ETH",)) in events


def test_traded_accusations_are_mutual_accusations(phrasing_events):
    events = phrasing_events("Rwanda and Congo traded accusations over the violence.")
    assert {("112", ("RWA",), ("COD",)), ("112", ("COD",), ("RWA",))} <= set(events)
    assert [e for e in phrasing_events("Russia traded oil with China.") if e[0] == "061"]


def test_training_foreign_soldiers_is_military_cooperation(phrasing_events):
    assert [e for e in phrasing_events("Britain trained Kenyan soldiers.") if e[0] == "062" and e[2] == ("KEN",)]


def test_recapture_from_targets_the_loser(phrasing_events):
    assert ("190", ("UKR",), ("RUS",)) in phrasing_events("Ukrainian forces recaptured Kherson from Russian troops.")
    assert ("192", ("RUS",), ("UKR",)) in phrasing_events("Russia annexed Crimea from Ukraine.")


def test_capturing_a_person_is_a_detention(phrasing_events):
    events = phrasing_events("Turkey captured a senior Syrian rebel commander.")
    assert [e for e in events if e[0] == "173" and e[1] == ("TUR",)]


def test_protest_to_a_government_is_a_complaint_about_the_cause(phrasing_events):
    assert ("114", ("LBN",), ("ISR",)) in phrasing_events("Lebanon protested to the United Nations over two Israeli air raids.")
    assert ("114", ("JPN",), ("CHN",)) in phrasing_events("Japan protested to China on Monday.")


def test_infinitive_to_is_not_a_particle(phrasing_events):
    events = phrasing_events("A Syrian lawmaker started a hunger strike to protest President Assad's failure to usher in reforms.")
    assert not [e for e in events if e[0] == "114"]


def test_suspended_membership_reduces_relations(phrasing_events):
    assert [e for e in phrasing_events("The Arab League suspended Syria's membership.") if e[0] == "160" and e[2] == ("SYR",)]


def test_passive_killing_by_named_attack_has_the_attacker_as_source(phrasing_events):
    events = phrasing_events("Dozens of Syrian civilians were killed in Russian air strikes.")
    assert [e for e in events if e[0] == "1823" and e[1] == ("RUS",)]
    events = phrasing_events("Three Afghan soldiers were wounded in a Taliban attack.")
    assert [e for e in events if e[0] == "190" and e[1] == ("AFG",) and e[2] == ("AFG",)]


def test_turned_down_is_a_rejection(phrasing_events):
    assert ("120", ("SDN",), (None,)) in phrasing_events("Sudan turned down a request by the UN to deploy peacekeepers.")


def test_vowed_retaliation_is_a_threat(phrasing_events):
    assert [e for e in phrasing_events("China vowed to retaliate against Japan.") if e[0].startswith("13") and e[2] == ("JPN",)]


def test_warning_a_country_is_a_threat_but_not_without_one(phrasing_events):
    assert ("130", ("PRK",), ("USA",)) in phrasing_events("North Korea warned the United States of a nuclear war.")
    assert not [e for e in phrasing_events("Kenyan officials warned farmers about locusts.") if e[0] == "130" and e[2] == ()]


def test_prisoner_swaps_are_mutual(phrasing_events):
    events = phrasing_events("India and Pakistan exchanged prisoners.")
    assert {("0841", ("IND",), ("PAK",)), ("0841", ("PAK",), ("IND",))} <= set(events)
    assert ("0841", ("RUS",), ("UKR",)) in phrasing_events("Russia swapped prisoners with Ukraine.")


def test_deploying_nuclear_weapons_is_mobilization_not_use(phrasing_events):
    events = phrasing_events("Russia deployed nuclear weapons to Belarus.")
    assert ("154", ("RUS",), ("BLR",)) in events and not [e for e in events if e[0].startswith("20")]
    assert [e for e in phrasing_events("Syria used chemical weapons against Syrian civilians.") if e[0] == "204"]


def test_calling_up_reservists_is_mobilization(phrasing_events):
    assert [e for e in phrasing_events("Israel called up 300,000 reservists.") if e[0] == "154" and e[1] == ("ISR",)]


def test_attacking_websites_is_a_cyber_attack_not_an_assault(phrasing_events):
    events = phrasing_events("Russian hackers attacked the websites of the Georgian government.")
    assert [e for e in events if e[0] == "170" and e[2] == ("GEO",)]
    assert not [e for e in events if e[0].startswith("19")]


def test_exercises_without_a_partner_are_a_show_of_force(phrasing_events):
    assert ("150", ("CHN",), ("TWN",)) in phrasing_events("China held military drills near Taiwan.")
    events = phrasing_events("Russia and Belarus began joint military exercises.")
    assert ("062", ("RUS",), ("BLR",)) in events and not [e for e in events if e[0] == "150"]
    assert ("062", ("RUS",), ("CHN",)) in phrasing_events("Russia held naval exercises with China.")


def test_forces_moved_to_a_border_are_not_the_target(phrasing_events):
    assert ("154", ("IND",), ("CHN",)) in phrasing_events("India moved troops to its border with China.")


def test_handing_over_is_extradition_only_for_suspects(phrasing_events):
    assert ("063", ("PAK",), ("AFG",)) in phrasing_events("Pakistan handed over the suspects to Afghanistan.")
    assert not [e for e in phrasing_events("The Nigerian army handed over 50 children to Chadian officials.") if e[0] == "063"]


def test_ordered_release_amnesty_training_and_laying_down_arms(phrasing_events):
    assert [e for e in phrasing_events("A Zimbabwean court ordered the release of the opposition leader.") if e[0] == "0841"]
    assert [e for e in phrasing_events("The Ethiopian government granted amnesty to 500 rebels.") if e[0] == "056"]
    assert ("062", ("GBR",), ("UKR",)) in phrasing_events("Britain will provide training to Ukrainian soldiers.")
    assert [e for e in phrasing_events("The Colombian rebels laid down their arms.") if e[0] == "0873"]


def test_deported_from_a_country_is_deported_by_it(phrasing_events):
    assert ("174", ("TZA",), ("KEN",)) in phrasing_events("Two Kenyan activists were deported from Tanzania.")


def test_house_arrest_and_revoked_licences_are_coercion(phrasing_events):
    assert [e for e in phrasing_events("The army placed the Sudanese prime minister under house arrest.")
            if e[0] == "173" and e[2] == ("SDN",)]
    assert [e for e in phrasing_events("Belarus revoked the licenses of Polish journalists.")
            if e[0] == "1721" and e[2] == ("POL",)]


def test_withdrawal_of_forces_is_done_by_the_support_verbs_subject(phrasing_events):
    assert ("0874", ("USA",), ("PAN",)) in phrasing_events(
        "The United States sped up the withdrawal of its forces from Panama.")
    assert ("0874", ("RUS",), ("SYR",)) in phrasing_events("Russia completed the withdrawal of its troops from Syria.")
    # without a support verb the forces' own country withdraws
    assert ("0874", ("UGA",), ("COD",)) in phrasing_events("The withdrawal of Ugandan troops from Congo began on Monday.")


def test_agreeing_to_deploy_troops_is_intent_not_threat(phrasing_events):
    events = phrasing_events("Mexico agreed to deploy troops to its southern border.")
    assert [e for e in events if e[0].startswith("03")] and not [e for e in events if e[0].startswith("13")]
    assert [e for e in phrasing_events("Serbia agreed to reject the plan.") if e[0].startswith("12")]


def test_more_wire_phrasings(phrasing_events):
    assert ("042", ("PRK",), ("RUS",)) in phrasing_events("Kim Jong Un arrived in Vladivostok for his first summit with Vladimir Putin.")
    assert ("051", ("POL",), ("UKR",)) in phrasing_events("Poland voiced support for Ukraine's bid to join the bloc.")
    assert ("071", (None,), ("PAK",)) in phrasing_events("The International Monetary Fund approved a $6 billion bailout for Pakistan.")
    assert ("0874", ("ARE",), ()) in phrasing_events("The United Arab Emirates drew down its forces this summer.")
    assert [e for e in phrasing_events("Nigeria sought the extradition of a former minister from Britain.")
            if e[0] == "1013" and e[1] == ("NGA",)]
    assert [e for e in phrasing_events("Chilean copper miners staged a walkout on Monday.") if e[0] == "143"]
    assert ("163", ("JPN",), ("KOR",)) in phrasing_events("Japan tightened export controls on chemicals to South Korea.")
    assert ("174", ("USA",), ("GTM",)) in phrasing_events("The United States deported hundreds of migrants to Guatemala.")


def test_retaliation_is_force_only_against_someone(phrasing_events):
    assert ("190", ("IRN",), ("ISR",)) in phrasing_events("Iran retaliated against Israel with missile strikes.")
    events = phrasing_events("Canada retaliated by announcing increased tariffs on American exports.")
    assert not [e for e in events if e[0].startswith("19")]
