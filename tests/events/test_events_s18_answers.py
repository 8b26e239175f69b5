"""Session 18: what an answer names decides which earlier act it answers (own sentences)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def coded(real_event_codes):
    return real_event_codes


def answer_targets(events, root):
    return [t for c, _s, t in events if c.startswith(root)]


@pytest.mark.parametrize("text, root", [
    # an object that names an act answers the act told before
    ("Norway expelled 15 Russian diplomats on Tuesday. The Kremlin denounced the move on Wednesday.", "11"),
    # nothing named: the act of the sentence before is answered
    ("Norway expelled 15 Russian diplomats on Tuesday. The Kremlin threatened to retaliate.", "13"),
])
def test_an_answer_naming_an_act_or_nothing_takes_the_last_doer(coded, text, root):
    targets = answer_targets(coded(text), root)
    assert targets and targets[0] and targets[0][0].startswith("NOR"), coded(text)


@pytest.mark.parametrize("text, root", [
    # the object is a person or thing the act is about, no answer
    ("Norway expelled 15 Russian diplomats on Tuesday. The Kremlin rejected questions about the timing.", "12"),
    # a rejected accusation answers only an accusation, not the expulsion
    ("Norway expelled 15 Russian diplomats on Tuesday. The Kremlin rejected the accusations.", "12"),
    # a demand addressed to an uncoded group answers nothing
    ("Norway expelled 15 Russian diplomats on Tuesday. The Kremlin called on all sides to show restraint.", "10"),
])
def test_an_answer_naming_something_else_takes_no_target(coded, text, root):
    events = coded(text)
    assert answer_targets(events, root) and not any(answer_targets(events, root)), events


def test_a_rejected_accusation_answers_the_accuser(coded):
    events = coded("Norway accused Russia of spying on its oil platforms. The Kremlin rejected the accusations.")
    targets = answer_targets(events, "12")
    assert targets and targets[0] and targets[0][0].startswith("NOR"), events


def test_an_answer_names_nothing_and_the_act_is_three_sentences_back(coded):
    text = ("Norway expelled 15 Russian diplomats on Tuesday. The diplomats left by train. Their families followed. "
            "Oslo's harbour was quiet. The Kremlin threatened to retaliate.")
    events = coded(text)
    assert answer_targets(events, "13") and not any(answer_targets(events, "13")), events


@pytest.mark.parametrize("text", [
    "Japanese carmaker Toyoda Motors sued German rival Brenner Industries over a patent on Monday.",
    "Danish shipping firm Nordlys rejected a takeover bid from Norwegian rival Fjordline on Friday.",
    "Chilean wine makers warned that a poor harvest could push up prices.",
])
def test_companies_with_a_country_are_no_states(coded, text):
    assert not coded(text)


def test_a_company_acting_on_a_state_stays(coded):
    found = coded("Russian energy giant Gazprom cut gas supplies to Moldova on Saturday.")
    assert any(t and t[0].startswith("MDA") for _c, _s, t in found), found


@pytest.mark.parametrize("text", [
    "The film follows a young nurse who hides refugees in her cellar as soldiers shell the town.",
    "Uganda travel to Nairobi for the return match in May.",
    "Zambia struck first with a header after ten minutes.",
    "Poland's weather service issued its highest storm warning for the whole country on Friday.",
    "A blast tore through a storage unit at a fertiliser factory in northern Spain, killing three workers.",
    "The Beijing Opera opened its first tour of Canada on Friday with a sold-out show.",
])
def test_event_words_in_other_senses_are_no_events(coded, text):
    assert not coded(text)


@pytest.mark.parametrize("text, root", [
    ("Syrian army troops shelled the town of Idlib on Friday.", "19"),
    ("A car bomb tore through a market in northern Iraq, killing six people.", "18"),
    ("Iran's president travelled to Moscow for talks with Putin.", "04"),
])
def test_their_political_senses_stay(coded, text, root):
    found = coded(text)
    assert any(c.startswith(root) for c, _s, _t in found), found


def test_a_listed_company_acting_alone_stays(coded):
    found = coded("Gazprom halted gas exports on Monday.")
    assert any(c.startswith("16") and s == ("RUSBUS",) for c, s, _t in found), found


def test_political_rivals_are_no_companies(coded):
    found = coded("Both Libyan rivals accused the other of breaking the truce.")
    assert any(c.startswith("11") for c, _s, _t in found), found


def test_a_company_acted_on_by_no_one_is_no_event(coded):
    assert not coded('"We will never surrender this firm to speculators," its founder said on Tuesday.')
