"""Session 12: warnings of one's own hostile act, threat leaves, and particles the parser mislabels."""

from __future__ import annotations

import pytest


def _has(events, code, source, target):
    return any(c == code and (source is None or source in s) and (target in t if target else not t)
               for c, s, t in events)


@pytest.mark.parametrize("text, code, source, target", [
    # a state or armed group warning of a hostile act nobody else is named doing threatens it
    ("North Korean leader Kim Jong Un warned of a nuclear attack on South Korea.", "1385", "PRK", "KOR"),
    ("The Taliban warned of fresh attacks on Afghan security forces.", "1384", "AFG", "AFG"),
    # threat leaves from the threatened act's code
    ("The Ethiopian government threatened to impose a curfew on Addis Ababa.", "1323", "ETH", "ETH"),
    ("Qatar threatened to halt its mediation between Israel and Hamas.", "135", "QAT", "ISR"),
    ("The Islamic State group threatened to kidnap French tourists in Mali.", "1383", None, "FRA"),  # the group has no country
    # the parser makes "free" the object's adjective, before or after it; "aside" an adverb
    ("Myanmar's junta set free 200 political prisoners on Tuesday.", "0841", "MMR", "MMR"),
    ("Washington brushed aside Taiwan's request for F-16 fighter jets.", "120", "USA", "TWN"),
])
def test_coded(coded, text, code, source, target):
    events = coded(text)
    assert _has(events, code, source, target), events


def test_warning_of_anothers_strikes_is_no_threat(coded):
    events = coded("Syria warned of possible Israeli strikes on Damascus.")
    assert not any(c.startswith("13") for c, _s, _t in events), events


def test_aid_groups_warning_is_no_threat(coded):
    events = coded("Aid groups warned of attacks on civilians in Darfur.")
    assert not any(c.startswith("13") for c, _s, _t in events), events


def test_relative_with_which_is_no_particle(coded):
    events = coded("Officials praised the seriousness with which the United States takes the issue.")
    assert not any(c.startswith("11") for c, _s, _t in events), events


def test_defending_a_sports_title_is_no_event(coded):
    assert coded("Kenyan runner Eliud Kipchoge defended his Berlin marathon title on Sunday.") == []
    assert _has(coded("Russia defended its ally Syria at the UN Security Council on Tuesday."), "052", "RUS", "SYR")
