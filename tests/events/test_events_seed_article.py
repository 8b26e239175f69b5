"""The seed article (Mehr News, 2017-03-25): the events a reader would code, and not a flood of others."""

from __future__ import annotations

import pytest

from eventcoder.events import find_events


@pytest.fixture(scope="module")
def seed_events(shared_data, make_document, patterns):
    from eventcoder.actors import ActorDictionary, find_actors

    path = shared_data / "seed_article.txt"
    if not path.is_file():
        pytest.skip("seed article not present")
    document = make_document(path.read_text(encoding="utf-8"), published="2017-03-25")
    events = find_events(document, find_actors(document, ActorDictionary.load()), patterns)
    return [
        (e.cameo, {m.actor.country or m.actor.code for m in e.source}, {m.actor.country or m.actor.code for m in e.target},
         {m.actor.code for m in e.source}, e)
        for e in events
    ]


def find(events, prefix, source=None, target=None):
    return [
        e for e in events
        if e[0].startswith(prefix) and (source is None or source in e[1]) and (target is None or target in e[2])
    ]


def test_planned_visit_of_rouhani_to_russia(seed_events):
    visits = find(seed_events, "042", "IRN", "RUS")
    assert visits and visits[0][4].sentence_index == 0
    assert any(code.startswith("IRNGOV") or code.startswith("IRNELI") for code in visits[0][3])


def test_military_support_by_russia_and_iran_to_syria(seed_events):
    (support,) = find(seed_events, "07", "RUS", "SYR")
    assert support[0] == "072" and support[1] == {"RUS", "IRN"}


def test_air_strikes_by_russia(seed_events):
    strikes = find(seed_events, "195", "RUS")
    assert strikes


def test_delivery_ban_by_russia_against_iran(seed_events):
    assert find(seed_events, "163", "RUS", "IRN")


def test_consultations_and_agreements_between_iran_and_russia(seed_events):
    consult = [e for e in seed_events if e[0][:2] in ("03", "04", "05") and e[1] | e[2] >= {"IRN", "RUS"}]
    assert len(consult) >= 2


def test_no_flood_of_events(seed_events):
    assert len(seed_events) <= 25
    assert all(e[1] or e[2] for e in seed_events)


def test_standin_actors_give_the_same_core_events(shared_data, make_document, patterns):
    from events_stand_in_actors import simple_actor_mentions

    path = shared_data / "seed_article.txt"
    if not path.is_file():
        pytest.skip("seed article not present")
    document = make_document(path.read_text(encoding="utf-8"), published="2017-03-25")
    events = [(e.cameo, tuple(m.actor.code for m in e.source), tuple(m.actor.code for m in e.target))
              for e in find_events(document, simple_actor_mentions(document), patterns)]
    assert ("042", ("IRNGOV",), ("RUS",)) in events
    assert any(e[:2] == ("072", ("RUS", "IRN")) and e[2][0].startswith("SYR") for e in events)
    assert ("163", ("RUS",), ("IRN",)) in events
