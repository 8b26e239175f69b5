"""Session 22 classes (from misses of plover_style_dev and known misses), each with phrasings of our own."""

from __future__ import annotations

import pytest
from event_checks import has_event as _has


@pytest.mark.parametrize("text, source, target", [
    ("Russia crushed Georgia in 2008.", "RUS", "GEO"),
    ("Russian troops crushed Georgian forces in a five-day war in 2008.", "RUS", "GEO"),
    ("Syrian troops crushed Islamic State fighters near Palmyra.", "SYR", None),
    ("Nigerian soldiers routed Boko Haram militants in Borno state.", "NGA", "NGA"),
    ("Israeli forces smashed Hezbollah positions in southern Lebanon.", "ISR", "LBN"),
])
def test_crushing_an_enemy_is_fighting(coded, text, source, target):
    assert _has(coded(text), "190", source, target), coded(text)


@pytest.mark.parametrize("text, source, target", [
    # the enemy named by a force noun stays the target, not only militants ("defeated Russian forces" kept)
    ("Ukrainian troops defeated Russian forces near Kharkiv.", "UKR", "RUS"),
    ("Ethiopian forces crushed Eritrean soldiers at Badme.", "ETH", "ERI"),
])
def test_force_nouns_are_the_target(coded, text, source, target):
    assert _has(coded(text), "190", source, target), coded(text)


@pytest.mark.parametrize("text, code", [
    ("Police crushed the protest in Minsk.", "175"),       # crowds crushed: repression, not fighting
    ("Brazil crushed Argentina 4-0 in the final.", None),  # a match result
    ("The decision crushed hopes of a quick recovery.", None),
])
def test_crushing_what_is_no_enemy(coded, text, code):
    events = coded(text)
    assert not _has(events, "190"), events
    if code:
        assert _has(events, code), events


@pytest.mark.parametrize("text, source, target", [
    ("Gambia withdrew from the Commonwealth on Wednesday.", "GMB", None),
    ("Burundi withdrew from the International Criminal Court last year.", "BDI", None),
])
def test_a_state_leaving_a_body_reduces_relations(coded, text, source, target):
    events = coded(text)
    assert _has(events, "160", source, target) and not _has(events, "0874"), events


@pytest.mark.parametrize("text", [
    "India withdrew its troops from the UN mission in Lebanon.",  # troops withdrawn: a retreat
    "The rebels withdrew from the UN-controlled buffer zone.",
])
def test_forces_leaving_stay_a_retreat(coded, text):
    events = coded(text)
    assert not _has(events, "160"), events


@pytest.mark.parametrize("text, source, target", [
    ("Sudanese troops massed near the oil town of Heglig on Thursday.", "SDN", None),
    ("Chinese forces were massing along the border with India.", "CHN", "IND"),
    ("Venezuela's president ordered ten army battalions to the Colombian border.", "VEN", "COL"),
    ("Pakistan ordered two brigades to its border with Afghanistan.", "PAK", "AFG"),
])
def test_troops_gathering_is_mobilization(coded, text, source, target):
    assert _has(coded(text), "154", source, target), coded(text)


def test_civilians_massing_are_no_mobilization(coded):
    events = coded("Supporters of the candidate massed outside the court in Nairobi.")
    assert not _has(events, "154"), events


@pytest.mark.parametrize("text, source, target", [
    ("Ugandan authorities handed over two suspected leaders of a Rwandan militia to Rwanda.", "UGA", "RWA"),
    ("Morocco handed over three alleged members of the cell to Spanish police.", "MAR", "ESP"),
])
def test_handing_over_suspects_is_judicial_cooperation(coded, text, source, target):
    assert _has(coded(text), "063", source, target), coded(text)


@pytest.mark.parametrize("text, source, target", [
    ("The Indian prime minister arrived in Dhaka for two days of talks with Bangladeshi officials.", "IND", "BGD"),
    ("Brazil's president arrived in Buenos Aires on Monday for three days of talks with Argentine leaders.", "BRA", "ARG"),
])
def test_a_time_counting_the_talks_keeps_the_particle(coded, text, source, target):
    assert _has(coded(text), "042", source, target), coded(text)


