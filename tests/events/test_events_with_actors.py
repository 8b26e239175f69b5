"""The event stage on the real actor stage's mentions (countries and sectors from eventcoder.actors)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russia and Iran are providing military support to Syria.", ("072", ("RUS", "IRN"), ("SYR",))),
        ("Turkish officials said that Russia attacked Ukraine.", ("190", ("RUS",), ("UKR",))),
        ("Russia imposed sanctions on Turkey.", ("163", ("RUS",), ("TUR",))),
        ("Iranian President Hassan Rouhani is scheduled to pay a visit to Russia.", ("042", ("IRN",), ("RUS",))),
    ],
)
def test_events_from_real_actor_mentions(real_events, text, expected):
    assert real_events(text) == [expected]


def test_passive_with_real_actors(real_events):
    ((code, sources, targets),) = real_events("Israeli troops were attacked by Palestinian militants.")
    assert code == "190" and sources == ("PSE",) and targets == ("ISR",)


def test_coordinated_modifiers_are_separate_actors(real_events):
    # the actor stage codes "Iranian" and "Russian presidents"; the meeting is between the two
    assert real_events("The Iranian and Russian presidents have held eight meetings.") == [
        ("040", ("IRN",), ("RUS",)), ("040", ("RUS",), ("IRN",))]


def test_reciprocal_noun_with_real_actors(real_events):
    assert real_events("Talks between Iran and Russia resumed on Monday.") == [
        ("040", ("IRN",), ("RUS",)), ("040", ("RUS",), ("IRN",))]


@pytest.mark.parametrize(
    "text,expected",
    [
        # offering concessions is an intent to yield; making or granting them is yielding
        ("A Turkish minister offered concessions to Greece.", ("035", ("TUR",), ("GRC",))),
        ("Japan made concessions to China.", ("080", ("JPN",), ("CHN",))),
        ("Egypt granted several concessions to Sudan.", ("080", ("EGY",), ("SDN",))),
    ],
)
def test_events_concessions(real_events, text, expected):
    assert real_events(text) == [expected]


def test_recipient_attached_to_quantity_noun(real_events):
    # the parser hangs "to Haiti" on "worth" once two verbs are coordinated
    assert real_events("Canadian charities collected and shipped $20,000 worth of medicine to Haiti.") == [
        ("073", ("CAN",), ("HTI",))
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Israel is opposed to French mediation.", ("ISR",)),
        ("Serb forces were engaged in ethnic cleansing against Albanian villagers.", ("SRB",)),
        ("Syrian troops were involved in attacks on Lebanese villages.", ("SYR",)),
    ],
)
def test_stative_participle_subject_is_the_source(real_events, text, expected):
    (event,) = real_events(text)
    assert event[1] == expected


def test_true_passive_still_takes_the_agent(real_events):
    (event,) = real_events("Two Kurdish rebels were killed by Turkish police.")
    assert event[1] == ("TUR",)


def test_infinitival_relative_of_an_event_noun_takes_the_clause_subject(real_events):
    events = real_events("Thousands of Nigerians were converging on Thursday for a rally in Lagos to protest against Israel.")
    assert any(sources == ("NGA",) for _code, sources, _targets in events), events


def test_the_object_given_is_not_the_target(real_events):
    # without a recipient there is no aid or protection event, and the troops are not their own target
    events = real_events("Turkey sent its troops on Monday.")
    assert all(targets != (None,) for _code, _sources, targets in events), events


def test_frozen_assets_are_a_sanction_on_their_owner(real_events):
    assert ("163", ("USA",), ("RUS",)) in real_events("The United States froze the assets of three Russian banks.")


def test_exchange_of_fire_goes_both_ways(real_events):
    events = real_events("India and Pakistan exchanged fire across the border.")
    assert {("190", ("IND",), ("PAK",)), ("190", ("PAK",), ("IND",))} <= set(events)


def test_recalled_ambassador_targets_the_host_country(real_events):
    assert ("161", ("MAR",), ("SWE",)) in real_events("Morocco recalled its ambassador to Sweden.")
