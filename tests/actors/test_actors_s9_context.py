"""Session-9 context rules: what a role acts on does not give it a country; where local roles are acted on does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, role",
    [
        ("Hackers defaced hundreds of Norwegian news sites.", "Hackers"),
        ("Police detained scores of Somali migrants at the port.", "Police"),
        ("Rioters looted Indian shops overnight.", "Rioters"),
        ("Students stormed the French embassy.", "Students"),
    ],
)
def test_a_role_is_not_of_the_country_of_what_it_acts_on(actor_codes, text, role):
    code = actor_codes(text, published="2010-05-01")[role]
    assert code in ("CRM", "COP", "CVL", "EDU")  # no country rather than the wrong one


@pytest.mark.parametrize(
    "text, role, code",
    [
        # Against a state body, protesters are usually its country's.
        ("Students protested against the Kenyan government.", "Students", "KENEDU"),
        ("Demonstrators clashed with Bolivian police.", "Demonstrators", "BOLCVL"),
        # Armed groups fight at home: the target's country still counts.
        ("Kurdish guerrillas attacked a Turkish army post.", "guerrillas", "TURREB"),
    ],
)
def test_state_bodies_and_armed_roles_keep_the_sentences_country(actor_codes, text, role, code):
    assert actor_codes(text, published="2010-05-01")[role] == code


def test_people_acted_on_take_the_country_of_the_place(actor_codes):
    codes = actor_codes("Israeli troops killed three people in Gaza.", published="2008-12-30")
    assert codes["three people"] == "PSECVL"
    assert codes["Israeli troops"] == "ISRMIL"
