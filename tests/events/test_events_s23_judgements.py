"""Session 23: calling an act or claim by a condemning name criticises its owner (111)."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, source, target", [
    ("President Lopez Obrador called the raid by Ecuadorian police an authoritarian act.", "MEX", "ECU"),
    ("Venezuela's foreign minister called the U.S. sanctions an act of economic piracy.", "VEN", "USA"),
    ("The White House called the Russian charges ridiculous.", "USA", "RUS"),
    ("China called the U.S. arms sale to Taiwan a serious violation of its sovereignty.", "CHN", "USA"),
    ("Iran described the British seizure of its tanker as piracy.", "IRN", "GBR"),
])
def test_condemning_name_is_criticism(coded, text, source, target):
    events = coded(text)
    assert _has(events, "111", source, target), events


def test_called_sanctions_by_a_name_is_no_call_for_sanctions(coded):
    events = coded("Venezuela's foreign minister called the U.S. sanctions an act of economic piracy.")
    assert not _has(events, "113"), events


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto called the mission one of solidarity with Haiti.",  # no condemning word
    "The U.N. coordinator called the toll staggering.",
    "Iran described the sanctions as economic terrorism.",  # no one named, nothing before it
    "Moscow called for sanctions against Kyiv.",
])
def test_no_criticism_without_a_condemning_name_or_an_owner(coded, text):
    assert not _has(coded(text), "111"), coded(text)


def test_a_participle_of_a_rejection_is_what_it_voices(coded):
    events = coded("Venezuela rejected a proposal put forward by the United States, calling it unacceptable.")
    assert _has(events, "12", "VEN", "USA"), events
    assert not _has(events, "111"), events


def test_a_judgement_of_an_earlier_act_answers_its_doer(coded):
    events = coded("The United States imposed sanctions on Venezuela's state gold miner on Tuesday. "
                   "Venezuela's foreign minister called the move an act of economic piracy.")
    assert _has(events, "111", "VEN", "USA"), events
