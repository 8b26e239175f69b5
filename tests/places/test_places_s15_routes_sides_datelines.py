"""Session 15: names on a route ("through", "over", "via"), the side of a border a name lies on, and the
article's dateline as a place and as context (places/toponyms.py)."""

from __future__ import annotations

from eventcoder.places import Gazetteer, dateline_location, find_place, find_toponyms
from eventcoder.records import EventMention, Span


def countries_of(document, gazetteer, name):
    return [loc.country for loc in find_toponyms(document, [], gazetteer) if loc.text == name]


def test_known_town_after_through_is_a_place_whatever_its_tag(make_document, gazetteer_5000):
    text = ("New arrivals cross the border on foot and pass through Lokichoggio before reaching the camp in Kenya, "
            "officials said.")
    assert countries_of(make_document(text), gazetteer_5000, "Lokichoggio") == ["KEN"]


def test_unknown_name_after_through_or_over_is_not_kept(make_document, gazetteer_15000):
    # Neither "Zorblat" nor "Kessington" is a place anywhere: a route preposition alone keeps no unknown name.
    text = ("The news spread through Zorblat Media on Monday in Kenya. The coach won over Kessington "
            "with a late goal in Nairobi.")
    texts = [loc.text for loc in find_toponyms(make_document(text), [], gazetteer_15000)]
    assert "Zorblat Media" not in texts and "Kessington" not in texts


def test_town_on_the_eritrean_side_is_in_eritrea(make_document, gazetteer_15000):
    text = ("The Zalambessa crossing on the Ethiopian border was reopened briefly in 2018. Goods are again being "
            "carried north towards Senafe, the first town on the Eritrean side. Officials in Mekelle, capital of "
            "Ethiopia's Tigray region, said the road was open. Ethiopia has not commented.")
    assert countries_of(make_document(text), gazetteer_15000, "Senafe") == ["ERI"]


def test_clause_on_the_pakistani_side_places_an_unknown_village(make_document, gazetteer_15000):
    text = ("Shelling damaged houses in the villages of Salamabad and Kamalkote in India's Baramulla district. "
            "On the Pakistani side, officials reported damage in Chakothi. India and Pakistan traded blame.")
    assert countries_of(make_document(text), gazetteer_15000, "Chakothi") == ["PAK"]


def test_side_of_a_border_does_not_move_a_large_city(make_document, gazetteer_15000):
    text = "On the Israeli side, officials in Cairo said the talks would resume next week."
    assert countries_of(make_document(text), gazetteer_15000, "Cairo") == ["EGY"]


def test_dateline_is_a_place_with_its_qualifier(make_document, gazetteer_15000):
    document = make_document("NAIROBI, Kenya (AP) \u2014 Police fired tear gas at protesters on Monday.")
    location = dateline_location(document, gazetteer_15000)
    assert (location.text, location.name, location.country, location.precision) == (
        "NAIROBI, Kenya", "Nairobi", "KEN", "city")
    assert document.article.text[location.start:location.end] == "NAIROBI, Kenya"
    assert find_toponyms(document, [], gazetteer_15000)[0] == location


def test_dateline_with_a_date_and_agency(make_document, gazetteer_15000):
    document = make_document("BEIRUT, March 4 (Reuters) - Syrian troops shelled the town of Douma on Friday.")
    assert dateline_location(document, gazetteer_15000).country == "LBN"
    assert countries_of(document, gazetteer_15000, "Douma") == ["SYR"]


def test_dateline_qualifier_picks_the_namesake(make_document, gazetteer_15000):
    document = make_document("PARIS, Texas (AP) \u2014 A tornado hit the town on Monday.")
    location = dateline_location(document, gazetteer_15000)
    assert (location.country, location.name) == ("USA", "Paris")


def test_no_dateline_no_location(make_document, gazetteer_15000):
    document = make_document("Police fired tear gas at protesters in Nairobi on Monday.")
    assert dateline_location(document, gazetteer_15000) is None


def test_dateline_is_context_for_a_namesake(make_document, gazetteer_15000):
    # "Victoria" alone is first Canada's or Australia's; a Seychelles dateline makes it the Seychelles capital.
    without = make_document("Fishermen were stranded in Victoria on Monday after the storm.")
    with_dateline = make_document("VICTORIA, Seychelles (AP) \u2014 Fishermen were stranded in Victoria on Monday "
                                  "after the storm.")
    assert countries_of(with_dateline, gazetteer_15000, "Victoria") == ["SYC"]
    assert countries_of(without, gazetteer_15000, "Victoria") != ["SYC"]


