"""Leaders and ministers added by the session-10 audit resolve to the office held on the article's date."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize(
    "text, published, actor, code",
    [
        ("Brownie Samukai inspected the new barracks.", "2010-05-03", "Brownie Samukai", "LBRGOV"),
        ("Tobias Dai arrived in Beira.", "2004-06-10", "Tobias Dai", "MOZGOV"),
        ("Charles Koffi Diby met the envoy in Abidjan.", "2014-02-11", "Charles Koffi Diby", "CIVGOV"),
        ("Jean-Claude Gakosso arrived in Paris.", "2019-09-20", "Jean-Claude Gakosso", "COGGOV"),
        ("Ghazi Jeribi visited the troops.", "2014-06-02", "Ghazi Jeribi", "TUNGOV"),
        ("Zoran Djordjevic signed the agreement.", "2016-09-14", "Zoran Djordjevic", "SRBGOV"),
        # After the office ends the person is a former official of the same country.
        ("Brownie Samukai criticised the plan.", "2020-03-01", "Brownie Samukai", "LBRELI"),
        ("Ghazi Jeribi criticised the plan.", "2019-03-01", "Ghazi Jeribi", "TUNELI"),
    ],
)
def test_ministers_of_the_time(actor_codes, text, published, actor, code):
    assert actor_codes(text, published=published).get(actor) == code


@pytest.mark.parametrize(
    "name, day, expected",
    [
        ("Malam Bacai Sanha", dt.date(2010, 6, 1), ("GNB", "GOV", "president")),
        ("Malam Bacai Sanha", dt.date(2013, 6, 1), ("GNB", "ELI", "former president")),
        ("Henrique Rosa", dt.date(2004, 6, 1), ("GNB", "GOV", "interim president")),
        ("Isidore Mvouba", dt.date(2007, 1, 1), ("COG", "GOV", "prime minister")),
        ("Than Shwe", dt.date(2005, 1, 1), ("MMR", "GOV", "head of state")),  # the senior office he held
        ("Sebhat Ephrem", dt.date(2005, 1, 1), ("ERI", "GOV", "defence minister")),
        ("Abdullah al-Thani", dt.date(2013, 10, 1), ("LBY", "GOV", "defense minister")),
        ("Abdullah al-Thani", dt.date(2015, 1, 1), ("LBY", "GOV", "prime minister")),
        ("Imbarek Shamekh", dt.date(2001, 1, 1), ("LBY", "GOV", "prime minister")),
        ("Abdul Ati al-Obeidi", dt.date(2011, 6, 1), ("LBY", "GOV", "foreign minister")),
        ("Khemaies Jhinaoui", dt.date(2018, 1, 1), ("TUN", "GOV", "foreign minister")),
        ("Vazha Lortkipanidze", dt.date(1999, 6, 1), ("GEO", "GOV", "state minister")),
        # Before the first known office only the country is known.
        ("Khemaies Jhinaoui", dt.date(2010, 1, 1), ("TUN", None, None)),
        # A second term added to a known person: Othman Jerandi was foreign minister in 2013 as well as 2020-2023.
        ("Othman Jerandi", dt.date(2013, 9, 1), ("TUN", "GOV", "foreign minister")),
        ("Othman Jerandi", dt.date(2017, 1, 1), ("TUN", "ELI", "former foreign minister")),
        # Dragan Sutanovac was defence minister until July 2012, not March 2011.
        ("Dragan Sutanovac", dt.date(2012, 1, 1), ("SRB", "GOV", "defense minister")),
        # Hamed Bakayoko was defence minister from 2017; as prime minister (2020-2021) the first-listed office wins.
        ("Hamed Bakayoko", dt.date(2019, 1, 1), ("CIV", "GOV", "defense minister")),
        ("Hamed Bakayoko", dt.date(2021, 1, 1), ("CIV", "GOV", "prime minister")),
    ],
)
def test_people_resolve_to_their_office_on_a_date(dictionary, name, day, expected):
    assert dictionary.person(name).resolve(day) == expected


@pytest.mark.parametrize(
    "alias, name",
    [
        ("Mubarak al-Shamikh", "Imbarek Shamekh"),
        ("Kalla Ankourao", "Ankourao"),
        ("Issoufou Katambe", "Katambe"),
        ("Moise Lida Kouassi", "Lida Kouassi"),
        ("Ivica Dačić", "Ivica Dacic"),
        ("Mikhail Saakashvili", "Mikheil Saakashvili"),
        ("Nikolai Azarov", "Mykola Azarov"),
    ],
)
def test_alternative_spellings_name_the_person(dictionary, alias, name):
    assert dictionary.person(alias).name == name


def test_new_names_keep_known_bare_surnames(dictionary):
    # People whose given names are other people's surnames ("Mubarak", "Issoufou", "Kalla", "Moise") are written
    # without them, so the surname still stands alone.
    for surname in ("Mubarak", "Issoufou", "Kalla", "Moise", "Jalil", "Haji", "Mariam", "Evans", "Duale", "Musa"):
        assert any(entry.kind == "surname" for entry in dictionary.lookup(surname)), surname
