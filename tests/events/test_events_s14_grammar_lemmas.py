"""Session 14 (E): lemma repair. A surface form that regularly inflects exactly one trigger lemma is that lemma,
whatever the tagger's rules say ("raped" is "rape", though the small model gives "rap", a criticism verb)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code, source, target", [
    # active, passive with an agent, passive with neither object nor agent
    ("Sudanese soldiers raped women in the village of Tawila.", "1821", "SDN", None),
    ("Hundreds of Rohingya were raped by Myanmar soldiers, the report said.", "1821", "MMR", None),
    ("Sudanese soldiers raped Masalit villagers in Tawila.", "1821", "SDN", None),
    ("Armed men raped and killed residents of the village.", "1821", None, None),
    # the criticism verb keeps its own code
    ("Germany rapped Turkey over the arrest of journalists.", "111", "DEU", "TUR"),
])
def test_rape_and_rap_are_told_apart(real_events, text, code, source, target):
    events = real_events(text)
    assert [e for e in events if e[0] == code and (source is None or source in e[1]) and (target is None or target in e[2])], events


def test_passive_rape_without_object_is_kept(real_events):
    # "had been raped, often by armed men": no object for a victim list to match
    events = real_events("Many Yazidis had been raped, often by Islamic State fighters.")
    assert [e for e in events if e[0] == "1821"], events
    assert not [e for e in events if e[0] == "111"], events


def test_rapped_is_never_rape(real_events):
    events = real_events("The European Union rapped Hungary for its treatment of migrants.")
    assert [e for e in events if e[0] == "111"], events
    assert not [e for e in events if e[0] == "1821"], events


@pytest.mark.parametrize("form, lemma", [
    ("raped", "rape"), ("raping", "rape"), ("rapes", "rape"), ("rapped", "rap"), ("staged", "stage"),
])
def test_repair_table_follows_the_real_inflection(patterns, nlp, form, lemma):
    token = next(t for t in nlp(f"The soldiers {form} them.") if t.lower_ == form)
    assert patterns.lemma(token) == lemma


def test_forms_of_two_lemmas_are_left_to_the_tagger(patterns):
    # "meeting" is a noun we know and a form of "meet": nothing to repair, the tagger reads the context
    table = patterns._forms_repaired()
    assert "meeting" not in table or "meeting" in patterns.nouns
    assert all(form not in patterns.verbs and form not in patterns.nouns for form in table)
