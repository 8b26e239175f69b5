"""Session 9: memberships ("Sweden's NATO membership"), hyphenated pairs of country words ("Egyptian-Qatari"), doers named by "by" ("the agreement signed by A and B")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Hungary's parliament approved Sweden's NATO membership on Monday.", "HUN", "SWE"),
    ("Turkey threatened to block Finland's NATO bid.", "TUR", "FIN"),
    ("France backed Ukraine's EU membership application.", "FRA", "UKR"),
])
def test_the_possessor_of_a_membership_is_the_only_target(real_events, text, source, target):
    # the body (NATO, the EU) only names what is joined: no second target beside the country
    events = real_events(text)
    assert any(source in s and t == (target,) for _code, s, t in events), events


@pytest.mark.parametrize("text, source, targets", [
    ("Hamas accepted an Egyptian-Qatari ceasefire proposal on Monday.", "PSE", {"EGY", "QAT"}),
    ("Israel rejected a French-Saudi peace plan.", "ISR", {"FRA", "SAU"}),
    ("The United States hosted Israeli-Palestinian talks.", "USA", {"ISR", "PSE"}),
])
def test_a_hyphenated_pair_of_country_words_names_both(real_events, text, source, targets):
    events = real_events(text)
    assert any(source in s and set(t) == targets for _code, s, t in events), events


def test_a_country_word_before_a_hyphenated_adjective_is_still_no_actor(real_events):
    assert real_events("Russian-made missiles hit the town.") == []


@pytest.mark.parametrize("text, source, targets", [
    ("The African Union welcomed the peace agreement signed by Rwanda and Angola on Friday.", "IGO", {"RWA", "AGO"}),
    ("France condemned the air strikes carried out by Russia in Idlib.", "FRA", {"RUS"}),
    ("Egypt praised the truce reached by Israel and Lebanon.", "EGY", {"ISR", "LBN"}),
])
def test_a_thing_done_by_someone_is_theirs(real_events, text, source, targets):
    # the object of an attitude names its doers in a passive participle's "by" phrase
    events = real_events(text)
    assert any((source in s or source == "IGO" and s == (None,)) and set(t) == targets
               for _code, s, t in events), events
