"""Merging repeat reports into canonical events, and spotting duplicate articles."""

from __future__ import annotations

import datetime as dt

import pytest
from store_factory import make_result
from store_merge_collection import collection_results

from eventcoder.store import EventStore
from eventcoder.store.dedup import MinHasher, estimated_jaccard
from eventcoder.store.merge import date_range, pairwise_scores
from eventcoder.store.writer import canonical_id_for


@pytest.fixture
def store():
    opened = EventStore.open(":memory:")
    yield opened
    opened.close()


def canonical_of(store) -> dict:
    return dict(store.con.execute("SELECT event_id, canonical_id FROM event_mentions").fetchall())


def test_collection_pairwise_precision_and_recall(store):
    results, gold = collection_results()
    store.add_results(results)
    scores = pairwise_scores(canonical_of(store), gold)
    assert scores["precision"] >= 0.9
    assert scores["recall"] >= 0.9


def test_merging_does_not_depend_on_batching(store):
    results, _ = collection_results()
    for result in results:
        store.add_result(result)
    one_by_one = canonical_of(store)
    other = EventStore.open(":memory:")
    other.add_results(results)
    assert canonical_of(other) == one_by_one


def test_canonical_counts_and_reasons(store):
    store.add_results([
        make_result("r1", "US jets hit Syrian troops near Aleppo.", [dict(cameo="195", source=["USAMIL"], target=["SYRMIL"], place="Aleppo")],
                    url="https://www.reuters.com/1", published="2017-03-21"),
        make_result("r2", "American planes bombed Syrian forces.", [dict(cameo="190", source=["USA"], target=["SYR"], date="2017-03-21", place="Syria")],
                    url="https://reuters.com/2", published="2017-03-22"),
        make_result("r3", "Syria says US struck its army.", [dict(cameo="190", source=["USA"], target=["SYRGOV"], date="2017-03", place="Aleppo")],
                    url=None, published="2017-03-24"),
    ])
    row = store.con.execute(
        "SELECT n_mentions, n_articles, n_sources, first_seen, last_seen, merge_reasons, founding_event_id, canonical_id "
        "FROM canonical_events").fetchall()
    assert len(row) == 1
    n_mentions, n_articles, n_sources, first_seen, last_seen, reasons, founder, canonical_id = row[0]
    assert (n_mentions, n_articles) == (3, 3)
    assert n_sources == 2  # reuters.com twice (www. ignored), and one article without a URL
    assert (first_seen, last_seen) == (dt.date(2017, 3, 21), dt.date(2017, 3, 24))
    assert "same plover type" in reasons and "compatible partial dates" in reasons
    assert canonical_id == canonical_id_for(founder)


def test_canonical_id_is_stable_as_reports_arrive(store):
    first = make_result("s1", "Russia shelled Kharkiv.", [dict(cameo="194", source=["RUS"], target=["UKR"], date="2022-03-01", place="Kharkiv")])
    store.add_result(first)
    before = store.con.execute("SELECT canonical_id FROM canonical_events").fetchall()
    store.add_result(make_result("s2", "Shells fell on Kharkiv.", [dict(cameo="190", source=["RUSMIL"], target=["UKR"], date="2022-03-02", place="Kharkiv")]))
    assert store.con.execute("SELECT canonical_id FROM canonical_events").fetchall() == before


def test_a_precise_report_refines_a_coarse_date(store):
    store.add_result(make_result("m1", "Talks were held in April.", [dict(cameo="040", source=["USA"], target=["CHN"], date="2017-04", place="Beijing")],
                                 published="2017-04-07"))
    store.add_result(make_result("m2", "Talks opened on Thursday.", [dict(cameo="040", source=["USAGOV"], target=["CHNGOV"], date="2017-04-06", place="Beijing")],
                                 published="2017-04-07"))
    assert store.con.execute("SELECT date, date_precision, n_mentions FROM canonical_events").fetchall() == [("2017-04-06", "day", 2)]


