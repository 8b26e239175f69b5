"""Session 13 date rules for long wire sentences: the day of the verb of saying that reports an
event, and dates the parser hangs on a clause below the verb they date. The sentences are our
own. 2017-03-24 is a Friday (Monday 20, Tuesday 21, Wednesday 22, Thursday 23)."""

from __future__ import annotations

import pytest

from eventcoder.dates import resolve_date
from eventcoder.dates.reports import ReportRules
from eventcoder.errors import DataFileError
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status


def coded(make_document, sentence: str, trigger: str, cameo: str = "190"):
    """(status, date, date_source) of the event on the first word ``trigger``, as the pipeline gives them."""
    document = make_document(sentence)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)
    status = decide_status(document, mention)
    event_date = resolve_date(document, mention, status)
    status = apply_news_window(status, event_date, document.article.published)
    return status.value, event_date.date, event_date.source


@pytest.mark.parametrize("sentence, trigger, cameo, expected", [
    # An event that is itself what was said takes the saying day as its own date.
    ("Turkey pledged fresh military aid to Iraq, Turkish officials said on Tuesday.", "pledged", "030",
     ("asserted", "2017-03-21", "text")),
    ("The foreign minister said on Monday that Oslo was willing to host the talks.", "willing", "036",
     ("asserted", "2017-03-20", "text")),
    ("Kenya condemned the attack, a government spokesman told reporters in Nairobi on Wednesday.", "condemned",
     "111", ("asserted", "2017-03-22", "text")),
    # A report of a report: the dated saying reaches through the undated one.
    ("The army said it was ready to pull back its troops, a spokesman said in Rawalpindi on Wednesday.", "ready",
     "0356", ("asserted", "2017-03-22", "text")),
    # A deed reported after it happened no later than its report: the saying day, said so.
    ("Police deported three French journalists, the interior ministry said on Wednesday.", "deported", "174",
     ("asserted", "2017-03-22", "report")),
    ("Rebels seized the mine last year, officials said in 2012.", "seized", "190", ("historical", "2016", "text")),
    # A report day only bounds the deed, which may go on: never historical by itself.
    ("Rebels have seized the mine, officials said in 2012.", "seized", "190", ("asserted", "2012", "report")),
    # A deed inside a report that comes first is set back by its own tense: the publication day,
    # as issue 4 defines the fallback.
    ("The army said on Monday that it had shot down a drone over the border.", "shot", "190",
     ("asserted", "2017-03-24", "publication")),
    ("The ministry said last week that troops withdrew from the town.", "withdrew", "087",
     ("asserted", "2017-03-24", "publication")),
    # A span of the deed's own is kept over the report day.
    ("The army chief said on Saturday his forces had killed 1,000 fighters in the past week.", "killed", "190",
     ("asserted", None, None)),
    # Coming, possible and denied acts take nothing from the day they were spoken of.
    ("The army said on Monday that it would shoot down any drone over the border.", "shoot", "190",
     ("future", None, None)),
    ("Officials said on Thursday that police did not fire on the crowd.", "fire", "190", ("negated", None, None)),
    # A clause the event is reported in has its own date first.
    ("The ministry said on Tuesday that troops crossed the border on Sunday.", "crossed", "190",
     ("asserted", "2017-03-19", "text")),
])
def test_the_day_of_the_report(make_document, sentence, trigger, cameo, expected):
    assert coded(make_document, sentence, trigger, cameo) == expected


@pytest.mark.parametrize("sentence, trigger, expected_date", [
    # A participle inside the object: the date ending the long object is the main verb's.
    ("Rebels blew up a bridge built by French engineers across the river on Tuesday, cutting the road.", "blew",
     "2017-03-21"),
    ("Troops shelled a camp for families displaced by the floods in the north on Wednesday, killing nine.",
     "shelled", "2017-03-22"),
    ("Workers blocked roads leading into the capital with trucks on Monday.", "blocked", "2017-03-20"),
    # ... both readings of one that is an event of its own: the arrest keeps its date either way,
    ("Police freed a journalist arrested in the capital on Monday.", "arrested", "2017-03-20"),
    # and the freeing takes it when the date ends a longer participle phrase (the more frequent
    # reading in wire copy), not when it follows the participle at once or a finite relative clause.
    ("Police freed a journalist arrested in the capital on Monday.", "freed", "2017-03-20"),
    ("Police freed a journalist arrested on Monday.", "freed", "2017-03-24"),
    ("Police freed the journalist who was arrested in the capital on Monday.", "freed", "2017-03-24"),
    ("Protesters blocked roads in Lagos and the bridge to the island on Tuesday.", "blocked", "2017-03-21"),
    ("Farmers used their tractors to block access to the depots on Monday.", "used", "2017-03-20"),
    # Only a day or a week is lent: an older date describes the thing.
    ("Rebels blew up a bridge built by French engineers in the 1950s.", "blew", "2017-03-24"),
    # A participle clause lends its date to its verb, before or after it.
    ("Speaking in Lagos on Tuesday, the president warned the militants to lay down their arms.", "warned",
     "2017-03-21"),
    ("Israel pressed ahead with the settlements, approving new homes on Sunday.", "pressed", "2017-03-19"),
    # A gerund complement and an appeal's infinitive end with their verb's news day ...
    ("The government ruled out lifting the curfew on Thursday.", "ruled", "2017-03-23"),
    ("The president urged the rebels to lay down their arms on Wednesday.", "urged", "2017-03-22"),
    # ... but an intention's infinitive keeps its own day.
    ("The two leaders agreed to meet in Geneva on Monday.", "agreed", "2017-03-24"),
    ("The two leaders agreed to meet in Geneva on Monday.", "meet", "2017-03-27"),
    # A leading participle and an absolute "with" clause share their verb's day.
    ("Bowing to public anger, the cabinet withdrew the tax on Wednesday.", "Bowing", "2017-03-22"),
    ("Protesters marched on parliament on Tuesday, with riot police firing tear gas at them.", "firing",
     "2017-03-21"),
    # A day and a length the tagger ran together are read apart.
    ("Residents fled the town on Sunday, two weeks after the rebels arrived.", "fled", "2017-03-19"),
])
def test_dates_hung_below_their_verb(make_document, sentence, trigger, expected_date):
    assert coded(make_document, sentence, trigger)[1] == expected_date


def test_report_rules_name_file_and_line_of_an_error(tmp_path):
    path = tmp_path / "reports.yaml"
    path.write_text("reporting_verbs: [say]\nstatement_codes: ['01', x2]\nappeal_verbs: [urge]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ReportRules.load(path)
    assert error.value.line == 2 and "x2" in str(error.value)
    path.write_text("reporting_verbs: [say]\nstatement_codes: ['01']\nappeal_verbs: [urge]\nextra: [x]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ReportRules.load(path)
    assert error.value.line == 4


def test_statement_codes_are_prefixes():
    rules = ReportRules.load()
    assert rules.is_statement("1053") and rules.is_statement("036") and not rules.is_statement("190")
    assert not rules.is_statement("057")  # signing an agreement is a deed
