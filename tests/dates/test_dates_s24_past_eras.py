"""Session 24: a named era that is over (``eras.yaml``) dates the act it is the setting of: no point date, and
the news window makes the act historical ("committed genocide in colonial-era Namibia", "deported thousands in
the Stalin era"). An era on an object is the thing's ("deployed Soviet-era tanks"), and an era still running
("the post-Soviet era") dates nothing. Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.dates.calendar_rules import past_era_end
from eventcoder.records import Article

PUBLISHED = dt.date(2021, 5, 28)  # a Friday


def coded(coder, text: str, trigger: str):
    events = coder.code_article(Article(article_id="s24", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == trigger)


@pytest.mark.parametrize("text, end", [
    ("colonial-era", dt.date(1999, 12, 31)),
    ("the Soviet era", dt.date(1991, 12, 31)),
    ("Cold War-era", dt.date(1991, 12, 31)),
    ("the post-Soviet era", None),
    ("the pre-colonial era", None),
    ("the Putin era", None),
    ("a new era", None),
])
def test_past_era_end(text, end):
    assert past_era_end(text) == end


def test_an_act_set_in_a_colonial_era_place_is_historical(default_coder):
    text = ("Germany on Friday formally acknowledged that it committed genocide against the Herero and Nama "
            "peoples in colonial-era Namibia and apologised.")
    event = coded(default_coder, text, "committed")
    assert (event.status, event.date, event.date_text) == ("historical", None, "colonial-era")
    # The apology the parser coordinates with the genocide is Friday's, not the era's.
    apology = coded(default_coder, text, "apologised")
    assert (apology.status, apology.date) == ("asserted", "2021-05-28")


def test_an_act_during_a_past_era_is_historical_even_when_reported_after(default_coder):
    event = coded(default_coder, "Soldiers killed thousands of civilians during the Soviet era, the report said.", "killed")
    assert (event.status, event.date_text) == ("historical", "Soviet era")


def test_an_era_on_an_object_or_still_running_dates_nothing(default_coder):
    tanks = coded(default_coder, "Russia has deployed Soviet-era tanks to the border.", "deployed")
    assert (tanks.status, tanks.date, tanks.date_source) == ("asserted", "2021-05-28", "publication")
    arrests = coded(default_coder, "Police arrested protesters during the post-Soviet era.", "arrested")
    assert arrests.status == "asserted"


# Review of session 24: an era on a thing, under "under", after "since" or "post-", or with a present verb is not
# the act's setting: the act keeps its plain status and the publication date.
@pytest.mark.parametrize("text, trigger", [
    ("Indian police charged the journalist under a colonial-era sedition law.", "charged"),
    ("Rebels attacked the town in Soviet-era tanks.", "attacked"),
    ("Israeli troops raided homes in the Ottoman-era quarter of Hebron.", "raided"),
    ("Troops opened fire on protesters in a Franco-era football stadium.", "opened"),
    ("Russia invaded Ukraine in the Soviet-era tradition of the Red Army.", "invaded"),
    ("Since the Soviet era, Russia has jailed thousands of dissidents.", "jailed"),
    ("Russia has arrested more journalists than at any time since the Soviet era.", "arrested"),
    ("Protesters clashed with police in the post-Soviet era capital.", "clashed"),
])
def test_an_era_that_is_not_the_acts_setting_dates_nothing(default_coder, text, trigger):
    event = coded(default_coder, text, trigger)
    assert (event.status, event.date, event.date_source) == ("asserted", "2021-05-28", "publication")


def test_a_present_habit_under_an_old_law_is_not_historical(default_coder):
    event = coded(default_coder, "Hundreds of activists are detained every year under colonial-era sedition laws.",
                  "detained")
    assert event.status == "asserted" and "era" not in (event.date_text or "")


def test_an_era_on_a_period_word_is_the_setting(default_coder):
    event = coded(default_coder, "Thousands of dissidents were deported to Siberia in Soviet-era times.", "deported")
    assert event.status == "historical"
