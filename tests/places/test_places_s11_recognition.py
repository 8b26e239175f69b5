"""Session 11: names the tagger calls people or organisations that the syntax says are places."""

from __future__ import annotations

import pytest

from eventcoder.places import find_toponyms


def _places(make_document, gazetteer, text):
    return {loc.text: loc for loc in find_toponyms(make_document(text), [], gazetteer)}


# (gazetteer fixture, text, {name: {Location field: expected value}})
RECOGNIZED = [
    pytest.param("gazetteer_5000",
                 "Floods hit Hyderabad in Pakistan's Sindh province. Residents of Jamshoro were told to move "
                 "to higher ground.",
                 {"Jamshoro": {"country": "PAK", "precision": "city"}},
                 id="residents-of-a-village-of-the-story-country"),
    pytest.param("gazetteer_5000",
                 "Jihadists killed 17 fishermen near Maiduguri in Nigeria's Borno State on Tuesday. "
                 "The bodies were later taken to Monguno for burial.",
                 {"Monguno": {"country": "NGA"}},
                 id="destination-of-a-movement-verb"),
    pytest.param("gazetteer_5000",
                 "A tornado tore through Paris, Texas, on Sunday. Emergency crews from Dallas and from "
                 "Hugo, Oklahoma, helped with search and rescue.",
                 {"Hugo": {"country": "USA", "precision": "city"}},
                 id="town-comma-state-tagged-as-something-else"),
    pytest.param("gazetteer_5000",
                 "Floodwaters swamped Hyderabad in Pakistan's Sindh province. Rescue workers in Pakistan said "
                 "Latifabad and Qasimabad were the worst affected.",
                 {"Latifabad": {"country": "PAK", "precision": "country"}},
                 id="place-shaped-names-the-tagger-calls-places"),
    pytest.param("gazetteer_15000",
                 "Authorities in Seychelles closed beaches on the island of Mahé after a ship ran aground "
                 "outside the harbour at Victoria. Officials in Victoria said it had sailed from Mombasa to "
                 "Port Louis in Mauritius.",
                 {"Victoria": {"country": "SYC"}},
                 id="capital-of-a-named-country-beats-a-foreign-region"),
    pytest.param("gazetteer_5000",
                 "The storm surge flooded downtown Fort Myers in Florida, and a section of the causeway to "
                 "Sanibel Island collapsed.",
                 {"Sanibel Island": {"country": "USA"}},
                 id="island-named-after-its-town"),
    pytest.param("gazetteer_5000",
                 "Floods swept through Valencia in Spain on Tuesday. Further inland, Utiel was flooded when "
                 "a river burst its banks, and in New Zealand the valley north of Napier was buried in silt.",
                 {"Utiel": {"country": "ESP"}, "Napier": {"country": "NZL"}},
                 id="place-syntax-of-storms-and-directions"),
    pytest.param("gazetteer_15000",
                 "Fighting raged in the north-eastern Syrian city of Hasakah. Thousands of residents fled to "
                 "other parts of the city and to Qamishli, near the Turkish border with Syria.",
                 {"Qamishli": {"country": "SYR"}},
                 id="second-destination-of-a-movement-verb"),
    pytest.param("gazetteer_15000",
                 "In Hawke's Bay, the valley north of Napier in New Zealand was buried under silt.",
                 {"Hawke's Bay": {"country": "NZL", "precision": "region"}},
                 id="possessive-inside-a-place-name"),
    pytest.param("gazetteer_15000",
                 "The Islamic State launched a major offensive inside Deir Ezzor City on Wednesday.",
                 {"Deir Ezzor City": {"country": "SYR", "precision": "city"}},
                 id="city-word-after-another-spelling"),
    pytest.param("gazetteer_15000",
                 "Gunmen killed 20 people in Nigeria's Benue State. The herdsmen raided four villages: Demsare, "
                 "Wunamokoh, Dikajam and Taboungo. In villages like Cailaco and Manapa, soldiers burned homes "
                 "in Nigeria.",
                 {name: {"country": "NGA", "precision": "country"}
                  for name in ("Wunamokoh", "Dikajam", "Cailaco", "Manapa")},
                 id="villages-listed-after-like-or-a-colon"),
    pytest.param("gazetteer_15000",
                 "Gunmen stormed the village of Banjska in northern Kosovo. The area, near Zvečan and "
                 "Leposavić, is home to a Serb majority.",
                 {"Zvečan": {"country": "XKX"}, "Leposavić": {"country": "XKX"}},
                 id="towns-the-tagger-glued-into-one-place"),
    pytest.param("gazetteer_15000",
                 "Thousands were displaced in south-eastern Ghana after water was released from a dam on the "
                 "Volta River in Ghana. In Mepe and Battor, water reached the roofs of houses.",
                 {"Battor": {"country": "GHA", "precision": "country"}},
                 id="unknown-name-listed-after-a-locative-preposition"),
    pytest.param("gazetteer_15000",
                 "The militants withdrew from Marawi after five months, the Philippine army said. Russian "
                 "forces shelled Kharkiv, Izium and Kupiansk overnight, Ukrainian officials said.",
                 {"Marawi": {"country": "PHL"}, "Kharkiv": {"country": "UKR"}, "Izium": {"country": "UKR"}},
                 id="start-of-a-movement-and-cities-glued-into-an-organisation"),
    pytest.param("gazetteer_15000",
                 "Thousands were displaced in Ghana after a dam release in Ghana. Further downstream, the main "
                 "bridge at Sogakope remained open.",
                 {"Sogakope": {"country": "GHA", "precision": "country"}},
                 id="site-takes-the-story-country"),
    pytest.param("gazetteer_15000",
                 "A fire spread across the ridges around Mount Hamilton in California, and ash fell as far "
                 "away as Gilroy.",
                 {"Gilroy": {"country": "USA", "precision": "city"}},
                 id="town-after-as-far-away-as"),
]


