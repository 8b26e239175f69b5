"""Session 21: the deed a participle of result names "in" ("blew up on Saturday, killing 30 people in the deadliest
attack": the attack is Saturday's), and a counted clause the parser coordinates with the verb it is counted from
("shot down a jet on Wednesday, a day after warplanes struck a camp": the striking is Tuesday's)."""

from __future__ import annotations

import pytest

PUBLISHED = "2019-03-01"  # a Friday


@pytest.mark.parametrize("sentence, expected_status", [
    ("A car bomb exploded outside a market in the northern town on Saturday, killing 30 people in the deadliest "
     "attack in the region's history.", "asserted"),
    # (session 23: an attack blamed on someone is theirs on the blamer's word, alleged, as the gold sets code it)
    ("Gunmen opened fire on a bus in the hills on Saturday, killing nine passengers in an attack that police "
     "blamed on bandits.", "alleged"),
])
def test_the_deed_named_in_a_participle_of_result_takes_the_heads_day(status_and_date, sentence, expected_status):
    status, date = status_and_date("Officials gave few details. " + sentence, "attack", "190", PUBLISHED)
    assert (date.date, date.precision) == ("2019-02-23", "day")
    assert status == expected_status


def test_a_result_without_a_dated_head_takes_no_day(status_and_date):
    _, date = status_and_date("A car bomb exploded outside a market, killing 30 people in the deadliest attack "
                              "in the region's history.", "attack", "190", PUBLISHED)
    assert date.date != "2019-02-23"


def test_a_counted_clause_the_parser_coordinates_counts_from_its_verb(status_and_date):
    text = ("The pilot was captured on Wednesday after Ruritanian jets shot down his plane over the border, a day "
            "after Freedonian warplanes struck what officials said was a training camp near the town of Korva.")
    _, date = status_and_date(text, "struck", "195", PUBLISHED)
    assert (date.date, date.precision) == ("2019-02-26", "day")
