"""Session 24: workers of a multinational firm are labour of the country they work in, not the firm."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, role, code", [
    ("SEOUL (Reuters) - Workers at Samsung Electronics went on strike on Monday over pay.", "Workers", "KORLAB"),
    ("Employees of Boeing walked off the job at plants in Seattle on Friday.", "Employees", "USALAB"),
])
def test_workers_of_a_multinational_are_labour(actor_codes, text, role, code):
    found = actor_codes(text)
    assert found.get(role) == code, found


def test_officials_at_an_international_body_stay_that_body(actor_codes):
    found = actor_codes("Judges at the International Criminal Court authorised an investigation.")
    assert found["Judges"].startswith("IGO"), found


@pytest.mark.parametrize("text", [
    "Workers at Samsung went on strike.",
    "Workers at Volkswagen went on strike on Monday over pay.",
])
def test_workers_of_a_multinational_with_no_country_found_stay_the_firm(actor_codes, text):
    # (after review: a country-less LAB said less than the firm did)
    found = actor_codes(text)
    assert found.get("Workers") == "MNC", found
