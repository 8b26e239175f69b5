"""ActorDictionary: packaged data loads, lookups work, bad files name their line, user files override."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors import ActorDictionary
from eventcoder.errors import DataFileError


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


def test_packaged_data_covers_all_countries(dictionary):
    assert len(dictionary.countries) >= 240
    assert dictionary.country_name("RUS") == "Russia"
    assert dictionary.country("IRN").name == "Iran"
    assert dictionary.country("XXX") is None


@pytest.mark.parametrize(
    "text, code",
    [("Iranian", "IRN"), ("the U.S.", "USA"), ("Britain", "GBR"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
     ("the Kremlin", "RUS"), ("Downing Street", "GBR"), ("Syrians", "SYR"), ("Côte d'Ivoire", "CIV")],
)
def test_country_code_from_names_demonyms_and_capitals(dictionary, text, code):
    assert dictionary.country_code(text) == code


def test_person_terms_resolve_by_date(dictionary):
    rouhani = dictionary.person("Hassan Rouhani")
    assert rouhani.resolve(dt.date(2017, 3, 25))[:2] == ("IRN", "GOV")
    assert rouhani.resolve(dt.date(2023, 1, 1))[:2] == ("IRN", "ELI")
    putin = dictionary.person("Vladimir Putin")
    assert putin.resolve(dt.date(2010, 1, 1))[2] == "prime minister"
    assert putin.resolve(dt.date(2017, 1, 1))[2] == "president"


def test_every_packaged_term_has_a_known_sector_and_ordered_dates(dictionary):
    for person in dictionary.people.values():
        for term in person.terms:
            assert term.end is None or term.end >= term.start[: len(term.end)], person.name


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("code\tname\taliases\tdemonyms\tcapitals\twikidata\nIR\tIran\t\t\t\t\n", 2, "three capital letters"),
        ("code\tname\taliases\tdemonyms\tcapitals\twikidata\n# comment\nIRN\tIran\t\t\t\tX794\n", 3, "Wikidata"),
        ("term\tsector\ttype\nsoldiers\tARMY\tgroup\n", 2, "unknown sector"),
        ("term\tsector\ttype\nsoldiers\tMIL\tcrowd\n", 2, "sector type"),
        ("name\taliases\tcountry\tsector\trole\tstart\tend\twikidata\nA B\t\tIRN\tGOV\tpresident\t2017-3-1\t\t\n", 2, "date"),
        ("name\taliases\tcountry\tsector\trole\tstart\tend\twikidata\nA B\t\tIRN\tGOV\tpresident\t2017\t2015\t\n", 2, "before it starts"),
        ("name\taliases\tcountry\tsector\trole\tstart\tend\twikidata\nA B\t\tIRN\tGOV\tpresident\t\t\t\n", 2, "no start"),
        ("nonsense\theader\n", 1, "unknown header"),
        ("term\tsector\ttype\na\tGOV\tgroup\textra\tcells\n", 2, "columns"),
    ],
)
def test_bad_user_file_names_file_and_line(tmp_path, text, line, words):
    path = _write(tmp_path, "bad.tsv", text)
    with pytest.raises(DataFileError) as error:
        ActorDictionary.load([path])
    assert error.value.line == line
    assert error.value.path == str(path)
    assert words in str(error.value)


def test_missing_user_file_is_a_data_file_error(tmp_path):
    with pytest.raises(DataFileError):
        ActorDictionary.load([tmp_path / "absent.tsv"])


def test_user_files_add_and_override_entries(tmp_path, make_document):
    from eventcoder.actors import find_actors

    people = _write(
        tmp_path,
        "people.tsv",
        "name\taliases\tcountry\tsector\trole\tstart\tend\twikidata\n"
        "Zorba Quixotl\t\tGRC\tMIL\tgeneral\t2010-01-01\t\t\n"
        "Hassan Rouhani\t\tIRN\tLEG\tspeaker\t2010\t\t\n",
    )
    sectors = _write(tmp_path, "sectors.tsv", "term\tsector\ttype\nsmugglers\tREB\tgroup\n")
    dictionary = ActorDictionary.load([people, sectors])
    document = make_document("Zorba Quixotl met Hassan Rouhani while smugglers waited.")
    codes = [m.actor.code for m in find_actors(document, dictionary)]
    assert codes == ["GRCMIL", "IRNLEG", "REB"]


def test_packaged_references_point_at_known_countries_and_codes(dictionary):
    org_codes = {org.code for org in dictionary.organizations.values()}
    for person in dictionary.people.values():
        for term in person.terms:
            assert term.country in dictionary.countries or term.country in org_codes, (person.name, term.country)
    for org in dictionary.organizations.values():
        assert org.country is None or org.country in dictionary.countries, org.name


def test_bare_surname_of_a_former_official_is_not_coded(make_document, dictionary):
    from eventcoder.actors import find_actors

    def codes(text, published):
        return [m.actor.code for m in find_actors(make_document(text, published=published), dictionary)]

    # A former minister (not a leader) alone by surname may be anyone; so may a leader gone 20 years.
    assert codes("Carlucci spoke at the rally.", "1995-01-01") == []
    assert codes("Brezhnev spoke at the rally.", "2020-01-01") == []
    assert codes("Putin spoke at the rally.", "2020-01-01") == ["RUSGOV"]
    # A head of state or government stays known by the surname for years after office.
    assert codes("Ahmadinejad spoke at the rally.", "2020-01-01") == ["IRNELI"]
