"""Session 17: transnational armed groups are coded where they act; roles take the story's country."""

from __future__ import annotations


def test_transnational_group_takes_the_country_of_its_place(actor_codes):
    found = actor_codes("Islamic State fighters stormed a police station near the Syrian town of Palmyra.")
    assert found["Islamic State fighters"] == "SYRINS"


def test_transnational_group_takes_the_country_its_sentence_names_as_a_place(actor_codes):
    found = actor_codes("Islamic State militants carried out killings of Yazidis in Iraq's Sinjar district.")
    assert found["Islamic State militants"] == "IRQINS"


def test_transnational_group_with_no_place_stays_transnational(actor_codes):
    found = actor_codes("French jets bombed Islamic State militants on Sunday.")
    assert found["Islamic State militants"] == "IMGISL"


def test_transnational_group_in_a_story_filed_from_a_country(actor_codes):
    found = actor_codes("KABUL, Afghanistan (AP) - An al-Qaeda cell claimed the bombing on Friday.")
    assert found["al-Qaeda"].startswith("AFG")
