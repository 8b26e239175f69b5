"""Session 15 status classes from whole wire stories: "reportedly" hedges an act; "is expected to"
with a day of its own is a schedule, and so is the purpose of a scheduled act; an accusation
reaches an act through a verb of responsibility."""

from __future__ import annotations

import pytest

from eventcoder.dates import resolve_date
from eventcoder.records import EventMention, Span
from eventcoder.status import apply_news_window, decide_status


def status_of(make_document, text: str, trigger: str, published: str = "2017-03-24"):
    document = make_document(text, published=published)
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, "")
    status = decide_status(document, mention)
    date = resolve_date(document, mention, status)
    return apply_news_window(status, date, document.article.published).value, date


@pytest.mark.parametrize("text, trigger", [
    ("Fighters of the paramilitary force reportedly killed dozens of civilians in a village, activists said.", "killed"),
    ("Venezuela has reportedly moved troops and armored vehicles to its border with Guyana.", "moved"),
])
def test_reportedly_is_alleged(make_document, text, trigger):
    assert status_of(make_document, text, trigger)[0] == "alleged"


def test_according_to_is_still_asserted(make_document):
    text = "According to state media, the army repelled an attack by militants overnight."
    assert status_of(make_document, text, "repelled")[0] == "asserted"


@pytest.mark.parametrize("text, trigger, date", [
    ("Negotiators are expected to return to Jeddah later this week to discuss an end to the fighting.", "return", "2017-W12"),
    ("Negotiators are expected to return to Jeddah later this week to discuss an end to the fighting.", "discuss", "2017-W12"),
    ("Farmers are expected to drive their tractors into Brussels on Thursday to protest against trade deals.", "protest",
     "2017-03-30"),
    ("The minister will fly to Paris on Monday to sign the agreement.", "sign", "2017-03-27"),
])
def test_expected_with_a_day_and_its_purpose_are_planned(make_document, text, trigger, date):
    status, resolved = status_of(make_document, text, trigger)
    assert (status, resolved.date) == ("planned", date)


@pytest.mark.parametrize("text, trigger, expected", [
    ("The minister is expected to sign the agreement.", "sign", "future"),  # no day of its own
    ("The minister flew to Paris on Monday to sign the agreement.", "sign", "future"),  # a purpose of a past act
    ("The release of the fishermen is expected next week, officials said.", "release", "future"),  # no infinitive
])
def test_without_a_schedule_it_stays_future(make_document, text, trigger, expected):
    assert status_of(make_document, text, trigger)[0] == expected


@pytest.mark.parametrize("text, trigger", [
    ("The EU imposed sanctions on 40 officials, accusing them of overseeing a violent crackdown on protesters.", "crackdown"),
    ("Prosecutors charged the general with orchestrating the attacks on the villages.", "attacks"),
])
def test_an_accused_act_under_a_verb_of_responsibility_is_alleged(make_document, text, trigger):
    assert status_of(make_document, text, trigger)[0] == "alleged"


def test_a_crackdown_overseen_is_asserted(make_document):
    assert status_of(make_document, "Police oversaw a crackdown on protesters on Monday.", "crackdown")[0] == "asserted"


@pytest.mark.parametrize("text, trigger, expected", [
    ("The rebels are said to have killed ten villagers near the border.", "killed", "alleged"),
    ("According to unconfirmed reports, troops shelled the town overnight.", "shelled", "alleged"),
    ("Troops shelled the town overnight, according to unverified reports from activists.", "shelled", "alleged"),
    # A plain report or attribution is no hedge.
    ("The ministry said troops had shelled the town.", "shelled", "asserted"),
    ("Troops shelled the town overnight, according to the army.", "shelled", "asserted"),
])
def test_hearsay_and_unconfirmed_sources(make_document, text, trigger, expected):
    assert status_of(make_document, text, trigger)[0] == expected


def stated(make_document, text: str, trigger: str, cameo: str):
    document = make_document(text, published="2022-01-11")
    token = next(t for t in document.doc if t.text == trigger)
    mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)
    status = decide_status(document, mention)
    return status.value, resolve_date(document, mention, status)


def test_a_conditional_possibility_is_the_wording_of_a_threat(make_document):
    text = ("Germany's development ministry said on Friday that Berlin could turn off the taps on budget support "
            "to Mali if the junta in Bamako pushed back elections again.")
    status, date = stated(make_document, text, "turn", "1311")
    assert (status, date.date) == ("asserted", "2022-01-07")


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Berlin could cut aid to Mali if the junta pushed back elections.", "cut", "163"),  # an act, not a threat
    ("Berlin could cut aid to Mali.", "cut", "1311"),  # no condition: a possibility
])
def test_other_possibilities_stay_hypothetical(make_document, text, trigger, cameo):
    assert stated(make_document, text, trigger, cameo)[0] == "hypothetical"


@pytest.mark.parametrize("text, trigger, expected", [
    # Claiming or denying who did an act takes the act as done.
    ("Separatists belonging to the banned group claimed responsibility for the attack on the train.", "attack", "asserted"),
    ("The group's spokesman denied any involvement in the killing of the journalist.", "killing", "asserted"),
    ("Russia denied any role in the poisoning of the defector.", "poisoning", "asserted"),
    # Claiming the act itself, or denying it, still decides it.
    ("The army claimed the killing of 33 militants.", "killing", "alleged"),
    ("The government denied that troops attacked the village.", "attacked", "negated"),
    # "part of" is no authorship: the label stays the speaker's.
    ("The activist sees the book ban as part of a larger crackdown on the press.", "crackdown", "alleged"),
])
def test_responsibility_claimed_or_denied(make_document, text, trigger, expected):
    assert status_of(make_document, text, trigger)[0] == expected


# Session 18: a verb that carries an act on ("keep", "continue") leaves its gerund's act asserted (it goes on now),
# as an ending verb does; the carrying verb itself keeps the modality.
@pytest.mark.parametrize("text, trigger, expected", [
    ("Some strikers vowed to keep picketing the refinery until wages were raised.", "picketing", "asserted"),
    ("The militia said it would continue shelling the port.", "shelling", "asserted"),
    ("The union is determined to continue the strike.", "continue", "future"),
    ("The militia said it would begin shelling the port.", "shelling", "future"),
])
def test_carrying_an_act_on_leaves_it_asserted(make_document, text, trigger, expected):
    assert status_of(make_document, text, trigger)[0] == expected


# Session 18: what an agreement lays down is scheduled ("Under the deal, ... will" → planned).
@pytest.mark.parametrize("text, trigger, expected", [
    ("Under the accord, the militias will hand over their heavy weapons to the monitors.", "hand", "planned"),
    ("Under the treaty the two armies will withdraw from the buffer zone.", "withdraw", "planned"),
    ("The militias will hand over their heavy weapons to the monitors.", "hand", "future"),
    ("Under pressure from donors, the militias will hand over their heavy weapons.", "hand", "future"),
    ("Under the accord, the militias could hand over their heavy weapons.", "hand", "hypothetical"),
])
def test_under_an_agreement_will_is_planned(make_document, text, trigger, expected):
    assert status_of(make_document, text, trigger)[0] == expected
