"""Session 23 (mended after review): an act of violence or coercion that a participle or relative clause blames on
someone rests on the blamer's word (alleged; the events stage makes the one blamed its doer); unrest so blamed
happened (only its incitement is alleged)."""

from __future__ import annotations

import pytest

from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


@pytest.mark.parametrize("text, trigger, code, expected", [
    ("Government websites in Estonia were hit by cyberattacks, which Tallinn blamed on Russia.", "cyberattacks", "176",
     "alleged"),
    ("A cyberattack blamed on Russian military hackers hit Ukraine's power grid.", "cyberattack", "176", "alleged"),
    ("A bombing that Kabul blamed on the Haqqani network killed 12 people.", "bombing", "183", "alleged"),
    ("The riots in Lhasa, which Beijing blamed on the Dalai Lama, left 20 dead.", "riots", "145", "asserted"),
    ("Websites in Latvia were hit by cyberattacks, which Riga did not blame on Moscow.", "cyberattacks", "176",
     "asserted"),
])
def test_blamed_act_is_alleged(make_document, text, trigger, code, expected):
    document = make_document(text)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, code)
    assert decide_status(document, mention).value == expected
