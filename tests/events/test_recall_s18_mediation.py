"""Session 18 recall: a broker's act aimed at the parties of what it brokered (events/occasions.py,
occasions.yaml: mediation_codes, mediated_codes) and a consultation said "in a phone call with" someone (verbs.tsv
s18r_say_in_call)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.events.occasions import OccasionRules
from eventcoder.records import Article


@pytest.fixture(scope="module")
def coder(default_coder):
    return default_coder  # tests/conftest.py: one per session


def _code(coder, text, published="2021-06-10"):
    article = Article(article_id="t", text=text, published=dt.date.fromisoformat(published))
    return coder.code_article(article)


def _targets(events, cameo):
    return {a.country or a.code for e in events if e.cameo == cameo for a in e.target}


def test_talks_brokered_by_a_third_party_target_the_parties_of_the_act_they_led_to(coder):
    events = _code(coder, "Ethiopia and Eritrea signed a border agreement on Monday after talks brokered by Kenya.")
    assert _targets(events, "045") == {"ETH", "ERI"}


def test_a_definite_brokered_noun_names_the_parties_of_the_earlier_talks(coder):
    events = _code(coder, "Colombia's government and the ELN rebels held talks in Havana on Friday. "
                          "The talks were mediated by Cuba.")
    assert _targets(events, "045") == {"COL"}


def test_a_broker_whose_act_names_no_brokered_thing_gets_no_target(coder):
    events = _code(coder, "Qatar offered to mediate between the two sides, Doha said on Monday.")
    assert _targets(events, "045") == set()


def test_an_indefinite_noun_with_nothing_above_it_takes_nothing_from_earlier_sentences(coder):
    events = _code(coder, "Ethiopia and Eritrea held talks on Monday. Egypt has brokered a deal before.")
    assert _targets(events, "045") == set()


def test_mediation_codes_are_read_from_the_occasions_file():
    rules = OccasionRules.load()
    assert "045" in rules.mediation_codes and "057" in rules.mediated_codes


def test_speaking_in_a_phone_call_with_a_leader_is_a_consultation_with_them(coder):
    events = _code(coder, "French President Emmanuel Macron said in a telephone call with Vladimir Putin on Sunday "
                          "that the vote was illegal.")
    assert ("041", "FRA", "RUS") in {(e.cameo, e.source[0].country, e.target[0].country) for e in events if e.target}


def test_a_phone_call_to_reporters_is_no_consultation(coder):
    events = _code(coder, "The coach said in a phone call with reporters that his team would win the final.")
    assert [e for e in events if e.cameo == "041"] == []
