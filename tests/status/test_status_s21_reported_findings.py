"""Session 21: a deed told before its attribution is the report's finding, news however old ("the army massacred 223
villagers in February, Human Rights Watch said": asserted, as the blind phrasing annotators code it); the
attribution's verb is its cue. Background told plainly, by a leading report or in a clause below stays historical."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-04-25"


@pytest.mark.parametrize("sentence, trigger, cue", [
    ("Militiamen burned dozens of homes in three villages near the lake in January, Amnesty International said.",
     "burned", "said"),
    ("Government troops shelled a crowded market in the eastern town in March 2019, United Nations investigators "
     "concluded in a report on Tuesday.", "shelled", "concluded"),
])
def test_a_finding_reported_after_the_deed_stays_asserted(make_document, status_and_date, sentence, trigger, cue):
    from eventcoder.records import EventMention, Span
    from eventcoder.status import decide_status

    status, date = status_and_date(sentence, trigger, "190", PUBLISHED)
    assert status == "asserted" and date.source == "text"
    document = make_document(sentence, published=PUBLISHED)
    token = next(t for t in document.doc if t.text == trigger)
    decided = decide_status(document, EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)),
                                                   token.i, "190"))
    assert decided.cue == cue and sentence[decided.cue_start:decided.cue_end] == cue


@pytest.mark.parametrize("sentence, trigger", [
    ("Militiamen burned dozens of homes in three villages near the lake in January.", "burned"),
    ("Amnesty International said militiamen burned dozens of homes near the lake in January.", "burned"),
    ("The minister said rebels had not withdrawn from positions they seized inside the province in 2022.", "seized"),
    ("The council in 2016 had called for closing the camp, after intelligence reports indicated that fighters "
     "hid there.", "called"),
    # an old report tells old news
    ("Militiamen burned dozens of homes near the lake in 2018, officials said in 2019.", "burned"),
])
def test_background_stays_historical(status_and_date, sentence, trigger):
    status, _ = status_and_date(sentence, trigger, "190", PUBLISHED)
    assert status == "historical"


def test_a_recent_deed_with_an_attribution_is_asserted_with_its_cue(status_and_date):
    status, date = status_and_date("Militiamen burned dozens of homes near the lake on Monday, police said.",
                                   "burned", "190", PUBLISHED)
    assert status == "asserted" and date.date == "2024-04-22"
