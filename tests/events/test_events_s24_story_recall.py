"""Session 24 (events): story recall. Background protests with no place take their sentence's one country in a whole
story (and are dropped when the story tells the same unrest elsewhere); light-verb ceasefires ("called a halt to
hostilities", "put an end to the fighting"); legal acts ("filed a case at the ICJ accusing Israel",
"challenged the result in court")."""

from __future__ import annotations

import datetime as dt

import pytest
from event_checks import has_event as _has

from eventcoder.records import Article


@pytest.fixture(scope="module")
def coder(default_coder):
    return default_coder  # tests/conftest.py: one per session


def _code(coder, text, published="2019-11-11"):
    article = Article(article_id="t", text=text, published=dt.date.fromisoformat(published))
    return [(e.cameo, tuple(a.country for a in e.source), tuple(a.country for a in e.target), e.trigger.text)
            for e in coder.code_article(article)]


# --- background protests with no place ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Bolivian President Evo Morales resigned on Sunday after three weeks of protests over a disputed election. "
     "Mexico said on Monday it would grant him asylum.", "BOL"),
    ("Algerian President Abdelaziz Bouteflika resigned on Tuesday after six weeks of mass protests against his rule. "
     "He informed the Constitutional Council of his decision in a letter.", "DZA"),
    ("Thai Prime Minister Prayuth Chan-ocha dissolved parliament on Monday amid months of demonstrations. "
     "An election will be held in May, the Election Commission said.", "THA"),
])
def test_background_protest_takes_the_sentence_country_in_a_story(coder, text, country):
    events = _code(coder, text)
    assert any(c.startswith("14") and s == (country,) and t == (country,) for c, s, t, _ in events), events


def test_background_protest_with_two_countries_in_its_sentence_stays_unplaced(coder):
    events = _code(coder, "Former Bolivian President Evo Morales flew to Mexico's capital on Tuesday, two days after he "
                          "resigned after weeks of protests over a disputed election. He thanked the Mexican government.")
    assert not any(c.startswith("14") and s == ("BOL",) for c, s, t, _ in events), events


def test_background_protest_in_a_lone_sentence_is_not_coded(coder):
    # (a lone sentence is coded for its own news: the wire-sentence gold sets leave the background unrest out)
    events = _code(coder, "Egyptian President Hosni Mubarak said he would not seek another term after a week of "
                          "mass protests.")
    assert not any(c.startswith("14") for c, *_ in events), events


def test_background_unrest_retold_in_its_own_sentence_is_coded_once(coder):
    events = _code(coder, "Chilean President Sebastian Pinera suspended a rise in metro fares on Saturday after two days "
                          "of rioting in which protesters torched metro stations, buses and supermarkets. Soldiers "
                          "patrolled the streets.")
    riots = [e for e in events if e[0].startswith("14") and e[1] == ("CHL",)]
    assert [trigger for *_, trigger in riots] == ["torched"], events


def test_background_unrest_and_a_later_protest_are_two_events(coder):
    # (the story sets code the days of rioting and the night's torching apart)
    events = _code(coder, "Chilean President Sebastian Pinera suspended a rise in metro fares on Saturday after two days "
                          "of rioting. Protesters torched metro stations and buses in Santiago on Friday.")
    riots = {trigger for c, s, t, trigger in events if c.startswith("14") and s == ("CHL",) and t == ("CHL",)}
    assert riots == {"rioting", "torched"}, events


# --- light-verb ceasefires ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Colombia's ELN rebels called a unilateral halt to hostilities over the Christmas holidays.", "COL"),
    ("Sudan's army announced a halt to hostilities in Darfur on Monday.", "SDN"),
])
def test_a_halt_to_hostilities_is_a_ceasefire(coder, text, source):
    events = _code(coder, text)
    assert any(c == "0871" and source in s for c, s, *_ in events), events


def test_putting_an_end_to_the_fighting(real_events):
    events = real_events("Sudan's army and the RSF vowed to put an end to the fighting in Khartoum.")
    assert _has(events, "0871") or _has(events, "0356"), events


def test_an_end_to_anything_else_is_no_ceasefire(real_events):
    events = real_events("The war brought an end to decades of peace between Ethiopia and Eritrea.")
    assert not _has(events, "087"), events


# --- legal acts -----------------------------------------------------------------------------------------------------

def test_a_case_accusing_someone_is_legal_action_against_them(real_events):
    events = real_events("South Africa filed a case at the International Court of Justice accusing Israel of genocide.")
    assert _has(events, "115", "ZAF", "ISR"), events
    assert not _has(events, "112"), events  # (the accusation is what the case says: one event)


