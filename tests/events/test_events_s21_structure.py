"""Session 21: targets the sentence's structure names (own sentences, one per class)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code, source, target", [
    # the one appealed to is asked, not whoever the thing asked for names
    ("Germany appealed to Russia for the release of the detained journalist.", "1053", "DEU", "RUS"),
    ("Ghana appealed to Nigeria for the return of its fishermen.", "10", "GHA", "NGA"),
    # without an addressee, the thing's own actor stays the target
    ("Pakistan demanded the release of its diplomats from India.", "1053", "PAK", "IND"),
])
def test_s21_request_addressee_first(coded, text, code, source, target):
    events = coded(text)
    assert any(c.startswith(code) and source in s and t == (target,) for c, s, t in events), events


@pytest.mark.parametrize("text, target", [
    # the partner of a joint act named on the thing agreed to
    ("The rebels agreed to talks with Mali.", "MLI"),
    ("Kenya agreed to negotiations with Somalia.", "SOM"),
])
def test_s21_partner_named_on_the_thing_agreed(coded, text, target):
    events = coded(text)
    assert any(c.startswith("03") and target in t for c, _s, t in events), events


@pytest.mark.parametrize("text, source, target", [
    # a speaker's own country or office, named by a possessive in what it reports, is the speaker
    ("Kenya's president said that his country had pardoned Uganda for its part in the war.", "KEN", "UGA"),
    ("The Iranian foreign minister said his country would not negotiate with the United States.", "IRN", "USA"),
])
def test_s21_speakers_own_country(coded, text, source, target):
    events = coded(text)
    assert any(source in s and target in t for _c, s, t in events), events
