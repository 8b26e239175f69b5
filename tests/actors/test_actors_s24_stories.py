"""Session 24: actors across whole stories: a role in a "where" clause is of the place it describes; "the three Gulf
states" after a list names those countries; "across the country" after an official is the official's country; a
people first named with the country it lives in ("Bosnian Serb forces") keeps that country when named again."""

from __future__ import annotations

import pytest

from eventcoder.actors import find_actors


@pytest.fixture(scope="session")
def all_codes(make_document, dictionary):
    """text -> [(actor text, code)] in order, every mention (compound corefs give several)."""

    def run(text: str, published: str = "2017-03-24") -> list:
        return [(m.actor.text, m.actor.code) for m in find_actors(make_document(text, published=published), dictionary)]

    return run


@pytest.mark.parametrize("text, role, code", [
    ("Australian police arrived in the Solomon Islands after a second day of rioting in the capital, Honiara, "
     "where protesters burned buildings.", "protesters", "SLBCVL"),
    ("Chinese officials visited Caracas, where police fired tear gas at students.", "police", "VENCOP"),
])
def test_a_role_in_a_where_clause_is_of_that_place(actor_codes, text, role, code):
    found = actor_codes(text)
    assert found.get(role) == code, found


def test_counted_region_members_are_the_listed_countries(all_codes):
    found = all_codes("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar on Monday. "
                      "Riyadh closed its border with Qatar, and the three Gulf states gave Qatari visitors two weeks "
                      "to leave.")
    assert sorted(code for text, code in found if text == "three Gulf states") == ["ARE", "BHR", "SAU"], found


def test_four_arab_states_after_a_list(all_codes):
    found = all_codes("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. The four Arab states demanded "
                      "that Qatar close Al Jazeera.")
    assert sorted(code for text, code in found if text == "Arab states") == ["ARE", "BHR", "EGY", "SAU"], found


def test_an_uncounted_region_stays_the_body(actor_codes):
    assert actor_codes("Gulf states pledged aid to Egypt.")["Gulf states"] == "IGOMEAGCC"


def test_across_the_country_after_an_official_is_the_officials_country(actor_codes):
    found = actor_codes("French warplanes struck rebel positions on Friday. French President Hollande sent more "
                        "troops. Mali's interim president Dioncounda Traore declared a state of emergency across the "
                        "country in a televised address.", published="2013-01-12")
    assert found["the country"] == "MLI", found


@pytest.mark.parametrize("text, short, code", [
    ("Bosnian Serb forces overran the enclave of Srebrenica on Tuesday. NATO jets bombed Serb tanks, but the air "
     "strikes were called off after the Serbs threatened to kill Dutch soldiers.", "Serbs", "BIH"),
    ("Kosovo Albanian rebels attacked a police station. The Albanians said they would fight on.", "Albanians", "XKX"),
])
def test_a_people_named_in_full_keeps_its_country(actor_codes, text, short, code):
    found = actor_codes(text, published="1995-07-12")
    assert found[short] == code, found


def test_a_story_that_names_the_short_words_country_keeps_it(actor_codes):
    found = actor_codes("Serbian President Slobodan Milosevic met Bosnian Serb leaders in Belgrade. The Serbs agreed "
                        "to the plan.", published="1995-07-12")
    assert found["Serbs"] == "SRB", found


def test_mediators_joined_by_and_are_not_the_two_sides(all_codes):
    found = all_codes("Colombia's government and FARC rebels formally opened peace talks near Oslo on Thursday. Norway "
                      "and Cuba, which brokered the secret preliminary negotiations, are acting as guarantors. President "
                      "Juan Manuel Santos has refused to declare a ceasefire while the two sides negotiate.",
                      published="2012-10-18")
    assert sorted(code for text, code in found if text == "the two sides") == ["COLGOV", "COLREB"], found


def test_a_pair_that_mediates_leaves_the_sides_to_the_pair_before(all_codes):
    found = all_codes("Israel and Hamas agreed to a truce on Friday. Qatar and Egypt, which mediated the talks, will "
                      "monitor it. The two sides exchanged prisoners on Saturday.")
    assert sorted(code[:3] for text, code in found if text == "The two sides") == ["ISR", "PSE"], found


def test_a_namesake_under_a_listed_countrys_dateline_is_that_countrys(actor_codes):
    found = actor_codes("LAHORE, Pakistan (Reuters) - Police fired tear gas at hundreds of activists of the "
                        "Jamaat-e-Islami party who stoned cars to protest against overtures to New Delhi.",
                        published="1999-02-21")
    assert found["activists of the Jamaat-e-Islami party"] == "PAKPTY", found


# --- after review (session 24): negative cases


@pytest.mark.parametrize("text, party, code", [
    ("DHAKA, Bangladesh - Jamaat-e-Islami leaders in India rallied against the government on Monday.",
     "Jamaat-e-Islami", "INDPTY"),
    ("NEW DELHI - Jamaat-e-Islami members in Bangladesh clashed with police.", "Jamaat-e-Islami", "BGDPTY"),
    ("LAHORE, Pakistan - Activists of the Jamaat-e-Islami party protested against overtures to New Delhi.",
     "Jamaat-e-Islami", "PAKPTY"),
])
def test_a_namesake_is_of_the_country_its_sentence_places_it_in_before_the_dateline(all_codes, text, party, code):
    found = all_codes(text)
    assert any(party in name and c == code for name, c in found), found


@pytest.mark.parametrize("text, sides", [
    # hosts of a summit broker no one's talks: they are the two sides
    ("China and Russia, hosts of the summit, criticised the United States. The two sides also signed an energy deal.",
     ["CHN", "RUS"]),
    ("Japan and South Korea, which will host the World Cup, agreed to boost security cooperation. The two sides also "
     "signed a fisheries deal.", ["JPN", "KOR"]),
    # the agent of a passive brokering is the third party
    ("Israel and Hamas agreed to a truce brokered by Egypt and Qatar. The two sides exchanged prisoners on Monday.",
     ["ISR", "PSE"]),
])
def test_hosting_a_summit_is_no_mediation_and_a_passive_broker_is(all_codes, text, sides):
    found = all_codes(text)
    assert sorted(code[:3] for name, code in found if name == "The two sides") == sides, found
