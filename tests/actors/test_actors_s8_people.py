"""Leaders and ministers of 1970s-1990s wire news, resolved on the article's date."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, published, actor, code",
    [
        ("French Foreign Minister Roland Dumas arrived in Algiers.", "1990-05-02", "French Foreign Minister Roland Dumas", "FRAGOV"),
        ("Tariq Aziz met the envoy in Baghdad.", "1990-11-20", "Tariq Aziz", "IRQGOV"),
        ("Dzhokhar Dudayev rejected the ultimatum.", "1995-01-10", "Dzhokhar Dudayev", "RUSREB"),
        ("Yegor Gaidar presented the budget.", "1992-09-01", "Yegor Gaidar", "RUSGOV"),
        ("Ali Alatas flew to Manila.", "1995-03-01", "Ali Alatas", "IDNGOV"),
        ("Pasteur Bizimungu appealed for calm.", "1996-11-02", "Pasteur Bizimungu", "RWAGOV"),
        ("Jacques Delors warned London.", "1990-06-01", "Jacques Delors", "IGOEUREEC"),
        # After the office ends the person is a former official of the same country.
        ("Les Aspin criticised the plan.", "2000-01-01", "Les Aspin", "USAELI"),
    ],
)
def test_leaders_of_the_time(actor_codes, text, published, actor, code):
    assert actor_codes(text, published=published).get(actor) == code


def test_an_earlier_term_is_added_to_a_known_person(actor_codes):
    # Alain Juppe was foreign minister in 1993-1995 as well as in 2011-2012.
    assert actor_codes("Alain Juppe met his German counterpart.", published="1994-02-01")["Alain Juppe"] == "FRAGOV"


def test_new_names_keep_known_bare_surnames(dictionary):
    # Names added with a middle word ("Taha Yasin Ramadan", "Amine Gemayel") must not turn a known
    # person's surname into a given name.
    for surname in ("Yassin", "Zia", "Amin", "Calderon", "Paz", "Hussain"):
        assert any(entry.kind == "surname" for entry in dictionary.lookup(surname)), surname
