"""Session 16: an undated act told as running or repeated has no single day (aspect.py), and an
intention or schedule whose own date is long gone is historical (apply_news_window)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.dates import resolve_date
from eventcoder.dates.aspect import AspectRules
from eventcoder.errors import DataFileError
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status

PUBLISHED = "2019-05-10"  # a Friday


def dated(make_document, text: str, trigger: str, cameo: str = "190", occurrence: int = 0):
    """Status and date of the ``occurrence``-th (0-based) word ``trigger`` of ``text``."""
    document = make_document(text, published=PUBLISHED)
    token = [t for t in document.doc if t.text == trigger][occurrence]
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)
    status = decide_status(document, mention)
    date = resolve_date(document, mention, status)
    return apply_news_window(status, date, document.article.published).value, date


@pytest.mark.parametrize("text, trigger, cue, kind", [
    # Repeated: a counted event noun, under a verb that carries it or on its own.
    ("The two foreign ministers have also had several telephone calls about the border.", "had", "several", "repeated"),
    ("The army carried out numerous raids on villages near the lake.", "raids", "numerous", "repeated"),
    ("Qatar hosted rounds of talks between the rebels and the government.", "talks", "rounds of", "repeated"),
    ("The militia launched a series of attacks on police posts in the valley.", "attacks", "a series of", "repeated"),
    ("The prime ministers have held five meetings at the border.", "held", "five", "repeated"),
    # Repeated: an adverb of repetition, or a count of times in the perfect.
    ("Gunmen repeatedly attacked the convoy road in the north.", "attacked", "repeatedly", "repeated"),
    ("The envoy has visited Khartoum three times.", "visited", "three times", "repeated"),
    # Running: the perfect progressive, a continuing verb, a lasting adverb.
    ("The rebel alliance has been shelling the outskirts of the port.", "shelling", "has been shelling", "running"),
    ("Tehran continues to arm the militia in the south.", "arm", "continues", "running"),
    ("Ankara has long backed the opposition in the north.", "backed", "has long backed", "running"),
    # Running: the simple present of a deed (a state or a habit) and the progressive of a lasting act.
    ("The rebel group mainly targets army convoys on the highway.", "targets", "targets", "running"),
    ("Under the treaty, the two navies cooperate in the strait.", "cooperate", "cooperate", "running"),
    ("Egypt and Jordan are both supplying fuel to the enclave.", "supplying", "are both supplying", "running"),
    ("Norway is closely involved in negotiations between the two parties.", "negotiations", "is closely involved", "running"),
    # The progressive in a lasting frame.
    ("Volunteers are feeding refugees in the country's eight-year-old war.", "feeding", "eight-year-old war", "running"),
])
def test_running_or_repeated_acts_have_no_single_day(make_document, text, trigger, cue, kind):
    status, date = dated(make_document, text, trigger)
    assert (status, date.date, date.precision, date.source, date.text) == ("asserted", None, "unknown", kind, cue)


@pytest.mark.parametrize("text, trigger, cameo", [
    # A deed told in the progressive is the day's news.
    ("Government troops are shelling the rebel-held suburbs of the city.", "shelling", "190"),
    ("Some gunmen are still fighting the soldiers inside the hotel.", "fighting", "190"),
    # A statement in the present is said that day.
    ("We urge both sides to return to the table.", "urge", "100"),
    # Several shots are one deed; a single counted round is one event.
    ("The gunmen shot the guard several times.", "shot", "190"),
    ("The envoy opened a new round of talks in the capital.", "talks", "040"),
    # Another verb over a noun says nothing of the act's time.
    ("The killing of the students is unacceptable.", "killing", "190"),
    # A plain past deed.
    ("The police raided the offices of the newspaper.", "raided", "190"),
])
def test_deeds_of_the_day_keep_the_publication_date(make_document, text, trigger, cameo):
    status, date = dated(make_document, text, trigger, cameo)
    assert (status, date.date, date.source) == ("asserted", PUBLISHED, "publication")


def test_a_date_of_its_own_comes_first(make_document):
    _, date = dated(make_document, "The rebels have held several rounds of talks since 2015.", "talks", "040")
    assert (date.date, date.text) == ("2015", "since 2015")


def test_a_running_act_is_never_historical(make_document):
    status, _ = dated(make_document, "The rebels have long controlled the mountain villages.", "controlled")
    assert status == "asserted"


def test_a_long_gone_intention_is_historical(make_document):
    text = "The company was committed to building the bridge under a contract in 2011."
    status, date = dated(make_document, text, "building", "061")
    assert (status, date.date) == ("historical", "2011")


def test_a_recent_or_coming_schedule_is_kept(make_document):
    assert dated(make_document, "The envoy is scheduled to visit Cairo on Monday.", "visit", "042")[0] == "planned"
    assert dated(make_document, "The mission was due to leave in May 2019.", "leave", "042")[0] == "planned"


def test_a_plan_running_since_long_ago_is_not_historical(make_document):
    status, _ = dated(make_document, "The activist has been on hunger strike since 2012 to press for reform.", "press", "100")
    assert status != "historical"


def test_aspect_file_errors_name_the_key(tmp_path: Path):
    path = tmp_path / "aspect.yaml"
    path.write_text("count_words: [several]\ncount_nouns: 3\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="count_nouns"):
        AspectRules.load(path)
    path.write_text("count_wordz: [several]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown key"):
        AspectRules.load(path)


@pytest.mark.parametrize("text, trigger, expected", [
    # In the lead, a period running to the present is the news: dated by its start, kept "since".
    ("The rebels have besieged the town since 2014.", "besieged", ("asserted", "2014", "since 2014")),
    # Past the lead, one begun more than half a year ago is background history, dated by its start.
    ("Troops stormed the town on Monday. The rebels have besieged the town since 2014.", "besieged",
     ("historical", "2014", "2014")),
    ("Troops stormed the town on Monday. The rebels have held talks with the army since last June.", "held",
     ("historical", "2018-06", "last June")),
    # Begun recently, it is still the news.
    ("Troops stormed the town on Monday. Police have arrested 300 people since March 1.", "arrested",
     ("asserted", "2019-03-01", "since March 1")),
])
def test_a_period_since_long_ago_past_the_lead_is_background(make_document, text, trigger, expected):
    status, date = dated(make_document, text, trigger, occurrence=-1)
    assert (status, date.date, date.text) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # The parser hangs the length on the clause's mark ("hours" / "a day" under "after"): still counted.
    ("The minister resigned on Tuesday, hours after the party leader called on him to quit.", "called", "2019-05-07"),
    ("A judge on Thursday ordered the editor held in custody, a day after police detained him in the port.",
     "detained", "2019-05-08"),
])
def test_a_length_on_the_mark_counts_from_the_head(make_document, text, trigger, expected):
    assert dated(make_document, text, trigger, "173")[1].date == expected


@pytest.mark.parametrize("text, trigger, expected", [
    # "after" + a dated event noun bounds the act by its month or year, as an "after" clause does.
    ("The government froze the talks after the 2015 border clashes.", "froze", ("historical", "2015")),
    # Not a counted phrase, and never a day.
    ("Protesters clashed with police two days after the March election.", "clashed", ("asserted", None)),
    ("Police detained the editor after Monday's raid.", "detained", ("asserted", PUBLISHED)),
])
def test_after_a_dated_event_noun(make_document, text, trigger, expected):
    status, date = dated(make_document, text, trigger)
    assert (status, date.date) == expected
