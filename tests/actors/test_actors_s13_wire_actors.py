"""Session 13: actors as wire reporters name them: a role's seat of government, 'his'/'her' roles, 'the junta',
'the country's' after an owner named by name, bodies a country owns by a name the dictionary lacks, aid agencies,
state broadcasters, collective nouns, and words that only look like actors."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, phrase, code", [
    # a role in a seat of government is that country's, before any country borrowed from the sentence
    ("Italian President Sergio Mattarella met reporters outside the presidential palace in Lisbon on Monday.",
     "the presidential palace", "PRTGOV"),
    ("France suspended military cooperation with Germany after the junta in Bamako expelled its ambassador.",
     "the junta", "MLIMIL"),
    # 'the junta' with no seat: the country the sentence named last
    ("The European Union said it would lift sanctions on Guinea if the junta freed political prisoners.",
     "the junta", "GINMIL"),
    # a ministry that speaks in a capital is of that country, though the sentence names two
    ("Japan protested to Russia on Friday, the foreign ministry said in Tokyo.", "the foreign ministry", "JPNGOV"),
    # 'his'/'her' roles are the person's, not the country named last
    ("Hezbollah leader Hassan Nasrallah said his fighters would stay in Syria.", "his fighters", "LBNREB"),
    ("Taiwanese President Tsai Ing-wen urged Beijing to open talks with her democratically elected government.",
     "elected government", "TWNGOV"),
    # an owner named by name is the country 'the country's' refers to
    ("Qatar transferred funds to Lebanon's central bank to shore up the country's currency.", "the country", "LBN"),
    # a body a country owns, by a name the dictionary does not list
    ("Finland's National Bureau of Investigation opened an inquiry into the Chinese ship.",
     "Finland's National Bureau of Investigation", "FINGOV"),
    ("Kenya's National Police Service arrested two Somali nationals.", "Kenya's National Police Service", "KENCOP"),
    # the lender named before, across a city's "-based"
    ("The Asian Development Bank approved a loan to Nepal, the Manila-based lender said.",
     "the Manila-based lender", "IGOASDBNK"),
    ("Irish Aid pledged 5 million euros to Ethiopia.", "Irish Aid", "IRLGOV"),
    ("Serbia's state broadcaster RTS said Belgrade would not recognise Kosovo.",
     "Serbia's state broadcaster RTS", "SRBMED"),
    ("Angry islanders in Fiji blocked the road to the airport.", "islanders", "FJICVL"),
    ("Nigerian lecturers ignored government calls to return to work.", "Nigerian lecturers", "NGAEDU"),
    ("Police in Tbilisi dispersed pro-EU demonstrators on Saturday.", "demonstrators", "GEOCVL"),
])
def test_s13_wire_actor_codes(actor_codes, text, phrase, code):
    assert actor_codes(text).get(phrase) == code


@pytest.mark.parametrize("text, phrase", [
    ("Leaders of Central America met in Guatemala City to discuss migration.", "Central America"),
    ("Tourists fled Sharm el-Sheikh after the attack, Egyptian officials said.", "Sheikh"),
    ("Police in Tbilisi dispersed pro-EU demonstrators on Saturday.", "EU demonstrators"),
    # a longer name than a known person's surname is someone else
    ("Brazilian Supreme Court Justice Alexandre de Moraes ordered the arrest of a lawmaker.", "Alexandre"),
])
def test_s13_words_that_only_look_like_actors(actor_codes, text, phrase):
    assert phrase not in actor_codes(text, published="2020-01-05")


def test_s13_central_america_gives_no_country(actor_codes):
    assert actor_codes("Leaders of Central America met in Guatemala City to discuss migration.")["Leaders"] == "GOV"


def test_s13_the_two_ministries_are_both_countries(make_document, dictionary):
    from eventcoder.actors import find_actors

    text = "Mongolia and Kazakhstan agreed to pool resources, the two foreign ministries said."
    found = {m.actor.code for m in find_actors(make_document(text), dictionary) if m.actor.text.startswith("the two")}
    assert found == {"MNGGOV", "KAZGOV"}


@pytest.mark.parametrize("text, phrase, code", [
    # a party name several countries' parties bear: the party of the country the sentence is about
    ("Bangladesh's interim government lifted its ban on the Jamaat-e-Islami party, the home ministry said in Dhaka.",
     "the Jamaat-e-Islami party", "BGDPTY"),
    ("Pakistan's Jamaat-e-Islami called for protests in Lahore.", "Pakistan's Jamaat-e-Islami", "PAKPTY"),
    ("South Korea's ruling party accused the Democratic Party of obstructing the budget.", "the Democratic Party",
     "KORPTY"),
    # with no country of its list named, the dictionary's own country
    ("The Muslim Brotherhood called for protests on Friday.", "The Muslim Brotherhood", "EGYOPP"),
    # a body that speaks in a capital is of that country even after another country's party
    ("Bangladesh's interim government lifted its ban on the Jamaat-e-Islami party, the home ministry said in Dhaka.",
     "the home ministry", "BGDGOV"),
    ("Pakistan's army praised the Jamaat-e-Islami party, the ministry said in Dhaka.", "the ministry", "BGDGOV"),
])
def test_s13_namesakes_and_seats(actor_codes, text, phrase, code):
    assert actor_codes(text, published="2024-08-07").get(phrase) == code


@pytest.mark.parametrize("text, phrase", [
    ("Senior officials compared notes on Chinese activity in the South China Sea.", "China"),
    ("Russia and Japan held naval drills in the Philippine Sea.", "Philippine"),
])
def test_s13_a_sea_named_after_a_country_is_no_actor(actor_codes, text, phrase):
    assert phrase not in actor_codes(text)


def test_s13_namesakes_file_is_validated(tmp_path):
    from eventcoder.actors import ActorDictionary
    from eventcoder.errors import DataFileError

    path = tmp_path / "names.tsv"
    path.write_text("name\tcountries\tnote\nHamas\tPSE|EGY\t\nNo Such Front\tPSE|EGY\t\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ActorDictionary.load(extra_paths=[path])
    assert error.value.line == 3 and "names.tsv" in str(error.value)
    path.write_text("name\tcountries\tnote\nHamas\tPSE\t\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        ActorDictionary.load(extra_paths=[path])


@pytest.mark.parametrize("text, phrase, code", [
    ("Environmental groups pressed the Brazilian government to halt deforestation permits.", "Environmental groups",
     "NGOENV"),
    ("Kenyan environmental groups sued the government over the coal plant.", "Kenyan environmental groups", "KENENV"),
    ("The arrest of the journalist was denounced by press freedom groups.", "press freedom groups", "NGOHRI"),
    ("Burkina Faso's military government expelled the correspondents of French newspapers.",
     "the correspondents of French newspapers", "FRAMED"),
    ("Burundi's media regulator withdrew the BBC's operating licence on Friday.", "Burundi's media regulator",
     "BDIGOV"),
    ("Australia's National Farmers' Federation urged Canberra to rethink its plan.",
     "Australia's National Farmers' Federation", "AUSAGR"),
])
def test_s13_campaigners_owners_and_regulators(actor_codes, text, phrase, code):
    assert actor_codes(text).get(phrase) == code


@pytest.mark.parametrize("text, published, phrase, code", [
    # a body named in front of a role owns it, though describing words stand between
    ("White House national security spokesman John Kirby told reporters that Russia had failed.", "2022-10-05",
     "spokesman John Kirby", "USAGOV"),
    # a title the dictionary lacks, tagged with the name, before a known person
    ("Taoiseach Leo Varadkar said Ireland would not accept a hard border.", "2020-02-01", "Taoiseach Leo Varadkar",
     "IRLGOV"),
    ("Chief Cabinet Secretary Hirokazu Matsuno said Tokyo would protest to Beijing.", "2023-03-01",
     "Chief Cabinet Secretary Hirokazu Matsuno", "JPNGOV"),
])
def test_s13_titled_people(actor_codes, text, published, phrase, code):
    assert actor_codes(text, published=published).get(phrase) == code


@pytest.mark.parametrize("text, published, phrase, code", [
    # a singular journalist word keeps the name after it, and the name's country, not one borrowed
    ("Washington demanded that Moscow free Wall Street Journal reporter Evan Gershkovich.", "2023-04-01",
     "Wall Street Journal reporter Evan Gershkovich", "USAMED"),
    ("Police in Guatemala arrested journalist Jose Ruben Zamora.", "2022-07-31", "journalist Jose Ruben Zamora",
     "GTMMED"),
    ("Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday.", "2025-03-20", "Ekrem Imamoglu", "TURGOV"),
    ("Australia protested the early release of Abu Bakar Bashir.", "2006-06-15", "Abu Bakar Bashir", "IDNREL"),
    # ministries by name
    ("Bangladesh lifted its ban on the party, the home ministry said in Dhaka.", "2024-08-07", "the home ministry",
     "BGDGOV"),
    ("India's external affairs ministry summoned the Pakistani envoy.", "2020-01-01",
     "India's external affairs ministry", "INDGOV"),
])
def test_s13_people_journalists_and_ministries(actor_codes, text, published, phrase, code):
    assert actor_codes(text, published=published).get(phrase) == code


def test_s13_both_sides_before_any_country_are_the_two_named_after(make_document, dictionary):
    from eventcoder.actors import find_actors

    text = "The U.N. secretary-general urged both sides to show restraint after Azerbaijani forces shelled Armenian villages."
    found = {m.actor.code for m in find_actors(make_document(text), dictionary) if m.actor.text == "both sides"}
    assert found == {"AZE", "ARM"}


@pytest.mark.parametrize("text, phrase, code", [
    # a named officer speaks for the one country the sentence names ...
    ("Army spokesman Colonel Gaspard Baratuza said Burundi would send troops.",
     "Army spokesman Colonel Gaspard Baratuza", "BDIMIL"),
    # ... but not for an armed group's
    ("Army spokesman Colonel Paul Njuguna said troops killed 20 al-Shabaab fighters.",
     "Army spokesman Colonel Paul Njuguna", "MIL"),
])
def test_s13_named_officers(actor_codes, text, phrase, code):
    assert actor_codes(text, published="2015-06-01").get(phrase) == code
