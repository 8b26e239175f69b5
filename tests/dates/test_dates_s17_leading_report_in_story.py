"""Session 17: a deed inside a report that opens its sentence ("officials said on Monday the rebels had seized
the town") takes the saying day in a story, where the leading report is the day's news (as the stories'
annotators read it); a sentence coded alone keeps the publication fallback (as the blind case files read it)."""

from __future__ import annotations

PUBLISHED = "2022-03-09"  # a Wednesday


def dated(status_and_date, text: str, trigger: str, cameo: str):
    return status_and_date(text, trigger, cameo, PUBLISHED)


def test_deed_in_leading_report_of_a_story_takes_the_saying_day(status_and_date):
    text = ("Rebel commanders said on Tuesday their fighters had captured the river port of Kasongo. "
            "Aid groups warned of shortages in the camps outside the town.")
    status, date = dated(status_and_date, text, "captured", "192")
    assert status == "asserted"
    assert (date.date, date.precision, date.source) == ("2022-03-08", "day", "report")


def test_deed_in_leading_report_coded_alone_keeps_publication(status_and_date):
    status, date = dated(status_and_date, "The army said on Monday that militants had burned the school.",
                         "burned", "180")
    assert status == "asserted"
    assert (date.date, date.source) == ("2022-03-09", "publication")



# Undated deeds told after a lead that gives the day: the lead's day, not the publication day after it.
STORY = ("Soldiers clashed with smugglers near the northern crossing on Monday, the army said. "
         "{later}")


def test_past_deed_after_the_lead_takes_the_lead_day(status_and_date):
    status, date = dated(status_and_date, STORY.format(later="Border guards detained eleven men and seized two trucks."),
                         "detained", "173")
    assert status == "asserted"
    assert (date.date, date.precision, date.source) == ("2022-03-07", "day", "lead")


def test_pluperfect_deed_after_the_lead_takes_the_lead_day(status_and_date):
    _, date = dated(status_and_date, STORY.format(later="Earlier the smugglers had fired on a patrol."), "fired", "190")
    assert (date.date, date.source) == ("2022-03-07", "lead")


def test_present_perfect_and_statements_after_the_lead_keep_publication(status_and_date):
    _, perfect = dated(status_and_date, STORY.format(later="The army has detained eleven men."), "detained", "173")
    assert (perfect.date, perfect.source) == ("2022-03-09", "publication")
    _, statement = dated(status_and_date, STORY.format(later="The interior minister condemned the smugglers."),
                         "condemned", "111")
    assert statement.source != "lead"


def test_relative_clause_after_the_lead_keeps_publication(status_and_date):
    text = STORY.format(later="The crossing, which the rebels captured, reopened.")
    _, date = dated(status_and_date, text, "captured", "192")
    assert date.source != "lead"


def test_lead_dated_on_publication_day_or_long_before_lends_nothing(status_and_date):
    today = "Soldiers clashed with smugglers near the northern crossing on Wednesday. Border guards detained eleven men."
    _, date = dated(status_and_date, today, "detained", "173")
    assert (date.date, date.source) == ("2022-03-09", "publication")
    old = "Soldiers clashed with smugglers near the northern crossing on Feb. 20. Border guards detained eleven men."
    _, date = dated(status_and_date, old, "detained", "173")
    assert date.source != "lead"
