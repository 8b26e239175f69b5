"""Session 22: a later sentence that names a story's event with another word of its kind ("A car bomb exploded
... on Tuesday. The blast killed 12": the killing is Tuesday's; mentions.yaml), and the saying day of a
participle of saying, which is its verb's ("dug in its heels on Wednesday, saying it would not give ground": the
refusal is Wednesday's). Real sentences through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.records import Article

PUBLISHED = dt.date(2024, 3, 15)  # a Friday
LEAD = "KABUL (Reuters) - Afghan officials said on Friday they would step up security in Kandahar. "


def coded(coder, text: str, trigger: str) -> tuple[str, str, str]:
    events = coder.code_article(Article(article_id="s22", text=text, published=PUBLISHED))
    event = next(e for e in events if e.trigger.text == trigger)
    return event.status, event.date, event.date_source


@pytest.mark.parametrize("text, trigger, day", [
    (LEAD + "A car bomb exploded outside a police station in the city on Tuesday. The blast killed 12 policemen.",
     "killed", "2024-03-12"),
    (LEAD + "A car bomb exploded outside a police station in the city on Tuesday. Twelve policemen were killed in "
            "the blast.", "killed", "2024-03-12"),
    ("LAGOS (Reuters) - Nigeria's president ordered troops to the northeast on Friday. Gunmen attacked a school in "
     "Kagara on Monday. The assault left nine people dead.", "left", "2024-03-11"),
    ("BEIRUT (AP) - Israel struck targets in southern Lebanon on Friday. Hezbollah fired rockets at northern Israel "
     "on Wednesday. The barrage wounded three soldiers.", "wounded", "2024-03-13"),
])
def test_a_later_word_of_the_same_kind_takes_the_events_day(default_coder, text, trigger, day):
    status, date, source = coded(default_coder, text, trigger)
    assert (status, date, source) == ("asserted", day, "text")


@pytest.mark.parametrize("text, trigger", [
    # Another kind of event is no mention of it: the blast is not Tuesday's detention.
    (LEAD + "Police detained five men in the city on Tuesday. The blast killed 12 policemen.", "killed"),
    # An indefinite noun names a new event.
    (LEAD + "A car bomb exploded outside a police station in the city on Tuesday. A second blast killed 12 "
            "policemen.", "killed"),
])
def test_no_kin_no_day(default_coder, text, trigger):
    _, date, source = coded(default_coder, text, trigger)
    assert (date, source) == ("2024-03-15", "publication")


def test_the_families_are_read_from_the_data_file(default_coder):
    from eventcoder.dates.mentions import event_families  # (after the pipeline: the stages import each other)

    families = event_families()
    assert families["blast"] == families["explode"] == families["attack"]
    assert families["rally"] != families["attack"]


@pytest.mark.parametrize("text, trigger, day", [
    ("Argentina dug in its heels on Wednesday, saying it would not give ground to Uruguay over the pulp mill "
     "dispute.", "give", "2024-03-13"),
    ("Iran summoned the British ambassador on Sunday, saying it condemned the seizure of the tanker.", "condemned",
     "2024-03-10"),
])
def test_a_statement_in_a_participle_of_saying_takes_its_verbs_day(default_coder, text, trigger, day):
    status, date, source = coded(default_coder, text, trigger)
    assert (date, source) == (day, "text")


def test_a_deed_told_in_a_participle_of_saying_keeps_the_publication_day(default_coder):
    # Coded alone, a deed inside a report that comes first is set back by its own tense (as for "said on Tuesday
    # that the militants had attacked").
    text = "The army shelled rebel positions on Tuesday, saying the militants had attacked a checkpoint."
    _, date, source = coded(default_coder, text, "attacked")
    assert (date, source) == ("2024-03-15", "publication")


@pytest.mark.parametrize("text, trigger, day", [
    ("Indirect talks between Iran and the United States, mediated by Oman, were held in Muscat on Saturday.",
     "mediated", "2024-03-09"),
    ("A general strike called by pro-democracy groups shut shops and offices across Sudan on Sunday.", "called",
     "2024-03-10"),
    ("A ceasefire brokered by Qatar took effect on Tuesday.", "brokered", "2024-03-12"),
])
def test_a_reduced_passive_on_the_subject_of_a_past_act_takes_its_day(default_coder, text, trigger, day):
    status, date, source = coded(default_coder, text, trigger)
    assert (status, date, source) == ("asserted", day, "text")


def test_a_reduced_passive_on_a_coming_act_takes_no_day(default_coder):
    _, date, _ = coded(default_coder, "Talks mediated by Oman will be held in Muscat on Saturday.", "mediated")
    assert date != "2024-03-16"
