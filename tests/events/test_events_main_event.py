"""main_event_only: at most one event per sentence, the one that reads as the sentence's main event."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors
from eventcoder.events import find_events


@pytest.fixture(scope="module")
def events_of(make_document, patterns):
    dictionary = ActorDictionary.load()

    def run(text, main_event_only):
        document = make_document(text)
        found = find_events(document, find_actors(document, dictionary), patterns, main_event_only=main_event_only)
        return [(e.trigger.text, tuple(m.actor.country for m in e.source), tuple(m.actor.country for m in e.target))
                for e in found]

    return run


def test_purpose_clause_event_gives_way_to_the_main_event(events_of):
    text = "Russian Foreign Minister Sergei Lavrov telephoned Iranian officials to discuss the nuclear deal."
    assert len(events_of(text, False)) == 2
    assert events_of(text, True) == [("telephoned", ("RUS",), ("IRN",))]


def test_event_with_both_participants_is_preferred(events_of):
    text = "Egyptian police opened fire on Monday, arresting 12 Sudanese protesters."
    every = events_of(text, False)
    main = events_of(text, True)
    assert len(every) >= 2 and len(main) == 1
    assert main[0][1] == ("EGY",) and main[0][2] == ("SDN",)


def test_reciprocal_event_keeps_both_directions(events_of):
    text = "Jordan and Britain signed a defence agreement and held talks on Iraq."
    main = events_of(text, True)
    assert {(m[1], m[2]) for m in main} == {(("JOR",), ("GBR",)), (("GBR",), ("JOR",))}
    assert len({m[0] for m in main}) == 1


def test_sentences_are_independent(events_of):
    text = "Iran attacked Iraq. Syria expelled Turkish diplomats."
    assert [m[1] for m in events_of(text, True)] == [("IRN",), ("SYR",)]


def test_event_in_a_relative_clause_gives_way_to_the_main_clause(events_of):
    # (session 20) both events name both parties; the relative clause's protest is background to the release
    text = "Belarus freed 20 Polish activists who had protested against Lukashenko in Minsk."
    every = events_of(text, False)
    main = events_of(text, True)
    assert len(main) == 1 and main[0][0] == "freed", (every, main)


@pytest.mark.parametrize("text, main", [
    # a detail of another kind (after-clause, an offer the answer names, an alleged deed) yields to the main clause
    ("Zambian nurses called off their strike after reaching a deal with the government.", "called"),
    ("Serbian police were accused of torturing ethnic Albanians.", "accused"),
])
def test_detail_of_another_kind_yields_to_the_main_clause(events_of, text, main):
    assert [trigger for trigger, _s, _t in events_of(text, True)] == [main]
