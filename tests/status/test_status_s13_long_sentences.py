"""Session 13 status rules for long wire sentences; the sentences are our own."""

from __future__ import annotations

import pytest

from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


def status_of(make_document, sentence: str, trigger: str) -> str:
    document = make_document(sentence)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "190")
    return decide_status(document, mention).value


@pytest.mark.parametrize("sentence, trigger, expected", [
    # An attempt happened: the attempted act is asserted unless a cue above the attempt says more.
    ("Gunmen tried to assassinate the governor on Tuesday.", "assassinate", "asserted"),
    ("Rebels attempted to storm the barracks overnight.", "storm", "asserted"),
    ("Gunmen will try to assassinate the governor.", "assassinate", "future"),
    ("The militants may try to storm the barracks.", "storm", "hypothetical"),
    ("Rebels are trying to storm the barracks.", "storm", "asserted"),
    # Only the bare verb looks ahead: a purpose to try.
    ("China will host a meeting on Friday, to try to facilitate a deal.", "facilitate", "future"),
    # A participle clause with no subject shares a coming or possible act's status, never a past one.
    ("The president will visit Kenya on Monday, opening a new embassy in Nairobi.", "opening", "planned"),
    ("The government could deploy the army, sparking clashes with protesters.", "sparking", "hypothetical"),
    ("Troops stormed the town, killing nine people.", "killing", "asserted"),
    ("The general told the crowd that they should go home, vowing to crush any unrest.", "vowing", "asserted"),
    ("Police will order people to stay indoors on Friday, enforcing a curfew, officials said.", "enforcing",
     "planned"),
    # A reported "will" act is an intention, announced or said; a date hung below the clause makes it a plan.
    ("Britain will set up a new cyber force, the prime minister announced on Thursday.", "set", "future"),
    ("France will return the statues looted from the palace to Benin on Wednesday.", "return", "planned"),
    # The tagger's present-tense slip on a past form is no schedule.
    ("Russia leapt to the defence of Serbia on Tuesday.", "leapt", "asserted"),
])
def test_status_in_long_sentences(make_document, sentence, trigger, expected):
    assert status_of(make_document, sentence, trigger) == expected
