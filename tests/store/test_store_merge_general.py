"""General events (statements, consultations, accusations) need more than a shared dyad to merge."""

from __future__ import annotations

import dataclasses

import pytest
from store_factory import make_result
from store_merge_collection import collection_results

from eventcoder.store import EventStore
from eventcoder.store.merge import MergeRules, content_words, trigger_lemma, word_similarity


@pytest.fixture(scope="module")
def rules():
    return MergeRules.load()


@pytest.fixture(scope="module")
def collection_store():
    opened = EventStore.open(":memory:")
    results, gold = collection_results()
    opened.add_results(results)
    yield opened, gold
    opened.close()


def canonical_by_article(store) -> dict:
    return dict(store.con.execute("SELECT article_id, canonical_id FROM event_mentions").fetchall())


@pytest.mark.parametrize("first, second", [("a50", "a51"), ("a53", "a54"), ("a56", "a57")])
def test_reports_of_one_general_event_merge(collection_store, first, second):
    """Same trigger verb / nearly the same sentence / the same day of one call."""
    store, _ = collection_store
    found = canonical_by_article(store)
    assert found[first] == found[second]


@pytest.mark.parametrize("first, second", [("a50", "a52"), ("a53", "a55"), ("a56", "a58"), ("a56", "a59"), ("a60", "a61")])
def test_general_look_alikes_on_one_dyad_stay_apart(collection_store, first, second):
    store, _ = collection_store
    found = canonical_by_article(store)
    assert found[first] != found[second]


def test_merge_reason_names_the_evidence(collection_store):
    store, _ = collection_store
    reasons = dict(store.con.execute("SELECT article_id, merge_reason FROM event_mentions").fetchall())
    assert reasons["a54"].endswith("same day") or reasons["a54"].endswith("similar sentences")
    assert "same day" in reasons["a57"]


def add(store, article_id, text, spec, published):
    return store.add_results([make_result(article_id, text, [spec], published=published)])


def test_same_specific_trigger_merges_across_days_but_said_does_not():
    with EventStore.open(":memory:") as store:
        add(store, "t1", "Iran accused the US of meddling.", dict(cameo="112", source=["IRNGOV"], target=["USA"],
                                                                   date="2017-06-05", trigger="accused"), "2017-06-05")
        add(store, "t2", "Tehran accuses Washington over the vote.", dict(cameo="112", source=["IRN"], target=["USA"],
                                                                        date="2017-06-06", trigger="accuses"), "2017-06-06")
        add(store, "t3", "Iran said the US was wrong about oil.", dict(cameo="010", source=["IRNGOV"], target=["USA"],
                                                                     date="2017-06-05", trigger="said"), "2017-06-07")
        add(store, "t4", "Iranian leaders said sanctions would fail.", dict(cameo="010", source=["IRNGOV"], target=["USA"],
                                                                          date="2017-06-06", trigger="said"), "2017-06-07")
        found = canonical_by_article(store)
    assert found["t1"] == found["t2"]
    assert found["t3"] != found["t4"]


def test_specific_events_still_merge_on_dyad_and_date():
    """A strike is specific enough: two reports of it need no shared wording."""
    with EventStore.open(":memory:") as store:
        add(store, "s1", "US jets hit Syrian troops.", dict(cameo="195", source=["USA"], target=["SYR"], date="2017-03-20",
                                                            trigger="hit"), "2017-03-21")
        add(store, "s2", "American bombs fell on the army.", dict(cameo="190", source=["USA"], target=["SYRMIL"],
                                                                  date="2017-03-20", trigger="fell"), "2017-03-21")
        found = canonical_by_article(store)
    assert found["s1"] == found["s2"]


def test_trigger_lemma_joins_forms_of_one_verb(rules):
    assert trigger_lemma("accused", rules) == trigger_lemma("accuses", rules) == trigger_lemma("accusing", rules)
    assert trigger_lemma("said", rules) == trigger_lemma("says", rules) == "say"
    assert trigger_lemma("will visit", rules) == trigger_lemma("visited", rules)
    assert trigger_lemma("criticised", rules) != trigger_lemma("accused", rules)
    assert trigger_lemma(None, rules) is None and trigger_lemma("", rules) is None


def test_trigger_lemma_takes_irregular_forms_from_the_rules(rules):
    assert trigger_lemma("fought", rules) == "fight"
    without = dataclasses.replace(rules, irregular_lemmas={})
    assert trigger_lemma("fought", without) == "fought"


def test_sentence_similarity_ignores_fillers(rules):
    first = content_words("The White House said on Tuesday it would keep pressing Beijing over missile tests.", rules)
    second = content_words("The White House said Tuesday that it will keep pressing Beijing over missile tests.", rules)
    other = content_words("US officials said on Thursday that Chinese steel exports were hurting workers.", rules)
    assert "tuesda" not in first and "said" not in first  # words are cut to six letters
    assert word_similarity(first, second) > 0.8
    assert word_similarity(first, other) < 0.1
    assert word_similarity(frozenset(), second) == 0.0


def test_content_words_take_fillers_from_the_rules(rules):
    sentence = "The White House said on Tuesday it would keep pressing Beijing."
    assert "tuesda" not in content_words(sentence, rules)
    assert "tuesda" in content_words(sentence, dataclasses.replace(rules, filler_words=rules.filler_words - {"tuesday"}))
