"""Session 16: news outlets lend no country, and roles from an international body are that body."""

from __future__ import annotations


def test_outlet_lends_no_country_to_a_role(actor_codes):
    found = actor_codes("Villagers near the Peruvian town told Reuters on Monday that the army had burned their fields.")
    assert found["Reuters"] == "GBRMED"
    assert not found["the army"].startswith("GBR")


def test_role_in_an_interview_frame_takes_the_story_country(actor_codes):
    found = actor_codes("Speaking to VOA Burmese, a village leader said local officials fled the town in northern Myanmar.")
    assert found["local officials"] == "MMRGOV"


def test_role_the_outlet_shares_a_country_with_stays(actor_codes):
    found = actor_codes("Police in Chicago told the Associated Press that two suspects were held.")
    assert found["Police"] == "USACOP"


def test_pronoun_follows_a_role_that_lost_the_outlets_country(actor_codes):
    found = actor_codes("Speaking to AFP in northern Mali, local elders said the fighting had stopped. "
                        "They said the town was calm.", published="2024-05-02")
    assert found["local elders"] == "MLIELI"
    assert found["They"] == "MLIELI"


def test_officials_from_an_international_body_are_that_body(actor_codes):
    found = actor_codes("Envoys from the African Union pressed Ethiopia to open talks with the rebels.")
    assert found["Envoys"] == "IGOAFRAFU"


def test_role_from_a_country_keeps_that_country(actor_codes):
    found = actor_codes("Diplomats from Brazil urged Venezuela to release the prisoners.")
    assert found["Diplomats"].startswith("BRA")


def test_those_a_minister_meets_abroad_are_not_his_countrys(actor_codes):
    found = actor_codes("The Japanese trade minister toured Europe and met with officials and bankers responsible "
                        "for trade with the European Union, France and Germany.")
    assert found["officials"] == "GOV"
    assert found["bankers"] == "BUS"


def test_those_a_state_arrests_at_home_keep_its_country(actor_codes):
    found = actor_codes("Kenyan police arrested protesters who had blocked the road to Uganda.")
    assert found["protesters"] == "KENCVL"
