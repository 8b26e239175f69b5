"""Scope: only cues that govern the trigger count, and the cue's text and offsets are kept."""

from __future__ import annotations

import pytest

from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


def status_of(make_document, text: str, trigger: str):
    document = make_document(text)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "010")
    return decide_status(document, mention)


def test_negated_future_keeps_the_negation_cue_with_offsets(make_document):
    text = "Russia said it would not attack Ukraine."
    status = status_of(make_document, text, "attack")
    assert (status.value, status.cue) == ("negated", "not")
    assert text[status.cue_start : status.cue_end] == "not"


def test_negating_the_saying_does_not_negate_the_reported_event(make_document):
    # The negation scopes over "say"; the attack keeps its own modal.
    status = status_of(make_document, "Russia did not say it would attack Ukraine.", "attack")
    assert (status.value, status.cue) == ("future", "would")


def test_the_reporting_verb_carries_its_own_negation(make_document):
    assert status_of(make_document, "Russia did not say it would attack Ukraine.", "say").value == "negated"


def test_cue_in_another_clause_does_not_count(make_document):
    text = "Troops attacked the village, and officials said they might retaliate."
    assert status_of(make_document, text, "attacked").value == "asserted"
    assert status_of(make_document, text, "retaliate").value == "hypothetical"


def test_cue_on_an_argument_does_not_count(make_document):
    assert status_of(make_document, "Police arrested a suspected bomber.", "arrested").value == "asserted"
    assert status_of(make_document, "The police arrested the alleged leader.", "arrested").value == "asserted"


def test_threat_is_asserted_but_the_threatened_act_is_hypothetical(make_document):
    text = "Iran threatened to close the Strait of Hormuz."
    assert status_of(make_document, text, "threatened").value == "asserted"
    status = status_of(make_document, text, "close")
    assert (status.value, status.cue) == ("hypothetical", "threatened")


def test_refusal_is_asserted_but_the_refused_act_is_negated(make_document):
    text = "The president refused to sign the bill."
    assert status_of(make_document, text, "refused").value == "asserted"
    assert status_of(make_document, text, "sign").value == "negated"


def test_accused_act_is_alleged_but_the_accusation_is_asserted(make_document):
    text = "The US accused Iran of attacking the tanker."
    assert status_of(make_document, text, "accused").value == "asserted"
    assert status_of(make_document, text, "attacking").value == "alleged"


@pytest.mark.parametrize(
    "text, trigger, expected, cue",
    [
        ("Rouhani is scheduled to pay a formal visit to Russia on Monday.", "visit", "planned", "scheduled"),
        ("The minister will visit Paris on Monday.", "visit", "planned", "will"),
        ("The minister will visit Paris.", "visit", "future", "will"),
        ("No agreement was signed.", "signed", "negated", "No"),
        ("The US would respond if North Korea attacked.", "respond", "hypothetical", "if"),
        ("The rebels allegedly killed ten civilians.", "killed", "alleged", "allegedly"),
        ("The ministry reportedly ordered the arrests.", "ordered", "alleged", "reportedly"),
    ],
)
def test_cues(make_document, text, trigger, expected, cue):
    status = status_of(make_document, text, trigger)
    assert (status.value, status.cue) == (expected, cue)
    if cue is not None:
        assert text[status.cue_start : status.cue_end] == cue
