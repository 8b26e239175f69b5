"""Figures of 1970s-2000s wire news: non-office figures code with their own country, earlier terms count."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "published", "phrase", "code"),
    [
        ("Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria.", "1995-11-12",
         "Archbishop Desmond Tutu", "ZAFREL"),
        ("Lech Walesa called a strike at the shipyard.", "1988-05-02", "Lech Walesa", "POLLAB"),
        ("Jonas Savimbi rejected the peace plan.", "1993-01-10", "Jonas Savimbi", "AGOREB"),
        ("Mikhail Gorbachev met Ronald Reagan in Geneva.", "1985-11-19", "Mikhail Gorbachev", "RUSGOV"),
        ("Perez de Cuellar urged Iran and Iraq to accept a ceasefire.", "1987-07-21", "Perez de Cuellar", "IGOUNO"),
        ("Nawaz Sharif met the army chief.", "1998-05-30", "Nawaz Sharif", "PAKGOV"),
    ],
)
def test_wire_news_figures(actor_codes, text, published, phrase, code):
    assert actor_codes(text, published)[phrase] == code


def test_shared_surname_of_two_officials_needs_the_date_to_decide(actor_codes):
    # P. W. Botha (president) and Pik Botha (foreign minister) were both in office in 1988.
    assert "Botha" not in actor_codes("Botha said on Monday that talks would go on.", "1988-03-01")
    assert actor_codes("Foreign Minister Botha said talks would go on.", "1988-03-01") == {
        "Foreign Minister Botha": "ZAFGOV"
    }


def test_people_history_names_resolve_to_one_person(dictionary):
    assert dictionary.person("Pik Botha").name == "Pik Botha"
    assert [t.role for t in dictionary.person("Lech Walesa").terms] == ["solidarity leader", "president"]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Homeland Union began collecting signatures.", "The Homeland Union", "LTUPTY"),
        ("Police broke up a rally by Kifaya activists.", "Kifaya activists", "EGYOPP"),
        ("Jewish settlers set fire to a house.", "Jewish settlers", "ISRCVL"),
        ("Chechen rebels attacked a convoy.", "Chechen rebels", "RUSREB"),
        ("Croatian Serb refugees returned home.", "Croatian Serb refugees", "HRVREF"),
        ("Turkish Kurd refugees returned home.", "Turkish Kurd refugees", "TURREF"),
        ("The main rebel group, Forces for Defence of Democracy, made demands.", "rebel group", "BDIREB"),
    ],
)
def test_groups_and_movements(actor_codes, text, phrase, code):
    assert actor_codes(text, "2005-06-01")[phrase] == code
