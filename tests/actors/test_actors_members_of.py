"""People named by the body they belong to ('leaders of the opposition coalition') code as that body."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Leaders of the opposition said they would boycott the vote.", "Leaders of the opposition", "OPP"),
        ("Members of the ruling party walked out.", "Members of the ruling party", "PTY"),
        ("The head of the army resigned on Friday.", "The head of the army", "MIL"),
        ("Leaders of Hamas met on Monday.", "Leaders of Hamas", "PSEINS"),
        ("Leaders of the Syrian opposition met on Monday.", "Leaders of the Syrian opposition", "SYROPP"),
        ("Leaders of Syria met on Monday.", "Leaders of Syria", "SYRGOV"),
    ],
)
def test_member_takes_the_bodys_code(actor_codes, text, phrase, code):
    assert actor_codes(text)[phrase] == code


def test_place_of_the_clause_gives_a_local_role_its_country(actor_codes):
    text = "Leaders of the Freedom opposition coalition agreed to postpone the demonstration in Baku."
    assert actor_codes(text)["Leaders of the Freedom opposition coalition"] == "AZEOPP"


def test_officials_take_no_country_from_where_they_meet(actor_codes):
    found = actor_codes("Officials held talks in Paris on Monday.")
    assert found["Officials"] == "GOV"


def test_two_places_leave_the_role_alone(actor_codes):
    found = actor_codes("Opposition activists marched in Baku and in Tbilisi.")
    assert found["Opposition activists"] == "OPP"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The director general of military public relations said the attack had failed.",
         "The director general of military public relations"),
        ("A delegation of humanitarian workers arrived on Monday.", "A delegation of humanitarian workers"),
        ("The leader of the rebels Sunday said the talks had failed.", "The leader of the rebels Sunday"),
    ],
)
def test_other_role_words_and_non_bodies_are_not_joined(actor_codes, text, phrase):
    assert phrase not in actor_codes(text)


def test_sentence_without_a_verb_is_handled(actor_codes):
    # A role whose sentence has no verb at all: the clause search must stop at the root.
    assert actor_codes("Protesters in the streets of the capital.")["Protesters"] == "CVL"
