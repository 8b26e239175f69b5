"""Session 24: a rank states a fact only when its own verb does. "will become the first Indian prime minister to visit
Israel" is still to come, "could become the first ... to visit" a possibility; "became / was the first ... to visit"
stays asserted. A bare weekday on such a visit points forward with its rank's verb. Real sentences through the real
pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article

PUBLISHED = dt.date(2018, 7, 8)  # a Sunday


def visit_of(coder, text: str):
    events = coder.code_article(Article(article_id="s24-rank", text=text, published=PUBLISHED))
    return next(e for e in events if e.trigger.text == "visit")


@pytest.mark.parametrize("text, status", [
    ("Modi will become the first Indian prime minister to visit Israel next week.", "future"),
    ("Abiy could become the first Ethiopian leader in two decades to visit Eritrea.", "hypothetical"),
    ("Obama is set to become the first sitting US president to visit Hiroshima.", "planned"),
    ("Macron said he would be the first French president to visit Rwanda since the genocide.", "future"),
    ("Abiy became the first Ethiopian leader in two decades to visit Eritrea on Sunday.", "asserted"),
    ("Obama was the first sitting US president to visit Hiroshima.", "asserted"),
])
def test_a_rank_takes_the_status_of_its_own_verb(default_coder, text, status):
    assert visit_of(default_coder, text).status == status


def test_a_weekday_on_a_ranked_visit_to_come_points_forward(default_coder):
    visit = visit_of(default_coder, "Modi will be the first Indian prime minister to visit Israel when he lands on Tuesday.")
    assert (visit.status, visit.date) == ("future", "2018-07-10")