def test_dateline_is_no_event_place(make_document, gazetteer_15000):
    document = make_document("BEIRUT (AP) \u2014 Protesters gathered on Monday.")
    trigger = document.doc[[t.text for t in document.doc].index("gathered")]
    mention = EventMention(0, Span(trigger.text, trigger.idx, trigger.idx + len(trigger)), trigger.i, "141")
    assert find_place(document, mention, [], gazetteer_15000).country is None


def test_border_rivers_have_no_country():
    gazetteer = Gazetteer.load()
    for name in ("Jhelum River", "Lake Turkana", "Chenab"):
        assert [p.country for p in gazetteer.lookup(name) if p.kind == "region"] == [None]


def test_unknown_name_located_from_a_known_place_takes_its_country(make_document, gazetteer_15000):
    document = make_document("In the worst single incident, Israel bombed a power station at Jiye, south of Beirut, "
                             "last July.")
    assert countries_of(document, gazetteer_15000, "Jiye") == ["LBN"]


def test_organisation_tagged_name_with_a_distance_and_direction_is_a_place(make_document, gazetteer_15000):
    document = make_document("Their patrol was hit by a roadside bomb late Monday in Dhuluiya, 70 kilometres "
                             "(40 miles) north of Baghdad.")
    assert countries_of(document, gazetteer_15000, "Dhuluiya") == ["IRQ"]


def test_direction_phrase_after_a_person_with_no_place_adds_nothing(make_document, gazetteer_15000):
    document = make_document("He spoke to John Smith, north of the river, on Monday.")
    assert find_toponyms(document, [], gazetteer_15000) == []


def test_island_of_a_name_with_a_nationality(make_document, gazetteer_15000):
    document = make_document("Giotopoulos was captured on the tiny Greek island of Lipsi on July 17.")
    assert countries_of(document, gazetteer_15000, "Lipsi") == ["GRC"]


def test_double_space_before_a_name_keeps_its_preposition(make_document, gazetteer_15000):
    document = make_document("A bomb was detonated in downtown  Yala in Thailand's south early Tuesday.")
    assert countries_of(document, gazetteer_15000, "Yala") == ["THA"]


def test_capital_of_a_named_country_beats_a_namesake_in_a_named_state(make_document, gazetteer_15000):
    text = ("Officials in Albany, New York, said the tests were done. Italy sent samples too. Juan Lubroth, of the "
            "Food and Agriculture Organization in Rome, explained the results.")
    assert countries_of(make_document(text), gazetteer_15000, "Rome") == ["ITA"]


def test_namesake_with_its_state_as_qualifier_holds(make_document, gazetteer_15000):
    text = "The fire in Rome, New York destroyed a barn. Italy was not affected."
    assert countries_of(make_document(text), gazetteer_15000, "Rome") == ["USA"]


def test_chagos_islands_are_a_place_without_a_country(make_document, gazetteer_15000):
    text = "Britain agreed to hand over the Chagos Islands to Mauritius."
    places = [(loc.text, loc.country, loc.precision) for loc in find_toponyms(make_document(text), [], gazetteer_15000)]
    assert ("Chagos Islands", None, "region") in places


def test_fort_shaped_facility_takes_the_story_country(make_document, gazetteer_15000):
    text = ("The anthrax attack upon the U.S. used weaponized U.S. Army anthrax, most likely produced at Fort "
            "Detrick. The U.S. government declined to comment.")
    assert countries_of(make_document(text), gazetteer_15000, "Fort Detrick") == ["USA"]


def test_building_tagged_facility_is_still_no_place(make_document, gazetteer_15000):
    text = ("Doctors at the Mirwais Cardiac Unit treated them. The U.S. and U.S. officials said so in the "
            "United States.")
    assert "Mirwais Cardiac Unit" not in [loc.text for loc in find_toponyms(make_document(text), [], gazetteer_15000)]


def test_glued_settlement_of_a_town_and_its_region(make_document, gazetteer_5000):
    text = "Meanwhile, in eight Barangays of Santa Maria, Davao del Sur, in Mindanao, at least 50 pigs died."
    document = make_document(text)
    assert countries_of(document, gazetteer_5000, "Santa Maria") == ["PHL"]
    assert countries_of(document, gazetteer_5000, "Davao del Sur") == ["PHL"]
