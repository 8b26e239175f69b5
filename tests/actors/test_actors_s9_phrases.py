"""Session-9 phrase rules: "<Country>-based" groups, firms coded with their country."""

from __future__ import annotations


def test_a_group_based_in_a_country_is_that_countrys(actor_codes):
    codes = actor_codes("Kabul blamed a Yemen-based group for the bombing in Herat.")
    assert codes["a Yemen-based group"].startswith("YEM")
    assert actor_codes("Officials accused Afghanistan-based militants of the raid.")["Afghanistan-based militants"] \
        == "AFGINS"


def test_a_city_based_group_gets_no_country_from_the_city(actor_codes):
    codes = actor_codes("A Paris-based press freedom group condemned the arrests.")
    assert not any(code.startswith("FRA") for code in codes.values())


def test_a_country_adjective_with_a_hyphen_is_still_no_actor(actor_codes):
    assert "Russian-made" not in " ".join(actor_codes("Russian-made missiles hit the town.").keys())


def test_protest_movements_and_their_leaders_are_opposition(actor_codes):
    codes = actor_codes("Zimbabwe's rulers and the protest movement agreed to talks.", published="2008-07-01")
    assert codes["the protest movement"] == "ZWEOPP"
    assert actor_codes("Malaysian police detained two protest leaders.")["two protest leaders"] == "MYSOPP"
