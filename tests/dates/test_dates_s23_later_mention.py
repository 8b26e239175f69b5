"""Session 23: a deed a story's sentence names without a day of its own (or with only the day it was reported)
takes the day the next sentence gives when that sentence names it again with a word that refers back: a
definite noun or a passive verb of the same lemma or family (mentions.yaml). Real stories through the real
pipeline."""

from __future__ import annotations

import datetime as dt

from eventcoder.records import Article


def coded(coder, text: str, published: dt.date, trigger: str) -> tuple[str, str]:
    events = coder.code_article(Article(article_id="s23", text=text, published=published))
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date, event.date_source


def test_an_undated_deed_takes_the_day_of_the_next_sentences_mention(default_coder):
    text = ("WASHINGTON (Reuters) - President Donald Trump said on Saturday he had called off peace negotiations with "
            "the Taliban after the insurgents claimed responsibility for a car bombing in Kabul that killed an American "
            "soldier. The blast near the U.S. embassy on Thursday killed 12 people.")
    assert coded(default_coder, text, dt.date(2019, 9, 8), "bombing") == ("2019-09-05", "text")


def test_a_deed_dated_only_by_its_report_takes_the_day_its_next_mention_gives(default_coder):
    text = ("MOSCOW (AP) - Russia's Federal Security Service said Thursday it had detained an American citizen on "
            "suspicion of spying. The FSB said Daniel Kessler, a former Marine, was caught on Monday while receiving "
            "classified documents.")
    assert coded(default_coder, text, dt.date(2019, 1, 17), "detained") == ("2019-01-14", "text")


def test_another_kind_of_event_in_the_next_sentence_lends_nothing(default_coder):
    text = ("MOSCOW (AP) - Russia's Federal Security Service said Thursday it had detained an American citizen on "
            "suspicion of spying. The talks were held on Monday in Geneva.")
    assert coded(default_coder, text, dt.date(2019, 1, 17), "detained") == ("2019-01-17", "report")


# Mend (review of session 23): a passive mention done to another thing, or marked as a further one, is
# another deed; and a day after the report cannot be the reported deed's.
MONDAY = dt.date(2020, 5, 4)


def test_a_further_deed_of_the_same_kind_lends_nothing(default_coder):
    text = ("Police said on Sunday they had arrested five men over the killing. "
            "Two other suspects were arrested on Friday in a nearby town.")
    events = default_coder.code_article(Article(article_id="s23", text=text, published=MONDAY))
    first = next(e for e in events if e.trigger.text == "arrested" and e.sentence_index == 0)
    assert first.date == "2020-05-03"


def test_a_passive_mention_done_to_another_thing_lends_nothing(default_coder):
    text = ("Gunmen attacked a police station in the north, police said on Sunday. "
            "A checkpoint was attacked on Friday in a nearby town.")
    events = default_coder.code_article(Article(article_id="s23", text=text, published=MONDAY))
    first = next(e for e in events if e.trigger.text == "attacked" and e.sentence_index == 0)
    assert first.date != "2020-05-01"


def test_a_mention_dated_after_the_report_lends_nothing(default_coder):
    text = "Iran said on Thursday it had detained an American citizen. Kessler was caught on Monday near the border."
    date, _ = coded(default_coder, text, MONDAY, "detained")
    assert date <= "2020-04-30"
