"""Time-aware people and coreference within an article."""

from __future__ import annotations

import pytest

from eventcoder.actors import ActorDictionary, find_actors


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.load()


@pytest.fixture(scope="module")
def actors(make_document, dictionary):
    def run(text, published="2017-03-25"):
        return find_actors(make_document(text, published=published), dictionary)

    return run


def test_rouhani_is_government_in_2017_and_former_in_2023(actors):
    in_office = actors("Hassan Rouhani spoke to reporters.", published="2017-03-25")[0]
    former = actors("Hassan Rouhani spoke to reporters.", published="2023-06-01")[0]
    assert in_office.actor.code == "IRNGOV"
    assert former.actor.code == "IRNELI"
    assert former.actor.name == "Hassan Rouhani"


def test_putin_role_changes_but_code_stays_government(actors):
    mention = actors("Vladimir Putin visited Beijing.", published="2010-06-01")[0]
    assert mention.actor.code == "RUSGOV"


def test_unknown_date_uses_current_roles(actors):
    mention = actors("Hassan Rouhani spoke.", published=None)[0]
    assert mention.actor.code == "IRNELI"


def test_surname_after_full_name_is_coref(actors):
    mentions = actors("Iranian President Hassan Rouhani will visit Russia. Rouhani plans to meet officials.")
    rouhani = [m for m in mentions if m.actor.text == "Rouhani"][0]
    assert rouhani.kind == "coref"
    assert (rouhani.actor.code, rouhani.actor.name) == ("IRNGOV", "Hassan Rouhani")


def test_unknown_person_surname_resolves_to_the_earlier_mention(actors):
    mentions = actors(
        "Parviz Esmaeili, the Iranian president's deputy chief of staff, spoke on Friday. "
        "Esmaeili said deals would be signed."
    )
    later = [m for m in mentions if m.actor.text == "Esmaeili"][0]
    assert (later.kind, later.actor.code, later.actor.name) == ("coref", "IRNGOV", "Parviz Esmaeili")


def test_the_president_refers_back(actors):
    mentions = actors("Iranian President Hassan Rouhani arrived. The president met students.")
    president = [m for m in mentions if m.actor.text == "The president"][0]
    assert (president.kind, president.actor.code, president.actor.name) == ("coref", "IRNGOV", "Hassan Rouhani")


def test_the_two_sides_is_a_compound_of_two_countries(actors):
    mentions = actors("Iran and Russia held talks. The two sides signed ten documents.")
    sides = [m for m in mentions if m.actor.text == "The two sides"]
    assert sorted(m.actor.code for m in sides) == ["IRN", "RUS"]
    assert all(m.kind == "coref" for m in sides)
    assert sides[0].token_start == sides[1].token_start


def test_the_two_presidents_are_governments(actors):
    mentions = actors("Putin met Rouhani in Moscow on Monday. The two presidents discussed Syria.")
    presidents = [m for m in mentions if m.actor.text == "The two presidents"]
    assert sorted(m.actor.code for m in presidents) == ["IRNGOV", "RUSGOV"]


def test_pronoun_takes_the_named_subject_of_the_previous_sentence(actors):
    mentions = actors("Russian Prime Minister Dmitry Medvedev arrived on Monday. He met the governor.")
    he = [m for m in mentions if m.actor.text == "He"][0]
    assert (he.kind, he.actor.name) == ("coref", "Dmitry Medvedev")


def test_pronoun_without_a_person_is_left_alone(actors):
    mentions = actors("The storm hit the coast. He said it was bad.")
    assert [m for m in mentions if m.actor.text == "He"] == []


def test_the_two_day_visit_is_not_a_pair(actors):
    mentions = actors("Iran and Russia agreed. The two-day visit ends today.")
    assert [m.actor.code for m in mentions] == ["IRN", "RUS"]


def test_they_takes_the_plural_subject_before_it(actors):
    mentions = actors("Syrian rebels attacked the base on Monday. They said three soldiers died.")
    they = [m for m in mentions if m.actor.text == "They"]
    assert [(m.kind, m.actor.code) for m in they] == [("coref", "SYRREB")]


def test_they_after_the_two_sides_is_the_same_pair(actors):
    mentions = actors("Iran and Russia signed a deal. The two sides said they would expand trade.")
    assert sorted(m.actor.code for m in mentions if m.actor.text == "they") == ["IRN", "RUS"]


def test_they_without_a_plural_actor_is_left_alone(actors):
    assert actors("The storm hit the coast. They said it was bad.") == []


def test_the_group_refers_to_the_organisation_named_before(actors):
    mentions = actors("Islamic State claimed the attack. The group said it killed ten soldiers.")
    group = [m for m in mentions if m.actor.text == "The group"]
    assert [(m.kind, m.actor.code) for m in group] == [("coref", "IMGISL")]


def test_the_bloc_and_the_watchdog(actors):
    mentions = actors("The European Union met on Monday. The bloc agreed new sanctions. "
                      "The IAEA inspected the site. The watchdog said Iran cooperated.")
    found = {m.actor.text: m.actor.code for m in mentions if m.kind == "coref"}
    assert found == {"The bloc": "IGOEUREEC", "The watchdog": "IGOUNO"}
