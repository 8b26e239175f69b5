"""A surname several known people share names the one in office on the article's date."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors

PEOPLE = (
    "name\taliases\tcountry\tsector\trole\tstart\tend\twikidata\n"
    "Anna Kowalski\t\tFIN\tGOV\tprime minister\t2010-01-01\t2014-12-31\t\n"
    "Petri Kowalski\t\tEST\tGOV\tforeign minister\t2013-01-01\t2018-12-31\t\n"
)


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "people.tsv"
    path.write_text(PEOPLE, encoding="utf-8")
    return ActorDictionary.load([path])


def first(make_document, dictionary, text, published):
    mentions = find_actors(make_document(text, published=published), dictionary)
    return [(m.actor.code, m.actor.name) for m in mentions]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2011-06-01", [("FINGOV", "Anna Kowalski")]),
        ("2016-06-01", [("ESTGOV", "Petri Kowalski")]),
        ("2014-06-01", []),  # both in office: the date does not decide
        ("2020-06-01", []),  # neither in office
    ],
)
def test_bare_shared_surname_is_the_one_in_office(make_document, dictionary, published, expected):
    assert first(make_document, dictionary, "Kowalski said the talks would go on.", published) == expected


def test_title_picks_among_shared_surnames(make_document, dictionary):
    found = first(make_document, dictionary, "Foreign Minister Kowalski said the talks would go on.", "2014-06-01")
    assert found == [("ESTGOV", "Petri Kowalski")]


def test_earlier_full_name_wins(make_document, dictionary):
    text = "Anna Kowalski met reporters. Kowalski said the talks would go on."
    found = first(make_document, dictionary, text, "2016-06-01")
    assert found[-1][1] == "Anna Kowalski"


def test_unresolved_surname_with_a_title_is_an_unknown_person(make_document, dictionary):
    found = first(make_document, dictionary, "Senator Kowalski said the talks would go on.", "2014-06-01")
    assert found == [("LEG", "Kowalski")]
