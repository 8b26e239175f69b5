"""Fixtures for the event-stage tests."""

from __future__ import annotations

import pytest

from events_stand_in_actors import simple_actor_mentions


@pytest.fixture(scope="session")
def patterns():
    from eventcoder.events import EventPatterns

    return EventPatterns.load()


@pytest.fixture(scope="session")
def code_events(make_document, patterns):
    """text -> list of (cameo, source codes, target codes) using the stand-in actor coder."""
    from eventcoder.events import find_events

    def run(text: str, include_statements: bool = False):
        document = make_document(text)
        events = find_events(document, simple_actor_mentions(document), patterns, include_statements=include_statements)
        return [(e.cameo, tuple(m.actor.code for m in e.source), tuple(m.actor.code for m in e.target)) for e in events]

    return run


def _real_actor_coder(make_document, patterns, field: str):
    """text -> list of (cameo, source actors' ``field``, target actors' ``field``) with the real actor stage."""
    from eventcoder.actors import ActorDictionary, find_actors
    from eventcoder.events import find_events

    dictionary = ActorDictionary.load()

    def run(text: str):
        document = make_document(text)
        return [
            (e.cameo, tuple(getattr(m.actor, field) for m in e.source), tuple(getattr(m.actor, field) for m in e.target))
            for e in find_events(document, find_actors(document, dictionary), patterns)
        ]

    return run


@pytest.fixture(scope="session")
def real_events(make_document, patterns):
    """text -> list of (cameo, source countries, target countries) with the real actor stage."""
    return _real_actor_coder(make_document, patterns, "country")


@pytest.fixture(scope="session")
def real_event_codes(make_document, patterns):
    """text -> list of (cameo, source codes, target codes) with the real actor stage."""
    return _real_actor_coder(make_document, patterns, "code")


@pytest.fixture(scope="session")
def coded(real_events):
    """The real-actor coder under the name the phrasing tests use."""
    return real_events
