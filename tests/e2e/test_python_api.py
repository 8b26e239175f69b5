"""The Python API as a user calls it: eventcoder.code and eventcoder.code_articles."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.records import Event


@pytest.fixture(scope="module")
def coder(default_coder):
    return default_coder  # tests/conftest.py: one per session


def test_code_returns_typed_events(coder):
    events = eventcoder.code("Turkish troops shelled Kurdish positions in northern Syria on Monday.",
                             published="2021-06-11", url="http://example.org/x", coder=coder)
    assert events and all(isinstance(e, Event) for e in events)
    shelling = events[0]
    assert shelling.cameo_root in ("19", "18") and shelling.source[0].country == "TUR"
    assert shelling.url == "http://example.org/x" and shelling.published == "2021-06-11"
    assert shelling.date == "2021-06-07" and shelling.date_source == "text"


def test_code_articles_streams_dicts_and_names_bad_ones(coder):
    articles = [
        {"id": "a", "text": "Egypt and Sudan signed a water-sharing agreement on Wednesday.", "published": "2021-06-11"},
        {"id": "b", "text": "Pakistan expelled two Indian diplomats on Friday.", "published": "2021-06-11"},
    ]
    events = list(eventcoder.code_articles(articles, coder=coder))
    assert {e.article_id for e in events} == {"a", "b"}
    with pytest.raises(eventcoder.InputError, match="article 'c': missing 'published'"):
        list(eventcoder.code_articles([{"id": "c", "text": "Iran attacked Iraq."}], coder=coder))
    with pytest.raises(eventcoder.InputError, match="empty article text"):
        eventcoder.code("   ", published="2021-06-11", coder=coder)


def test_unattributed_violence_is_sourced_from_its_place(coder):
    events = eventcoder.code("A roadside bomb exploded near an army patrol outside Mosul on Tuesday, killing four soldiers.",
                             published="2021-06-11", coder=coder)
    killing = next(e for e in events if e.cameo_root in ("18", "19"))
    assert [a.country for a in killing.source] == ["IRQ"]
    assert killing.source[0].text == "Mosul"
    # a named perpetrator is never replaced by the place
    events = eventcoder.code("Turkish jets bombed a village outside Mosul on Tuesday, killing four people.",
                             published="2021-06-11", coder=coder)
    bombing = next(e for e in events if e.cameo_root in ("18", "19"))
    assert bombing.source[0].country == "TUR"


def test_a_country_named_by_its_border_is_no_actor_of_the_sentence(coder):
    # "near the Cameroon border" names a border, not a Cameroonian actor: the rebels keep their own country
    # (the place-country rule would otherwise strip the country from a group it cannot tell apart).
    events = eventcoder.code("Military sources said 3R rebels attacked nearly 10 villages between the towns of "
                             "Bocaranga and Bazoum in northwestern C.A.R., near the Cameroon border.",
                             published="2021-03-24", coder=coder)
    attacks = [e for e in events if e.cameo_root == "19"]
    assert attacks and attacks[0].source[0].code == "CAFREB"
