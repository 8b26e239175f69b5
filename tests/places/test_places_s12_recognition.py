"""Session 12: names of features and sites, lower-case article names, other names, and the country a name's
own sentence gives it (places/toponyms.py, cues.yaml)."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.places import find_toponyms
from eventcoder.places.cues import CUES_FILE, PlaceCues


def found(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


def country_of(places, name):
    """The country of the toponym whose text starts with ``name`` (a feature keeps its noun: "Akosombo dam")."""
    matches = [location for text, location in places.items() if text.startswith(name)]
    assert matches, f"{name!r} not found among {sorted(places)}"
    return matches[0].country


FEATURE_AND_SITE_CASES = [
    # a lower-case Arabic article and a site noun after the name
    ("Syrian Kurdish guards in Hasakah said security was tightened at the al-Hol camp. "
     "Syria's government in Damascus made no comment.", "al-Hol", "SYR"),
    # a name before a lower-case feature noun, in a story set in one country
    ("Ghana's power company released water from the Akosombo dam on Monday. "
     "Towns near Accra and Ho in Ghana were flooded.", "Akosombo", "GHA"),
    ("Villagers in Nepal said the Bheri river rose overnight. Roads to Nepalgunj in Nepal were cut.", "Bheri", "NPL"),
    # a Bantu prefix before a capital
    ("In South Africa, the uMngeni river burst its banks near Durban, and roads to Pietermaritzburg closed.",
     "uMngeni", "ZAF"),
    # a site named by its last words, tagged as an organisation
    ("Tanker aircraft were moved from MacDill Air Force Base in Tampa as the storm neared Florida.",
     "MacDill Air Force Base", "USA"),
    ("Fire crews from Calgary and Edmonton fought the blaze in Jasper National Park in Alberta, Canada.",
     "Jasper National Park", "CAN"),
]


@pytest.mark.parametrize("text, name, country", FEATURE_AND_SITE_CASES)
def test_features_and_sites_are_places(make_document, gazetteer_5000, text, name, country):
    assert country_of(found(make_document(text), gazetteer_5000), name) == country


def test_a_feature_noun_keeps_a_name_from_the_country_a_letter_away(make_document, gazetteer_5000):
    text = ("Floods killed 27 people in Timor-Leste. In Dili, the capital of Timor-Leste, the Comoro river "
            "burst its banks and flooded hundreds of homes.")
    places = found(make_document(text), gazetteer_5000)
    assert country_of(places, "Comoro") == "TLS"  # not Comoros


def test_a_faction_is_no_camp(make_document, gazetteer_5000):
    text = "Officials in the Biden camp in Washington said the vote in Ohio would be close."
    places = found(make_document(text), gazetteer_5000)
    assert not any(text.startswith("Biden") for text in places) and "Washington" in places


def test_another_name_takes_the_place_it_names(make_document, gazetteer_5000):
    text = ("Residents of Hasakah fled to Qamishli, also spelled Kamishli, near the Turkish border. "
            "Others went to Raqqa in Syria.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Kamishli"].country == "SYR" and places["Kamishli"].precision == "city"
    assert places["Kamishli"].name == places["Qamishli"].name


def test_a_name_listed_with_a_town_is_a_place(make_document, gazetteer_5000):
    text = ("A cyclone struck the east coast of Madagascar on Saturday. Roads to Fianarantsoa were blocked, "
            "and communications with Nosy Varika and Manakara were cut. Officials in Antananarivo asked for help.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Nosy Varika"].country == "MDG"


def test_a_body_listed_with_a_town_is_not(make_document, gazetteer_5000):
    text = ("Factories in California stand near schools. The largest of them are near Franklin and "
            "Kennedy Elementary Schools, officials in Santa Ana said.")
    places = found(make_document(text), gazetteer_5000)
    assert not any("Kennedy" in text for text in places)


def test_a_name_located_near_a_place_is_a_town(make_document, gazetteer_5000):
    text = ("Floods killed dozens in Spain's Valencia province. Catarroja, near the Albufera lagoon, was also "
            "badly hit, and roads to Madrid were closed.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Catarroja"].country == "ESP" and places["Catarroja"].precision == "city"


def test_a_well_known_other_name_of_a_large_city_wins_the_first_pass(make_document, gazetteer_5000):
    # "Mecca" is Makkah, so the story is set in Saudi Arabia and "the tent city at Mina" (only other spellings
    # of foreign towns) takes that country.
    text = ("Pilgrims from Egypt, Jordan, Indonesia and Tunisia died in the heat in Mecca. Many collapsed in the "
            "tent city at Mina. Hospitals in Jeddah and Taif in Saudi Arabia were full, officials in Riyadh said.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Mecca"].country == "SAU"
    assert places["Mina"].country == "SAU" and places["Mina"].precision == "country"


SENTENCE_COUNTRY_CASES = [
    # a Myanmar story; the sentence puts the camps beside a Bangladeshi town
    ("Fighting spread through Maungdaw township in Rakhine State in Myanmar. Many fled Buthidaung in Myanmar. "
     "Thousands have reached the camps at Kutupalong, near Cox's Bazar, where a million refugees live. "
     "The army in Myanmar said nothing.", "Kutupalong", "BGD"),
    # a story Egypt is named in most; the sentence is in Gaza, and Egypt is only across the border
    ("Trucks waited in Egypt at the Rafah crossing as Egyptian officials in Cairo and al-Arish watched. "
     "Egypt said the crossing would reopen. Families in Khan Younis were told to move to the Shaboura camp, "
     "near the border fence with Egypt. Egyptian diplomats met in Cairo.", "Shaboura", "PSE"),
    # a name's own sentence, in a story set in no one country
    ("Storms hit Thailand and Laos this week. In Indonesia's East Nusa Tenggara province, floods swept away "
     "villages on Adonara island and in West Timor.", "Adonara", "IDN"),
]


@pytest.mark.parametrize("text, name, country", SENTENCE_COUNTRY_CASES)
def test_a_name_takes_the_country_of_its_sentence(make_document, gazetteer_5000, text, name, country):
    assert country_of(found(make_document(text), gazetteer_5000), name) == country


def test_a_partner_does_not_set_the_sentence_country(make_document, gazetteer_5000):
    text = ("Clashes on the border of Kyrgyzstan and Tajikistan killed 40 people near Isfara in Tajikistan. "
            "Residents of Dushanbe in Tajikistan were calm. Officials in the Zarafshon Khatlon area "
            "said trade with Uzbekistan had not been affected.")
    places = found(make_document(text), gazetteer_5000)
    assert all(location.country != "UZB" for text, location in places.items() if text != "Uzbekistan")


def test_an_abbreviation_entry_must_be_two_words(tmp_path):
    lines = CUES_FILE.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("abbreviated_words:"))
    lines[at] = 'abbreviated_words:\n  - "st saint"\n  - "ste"'
    bad = tmp_path / "cues.yaml"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        PlaceCues.load(bad)
    assert error.value.line == at + 3 and "abbreviated_words" in str(error.value)


def test_places_glued_into_an_organisation_name_around_at(make_document, gazetteer_5000):
    text = ("Protesters blocked highways in Bolivia. Police clashed with them on the road between Cochabamba and "
            "Oruro at Parotani, and officers were hurt.")
    document = make_document(text)
    # (the small English model tags the three names as one organisation)
    assert "Cochabamba and Oruro at Parotani" in [ent.text for ent in document.doc.ents]
    places = found(document, gazetteer_5000)
    assert places["Cochabamba"].country == "BOL" and places["Oruro"].country == "BOL"


def test_a_region_a_letter_away_counts_only_in_the_story_countries(make_document, gazetteer_5000):
    # "Sarmada" is one letter from India's Narmada river (regions.tsv); a Syrian story keeps it in Syria.
    text = ("Families fled Idlib in Syria. Many were sleeping in olive groves outside Sarmada, near Aleppo. "
            "Aid entered Syria through Turkey.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Sarmada"].country == "SYR"


ARTICLE_NAME_CASES = [
    # a capitalised Arabic article and a hyphen open a name the tagger calls a person
    ("The army shelled rebels in Syria's Damascus province. Upon entering Al-Fijah, troops in Syria built "
     "fortifications near Damascus.", "Al-Fijah", "SYR"),
]


@pytest.mark.parametrize("text, name, country", ARTICLE_NAME_CASES)
def test_arabic_article_names_after_place_syntax(make_document, gazetteer_5000, text, name, country):
    assert country_of(found(make_document(text), gazetteer_5000), name) == country