@pytest.mark.parametrize(
    "second, why",
    [
        (dict(cameo="190", source=["USA"], target=["SYR"], date="2017-03-27", place="Aleppo"), "seven days later"),
        (dict(cameo="190", source=["USA"], target=["SYR"], date="2017-03-20", place="Damascus"), "another city"),
        (dict(cameo="190", source=["USA"], target=["IRQ"], date="2017-03-20"), "another target"),
        (dict(cameo="190", source=["USA"], target=["SYRREB"], date="2017-03-20", place="Aleppo"), "rebels, not the state"),
        (dict(cameo="042", source=["USA"], target=["SYR"], date="2017-03-20", place="Aleppo"), "another type"),
        (dict(cameo="190", source=["USA"], target=["SYR"], date="2017-03-20", place="Aleppo", status="negated"), "denied"),
        (dict(cameo="190", source=[], target=[], date="2017-03-20", place="Syria"), "no actors, only a country"),
        (dict(cameo="190", source=[], target=[], date="2017-03-20"), "no actors, no place"),
    ],
)
def test_look_alikes_stay_apart(store, second, why):
    store.add_result(make_result("x1", "US jets struck the Syrian army near Aleppo.",
                                 [dict(cameo="195", source=["USAMIL"], target=["SYRMIL"], date="2017-03-20", place="Aleppo")]))
    store.add_result(make_result("x2", f"A different report: {why}.", [second]))
    assert store.counts()["canonical_events"] == 2, why


def test_reports_without_comparable_actors_merge_only_on_a_shared_city(store):
    bombing = dict(cameo="183", source=[], target=[], date="2021-08-26")
    store.add_results([
        make_result("b1", "A suicide bomber struck outside Kabul airport.", [dict(bombing, place="Kabul")]),
        make_result("b2", "An explosion hit crowds at the Kabul airport gates.", [dict(bombing, place="Kabul")]),
        make_result("b3", "A blast was reported in Afghanistan.", [dict(bombing, place="Afghanistan")]),
    ])
    rows = store.con.execute("SELECT n_mentions, merge_reasons FROM canonical_events ORDER BY n_mentions").fetchall()
    assert rows[0][0] == 1 and rows[1][0] == 2 and "actors unknown" in rows[1][1]


def test_exact_duplicates_are_skipped_and_near_duplicates_clustered(store):
    text = ("The United States imposed new sanctions on Iran on Friday, targeting 25 people and companies involved "
            "in its ballistic missile programme, days after Tehran tested a medium-range missile.")
    spec = [dict(cameo="163", source=["USA"], target=["IRN"], date="2017-02-03")]
    stats = store.add_results([
        make_result("d1", text, spec),
        make_result("d2", "  " + text.replace(" ", "\n", 3) + " ", spec),  # same words, other spacing
        make_result("d3", text + " The Treasury said more could follow.", spec),
        make_result("d4", "Iran's foreign minister called the new US sanctions illegal and vowed a response.", spec),
    ])
    assert (stats.articles, stats.skipped) == (3, 1)
    rows = dict(store.con.execute("SELECT article_id, cluster_id = content_hash FROM articles").fetchall())
    assert rows == {"d1": True, "d3": False, "d4": True}
    reasons = store.con.execute("SELECT merge_reason FROM event_mentions WHERE article_id = 'd3'").fetchone()[0]
    assert "near-duplicate article" in reasons
    assert store.con.execute("SELECT n_articles, n_clusters FROM canonical_events").fetchall() == [(3, 2)]


def test_minhash_estimates_jaccard():
    hasher = MinHasher()
    words = [f"w{i}" for i in range(200)]
    same = hasher.signature(" ".join(words))
    assert estimated_jaccard(same, hasher.signature(" ".join(words))) == 1.0
    assert estimated_jaccard(same, hasher.signature(" ".join(words[:190] + ["x"] * 10))) > 0.7
    assert estimated_jaccard(same, hasher.signature(" ".join(f"v{i}" for i in range(200)))) < 0.1


def span(date, precision, published):
    found = date_range(date, precision, published)
    return found.lo, found.hi, found.precision


def test_partial_dates_become_intervals():
    published = dt.date(2017, 3, 24)
    assert span("2017-03-27", "day", published) == (dt.date(2017, 3, 27), dt.date(2017, 3, 27), "day")
    assert span("2017-W13", "week", published) == (dt.date(2017, 3, 27), dt.date(2017, 4, 2), "week")
    assert span("2016-02", "month", published) == (dt.date(2016, 2, 1), dt.date(2016, 2, 29), "month")
    assert span("2010", "year", published) == (dt.date(2010, 1, 1), dt.date(2010, 12, 31), "year")
    assert span(None, "unknown", published) == (dt.date(2017, 3, 17), published, "unknown")
    assert date_range("soon", "unknown", None).lo is None


def test_pairwise_scores():
    scores = pairwise_scores({1: "a", 2: "a", 3: "b", 4: "b"}, {1: "x", 2: "x", 3: "x", 4: "y"})
    assert scores["precision"] == 0.5 and scores["recall"] == pytest.approx(1 / 3)
