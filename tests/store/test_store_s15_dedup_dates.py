"""Store fixes from the s15 user test: repeated event ids, and text dates beating publication dates."""

from __future__ import annotations

import dataclasses

import pytest
from store_factory import make_article, make_event

from eventcoder.records import ArticleResult
from eventcoder.store import EventStore
from eventcoder.store.writer import canonical_id_for


@pytest.fixture
def store():
    opened = EventStore.open(":memory:")
    yield opened
    opened.close()


def test_an_event_given_twice_is_stored_once_and_counted_once(store):
    event = make_event(cameo="100", source=["USAGOV"], target=["CANGOV"], date="2025-03-11")
    article = make_article("a1", "Trump demanded that Ottawa drop tariffs.", published="2025-03-11")
    stats = store.add_result(ArticleResult(article, (event, dataclasses.replace(event, confidence=0.5))))
    assert stats.events == 1
    total, distinct = store.con.execute("SELECT count(*), count(DISTINCT event_id) FROM event_mentions").fetchone()
    assert total == distinct == 1
    assert store.con.execute("SELECT n_mentions FROM canonical_events").fetchone()[0] == 1
    # A rerun of the same article changes nothing.
    assert store.add_result(ArticleResult(article, (event,))).skipped == 1
    assert store.counts()["event_mentions"] == 1


def _publication_dated(event):
    return dataclasses.replace(event, date_source="publication", date_text=None)


@pytest.mark.parametrize("headline_first", [True, False])
def test_a_date_from_the_text_beats_the_publication_day(store, headline_first):
    headline = _publication_dated(make_event(
        cameo="190", source=["NGAINS"], target=["NGAMIL"], date="2019-08-22", published="2019-08-22",
        sentence="Militants attack army base", sentence_index=0, trigger="attack", place="Maiduguri"))
    body = make_event(cameo="190", source=["NGAINS"], target=["NGAMIL"], date="2019-08-21", published="2019-08-22",
                      sentence="Militants attacked the base on Wednesday.", sentence_index=1, trigger="attacked",
                      place="Maiduguri")
    events = (headline, body) if headline_first else (body, headline)
    store.add_result(ArticleResult(make_article("a1", "story", published="2019-08-22"), events))
    rows = store.con.execute("SELECT CAST(event_date AS VARCHAR), date, n_mentions FROM canonical_events").fetchall()
    assert rows == [("2019-08-21", "2019-08-21", 2)]


def test_a_text_date_is_not_replaced_by_another_text_day(store):
    first = make_event(cameo="190", source=["NGAINS"], target=["NGAMIL"], date="2019-08-21", published="2019-08-22",
                       sentence="Militants attacked the base on Wednesday.", trigger="attacked", place="Maiduguri")
    store.add_result(ArticleResult(make_article("a1", "one", published="2019-08-22"), (first,)))
    second = make_event(cameo="190", source=["NGAINS"], target=["NGAMIL"], date="2019-08-20", published="2019-08-22",
                        sentence="Militants attacked the base on Tuesday.", trigger="attacked", place="Maiduguri",
                        article_id="a2")
    store.add_result(ArticleResult(make_article("a2", "two", published="2019-08-22"), (second,)))
    founded = store.con.execute(
        "SELECT date FROM canonical_events WHERE canonical_id = ?", [canonical_id_for(first.event_id)]
    ).fetchone()
    assert founded == ("2019-08-21",)
