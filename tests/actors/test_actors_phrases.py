"""Harder phrases: organisations with roles, officials of international bodies, equipment, adjectives."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


@pytest.fixture(scope="module")
def codes(make_document, dictionary):
    def run(text, published="2017-03-25"):
        return [(m.actor.text, m.actor.code) for m in find_actors(make_document(text, published=published), dictionary)]

    return run


def test_official_of_an_international_body(codes):
    assert codes("U.N. Secretary-General Antonio Guterres called for a ceasefire.") == [
        ("U.N. Secretary-General Antonio Guterres", "IGOUNO")
    ]


def test_unknown_envoy_of_the_un(codes):
    assert codes("UN envoy John Smithers met Syrian officials.") == [
        ("UN envoy John Smithers", "IGOUNO"),
        ("Syrian officials", "SYRGOV"),
    ]


def test_organisation_with_members_and_descriptions(codes):
    assert codes("Hamas fighters fired rockets.") == [("Hamas fighters", "PSEINS")]
    assert ("Palestinian militant group Hamas", "PSEINS") in codes("The Palestinian militant group Hamas rejected it.")


def test_persons_government(codes):
    assert codes("The Trump administration imposed sanctions.", published="2018-05-01") == [
        ("The Trump administration", "USAGOV")
    ]


def test_former_official(codes):
    assert codes("Former Iranian President Mahmoud Ahmadinejad spoke.") == [
        ("Former Iranian President Mahmoud Ahmadinejad", "IRNELI")
    ]


def test_unknown_former_minister_is_elite(codes):
    assert codes("Former Kenyan minister Joseph Omondi was arrested.") == [
        ("Former Kenyan minister Joseph Omondi", "KENELI")
    ]


def test_equipment_needs_its_own_country(codes):
    assert codes("Israeli tanks shelled the area.") == [("Israeli tanks", "ISRMIL")]
    assert codes("The tanks shelled the area.") == []


def test_hyphenated_country_adjectives_are_not_actors(codes):
    # The journalist is an actor, but not a Syrian one; the drone is not American-operated.
    assert codes("An anti-Syria journalist and a U.S.-made drone were seen.") == [("journalist", "MED")]


def test_possessive_country_with_title(codes):
    assert codes("Ukraine's President Volodymyr Zelenskyy thanked Britain's Prime Minister Keir Starmer.",
                 published="2025-01-10") == [
        ("Ukraine's President Volodymyr Zelenskyy", "UKRGOV"),
        ("Britain's Prime Minister Keir Starmer", "GBRGOV"),
    ]


def test_title_before_a_longer_unknown_name(codes):
    # "Omar" alone is not a known surname; the whole name is an unknown person with a title.
    assert codes("Sudanese President Omar Hassan Ahmad al-Bashira spoke.")[0][1] == "SDNGOV"


def test_time_aware_title_sector_before_first_known_office(codes):
    # Barak was prime minister in 2000 (known) and defence minister later.
    assert codes("Israeli Prime Minister Ehud Barak agreed.", published="2000-06-01") == [
        ("Israeli Prime Minister Ehud Barak", "ISRGOV")
    ]


def test_dates_and_firms_are_not_surnames(codes):
    assert codes("The talks will resume in May, Fox News reported.", published="2018-01-01") == []


def test_attached_mentions_links_coordinated_adjectives(make_document, dictionary):
    from eventcoder.actors import attached_mentions

    document = make_document("The Iranian and Russian presidents have held eight meetings.")
    mentions = find_actors(document, dictionary)
    russian = [m for m in mentions if m.actor.code == "RUSGOV"][0]
    assert [m.actor.code for m in attached_mentions(mentions, russian, document)] == ["IRNGOV"]


def test_place_after_a_group_gives_its_country(codes):
    assert codes("Rebels in the Ivory Coast dismissed an appeal.") == [
        ("Rebels", "CIVREB"),
        ("the Ivory Coast", "CIV"),
    ]
    # Troops stationed abroad keep their own country.
    assert codes("US troops in Afghanistan were attacked.") == [("US troops", "USAMIL"), ("Afghanistan", "AFG")]


def test_portfolio_words_before_minister(codes):
    assert codes("Serbian Labour Minister Dragan Milovanovic resigned.") == [
        ("Serbian Labour Minister Dragan Milovanovic", "SRBGOV")
    ]


def test_capital_possessive_takes_the_role_sector(codes):
    assert codes("Cairo's security chief warned protesters.")[0] == ("Cairo's security chief", "EGYCOP")


def test_title_word_inside_an_organisation_name(codes):
    assert codes("The General Statistics Office said growth slowed.") == []


def test_role_phrase_keeps_its_last_word(codes):
    found = codes("Richard Armitage, former U.S. deputy secretary of state, said the plan was risky.")
    assert found == [("Richard Armitage, former U.S. deputy secretary of state", "USAELI")]


def test_patronymic_is_not_a_surname(codes):
    found = codes("Sultan Haitham bin Tariq met Tariq Fadel.", published="2021-01-01")
    assert found == [("Sultan Haitham bin Tariq", "OMNGOV")]


def test_country_or_capital_inside_an_organisation_name(codes):
    assert codes("The Washington Post reported that China Daily had the story.") == []
    # ("it" refers back to Moscow since session 15)
    assert codes("Moscow said it would respond.") == [("Moscow", "RUSGOV"), ("it", "RUSGOV")]
