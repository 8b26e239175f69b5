"""A verbal act named by an infinitive of purpose is done by the act it serves ("lobbied members
on Monday to support the bid"): it takes that act's status and day; other purposes stay future."""

from __future__ import annotations

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import decide_status


def coded(make_document, text: str, trigger: str, cameo: str):
    document = make_document(text)  # published Friday 2017-03-24
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)
    status = decide_status(document, mention)
    return status.value, resolve_date(document, mention, status).date


@pytest.mark.parametrize("text, trigger, cameo, expected", [
    ("Ireland lobbied fellow members on Monday to support full membership for the Palestinians.", "support", "051",
     ("asserted", "2017-03-20")),
    ("Thousands rallied in Kyiv on Sunday to demand the release of the journalist.", "demand", "1053",
     ("asserted", "2017-03-19")),
    ("Farmers blocked roads near the border on Tuesday to press the government for higher subsidies.", "press", "100",
     ("asserted", "2017-03-21")),
    ("Farmers will block roads on Monday to press the government for subsidies.", "press", "100",
     ("planned", "2017-03-27")),
    # Letting in is done by opening, whatever the code.
    ("Israel opened the crossing on Sunday to let aid trucks into Gaza.", "let", "0863", ("asserted", "2017-03-19")),
    # A purpose that is a material act is still to come, and takes no day.
    ("The army sent troops to the border on Monday to protect the villages.", "protect", "190", ("future", None)),
    # Done by an act that did not happen: not done either.
    ("Farmers did not block roads on Tuesday to press the government for subsidies.", "press", "100",
     ("negated", None)),
])
def test_performed_purposes(make_document, text, trigger, cameo, expected):
    assert coded(make_document, text, trigger, cameo) == expected


def test_code_of_the_act_decides(make_document):
    text = "Ireland lobbied fellow members on Monday to support full membership for the Palestinians."
    assert coded(make_document, text, "support", "")[0] == "future"