@pytest.mark.parametrize("gazetteer_name, text, expected", RECOGNIZED)
def test_name_recognized_as_a_place(request, make_document, gazetteer_name, text, expected):
    places = _places(make_document, request.getfixturevalue(gazetteer_name), text)
    for name, fields in expected.items():
        assert name in places, f"{name!r} not recognized"
        for field, value in fields.items():
            assert getattr(places[name], field) == value, f"{name}.{field}"


def test_settlement_noun_inside_the_name_before_of(make_document, gazetteer_5000):
    # (an invented district: Abadam, the district of the original example, is in regions.tsv since session 12)
    places = _places(make_document, gazetteer_5000,
                     "The attack took place near Malam Fatori, a border town in the Dalwakure district of Borno "
                     "State, close to the frontier with Niger.")
    abadam = next(loc for text, loc in places.items() if text.startswith("Dalwakure"))
    assert (abadam.name, abadam.country, abadam.precision) == ("Borno", "NGA", "region")


def test_initialisms_and_nationality_words_stay_out(make_document, gazetteer_5000):
    places = _places(make_document, gazetteer_5000,
                     "An FDA spokesman said the rations had not been sent to Chad. A cholera epidemic in the "
                     "African country of Zimbabwe has infected more than 1,000 people.")
    assert "FDA" not in places and "African" not in places
    assert places["Zimbabwe"].country == "ZWE"


def test_feature_named_after_a_town_abroad_is_not_that_town(make_document, gazetteer_5000):
    # Esk is a town in Queensland; the Esk Valley of a New Zealand story is not there.
    found = find_toponyms(make_document(
        "In New Zealand, the Esk Valley north of Napier was buried under silt, officials in Wellington said, "
        "and Australia sent helicopters."), [], gazetteer_5000)
    assert not any(loc.country == "AUS" and loc.text.startswith("Esk") for loc in found)


def test_capital_noun_before_a_name_and_news_agencies(make_document, gazetteer_15000):
    places = _places(make_document, gazetteer_15000,
                     "Measles cases rose in Samoa's capital Apia. Health officials in Guangdong province "
                     "confirmed three new cases, Xinhua reported from Beijing.")
    assert places["Apia"].country == "WSM"
    assert "Xinhua" not in places and places["Beijing"].country == "CHN"


def test_an_organisation_at_a_shop_stays_out(make_document, gazetteer_15000):
    found = find_toponyms(make_document(
        "Protesters in Kenya met at Safaricom on Monday, and lawmakers in Kenya debated in Parliament."),
        [], gazetteer_15000)
    assert {loc.text for loc in found} == {"Kenya"}
