"""Session 24: a list of countries the parser hangs on its first item as an apposition ("Saudi Arabia, the United Arab
Emirates, Egypt and Bahrain cut ties") gives every listed country as a party; an apposition that is no
country named by name ("Washington" after "the United States") adds none."""

from __future__ import annotations


def test_a_listed_apposition_and_its_conjuncts_are_parties(real_events):
    events = real_events("Saudi Arabia, the United Arab Emirates, Egypt and Bahrain cut diplomatic ties with Qatar on "
                         "Monday.")
    cut = [e for e in events if e[0].startswith("16")]
    assert cut and set(cut[0][1]) == {"SAU", "ARE", "EGY", "BHR"} and cut[0][2] == ("QAT",), events


def test_an_apposition_that_is_no_country_adds_no_party(real_event_codes):
    # (after review: "Qatar, the tiny Gulf state," named no country mention; a capital in the apposition does, and
    # stays out: the list rule takes only a country named by name)
    events = real_event_codes("The United States, Washington, New York and Texas sued the company.")
    sued = [e for e in events if e[0].startswith("11")]
    assert sued and sued[0][1] == ("USA",), events
