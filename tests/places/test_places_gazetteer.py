"""Gazetteer: data files, lookups at each precision, air bases, user alias files, bad files."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataFileError
from eventcoder.places import Gazetteer, normalize_name
from eventcoder.places.gazetteer import COUNTRIES_FILE

HEADER = "alias\ttarget\tprecision\tcountry\tlat\tlon\n"


@pytest.fixture(scope="module")
def gazetteer(gazetteer_15000):
    return gazetteer_15000


def kinds(places):
    return {(p.name, p.country, p.precision) for p in places}


def test_country_names_and_aliases_resolve_to_country_precision(gazetteer):
    for name in ("Iran", "U.S.", "the United States", "UK", "Côte d'Ivoire"):
        places = gazetteer.lookup(name)
        assert places and places[0].precision == "country", name
    assert gazetteer.lookup("U.S.")[0].country == "USA"
    assert gazetteer.lookup("Britain")[0].country == "GBR"


def test_country_is_never_a_city(gazetteer):
    iran = gazetteer.country("IRN")
    assert iran.precision == "country" and iran.kind == "country" and iran.population == 0


def test_regions_and_well_known_areas(gazetteer):
    for name, country in (("Donbas", "UKR"), ("Gaza Strip", "PSE"), ("Idlib province", "SYR"),
                          ("Tigray", "ETH"), ("Crimea", "UKR"), ("Kurdistan region", "IRQ"),
                          ("Balochistan", "PAK"), ("Kherson region", "UKR")):
        place = gazetteer.lookup(name)[0]
        assert place.precision == "region" and place.country == country, name
    assert gazetteer.lookup("Sahel")[0].country is None


def test_cities_have_population_and_country(gazetteer):
    hamadan = [p for p in gazetteer.lookup("Hamadan") if p.precision == "city"]
    assert hamadan and hamadan[0].country == "IRN" and hamadan[0].population > 100_000
    assert hamadan[0].geonameid is not None


def test_air_base_names_from_airport_data_and_aliases(gazetteer):
    base = gazetteer.lookup("Hamadan Air Base")[0]
    assert (base.precision, base.country) == ("point", "IRN")
    assert (base.lat, base.lon) == pytest.approx((35.2116, 48.6534))
    assert gazetteer.lookup("Nojeh air base")[0] == base
    assert gazetteer.lookup("Hamadan airbase")[0] == base


def test_normalize_name_drops_accents_dots_case_and_the():
    assert normalize_name("The U.S.") == "us"
    assert normalize_name("Hamadān") == "hamadan"
    assert normalize_name("Guinea-Bissau") == "guinea bissau"


def test_user_alias_file_adds_places(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "Camp Alpha\t\tpoint\tIRQ\t33.1\t44.2\nThe Big Country\tcountry:RUS\t\t\t\t\n"
                    "Big Apple\tgeonames:5128581\t\t\t\t\nDonbass area\tregion:Donbas\t\t\t\t\n")
    gazetteer = Gazetteer.load([path], city_population=15000)
    assert kinds(gazetteer.lookup("camp alpha")) == {("Camp Alpha", "IRQ", "point")}
    assert gazetteer.lookup("The Big Country")[0].country == "RUS"
    assert gazetteer.lookup("Big Apple")[0].geonameid == 5128581
    assert gazetteer.lookup("Donbass area")[0].name == "Donbas"


@pytest.mark.parametrize(
    "body, line, problem",
    [
        ("Camp\t\tpoint\tIRQ\t133.1\t44.2\n", 2, "outside"),
        ("Camp\t\tvillage\tIRQ\t33.1\t44.2\n", 2, "precision"),
        ("Camp\t\tpoint\tXXX\t33.1\t44.2\n", 2, "ISO-3"),
        ("# a comment\nCamp\tairport:NOPE\t\t\t\t\n", 3, "not in the gazetteer"),
        ("Camp\tpoint\tIRQ\n", 2, "columns"),
        ("Camp\tcountry:IRQ\tpoint\t\t\t\n", 2, "not both"),
        ("\t\tpoint\tIRQ\t1\t1\n", 2, "alias is empty"),
    ],
)
def test_bad_alias_file_names_file_and_line(tmp_path, body, line, problem):
    path = tmp_path / "bad.tsv"
    path.write_text(HEADER + body)
    with pytest.raises(DataFileError) as caught:
        Gazetteer.load([path], city_population=15000)
    assert caught.value.line == line
    assert caught.value.path == str(path)
    assert problem in str(caught.value)


def test_bad_header_and_missing_file(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("name\tlat\n")
    with pytest.raises(DataFileError, match="header"):
        Gazetteer.load([path], city_population=15000)
    with pytest.raises(DataFileError, match="cannot read"):
        Gazetteer.load([tmp_path / "missing.tsv"], city_population=15000)


def test_bad_country_file_is_reported(tmp_path):
    gazetteer = Gazetteer(city_population=15000)
    path = tmp_path / "countries.tsv"
    path.write_text("iso3\tiso2\tname\tlat\tlon\taliases\nIRN\tIR\tIran\t32\t53\t\nIRN\tIR\tIran\t32\t53\t\n")
    with pytest.raises(DataFileError) as caught:
        gazetteer._load_countries(path)
    assert caught.value.line == 3 and "twice" in str(caught.value)


def test_city_list_must_be_a_shipped_one():
    with pytest.raises(ValueError):
        Gazetteer(city_population=1234)


def test_bad_region_file_is_reported(tmp_path):
    gazetteer = Gazetteer(city_population=15000)
    gazetteer._load_countries(COUNTRIES_FILE)
    path = tmp_path / "regions.tsv"
    path.write_text("name\tcountry\tlat\tlon\tadmin1\taliases\n# areas\nDonbas\tUKX\t48\t38.5\t\t\n")
    with pytest.raises(DataFileError) as caught:
        gazetteer._load_regions(path)
    assert caught.value.line == 3 and "UKX" in str(caught.value)


def test_shipped_data_files_load_without_duplicates(gazetteer):
    assert len(gazetteer.countries) > 190
    assert len(gazetteer.regions) > 300
    assert all(place.precision == "region" for place in gazetteer.regions.values())


def test_initialisms_match_only_in_capitals(gazetteer):
    assert gazetteer.lookup("ACT")[0].name == "Australian Capital Territory"
    assert all(p.name != "Australian Capital Territory" for p in gazetteer.lookup("Act"))
    assert gazetteer.lookup("U.S.")[0].country == "USA"
    assert all(p.country != "USA" or p.kind == "city" for p in gazetteer.lookup("us"))


def test_cues_file_is_checked(tmp_path):
    from eventcoder.places.cues import CUES_FILE, PlaceCues

    cues = PlaceCues.load()
    assert "in" in cues.locative_prepositions and ("air", "base") in cues.name_suffixes
    assert "042" in cues.travel_cameo_prefixes  # a quoted code stays a string
    text = CUES_FILE.read_text()
    bad = tmp_path / "cues.yaml"
    bad.write_text(text.replace('talk_nouns: [', 'talk_nouns: [042, ', 1))
    with pytest.raises(DataFileError, match="quote"):
        PlaceCues.load(bad)
    bad.write_text(text + 'spare_words: ["x"]\n')
    with pytest.raises(DataFileError, match="unknown list") as caught:
        PlaceCues.load(bad)
    assert caught.value.line == len(text.splitlines()) + 1
    bad.write_text("\n".join(line for line in text.splitlines() if not line.startswith("talk_nouns")))
    with pytest.raises(DataFileError, match="missing lists: talk_nouns"):
        PlaceCues.load(bad)
