"""Session-9 people coverage: ministers, chiefs and armed-group leaders of 2000-2026 resolve to the office held on
the article's date; a duplicated term is a load error; new names keep known surnames usable."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors import ActorDictionary
from eventcoder.actors.dictionary import _same_office_overlap, normalize
from eventcoder.errors import DataFileError

HEADER = "name\taliases\tcountry\tsector\trole\tstart\tend\twikidata\n"


@pytest.mark.parametrize(
    "text, published, actor, code",
    [
        ("Foreign Minister Abu Bakr al-Qirbi flew to Riyadh.", "2009-05-02", "Foreign Minister Abu Bakr al-Qirbi", "YEMGOV"),
        ("Pranab Mukherjee inspected the border posts.", "2005-03-01", "Pranab Mukherjee", "INDGOV"),
        ("Hossein Salami warned Israel of a crushing response.", "2020-02-01", "Hossein Salami", "IRNMIL"),
        ("Jerome Powell said rates would stay on hold.", "2019-06-01", "Jerome Powell", "USABUS"),
        ("Hilmi Ozkok met the visiting general.", "2004-05-10", "Hilmi Ozkok", "TURMIL"),
        ("Vartan Oskanian met his Azerbaijani counterpart.", "2003-06-01", "Vartan Oskanian", "ARMGOV"),
        ("Ahmed Abdi Godane called for attacks on Kenya.", "2013-10-01", "Ahmed Abdi Godane", "SOMINS"),
        ("Sam Kutesa criticised the report.", "2012-03-01", "Sam Kutesa", "UGAGOV"),
        # A leader known by his given name: the alias, not a derived surname.
        ("Mahathir said Malaysia would review the deal.", "2019-01-01", "Mahathir", "MYSGOV"),
        # After the office, a former official of the same country.
        ("Hazem Shaalan accused Iran of meddling.", "2007-01-10", "Hazem Shaalan", "IRQELI"),
    ],
)
def test_officials_of_2000_to_2026_resolve_on_the_article_date(actor_codes, text, published, actor, code):
    assert actor_codes(text, published=published).get(actor) == code


def test_one_person_two_offices_over_time(dictionary):
    mukherjee = dictionary.person("Pranab Mukherjee")
    assert mukherjee.resolve(dt.date(2005, 1, 1))[2] == "defence minister"
    assert mukherjee.resolve(dt.date(2008, 1, 1))[2] == "external affairs minister"
    assert mukherjee.resolve(dt.date(2015, 1, 1))[2] == "president"


def test_a_shared_surname_goes_to_whoever_held_office_then(actor_codes):
    # Colin Powell in 2003, Jerome Powell in 2019: the same bare surname, decided by the date.
    assert actor_codes("Secretary of State Colin Powell arrived. Powell said the talks went well.",
                       published="2003-02-01")["Powell"] == "USAGOV"
    assert actor_codes("Powell said the economy was strong.", published="2019-06-01")["Powell"] == "USABUS"


def test_new_names_keep_known_bare_surnames(dictionary):
    # Added names whose first words are other people's surnames are written without them
    # ("Sikandar Iqbal" for Rao Sikandar Iqbal keeps "Rao" for P. V. Narasimha Rao).
    for surname in ("Mubarak", "Henry", "Dan", "Rao", "Ershad", "Jalil", "Evans", "Iyad"):
        assert any(entry.kind == "surname" for entry in dictionary.lookup(surname)), surname


def test_no_two_packaged_people_share_a_name_and_an_office(dictionary):
    # One person written twice under two spellings would split their terms between two people.
    holders: dict[str, list] = {}
    for person in dictionary.people.values():
        for phrase in {normalize(p) for p in [person.name, *person.aliases]}:
            holders.setdefault(phrase, []).append(person)
    clashes = []
    for phrase, people in holders.items():
        for i, first in enumerate(people):
            for second in people[i + 1:]:
                if any(_same_office_overlap(a, b) for a in first.terms for b in second.terms):
                    clashes.append(f"{phrase}: {first.name} / {second.name}")
    assert clashes == []


def test_a_repeated_overlapping_term_is_a_load_error_naming_the_line(tmp_path):
    path = tmp_path / "people.tsv"
    path.write_text(
        HEADER
        + "Test Person\t\tFRA\tGOV\tforeign minister\t2001-01\t2004-06\t\n"
        + "Test Person\t\tFRA\tGOV\tforeign minister\t2003-05\t2005-01\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as error:
        ActorDictionary.load([path])
    assert error.value.line == 3 and "foreign minister" in str(error.value)


def test_consecutive_terms_and_other_offices_load(tmp_path):
    path = tmp_path / "people.tsv"
    path.write_text(
        HEADER
        + "Test Person\t\tFRA\tGOV\tforeign minister\t2001-01\t2004-06\t\n"
        + "Test Person\t\tFRA\tGOV\tforeign minister\t2004-06\t2005-01\t\n"
        + "Test Person\t\tFRA\tGOV\tprime minister\t2003-01\t2006-01\t\n",
        encoding="utf-8",
    )
    person = ActorDictionary.load([path]).person("Test Person")
    assert len(person.terms) == 3
