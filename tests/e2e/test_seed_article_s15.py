"""The project's canonical example (the seed article, in the shared dev data) comes out as the issue
asks: the visit planned for 2017-03-27 in Russia, the agreements planned (signed during the visit),
the military support to Syria asserted, the air strikes of 2016-08 in Syria, the S-300 ban of 2010
historical, and none of these dated to the publication day."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article


@pytest.fixture(scope="module")
def seed_events(default_coder, shared_data):
    path = shared_data / "seed_article.txt"
    if not path.is_file():
        pytest.skip("seed article not present")
    article = Article(article_id="seed", text=path.read_text(encoding="utf-8"), published=dt.date(2017, 3, 25))
    return default_coder.code_article(article)


def _with(events, trigger, cameo_root):
    return [e for e in events if e.trigger.text == trigger and e.cameo.startswith(cameo_root)]


def test_visit_is_planned_for_monday_in_russia(seed_events):
    visit = _with(seed_events, "pay", "04")
    assert visit and {(e.status, e.date, e.location.country) for e in visit} == {("planned", "2017-03-27", "RUS")}


def test_agreements_signed_during_the_visit_are_planned_on_its_day(seed_events):
    for trigger in ("signed", "preparing"):
        signing = _with(seed_events, trigger, "057")
        assert len(signing) == 2, trigger  # both directions, Iran <-> Russia
        assert {(e.status, e.date) for e in signing} == {("planned", "2017-03-27")}
        assert {frozenset(a.country for a in e.source + e.target) for e in signing} == {frozenset({"IRN", "RUS"})}


def test_business_deals_are_with_the_russian_counterparts(seed_events):
    deals = _with(seed_events, "sign", "057")
    assert deals and {e.target[0].country for e in deals if e.target} == {"RUS"}


def test_military_support_strikes_and_ban(seed_events):
    support = _with(seed_events, "providing", "07")
    assert support and {e.status for e in support} == {"asserted"}
    strikes = _with(seed_events, "launch", "19")
    assert strikes and {(e.date, e.location.country) for e in strikes} == {("2016-08", "SYR")}
    ban = _with(seed_events, "banned", "16")
    assert ban and {(e.status, e.date) for e in ban} == {("historical", "2010")}


def test_none_of_the_named_events_is_dated_to_the_publication_day(seed_events):
    named = [e for e in seed_events if e.trigger.text in ("pay", "signed", "preparing", "launch", "banned")]
    assert named and all(e.date != "2017-03-25" for e in named)
