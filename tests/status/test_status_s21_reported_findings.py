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
    # old background merely said, however fresh the saying: not the news (a past year, or a year or more back)
    ("Russia invaded Georgia in 2008, the Ukrainian foreign minister said on Monday.", "invaded"),
    ("Rebels seized the northern town in March 2022, the army spokesman said on Tuesday.", "seized"),
    ("Rebels seized the northern town in 2023, the army spokesman said on Tuesday.", "seized"),
])
def test_background_stays_historical(status_and_date, sentence, trigger):
    status, _ = status_and_date(sentence, trigger, "190", PUBLISHED)
    assert status == "historical"


def test_a_recent_deed_with_an_attribution_is_asserted_with_its_cue(status_and_date):
    status, date = status_and_date("Militiamen burned dozens of homes near the lake on Monday, police said.",
                                   "burned", "190", PUBLISHED)
    assert status == "asserted" and date.date == "2024-04-22"


def test_old_background_said_before_its_attribution_is_historical_as_after_it(status_and_date):
    before, _ = status_and_date("Russia invaded Georgia in 2008, the Ukrainian foreign minister said on Monday.",
                                "invaded", "190", "2024-05-02")
    after, _ = status_and_date("The foreign minister said on Monday that Russia invaded Georgia in 2008.",
                               "invaded", "190", "2024-05-02")
    assert before == after == "historical"


def test_the_news_window_passed_to_decide_status_dates_an_old_attribution(make_document):
    from eventcoder.records import EventMention, Span
    from eventcoder.status import decide_status

    sentence = "Militiamen burned dozens of homes near the lake in January, Amnesty International said in February."
    document = make_document(sentence, published=PUBLISHED)
    token = next(t for t in document.doc if t.text == "burned")
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "190")
    assert decide_status(document, mention).cue is None  # said in February: more than 30 days back
    assert decide_status(document, mention, window_days=90).cue == "said"
