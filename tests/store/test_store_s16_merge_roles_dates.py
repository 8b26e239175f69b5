"""Merging fixes from the s16 analyst test: crossed roles, dates that glue, best-report summaries, copies."""

from __future__ import annotations

import dataclasses

import pytest
from store_factory import make_article, make_event

from eventcoder.records import ArticleResult
from eventcoder.store import EventStore


@pytest.fixture
def store():
    opened = EventStore.open(":memory:")
    yield opened
    opened.close()


def _add(store, article_id, published, *events, text=None):
    article = make_article(article_id, text or " ".join(e.sentence for e in events), published=published)
    events = tuple(dataclasses.replace(e, article_id=article_id, published=published) for e in events)
    store.add_result(ArticleResult(article, events))


def _canonical(store):
    return store.con.execute(
        "SELECT source_code, target_code, date, sentence, n_mentions FROM canonical_events ORDER BY sentence"
    ).fetchall()


def test_an_attack_never_merges_with_its_roles_crossed(store):
    # "The army killed rebels" and "rebels attacked the army": same type, same day, same country.
    _add(store, "a1", "2025-03-12", make_event(cameo="183", source=["SYR"], target=["SYRREB"], date="2025-03-11",
                                                place="Syria", sentence="Troops killed dozens of rebels on Tuesday."))
    _add(store, "a2", "2025-03-12", make_event(cameo="183", source=["SYRREB"], target=["SYR"], date="2025-03-11",
                                                place="Syria", sentence="Rebels bombed an army post on Tuesday."))
    assert len(_canonical(store)) == 2


def test_a_fight_may_merge_with_its_dyad_swapped(store):
    _add(store, "a1", "2025-03-12", make_event(cameo="190", source=["SYRMIL"], target=["SYRREB"], date="2025-03-11",
                                                place="Aleppo", sentence="Troops clashed with rebels near Aleppo on Tuesday."))
    _add(store, "a2", "2025-03-12", make_event(cameo="190", source=["SYRREB"], target=["SYRMIL"], date="2025-03-11",
                                                place="Aleppo", sentence="Rebels fought the army outside Aleppo on Tuesday."))
    assert len(_canonical(store)) == 1


def test_undated_and_month_reports_do_not_glue_different_attacks(store):
    tally = make_event(cameo="183", source=["SYRREB"], target=["SYR"], date=None, place="Syria",
                       sentence="In the last 15 months, rebels killed 500 soldiers across the country.")
    bombing = make_event(cameo="183", source=["SYRREB"], target=["SYR"], date="2025-03", place="Syria",
                         sentence="Earlier this month a suicide bomber struck a convoy in the east.")
    hijack = make_event(cameo="183", source=["SYRREB"], target=["SYR"], date="2025-03-11", place="Syria",
                        sentence="Gunmen seized a passenger train on Tuesday.")
    _add(store, "a1", "2025-03-14", tally)
    _add(store, "a2", "2025-03-12", bombing)
    _add(store, "a3", "2025-03-12", hijack)
    assert len(_canonical(store)) == 3


def test_the_summary_comes_whole_from_the_best_report(store):
    # The undated report founds the event; the dated one, worded alike, joins it and becomes its summary.
    vague = make_event(cameo="183", source=["SYRREB"], target=["SYR"], date=None, place="Syria",
                       sentence="Rebels attacked the passenger train near Homs, officials said.")
    exact = make_event(cameo="183", source=["SYRREB"], target=["SYRCVL"], date="2025-03-11", place="Syria",
                       sentence="Rebels attacked the passenger train near Homs on Tuesday.")
    _add(store, "a1", "2025-03-12", vague)
    _add(store, "a2", "2025-03-13", exact)
    assert _canonical(store) == [("SYRREB", "SYRCVL", "2025-03-11", exact.sentence, 2)]


STORY = (
    "Gunmen stormed a hotel in the town of Beledweyne on Tuesday, leaving at least five people dead and "
    "triggering a siege, according to witnesses and a lawmaker. Elders and government officials were meeting "
    "at the hotel when the attackers set off an explosion at the gate and then forced their way inside. "
    "Security forces surrounded the building and exchanged fire with the attackers for several hours. "
    "The militant group claimed responsibility for the attack in a short statement posted online. "
    "Residents said the sound of gunfire could be heard across the town until late in the evening."
)


def test_a_republished_copy_joins_the_original_events_and_keeps_their_date(store):
    def events(published, copy):
        said = "Witnesses said" if copy else "Residents said"
        return (
            make_event(cameo="190", source=["SOMINS"], target=["SOM"], date="2025-03-11", place="Syria",
                       sentence=STORY.split(". ")[0] + "."),
            # Dated only by its publication day: the copy's day is a day later.
            dataclasses.replace(make_event(cameo="112", source=["SOMINS"], target=["SOMGOV"], date=published,
                                           sentence="The militant group claimed responsibility for the attack."),
                                date_source="publication"),
            make_event(cameo="183", source=["SOMINS"], target=["SOMCVL"], date=published,
                       sentence=f"{said} the sound of gunfire could be heard across the town."),
        )

    _add(store, "orig", "2025-03-11", *events("2025-03-11", False), text=STORY)
    before = sorted(store.con.execute("SELECT canonical_id, date FROM canonical_events").fetchall())
    copy_text = STORY.replace("Gunmen stormed", "Armed men stormed").replace("Residents said", "Witnesses said")
    _add(store, "copy", "2025-03-12", *events("2025-03-12", True), text=copy_text)
    assert sorted(store.con.execute("SELECT canonical_id, date FROM canonical_events").fetchall()) == before
    reasons = store.con.execute("SELECT merge_reason FROM event_mentions WHERE article_id = 'copy'").fetchall()
    assert all("near-duplicate article" in reason for (reason,) in reasons)
    assert store.con.execute("SELECT min(n_articles) FROM canonical_events").fetchone()[0] == 2


def test_a_copy_coded_with_other_actors_still_joins_but_never_with_roles_crossed(store):
    first = STORY.split(". ")[0] + "."
    original = make_event(cameo="183", source=["SOMINS"], target=["SOMCVL"], date="2025-03-11", sentence=first)
    _add(store, "orig", "2025-03-11", original, text=STORY)
    copy_text = STORY.replace("Gunmen stormed", "Armed men stormed")
    # The copy's coder read another country for the same words: still the original's report.
    other_country = make_event(cameo="183", source=["KENINS"], target=["SOMCVL"], date="2025-03-11", sentence=first)
    _add(store, "copy", "2025-03-12", other_country, text=copy_text)
    assert store.con.execute("SELECT count(*) FROM canonical_events").fetchone()[0] == 1
    # Roles crossed (the civilians attacking the militants) is another event, even in a copy.
    crossed = make_event(cameo="183", source=["SOMCVL"], target=["SOMINS"], date="2025-03-11", sentence=first)
    _add(store, "copy2", "2025-03-12", crossed, text=copy_text + " Updated.")
    assert store.con.execute("SELECT count(*) FROM canonical_events").fetchone()[0] == 2
