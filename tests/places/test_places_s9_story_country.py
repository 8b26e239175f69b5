"""A place name nothing resolves, in a story set in one country, is put at that country (country precision)."""

from __future__ import annotations

from eventcoder.places import find_toponyms, resolve_spans

ROMANIA_STORY = ("Bird flu was found in Romania on Monday. Romanian officials culled birds near Bucharest. "
                 "The virus was confirmed in the villages of Zlortineasa and Pravodeni.")


def found(document, gazetteer):
    return {location.text: location for location in find_toponyms(document, [], gazetteer)}


def test_villages_of_a_story_set_in_one_country_take_the_country(make_document, gazetteer_15000):
    places = found(make_document(ROMANIA_STORY), gazetteer_15000)
    village = places["Zlortineasa"]
    assert (village.name, village.country, village.precision) == ("Romania", "ROU", "country")
    assert (village.lat, village.lon) == (46.0, 25.0)  # the country's point: never read as the village's


def test_a_given_span_nothing_resolves_takes_the_story_country(make_document, gazetteer_15000):
    document = make_document(ROMANIA_STORY)
    start = ROMANIA_STORY.index("Pravodeni")
    (location,) = resolve_spans(document, [(start, start + len("Pravodeni"))], gazetteer_15000)
    assert (location.country, location.precision) == ("ROU", "country")


def test_no_story_country_from_a_single_mention(make_document, gazetteer_15000):
    # Three sentences: a story, where one mention is too little (a one-sentence text is set in its one
    # country: see test_places_s10_transliteration.py). Since session 12 a place in the name's own sentence
    # says its country ("the village of Zlortineasa, south of Baghdad": test_places_s12_recognition.py), so
    # the one mention here stands in another sentence.
    text = ("Police in Baghdad gave no details. Gunmen attacked the village of Zlortineasa. "
            "Nobody claimed the attack.")
    assert "Zlortineasa" not in found(make_document(text), gazetteer_15000)


def test_no_story_country_when_the_story_spans_countries(make_document, gazetteer_15000):
    text = ("Bird flu was found in Romania and in Bulgaria. Officials in Turkey and in Greece were alarmed. "
            "The virus was confirmed in the village of Zlortineasa.")
    assert "Zlortineasa" not in found(make_document(text), gazetteer_15000)


def test_facilities_organisations_and_possessors_are_not_given_the_country(make_document, gazetteer_15000):
    text = ("Bird flu was found in Romania on Monday. Romanian officials met near Bucharest. "
            "Stress was a factor in Zlortineasa's death, doctors at the Pravodeni Care Unit said.")
    places = found(make_document(text), gazetteer_15000)
    assert "Zlortineasa" not in places
    assert not any("Pravodeni" in name for name in places)


def test_a_capital_beats_a_small_namesake_on_country_context_alone(make_document, gazetteer_5000):
    text = ("Pigs in the United States and in the Philippines were tested, an expert of the Food and "
            "Agriculture Organization in Rome said. American farms in Texas and Ohio were checked.")
    places = found(make_document(text), gazetteer_5000)
    assert places["Rome"].country == "ITA"


def test_a_small_namesake_wins_when_its_region_is_named(make_document, gazetteer_5000):
    text = "Officials of the state of Georgia said the United States had two cases in Rome."
    places = found(make_document(text), gazetteer_5000)
    assert (places["Rome"].country, places["Rome"].precision) == ("USA", "city")


def test_a_near_spelling_abroad_yields_to_the_container_the_text_gives(make_document, gazetteer_15000):
    text = "Everyone who ate at a restaurant located in Greenlane, Auckland, New Zealand, should see a doctor."
    places = found(make_document(text), gazetteer_15000)
    assert (places["Greenlane"].name, places["Greenlane"].country) == ("Auckland", "NZL")  # not Greenland
