"""The world people file (people_world.tsv) loads, resolves offices by date and repeats no one from people.tsv."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcoder.actors.dictionary import ActorDictionary, normalize

ACTORS_DIR = Path(__file__).resolve().parents[2] / "eventcoder" / "actors"
WORLD_FILE = ACTORS_DIR / "people_world.tsv"


def names_and_aliases(path: Path) -> dict[str, int]:
    """Normalised names and aliases of a people file, with the line each first appears on."""
    found: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        cells = line.split("\t")
        for phrase in [cells[0], *cells[1].split("|")]:
            if phrase.strip():
                found.setdefault(normalize(phrase), number)
    return found


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load([WORLD_FILE])


@pytest.mark.parametrize(
    "name, day, expected",
    [
        ("Lech Kaczynski", dt.date(2008, 1, 1), ("POL", "GOV", "president")),
        ("Lech Kaczynski", dt.date(2011, 1, 1), ("POL", "ELI", "former president")),
        ("Alpha Conde", dt.date(2015, 6, 1), ("GIN", "GOV", "president")),
        ("Alpha Condé", dt.date(2022, 6, 1), ("GIN", "ELI", "former president")),
        ("Ahmed Aboul Gheit", dt.date(2008, 3, 1), ("EGY", "GOV", "foreign minister")),
        ("Ahmed Aboul Gheit", dt.date(2020, 3, 1), ("IGOMEAARL", "GOV", "secretary-general of the arab league")),
        ("Serzh Sargsyan", dt.date(2012, 5, 1), ("ARM", "GOV", "president")),
        ("Mikheil Saakashvili", dt.date(2007, 12, 15), ("GEO", "ELI", "former president")),
        ("Lars Lokke Rasmussen", dt.date(2023, 6, 1), ("DNK", "GOV", "foreign minister")),
        ("Jacinda Ardern", dt.date(2020, 4, 1), ("NZL", "GOV", "prime minister")),
        ("Evo Morales", dt.date(2019, 12, 1), ("BOL", "ELI", "former president")),
    ],
)
def test_people_resolve_to_their_office_on_a_date(dictionary, name, day, expected):
    person = dictionary.person(name)
    assert person is not None, name
    assert person.resolve(day) == expected


@pytest.mark.parametrize(
    "name, day, role",
    [
        ("Hwang Kyo-ahn", dt.date(2017, 1, 5), "acting president"),
        ("Mohamed Hussein Tantawi", dt.date(2011, 6, 1), "head of the supreme council of the armed forces"),
        ("Mohamed Hussein Tantawi", dt.date(2012, 8, 1), "defense minister"),
        ("Hamad bin Jassim", dt.date(2010, 1, 1), "prime minister"),
    ],
)
def test_the_senior_of_two_offices_held_at_once_wins(dictionary, name, day, role):
    assert dictionary.person(name).resolve(day)[2] == role


def test_a_person_before_any_office_has_only_a_country(dictionary):
    assert dictionary.person("Emmanuel Macron") is not None  # packaged people still load beside the file
    assert dictionary.person("Joachim Gauck").resolve(dt.date(2000, 1, 1)) == ("DEU", None, None)


def test_no_one_in_the_world_file_is_also_in_people_tsv():
    packaged = names_and_aliases(ACTORS_DIR / "people.tsv")
    world = names_and_aliases(WORLD_FILE)
    repeated = sorted(f"{name} (line {world[name]})" for name in world.keys() & packaged.keys())
    assert repeated == []
