"""Session 14: actor forms of wire copy (issue 3) -- coordinated modifiers, agents "for" a body, peoples living
abroad, bodies named after a demonym, stance nouns, possessive corefs, namesakes, and a few data rows."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


@pytest.fixture(scope="module")
def codes(make_document, dictionary):
    def run(text: str, published: str = "2024-03-24") -> dict[str, str]:
        document = make_document(text, published=published)
        return {m.actor.text: m.actor.code for m in find_actors(document, dictionary) if m.kind != "border"}

    return run


def test_coordinated_modifiers_of_a_plain_noun_are_no_actors(codes):
    found = codes("Indonesia put its military and intelligence cooperation with Australia on hold.")
    assert not any(code.endswith(("MIL", "SPY")) for code in found.values()), found
    # a role noun after them still makes them actors
    found = codes("Government and opposition leaders met in Nairobi.")
    assert any(code.endswith("OPP") for code in found.values()), found


def test_spokesman_for_the_group_speaks_for_the_group_named_before(codes):
    found = codes("The Pakistani Taliban announced a ceasefire, a spokesman for the militant group said.")
    assert found["a spokesman"] == "PAKINS"


def test_investigators_for_an_international_body_are_its_own(codes):
    found = codes("A Syrian jet dropped a bomb on the town, investigators for the UN and the OPCW concluded.")
    assert found["investigators for the UN"].startswith("IGO")


def test_lawyers_for_a_country_are_that_country_s(codes):
    found = codes("Lawyers for Ukraine told the court that Russia had violated the convention.")
    assert found["Lawyers for Ukraine"].startswith("UKR")


@pytest.mark.parametrize("text, mention, code", [
    ("Up to 1,000 ethnic Turks began a hunger strike to protest against Sweden's decision to deport them.",
     "Turks", "SWECVL"),
    ("Serb forces have emptied dozens of villages in Kosovo of their ethnic Albanian inhabitants.",
     "Albanian inhabitants", "XKXCVL"),
    ("The Turkish minority in Bulgaria protested against the new law.", "The Turkish minority", "BGRCVL"),
    ("Ethnic Albanian rebels attacked a police station in Macedonia.", "Albanian rebels", "MKDREB"),
])
def test_a_people_named_by_a_country_word_lives_where_the_sentence_says(codes, text, mention, code):
    assert codes(text)[mention] == code


def test_a_people_with_no_other_country_in_sight_keeps_its_country(codes):
    found = codes("The Palestinian population of Gaza faces famine, the UN said.")
    assert found["The Palestinian population of Gaza"] == "PSECVL"


def test_population_of_a_named_province_loses_the_foreign_country(codes):
    found = codes("Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian population of "
                  "the province.")
    assert not found["the Albanian population"].startswith("ALB")


@pytest.mark.parametrize("text, mention, code", [
    ("Swiss doctors handed over medicine, according to the Swiss Agency for Development and Cooperation.",
     "Swiss Agency for Development and Cooperation", "CHEGOV"),
    ("The Iranian Students' News Agency said Tehran would respond.", "Iranian Students' News Agency", "IRNMED"),
])
def test_a_demonym_before_a_capitalised_body_name_is_that_country_s_body(codes, text, mention, code):
    assert codes(text)[mention] == code


def test_a_title_after_a_ministry_name_keeps_the_role(codes):
    found = codes("Chinese Foreign Ministry spokesman Lin Jian said Beijing would respond.")
    assert found["Chinese Foreign Ministry spokesman"] == "CHNGOV"


@pytest.mark.parametrize("text", [
    "Hungarian Prime Minister Viktor Orban backed down, dropping his opposition to a European Union aid package.",
    "Britain refused to share the evidence, arguing that Russia was not a legitimate party to the investigation.",
])
def test_stance_nouns_before_to_are_no_actors(codes, text):
    found = codes(text)
    assert not any(code.endswith(("OPP", "PTY")) for code in found.values()), found


def test_a_name_with_a_hyphen_after_it_hides_no_role_word(codes):
    found = codes("Washington urged Belgrade to make concessions in its European Union-brokered dialogue with Kosovo.")
    assert "Union" not in found and not any(code.endswith("LAB") for code in found.values()), found


def test_described_role_across_a_body_word(codes):
    found = codes("Sudan's main opposition coalition called on the army to hand power to a civilian government.")
    assert "SDNOPP" in found.values(), found


def test_the_bloc_s_leaders_are_the_bloc_s(codes):
    found = codes("French farmers drove their tractors into Brussels to protest against EU trade deals as the "
                  "bloc's leaders met for a summit.")
    assert found["leaders"] == "IGOEUREEC"


def test_a_state_office_does_not_borrow_an_armed_group_s_country(codes):
    found = codes("Israel recalled its negotiating team from Qatar after talks with Hamas reached a dead end, the "
                  "prime minister's office said.")
    assert not found["the prime minister's office"].startswith("PSE")


def test_a_ministry_speaking_is_not_of_the_place_it_reports_on(codes):
    found = codes("Egypt has asked the International Monetary Fund for a new loan to cushion the fallout from the "
                  "war in Ukraine, the cabinet said in a statement.")
    assert not found["the cabinet"].startswith("UKR")


def test_namesake_party_referred_back_to_keeps_its_country(codes):
    found = codes("Bangladesh lifted its ban on the Jamaat-e-Islami party, saying there was no evidence of the "
                  "party's involvement in terrorism.")
    assert found["the party"] == "BGDPTY"


def test_joint_chiefs_of_the_country_the_sentence_names(codes):
    found = codes("South Korea's military raised its alert status along the border with North Korea, the Joint "
                  "Chiefs of Staff said in Seoul.")
    assert found["the Joint Chiefs of Staff"] == "KORMIL"
    assert codes("The Joint Chiefs of Staff said US forces were ready.")["The Joint Chiefs of Staff"] == "USAMIL"


@pytest.mark.parametrize("text, mention, code", [
    ("Norwegian diplomats mediated between Colombia's government and the National Liberation Army rebel group.",
     "the National Liberation Army rebel group", "COLREB"),
    ("Sri Lanka's president said he had forgiven a former Tamil Tiger rebel.", "a former Tamil Tiger rebel", "LKAREB"),
    ("Eurozone finance ministers rejected Greece's request for an extension of its bailout.",
     "Eurozone finance ministers", "IGOEUREEC"),
])
def test_organisation_rows(codes, text, mention, code):
    assert codes(text)[mention] == code


def test_hong_kong_chief_executive_is_hong_kong_s(codes):
    found = codes("Hong Kong leader Carrie Lam called on protesters to leave the airport.", published="2019-08-13")
    assert found["Hong Kong leader Carrie Lam"] == "HKGGOV"


def test_opposition_title_of_a_former_official(codes):
    assert codes("Kenyan opposition leader Raila Odinga called for protests.")[
        "Kenyan opposition leader Raila Odinga"] == "KENOPP"
    assert codes("Former prime minister Raila Odinga called for calm.")[
        "Former prime minister Raila Odinga"] == "KENELI"


def test_international_official_code_has_its_sector_once(codes):
    found = codes("U.N. human rights chief Volker Turk urged Russia to grant access.")
    assert found["U.N. human rights chief Volker Turk"] == "IGOUNOHRI"


def test_a_region_word_narrows_the_country_a_noun_refers_to(codes):
    found = codes("U.S. Secretary of State Antony Blinken praised Kenya for its willingness to lead a security mission "
                  "in Haiti, calling the East African nation a true partner.")
    assert found["the East African nation"] == "KEN"


def test_a_bad_region_row_names_file_and_line(tmp_path):
    from eventcoder.errors import DataFileError

    path = tmp_path / "regions.tsv"
    path.write_text("region_word\tcountries\tnote\nbalkan\tSerbia\t\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ActorDictionary.load(extra_paths=[path])
    assert error.value.line == 2 and "regions.tsv" in str(error.value)


@pytest.mark.parametrize("text, published, mention, code", [
    ("Lutnick said tariffs would rise.", "2025-06-01", "Lutnick", "USAGOV"),
    ("Ryabkov said Moscow would respond.", "2025-06-01", "Ryabkov", "RUSGOV"),
    ("Schumer said the Senate would vote.", "2025-06-01", "Schumer", "USALEG"),
    ("Gantz said the war would go on.", "2023-12-01", "Gantz", "ISRGOV"),
    ("Saree said the Houthis had fired missiles at ships.", "2024-06-01", "Saree", "YEMREB"),
    ("Malik Agar met the Egyptian envoy.", "2024-06-01", "Malik Agar", "SDNGOV"),
])
def test_office_holders_of_recent_years(codes, text, published, mention, code):
    assert codes(text, published=published)[mention] == code


def test_parties_before_an_infinitive_stay_actors(codes):
    found = codes("The military delayed results to help its favored political parties to win the elections.")
    assert "political parties" in found


def test_a_president_conceding_to_a_domestic_rebel_group_borrows_its_country(codes):
    found = codes("President Dos Sontas conceded to demands from the National Union for the Total Independence of "
                  "Angola (UNITA) to overhaul the judiciary.", published="1995-01-01")
    assert found["President Dos Sontas"] == "AGOGOV"


@pytest.mark.parametrize("text", [
    "Real Madrid crushed Barcelona 4-1 in the Spanish Super Cup final in Riyadh on Sunday.",
    "Dynamo Kyiv beat Red Star Belgrade in the Champions League.",
])
def test_a_name_ending_in_a_capital_is_not_the_government(codes, text):
    found = codes(text)
    assert not any(code.endswith("GOV") for code in found.values()), found


def test_a_capital_after_a_title_and_name_is_still_the_government(codes):
    found = codes("Russian President Vladimir Putin said Moscow would respond.")
    assert found["Moscow"] == "RUSGOV"


@pytest.mark.parametrize("text, mention, code", [
    ("Britain refused to share the evidence with Moscow, the Foreign Office said.", "the Foreign Office", "GBRGOV"),
    ("Germany's Foreign Office summoned the Russian ambassador.", "Germany's Foreign Office", "DEUGOV"),
    ("Rawalpindi has long dominated Pakistan's foreign policy.", "Rawalpindi", "PAKMIL"),
])
def test_seats_and_offices(codes, text, mention, code):
    assert codes(text)[mention] == code
