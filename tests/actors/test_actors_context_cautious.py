"""The context rules leave a role's country empty rather than give it another actor's country."""

from __future__ import annotations


def test_country_acted_on_is_not_the_subjects(actor_codes):
    found = actor_codes("Bishop John Morrow on Sunday called for sanctions against Nigeria.")
    assert found["Bishop John Morrow"] == "REL"
    assert found["Nigeria"] == "NGA"


def test_domestic_target_with_a_sector_still_gives_its_country(actor_codes):
    found = actor_codes("A judge opened fraud investigations against three Peruvian officials.")
    assert found["A judge"] == "PERJUD"


def test_comma_clause_does_not_share_a_country(actor_codes):
    text = "Officials are failing to protect the homes of Serb refugees, a human rights group protested."
    found = actor_codes(text)
    assert found["Serb refugees"] == "SRBREF"
    assert found["a human rights group"] == "NGOHRI"  # no country: a non-governmental actor


def test_coordinated_roles_still_share_a_country(actor_codes):
    found = actor_codes("The Syrian government and the opposition groups met on Monday.")
    assert found["the opposition groups"] == "SYROPP"


def test_troops_take_no_country_from_the_place_they_leave(actor_codes):
    found = actor_codes("The withdrawal of troops from Lebanon began on Monday.")
    assert found["troops"] == "MIL"


def test_demonstrators_in_a_capital_still_take_its_country(actor_codes):
    found = actor_codes("Demonstrators in Baghdad blocked a road on Tuesday.")
    assert found["Demonstrators"] == "IRQCVL"


def test_those_police_act_on_still_take_the_polices_country(actor_codes):
    found = actor_codes("Syrian troops and police arrested protest leaders.")
    assert found["police"] == "SYRCOP"
    assert found["protest leaders"] == "SYROPP"  # opposition figures, of the police's country
