"""The canonical example: the seed article (published 2017-03-25) coded end to end."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture(scope="module")
def seed_events(shared_data, default_coder):
    from eventcoder.records import Article

    text = (shared_data / "seed_article.txt").read_text(encoding="utf-8")
    coder = default_coder
    article = Article("seed", text, dt.date(2017, 3, 25), origin="seed_article.txt")
    return text, coder.code_article(article)


def _countries(actors):
    return {a.country for a in actors}


def test_planned_visit_irngov_to_russia(seed_events):
    text, events = seed_events
    visits = [e for e in events if e.plover.type == "CONSULT" and any(a.code == "IRNGOV" for a in e.source)
              and "RUS" in _countries(e.target)]
    assert visits, [(e.cameo, e.trigger.text, [a.code for a in e.source], [a.code for a in e.target]) for e in events]
    visit = visits[0]
    assert text[visit.trigger.start:visit.trigger.end] == visit.trigger.text
    assert visit.status == "planned"
    assert visit.date == "2017-03-27" and visit.date_precision == "day"


def test_nothing_is_dated_to_the_publication_day_without_saying_so(seed_events):
    _, events = seed_events
    for event in events:
        if event.date == "2017-03-25":
            assert event.date_source == "publication" and event.status == "asserted"


def test_historical_ban_and_air_strikes(seed_events):
    _, events = seed_events
    strikes = [e for e in events if e.plover.type == "ASSAULT"]
    assert strikes and any(e.date == "2016-08" and e.location.country == "SYR" for e in strikes)
    bans = [e for e in events if e.trigger.text.startswith("ban") and "RUS" in _countries(e.source)]
    assert bans and bans[0].status == "historical" and bans[0].date == "2010"