@pytest.mark.parametrize("text, source", [
    ("Thousands of students occupied the parliament building in Jakarta, demanding that the president step down.", "IDN"),
    ("Hundreds of villagers stormed the governor's office in Kisumu, chanting slogans against the police.", "KEN"),
])
def test_a_crowd_acting_with_a_protest_participle_riots(coded, text, source):
    assert _has(coded(text), "145", source), coded(text)


def test_a_crowd_without_unrest_is_no_riot(coded):
    assert not _has(coded("Villagers occupied the disputed farmland near Kisumu."), "145")


@pytest.mark.parametrize("text, source, target", [
    ("Australian police have been working alongside Indonesian investigators to find the bombers.", "AUS", "IDN"),
    ("French customs officers are operating alongside Belgian police at the border.", "FRA", "BEL"),
])
def test_working_alongside_is_cooperation(coded, text, source, target):
    assert _has(coded(text), "060", source, target), coded(text)


def test_fighting_alongside_an_ally_stays_fighting(coded):
    events = coded("Kinshasa said Rwandan troops had crossed the border to fight alongside M23 rebels.")
    assert not _has(events, "06"), events


@pytest.mark.parametrize("text, code, source, target", [
    ("Myanmar accepted aid from Thailand after the cyclone.", "0863", "MMR", "THA"),
    ("China ordered snap military drills near Taiwan on Monday.", "150", "CHN", None),
    ("Israel eased the closure of the West Bank on Sunday.", "0872", "ISR", "PSE"),
    ("Egypt lifted the closure of the Rafah crossing.", "0872", "EGY", None),
])
def test_s22_single_rows(coded, text, code, source, target):
    assert _has(coded(text), code, source, target), coded(text)


@pytest.fixture(scope="module")
def plover_coded(nlp):
    """Full pipeline in the PLOVER gold's conventions (negated cooperation is a refusal)."""
    from eventcoder.pipeline import Coder, CoderOptions
    from eventcoder.records import Article

    coder = Coder(CoderOptions(modality_as_intent=True, main_event_only=True), nlp=nlp)

    def run(text):
        return [(e.cameo, tuple(m.country for m in e.source), tuple(m.country for m in e.target))
                for e in coder.code_article(Article(article_id="t", text=text))]
    return run


@pytest.mark.parametrize("text, source, target", [
    ("Cuba said it would not accept any American aid after the hurricane.", "CUB", "USA"),
    ("North Korea will not accept aid from South Korea, its state media said.", "PRK", "KOR"),
])
def test_aid_not_accepted_is_a_rejection(plover_coded, text, source, target):
    assert _has(plover_coded(text), "12", source, target), plover_coded(text)


@pytest.mark.parametrize("text, source", [
    ("Thousands of Hondurans filled the streets of Tegucigalpa on Sunday demanding a new election.", "HND"),
    ("Thousands of Serbs filled the streets of Belgrade, demanding that President Vucic resign.", "SRB"),
    ("Farmers drove their tractors into Brussels, demanding lower fuel taxes.", None),  # (the place stage adds BEL)
])
def test_a_crowd_demanding_demonstrates(coded, text, source):
    events = coded(text)
    assert _has(events, "141", source) and not _has(events, "10"), events


@pytest.mark.parametrize("text", [
    "The president flew to Paris on Monday, calling for more aid to Ukraine.",
    "Opposition leaders met in Nairobi, demanding a recount of the vote.",
])
def test_a_demand_by_no_crowd_stays_a_demand(coded, text):
    assert not _has(coded(text), "14"), coded(text)


def test_an_act_of_its_own_keeps_the_crowd_demand_a_detail(coded):
    # the crowd's own act is coded (a riot), so the demand is no demonstration of its own
    events = coded("Protesters stormed the parliament building in Kathmandu, demanding that the king step down.")
    assert _has(events, "145"), events
