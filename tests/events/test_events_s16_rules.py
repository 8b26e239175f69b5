"""Session 16: taking rights or citizenship away, deportees named by their country, and the verb matcher's index
(own sentences)."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors
from eventcoder.events import find_events


@pytest.fixture(scope="module")
def coded(real_event_codes):
    return real_event_codes


@pytest.mark.parametrize("text, target", [
    ("The Cuban government deprived twelve dissidents of their citizenship.", "CUB"),
    ("Authorities in Minsk robbed the jailed Belarusian lawyers of their civil rights.", "BLR"),
])
def test_taking_citizenship_or_rights_away_is_an_administrative_sanction(coded, text, target):
    assert [e for e in coded(text) if e[0] == "172" and e[2] and e[2][0].startswith(target)]


def test_robbing_someone_of_money_is_no_event(coded):
    assert not [e for e in coded("Burglars robbed the shopkeepers of their savings.") if e[0].startswith("17")]


def test_deportees_named_by_their_country_are_the_target(coded):
    assert ("174", ("GBR",), ("ALB",)) in coded("Britain deported forty Albanians to Rwanda.")
    # people with no country of their own: where they were sent
    assert ("174", ("GBR",), ("RWA",)) in coded("Britain deported forty asylum seekers to Rwanda.")


def test_object_patterns_are_tried_only_for_objects_present(patterns):
    options = patterns.verb_options("suspend")
    assert options is not None and options.by_head and all(p.obj is None for _order, p in options.free)
    ordered = [p for _order, p in sorted([*options.free, *(o for found in options.by_head.values() for o in found)],
                                          key=lambda option: option[0])]
    assert ordered == patterns.verbs["suspend"]  # (each option keeps its place in the most-specific-first order)
    assert patterns.verb_options("no-such-verb") is None


def test_a_demand_with_must_in_its_clause_is_one_event(make_document, patterns):
    document = make_document("The Arab League demanded that Ethiopia must stop filling the dam.")
    mentions = find_events(document, find_actors(document, ActorDictionary.load()), patterns)
    on_demand = [m.pattern for m in mentions if m.trigger.text == "demanded"]
    assert len(on_demand) == 1 and "modal:must" not in on_demand
