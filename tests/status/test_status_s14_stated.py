"""Stated intents, threats and refusals: the events stage folds the modality into the code, so
the statement itself is asserted. Also negations that affirm ("would not hesitate to") and
"forget" over a fact."""

from __future__ import annotations

import pytest

from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


def status_of(make_document, text: str, trigger: str, cameo: str = "", pattern: str = "") -> str:
    document = make_document(text)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo,
                           pattern=pattern)
    return decide_status(document, mention).value


@pytest.mark.parametrize("text, trigger, cameo, expected", [
    # An intent code under "would" / "will": the intent was expressed.
    ("Sudan's army said it would welcome mediation by the African Union.", "welcome", "038", "asserted"),
    ("The rebels will accept the good offices of Norway, their leader said.", "accept", "038", "asserted"),
    # Any stated intention, not only a modal.
    ("Guyana said it was committed to resolving the border dispute through the court.", "resolving", "037", "asserted"),
    ("Guyana said it was committed to resolving the border dispute through the court.", "resolving", "", "future"),
    # A purpose states nothing yet.
    ("The envoys met in Doha to express support for the truce.", "express", "03", "future"),
    # The same act with a code of the act itself keeps its modality.
    ("Sudan's army said it would welcome mediation by the African Union.", "welcome", "", "future"),
    ("Sudan's army said it would welcome mediation by the African Union.", "welcome", "045", "future"),
    # A possibility is not a statement made.
    ("Sudan's army could welcome mediation by the African Union.", "welcome", "038", "hypothetical"),
    # A threat with its condition is a threat made.
    ("The governor said he would not hesitate to impose a curfew if the violence spread.", "impose", "1323", "asserted"),
    ("The governor said he would not hesitate to impose a curfew if the violence spread.", "impose", "", "hypothetical"),
    # A negated hesitation affirms the act.
    ("Police did not hesitate to fire on the protesters.", "fire", "190", "asserted"),
    ("The army said it would not hesitate to use force.", "use", "", "future"),
])
def test_stated_codes_and_affirming_negation(make_document, text, trigger, cameo, expected):
    assert status_of(make_document, text, trigger, cameo) == expected


@pytest.mark.parametrize("text, trigger, cameo, pattern, expected", [
    ("The president said he had no intention of stepping down.", "intention", "1231",
     "control:refuse:intention>verb:step_down", "asserted"),
    ("Iran said it was not willing to resume talks with Washington.", "willing", "125",
     "control:refuse:willing>verb:resume+talk", "asserted"),
    # Without the refusal the events stage built, the negation stands.
    ("The president said he had no intention of stepping down.", "intention", "", "", "negated"),
    ("Iran did not reject the offer.", "reject", "125", "verb:reject+offer", "negated"),
])
def test_refusal_made_of_negated_intention(make_document, text, trigger, cameo, pattern, expected):
    assert status_of(make_document, text, trigger, cameo, pattern) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Kuwaitis have never forgotten that Iraqi troops invaded the emirate.", "invaded", "asserted"),
    ("The minister forgot to sign the decree.", "sign", "negated"),
])
def test_forget(make_document, text, trigger, expected):
    assert status_of(make_document, text, trigger) == expected


def test_stated_codes_must_be_digit_strings(tmp_path):
    from eventcoder.errors import DataFileError
    from eventcoder.status.cues import CUES_PATH, StatusCues

    lines = CUES_PATH.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("stated_codes:"))
    lines[index] = 'stated_codes: ["03", "threaten"]'
    path = tmp_path / "cues.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        StatusCues.load(path)
    assert "stated_codes" in str(error.value) and error.value.line == index + 1
    assert StatusCues.load().stated_codes == ("03", "13")
