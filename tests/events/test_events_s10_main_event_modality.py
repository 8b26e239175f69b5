"""Session 10: the main event of a protest sentence, and planned deployments under --modality-as-intent."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coder_with(request):
    from eventcoder.cli import build_coder

    cache = {}

    def get(modality_as_intent: bool, main_event_only: bool):
        key = (modality_as_intent, main_event_only)
        if key not in cache:
            cache[key] = build_coder(
                model=None, include_statements=False, modality_as_intent=modality_as_intent, news_window_days=30,
                codebook_files=(), actor_files=(), pattern_files=(), gazetteer_files=(), main_event_only=main_event_only)
        return cache[key]

    return get


def _coded(coder, text):
    import eventcoder

    return [(e.cameo, tuple(a.code for a in e.source), tuple(a.code for a in e.target))
            for e in eventcoder.code(text, published="2017-03-24", coder=coder)]


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans marched in Nairobi on Saturday demanding the resignation of the police chief.",
    "Teachers in Zimbabwe staged a strike on Monday demanding higher pay from the government.",
])
def test_protest_demanding_something_is_a_protest_first(coder_with, text):
    events = _coded(coder_with(True, True), text)
    assert len(events) == 1 and events[0][0].startswith("14"), events


def test_planned_deployment_at_home_stays_a_mobilization_as_intent(coder_with):
    events = _coded(coder_with(True, True), "Peru's government will deploy 2,000 police officers to Lima on Monday.")
    assert events and events[0][0].startswith("15"), events


def test_planned_deployment_against_another_country_is_a_threat_as_intent(coder_with):
    events = _coded(coder_with(True, True), "Russia would deploy troops to Belarus.")
    assert events and events[0][0].startswith("13"), events


def test_would_lift_a_ban_targets_the_own_country_as_intent(coder_with):
    events = _coded(coder_with(True, True), "Myanmar's junta said it would lift the ban on opposition gatherings.")
    assert events and events[0][0].startswith("035") and any(t.startswith("MMR") for t in events[0][2]), events
