"""Session 20 review: an 18x act by a crowd of citizens is an assault, not a riot, even amid unrest, and the riot cue
must be in the act's own clause; driving out a crowd of protesters is no mass expulsion (201 needs a population)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article


def _codes(coder, text):
    article = Article(article_id="t", text=text, published=dt.date(2020, 3, 2))
    return {e.trigger.text: e.cameo for e in coder.code_article(article)}


def test_an_abduction_by_villagers_amid_unrest_is_no_riot(default_coder):
    codes = _codes(default_coder, "Villagers abducted two Kenyan police officers on Monday amid unrest over land.")
    assert codes.get("abducted") == "181"


def test_a_beating_by_residents_days_after_protests_is_no_riot(default_coder):
    codes = _codes(default_coder, "Residents beat to death a Nigerian soldier in Lagos on Monday, days after protests "
                                  "over fuel prices.")
    assert codes.get("beat", "").startswith("18")


def test_stone_throwing_by_residents_in_unrest_stays_a_riot(default_coder):
    codes = _codes(default_coder, "Residents hurled stones at police in Nairobi on Monday in unrest over police killings.")
    assert codes.get("hurled") == "145"


def test_driving_out_thousands_of_protesters_is_no_mass_expulsion(default_coder):
    codes = _codes(default_coder, "Thai police drove out thousands of protesters from a Bangkok square on Monday.")
    assert codes.get("drove") not in (None, "201")


@pytest.mark.parametrize("people", ["Ethiopian migrants", "refugees", "Ethiopians"])
def test_expelling_thousands_of_a_population_is_a_mass_expulsion(default_coder, people):
    codes = _codes(default_coder, f"Sudan expelled more than 13,000 {people} on Monday.")
    assert codes.get("expelled") == "201"
