"""Guards found on VOA news for the session 14 rules: a request is no statement of the one asked,
a threat word keeps its own modal, an offered act's purpose is not alleged, a purpose's day is
only the purpose verb's own, and a date near a judged act may be the judging verb's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, cameo, expected", [
    ("The envoys called for Russia to reciprocate by agreeing to a ceasefire.", "agreeing", "0356", "future"),
    ("We urged the president to return to the talks in order to reach an agreement.", "reach", "030", "future"),
    ("Experts think North Korea will continue to increase threats against the South.", "threats", "130", "future"),
    ("In 2018, officials allegedly offered to pay her relatives to invite her to Turkey.", "invite", "036", "future"),
])
def test_statement_and_purpose_guards(status_and_date, text, trigger, cameo, expected):
    assert status_and_date(text, trigger, cameo)[0] == expected


def test_purpose_day_is_the_purpose_verbs_only(status_and_date):
    text = "The vote was pushed from September 25 to Friday to allow time for more consultation."
    status, date = status_and_date(text, "consultation", "040")
    assert date.text is None or "September" not in date.text


def test_date_right_on_a_judged_gerund_may_be_the_judging_verbs(status_and_date):
    text = "Japan accused a Chinese spy plane of violating its airspace for the first time in August."
    status, date = status_and_date(text, "accused", published="2024-10-04")
    assert (status, date.date) == ("historical", "2024-08")
