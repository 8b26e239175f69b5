"""A threat or intent read from a negated exclusion ("did not rule out military action") was made: the
negation belongs to the wording, so the status is asserted, not negated. Other negations stay negated."""

from __future__ import annotations

import pytest

from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


def status_of(make_document, text: str, trigger: str, cameo: str, pattern: str) -> str:
    document = make_document(text)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo,
                           pattern=pattern)
    return decide_status(document, mention).value


@pytest.mark.parametrize("text, trigger, cameo, pattern, expected", [
    ("Israel did not rule out military action against Iran.", "rule", "138", "unruled:v:rule_out", "asserted"),
    ("The European Union refused to rule out new sanctions against Russia.", "rule", "1312",
     "unruled:v:rule_out", "asserted"),
    ("Washington has not ruled out talks with the Taliban.", "ruled", "036", "unruled:v:rule_out", "asserted"),
    # The same negation on an ordinary pattern is a negated event.
    ("Israel did not attack Iran.", "attack", "190", "v:attack", "negated"),
    # A possibility stays a possibility.
    ("Israel might rule out military action against Iran.", "rule", "138", "unruled:v:rule_out", "hypothetical"),
])
def test_unruled_threats_are_made(make_document, text, trigger, cameo, pattern, expected):
    assert status_of(make_document, text, trigger, cameo, pattern) == expected


def test_whole_coder_asserts_a_threat_not_ruled_out(default_coder, make_document):
    coder = default_coder
    events = coder.code_document(make_document(
        "Israel did not rule out military action against Iran, the defence minister said."))
    threats = [e for e in events if e.cameo.startswith("13")]
    assert threats and all(e.status == "asserted" for e in threats)
