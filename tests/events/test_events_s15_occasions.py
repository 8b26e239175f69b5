"""Acts at an occasion named earlier ("signed during the visit") and partners shared by coordinated
verbs ("hold talks with X and sign deals"): events/occasions.py, through the whole coder."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.occasions import OccasionRules
from eventcoder.records import Article


@pytest.fixture(scope="module")
def coder(default_coder):
    return default_coder  # tests/conftest.py: one per session


def _code(coder, text, published="2017-03-24"):
    article = Article(article_id="t", text=text, published=dt.date.fromisoformat(published))
    return coder.code_article(article)


def _by_trigger(events, trigger):
    return [e for e in events if e.trigger.text == trigger]


def _pairs(events):
    return {(",".join(a.code for a in e.source), ",".join(a.code for a in e.target)) for e in events}


def test_agentless_signing_during_planned_visit_takes_visit_sides_status_and_date(coder):
    events = _code(coder, "Turkish President Recep Tayyip Erdogan will visit Germany on Tuesday. "
                          "Several agreements on trade and energy will be signed during the visit.")
    signed = _by_trigger(events, "signed")
    assert {e.cameo for e in signed} == {"057"}
    assert _pairs(signed) == {("TURGOV", "DEU"), ("DEU", "TURGOV")}
    assert {(e.status, e.date) for e in signed} == {("planned", "2017-03-28")}


def test_signing_on_the_sidelines_of_past_talks_is_dated_by_the_talks(coder):
    events = _code(coder, "Japan and South Korea held talks in Tokyo on Monday. "
                          "A memorandum on fisheries was signed on the sidelines of the talks.")
    signed = _by_trigger(events, "signed")
    assert _pairs(signed) == {("JPN", "KOR"), ("KOR", "JPN")}
    assert {(e.status, e.date) for e in signed} == {("asserted", "2017-03-20")}


def test_possessive_occasion_counts_as_named_before(coder):
    events = _code(coder, "Indian Prime Minister Narendra Modi will visit Japan on Thursday. "
                          "A trade deal will be signed at Thursday's meeting.")
    # "meeting" names the visit only when an earlier meeting-like event exists; a visit is not one
    assert _by_trigger(events, "signed") == []
    events = _code(coder, "Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Shinzo Abe on Thursday. "
                          "A trade deal will be signed at Thursday's meeting.")
    signed = _by_trigger(events, "signed")
    assert {e.cameo for e in signed} == {"057"} and len(signed) == 2
    assert {e.date for e in signed} == {"2017-03-30"}


def test_indefinite_occasion_is_a_new_one_and_gives_nothing(coder):
    events = _code(coder, "Japan and South Korea held talks in Tokyo on Monday. "
                          "A memorandum on fisheries was signed during a visit.")
    assert _by_trigger(events, "signed") == []


def test_two_different_visits_make_the_occasion_ambiguous(coder):
    events = _code(coder, "Turkish President Recep Tayyip Erdogan will visit Germany on Tuesday. "
                          "French President Emmanuel Macron will visit Italy on Wednesday. "
                          "Several agreements will be signed during the visit.")
    assert _by_trigger(events, "signed") == []


def test_no_earlier_occasion_gives_nothing(coder):
    events = _code(coder, "Several agreements on trade and energy will be signed during the visit.")
    assert events == []


def test_documents_prepared_for_signing_by_joint_sides_are_a_planned_signing(coder):
    events = _code(coder, "Iranian President Hassan Rouhani will visit Russia on Monday. "
                          "Iran and Russia are preparing several documents for signing during the visit.")
    prepared = _by_trigger(events, "preparing")
    assert {e.cameo for e in prepared} == {"057"}
    assert _pairs(prepared) == {("IRN", "RUS"), ("RUS", "IRN")}
    assert {(e.status, e.date) for e in prepared} == {("planned", "2017-03-27")}


def test_documents_prepared_for_no_purpose_are_not_a_signing(coder):
    events = _code(coder, "Iranian President Hassan Rouhani will visit Russia on Monday. "
                          "Officials are preparing several documents during the visit.")
    assert _by_trigger(events, "preparing") == []


def test_event_with_own_actors_during_the_visit_takes_its_date(coder):
    events = _code(coder, "Iranian President Hassan Rouhani will visit Russia on Monday. "
                          "Rouhani will meet Russian Prime Minister Dmitry Medvedev during the visit.")
    meet = _by_trigger(events, "meet")
    assert meet and {e.date for e in meet} == {"2017-03-27"}
    assert {e.source[0].code for e in meet} == {"IRNGOV"}


def test_coordinated_bilateral_verb_takes_the_with_partner(coder):
    # (session 19: officials, not business owners, whose private deals are no political event: political.py)
    events = _code(coder, "Iranian officials will hold negotiations with their Russian counterparts "
                          "and sign deals to strengthen cooperation.")
    sign = _by_trigger(events, "sign")
    assert sign and {e.cameo for e in sign} == {"057"}
    assert {e.target[0].country for e in sign} == {"RUS"}


def test_coordinated_verb_of_another_kind_keeps_no_target(coder):
    events = _code(coder, "Iranian business owners will hold negotiations with their Russian counterparts "
                          "and protest in Tehran.")
    assert all(e.target == () or e.cameo[:2] != "14" for e in events)
    assert not any(e.cameo[:2] == "14" and e.target and e.target[0].country == "RUS" for e in events)


def test_main_event_only_adds_no_second_event_to_a_sentence(nlp):
    from eventcoder.pipeline import Coder, CoderOptions

    coder = Coder(CoderOptions(main_event_only=True), nlp=nlp)
    events = _code(coder, "Turkish President Recep Tayyip Erdogan will visit Germany on Tuesday. "
                          "Several agreements on trade and energy will be signed during the visit.")
    assert len([e for e in events if e.sentence_index == 1]) == 1


def test_rules_file_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "occasions.yaml"
    bad.write_text("prepositions: [during]\noccasions:\n  visit: [42]\nacts: []\nbilateral_codes: []\n",
                   encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        OccasionRules.load(bad)
    assert caught.value.line == 3 and "visit" in str(caught.value)


def test_shipped_rules_load():
    rules = OccasionRules.load()
    assert "during" in rules.prepositions and rules.acts["sign"].cameo == "057"
    assert rules.phrase.search("deals will be signed on the sidelines of the summit")