@pytest.mark.parametrize("text, source, target", [
    ("Kenya's opposition leader Raila Odinga said he would challenge President Uhuru Kenyatta's re-election in the "
     "Supreme Court.", "KEN", "KEN"),
    ("Brazil contested the ruling before the World Trade Organization.", "BRA", None),
])
def test_challenging_in_court_is_legal_action(real_events, text, source, target):
    events = real_events(text)
    assert _has(events, "115", source, target), events
    assert not any(c == "115" and any(t is None for t in ts) for c, _s, ts in events), events  # (never the court)


def test_challenging_without_a_court_is_no_legal_action(real_events):
    events = real_events("Kenya's opposition leader Raila Odinga challenged the result on Monday.")
    assert not _has(events, "115"), events


def test_a_court_hung_on_the_objects_of_noun_still_counts(coder):
    # (the parser hangs "in court" on "election": "challenged the result of the 2013 election in court")
    events = _code(coder, "Kenyan opposition leader Raila Odinga rejected the results. Odinga also challenged the result "
                          "of the 2013 election in court, and lost.")
    assert any(c == "115" and s == ("KEN",) and t == ("KEN",) for c, s, t, _ in events), events


# --- review findings (session 24 mend): negative cases ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # (only a span of time or a count stands between the protest and the background preposition)
    "Kenya's election passed peacefully despite fears of protests. Observers praised the vote.",
    "Nigeria's government lifted the curfew after the absence of protests for a week. Shops reopened.",
    "Iran's president praised the calm since the end of protests in 2020. He spoke on state television.",
    # (the sentence's one country is the unrest's only when its state is named, and the protest names no one or
    # nowhere of its own)
    "Peru's president closed the border after weeks of protests across the frontier. Bolivia's government criticised "
    "the move.",
    "Israel's national team withdrew from the tournament after days of protests. The event was held in Spain.",
    "Brazilian striker Neymar left the pitch after loud protests from fans. His club said he was injured.",
    "Chinese retailers pulled H&M products after days of protests on social media. The Swedish company apologized.",
])
def test_no_background_protest_where_none_was_at_home(coder, text):
    events = _code(coder, text)
    assert not any(c.startswith("14") for c, *_ in events), events


@pytest.mark.parametrize("text", [
    "Democrats contested Trump's nomination of Brett Kavanaugh to the Supreme Court.",
    "Polish lawmakers challenged the election of three judges to the Constitutional Tribunal.",
    "Kenya's opposition leader challenged the result at a press conference outside the Supreme Court.",
    "Kenya's opposition leader challenged the verdict at the court's gates on Monday.",
    "Trump challenged the election result in the court of public opinion, aides said.",
    "American Serena Williams challenged the umpire's decision at Centre Court.",
])
def test_challenging_near_a_court_is_no_legal_action(real_events, text):
    events = real_events(text)
    assert not _has(events, "115"), events


@pytest.mark.parametrize("text", [
    "Egypt put an end to the fighting between Israel and Hamas.",  # (the mediator)
    "Spanish police put an end to clashes between rival fans in Madrid.",
    "Syrian troops put an end to the fighting in Aleppo by retaking the last rebel district.",  # (a victory)
    "The International Court of Justice ordered a halt to military operations in Rafah.",
    "The government put an end to the fighting spirit of its young athletes, critics said.",
])
def test_ending_a_fight_not_ones_own_is_no_ceasefire(real_events, text):
    events = real_events(text)
    assert not _has(events, "0871"), events


def test_putting_a_stop_to_the_fighting(real_events):
    events = real_events("Ukraine's president put a stop to the fighting in the east.")
    assert _has(events, "0871", "UKR"), events


def test_a_case_with_a_charge_is_one_event(real_events):
    events = real_events("Pakistan took the dispute to the Permanent Court of Arbitration, charging India with "
                         "violating the Indus Waters Treaty.")
    assert _has(events, "115", "PAK", "IND"), events
    assert not _has(events, "173") and not _has(events, "112"), events  # (the charge is what the case says)


def test_refusing_to_halt_an_offensive_keeps_its_target(real_events):
    # (a halt to one side's offensive is no light-verb ceasefire: the refusal keeps the place's country as target)
    events = real_events("Israel refused to call a halt to the offensive in Gaza.")
    assert _has(events, "12", "ISR", "PSE"), events
