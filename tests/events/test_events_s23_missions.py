"""Session 23: a force arriving or deploying abroad on a mission its clause names gives protection (074)."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, source, target", [
    ("Kenyan police officers deployed to Haiti on Tuesday to lead a multinational security mission.", "KEN", "HTI"),
    ("Nigerian troops arrived in Liberia on Monday as the vanguard of a West African peacekeeping force.", "NGA", "LBR"),
    ("Rwandan soldiers are due to arrive in Mozambique next week to lead a stabilisation mission.", "RWA", "MOZ"),
    ("Hundreds of African Union peacekeepers fanned out across Somalia to guard the government's compound.", None, "SOM"),
    ("Kenyan police officers took up positions in Haiti to lead a multinational security mission.", "KEN", "HTI"),
])
def test_force_on_a_mission_abroad_gives_protection(coded, text, source, target):
    assert _has(coded(text), "074", source, target), coded(text)


@pytest.mark.parametrize("text", [
    "Russian troops arrived in Belarus for joint drills.",            # no mission named
    "Russian troops arrived in Crimea to protect Russian speakers.",  # protection claimed is no mission
    "Riot police deployed to Lagos to lead a security mission.",     # at home
    "The Chinese delegation arrived in Kenya on a mission to boost trade.",  # no force
    "Nigerian fans arrived in Liberia as the vanguard of the supporters' club.",
])
def test_arrivals_that_are_no_mission(coded, text):
    assert not _has(coded(text), "074"), coded(text)
