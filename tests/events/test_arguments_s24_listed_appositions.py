"""Session 24: a list of countries the parser hangs on its first item as an apposition ("Saudi Arabia, the United Arab
Emirates, Egypt and Bahrain cut ties") gives every listed country as a party; an apposition that renames the first
("Qatar, the tiny Gulf state,") adds none."""

from __future__ import annotations


def test_a_listed_apposition_and_its_conjuncts_are_parties(real_events):
    events = real_events("Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut diplomatic ties with Qatar on "
                         "Monday.")
    cut = [e for e in events if e[0].startswith("16")]
    assert cut and set(cut[0][1]) == {"SAU", "ARE", "EGY", "BHR"} and cut[0][2] == ("QAT",), events


def test_a_renaming_apposition_adds_no_party(real_events):
    events = real_events("Qatar, the tiny Gulf state, rejected the demands of Saudi Arabia.")
    assert events and all(e[1] == ("QAT",) for e in events), events
