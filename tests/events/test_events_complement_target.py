"""Targets found in a trigger's complements when the pattern itself found none (own sentences)."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors
from eventcoder.events import find_events


@pytest.fixture(scope="module")
def complement_events(make_document, patterns):
    dictionary = ActorDictionary.load()

    def run(text):
        document = make_document(text)
        return [
            (e.cameo[:2], tuple(m.actor.country for m in e.source), tuple(m.actor.country for m in e.target))
            for e in find_events(document, find_actors(document, dictionary), patterns)
        ]

    return run


def _targets(events, root):
    return {t for code, _s, targets in events if code == root for t in targets}


def test_source_of_a_refused_request_is_the_target(complement_events):
    events = complement_events("Ghana has refused to respond to a request from the Togolese president.")
    assert _targets(events, "12") == {"TGO"}


def test_possessor_inside_denounced_object_is_the_target(complement_events):
    events = complement_events("Peru denounced as a crime Chile's treatment of fishermen.")
    assert _targets(events, "11") == {"CHL"}


def test_gerund_of_accusation_is_not_the_target(complement_events):
    # the direct object is the accused; what it did ("supporting Kenya") is not a target of the accusation
    events = complement_events("Somalia accused him of supporting Kenya.")
    assert "KEN" not in _targets(events, "11")


def test_own_country_word_is_not_a_target(complement_events):
    events = complement_events("Brazil threatened to raise Brazilian tariffs.")
    assert all(targets != ("BRA",) for _c, _s, targets in events)


def test_aid_still_needs_its_own_recipient(complement_events):
    # cooperation and aid need a recipient from their own pattern, not a guess from the object phrase
    events = complement_events("Norway has invested most of its Norwegian oil income.")
    assert not [e for e in events if e[0] in ("06", "07")]


def test_adjunct_event_is_done_by_the_clause_subject(complement_events):
    assert ("14", ("KEN",), ("UGA",)) in complement_events(
        "Kenyan students staged a sit-in in protest against the Ugandan government.")
    assert ("04", ("PER",), ("CHL",)) in complement_events("Peru hopes to settle the dispute during talks with Chile.")


def test_adjunct_event_of_a_passive_clause_keeps_no_source(complement_events):
    # the victims of the clause did not carry out the air strikes
    events = complement_events("Many civilians were killed in air strikes on Syria.")
    assert all(sources == () for code, sources, _t in events if code == "19")


def test_conjoined_objects_share_their_target(complement_events):
    events = complement_events("Chadian police fired tear gas and rubber bullets at Sudanese refugees.")
    assert "SDN" in {t for _c, _s, targets in events for t in targets}


def test_object_the_parser_stranded_after_a_preposition(complement_events):
    # the small model parses "officers" as the subject of "holed up" and leaves "to" without an object
    events = complement_events("Ecuador has granted political asylum to three Colombian army officers holed up in an embassy.")
    assert ("07", ("ECU",), ("COL",)) in events


def test_denied_permission_is_a_rejection(complement_events):
    events = complement_events("The Kenyan government denied permission for a rally by the opposition.")
    assert any(code == "12" and sources == ("KEN",) for code, sources, _t in events)
    assert not [e for e in complement_events("Kenya denied the report.") if e[0] == "12"]
