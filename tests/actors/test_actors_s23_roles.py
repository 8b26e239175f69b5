"""Session 23: an envoy's posting country is its own mention; a role in an organisation's unit takes the organisation
and the name apposed to it; a bare shared role word ("officers") takes the sector of the group it refers back to."""

from __future__ import annotations

import pytest

from eventcoder.actors import find_actors


@pytest.fixture(scope="session")
def mentions(make_document, dictionary):
    def run(text: str) -> dict:
        return {m.actor.text: m.actor for m in find_actors(make_document(text), dictionary)}

    return run


@pytest.mark.parametrize("text, envoy, post, country", [
    ("Egypt recalled its ambassador to Iraq on Monday.", "its ambassador", "Iraq", "IRQ"),
    ("The US ambassador to Russia met Sergei Lavrov.", "The US ambassador", "Russia", "RUS"),
    ("Mexico withdrew its envoy to Peru after the coup.", "its envoy", "Peru", "PER"),
])
def test_posting_country_is_its_own_mention(actor_codes, text, envoy, post, country):
    found = actor_codes(text)
    assert envoy in found and found[post] == country, found


def test_a_name_apposed_after_the_posting_keeps_the_title_whole(actor_codes):
    found = actor_codes("The US ambassador to Russia, John Sullivan, met Sergei Lavrov. Sullivan criticised Moscow.")
    assert found["The US ambassador to Russia, John Sullivan"] == "USAGOV" and found["Sullivan"] == "USAGOV", found


@pytest.mark.parametrize("text, person, code", [
    ("Volker Perthes, the head of the UN mission in Sudan, met army chief Abdel Fattah al-Burhan.",
     "Volker Perthes, the head of the UN mission", "IGOUNO"),
    ("The head of the UN mission, Volker Perthes, met Sudanese army chief Abdel Fattah al-Burhan.",
     "The head of the UN mission, Volker Perthes", "IGOUNO"),
    ("The chief of the UN delegation, Maria Lopez, met rebel leaders in Goma.",
     "The chief of the UN delegation, Maria Lopez", "IGOUNO"),
])
def test_head_of_an_organisations_unit_is_its_person(mentions, text, person, code):
    found = mentions(text)
    assert person in found and found[person].code == code and found[person].name, found


def test_the_surname_later_refers_back_to_the_organisations_person(actor_codes):
    found = actor_codes("The head of the UN mission, Volker Perthes, met Sudanese army chief Abdel Fattah al-Burhan. "
                        "Perthes later urged the army to free detained ministers.")
    assert found["Perthes"] == "IGOUNO", found


def test_a_unit_word_without_an_organisation_name_names_no_body(actor_codes):
    found = actor_codes("The head of the mission met Sudanese army chief Abdel Fattah al-Burhan.")
    assert not any(code.startswith("IGO") for code in found.values()), found


@pytest.mark.parametrize("text, role, code", [
    ("Police in Cairo detained ten students. Officers beat the students with batons.", "Officers", "EGYCOP"),
    ("Egyptian troops entered the village. Officers beat the students with batons.", "Officers", "EGYMIL"),
    ("FBI agents arrested a suspect in Ohio. The agents seized weapons.", "The agents", "USACOP"),
])
def test_a_bare_shared_role_takes_the_group_named_before(actor_codes, text, role, code):
    assert actor_codes(text)[role] == code


@pytest.mark.parametrize("text, role, wrong", [
    # foreign ground (a city of another country, a dateline): the role takes the group's sector, not its country
    ("Russian troops shelled Kharkiv on Monday. Officers said three civilians were killed.", "Officers", "RUSMIL"),
    ("KHARKIV, Ukraine (Reuters) - Russian troops shelled the city on Monday. Officers said three civilians were "
     "killed.", "Officers", "RUSMIL"),
])
def test_a_shared_role_on_foreign_ground_takes_no_country_from_the_group(actor_codes, text, role, wrong):
    found = actor_codes(text)[role]
    assert found.endswith("MIL") and found != wrong, found


@pytest.mark.parametrize("text, role, code", [
    ("Officers beat the students with batons.", "Officers", "MIL"),  # no group before: its own sector
    ("Police in Cairo detained ten students. Army officers beat the students.", "Army officers", "MIL"),
])
def test_a_qualified_or_lone_shared_role_keeps_its_sector(actor_codes, text, role, code):
    assert actor_codes(text)[role] == code


def test_the_two_sides_after_a_state_and_its_challenger_joined_by_talks(make_document, dictionary):
    text = ("BOGOTA, Colombia (AP) - The Colombian government has been holding peace talks with the ELN since "
            "November. The two sides agreed on a six-month ceasefire in August.")
    sides = {m.actor.code for m in find_actors(make_document(text), dictionary) if m.actor.text == "The two sides"}
    assert sides == {"COLGOV", "COLREB"}, sides
