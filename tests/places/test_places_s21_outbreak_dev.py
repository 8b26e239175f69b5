"""Session 21: classes found on our own outbreak-news development set (benchmarks/gold/places4_dev.jsonl): a
country or region the tagger calls a date, a country opening the name of a virus research body, and a
well-known other name of a city of a million against a small namesake."""

from __future__ import annotations

from eventcoder.places import find_toponyms


def _found(make_document, gazetteer, text):
    return {loc.text: loc.country for loc in find_toponyms(make_document(text), [], gazetteer)}


def test_country_tagged_as_a_date(make_document, gazetteer_5000):
    document = make_document("Measles cases were reported in Chad, in Mali and in Niger.")
    assert any(ent.text == "Niger" and ent.label_ == "DATE" for ent in document.doc.ents)  # (what the rule reads)
    assert _found(make_document, gazetteer_5000, document.clean_text).get("Niger") == "NER"


def test_months_tagged_as_dates_stay_dates(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Cases fell in March and rose again in May in Brazil.")
    assert set(found) == {"Brazil"}


def test_country_opening_a_virus_research_body(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Blood samples went to the Kenya Virus Research Institute, while the Marburg virus spread in Angola.")
    assert found == {"Kenya": "KEN", "Angola": "AGO"}


def test_disease_named_after_a_place_is_no_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Nurses were trained to treat Ebola in Freetown.")
    assert set(found) == {"Freetown"}


def test_well_known_other_name_of_a_large_city(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Pilgrims who had prayed in Mecca were tested in Jakarta.")
    assert found.get("Mecca") == "SAU"


def test_region_glued_to_a_case_count(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Officials said Western Cape reported 40 cases and Gauteng 12 this week.")
    assert found.get("Gauteng") == "ZAF"


def test_people_who_are_from_a_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "The two boys were from Kafranbel, the health ministry of Syria said.")
    assert found.get("Kafranbel") == "SYR"


def test_unknown_name_listed_with_a_camp(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Most new cases in Bangladesh were in Kutupalong and Hakimpara.")
    assert found.get("Hakimpara") == "BGD"


def test_name_tagged_as_an_organisation_listed_with_a_town(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Workers in Nigeria set up tents in Ngamdu and Konduga.")
    assert found.get("Ngamdu") == "NGA"


def test_towns_of_one_country_glued_into_one_name(make_document, gazetteer_5000):
    text = "Officials in Guinea named the prefectures Forécariah, Coyah, Dubréka and Boffa."
    found = _found(make_document, gazetteer_5000, text)
    assert all(found.get(name) == "GIN" for name in ("Forécariah", "Coyah", "Dubréka", "Boffa"))


def test_republic_of_congo_is_not_the_drc(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Cholera spread from the Republic of Congo to Gabon.")
    assert found.get("Republic of Congo") == "COG"


def test_name_with_an_apostrophe_the_tagger_cannot_class(make_document, gazetteer_5000):
    document = make_document("Doctors in Sana'a said cholera had spread.")
    assert document.doc[2].pos_ == "X"  # (what the rule reads)
    assert _found(make_document, gazetteer_5000, document.clean_text).get("Sana'a") == "YEM"


def test_unknown_name_tagged_as_a_person_inside_a_known_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000, "Families from Somalia have crossed to Dadaab and to Dolo Bay in Ethiopia.")
    assert found.get("Dolo Bay") == "ETH"


def test_a_body_inside_a_known_place_is_no_place(make_document, gazetteer_5000):
    found = _found(make_document, gazetteer_5000,
                   "Sato, a professor at the National Institute for Health Studies in Osaka, said cases fell.")
    assert "National Institute for Health Studies" not in found and found.get("Osaka") == "JPN"


def test_company_or_body_before_a_container_stays_no_place(make_document, gazetteer_5000):
    # The preposition's-object-plus-container rule is for names tagged as people ("Dolo Bay in Ethiopia"): a
    # company, police body or parliament the tagger calls an organisation is no place for the city after it.
    for text, body, city in (("He returned to Microsoft in Seattle after the war.", "Microsoft", "Seattle"),
                             ("She moved to Goldman Sachs in New York last year.", "Goldman Sachs", "New York"),
                             ("A delegation went to Interpol in Lyon.", "Interpol", "Lyon"),
                             ("Protesters marched to Parliament in Kampala on Tuesday.", "Parliament", "Kampala")):
        found = _found(make_document, gazetteer_5000, text)
        assert body not in found and city in found, (text, found)
