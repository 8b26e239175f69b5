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
    ("colonial-era", dt.date(1997, 12, 31)),
    ("the Soviet era", dt.date(1991, 12, 31)),
    ("Cold War-era", dt.date(1991, 12, 31)),
    ("the post-Soviet era", None),
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
