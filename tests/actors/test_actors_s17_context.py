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


def test_the_court_refers_back_to_an_international_court(actor_codes):
    found = actor_codes("The International Court of Justice ruled against Chile in a dispute with Bolivia. "
                        "The court's president said the ruling was final.")
    assert found["The court"] == "IGOUNOJUD"
    assert found["president"] == "IGOUNOJUD"


def test_the_court_after_a_national_court_named_since(actor_codes):
    found = actor_codes("The International Criminal Court opened a case last year. On Monday Kenya's High Court "
                        "blocked the plan. The court said it was unlawful.")
    assert found["The court"] == "KENJUD"


def test_judges_at_an_international_court_are_that_court(actor_codes):
    found = actor_codes("Judges at the International Criminal Court approved an inquiry into abuses in Venezuela.")
    assert found["Judges"] == "IGOICC"


def test_a_role_borrows_the_story_country_over_the_other_party(actor_codes):
    found = actor_codes("HANOI (Reuters) - Vietnamese officials met Chinese diplomats on Monday. Vietnam's foreign "
                        "ministry said Vietnamese fishermen were held. Vietnamese officials said Chinese coast guard "
                        "ships and the navy had seized the boats.")
    assert found["the navy"] == "VNMMIL"


def test_an_embassy_lends_no_country_to_the_roles_of_its_sentence(actor_codes):
    found = actor_codes("BAMAKO, Mali (AP) - In Bamako, hundreds of students marched to the Russian embassy on Friday "
                        "before police dispersed them.")
    assert found["police"] == "MLICOP"


def test_a_country_named_only_as_a_venue_is_no_party_of_a_domestic_role(actor_codes):
    found = actor_codes("Bolivian President Luis Arce said on Monday he was ready to sit down with the opposition "
                        "for talks in Peru.")
    assert found["the opposition"] == "BOLOPP"


def test_a_venue_rule_needs_a_party_that_is_the_subject_above_the_role(actor_codes):
    found = actor_codes("Her clients include activist Maria Santos from Brazil and the family of a reporter who was "
                        "killed in Mexico in 2019.")
    assert not found["a reporter"].startswith("BRA")
