"""Schema version 3: each report keeps where its sentence starts, so its trigger is placed exactly in the sentence.

A store written before version 3 migrates when opened for writing and still answers, through the
library and through the HTTP API.
"""

from __future__ import annotations

import dataclasses

import duckdb
import pytest
from store_factory import make_article, make_event

from eventcoder.records import ArticleResult, Span
from eventcoder.store import SCHEMA_VERSION, EventStore, StoreError
from eventcoder.store.schema import MIGRATIONS

TEXT = ("Rebels shelled the port on Tuesday and the navy shelled them back. "
        "Police arrested ten people in the capital.")
SHELLED_AGAIN = TEXT.index("shelled", TEXT.index("shelled") + 1)
ARRESTED = TEXT.index("arrested")
SECOND_SENTENCE = TEXT.index("Police")


def _results():
    """Two reports in one article: a repeated trigger word (its second occurrence) and a single one."""
    article = make_article("offsets", TEXT, published="2021-03-04")
    first, second = TEXT[:SECOND_SENTENCE].strip(), TEXT[SECOND_SENTENCE:]
    navy = make_event(article_id="offsets", cameo="195", source=["UKRMIL"], target=["RUSREB"], date="2021-03-02",
                      sentence=first, sentence_index=0, trigger="shelled")
    police = make_event(article_id="offsets", cameo="173", source=["UKRCOP"], target=["UKR"], date="2021-03-02",
                        sentence=second, sentence_index=1, trigger="arrested")
    navy = dataclasses.replace(navy, trigger=Span("shelled", SHELLED_AGAIN, SHELLED_AGAIN + 7))
    police = dataclasses.replace(police, trigger=Span("arrested", ARRESTED, ARRESTED + 8))
    return [ArticleResult(article, (navy, police))]


def _starts(store) -> dict[str, int]:
    rows = store.con.execute("SELECT trigger_text, sentence_start FROM event_mentions").fetchall()
    return dict(rows)


def test_a_new_store_keeps_where_each_sentence_starts(tmp_path):
    with EventStore.open(tmp_path / "new.duckdb") as store:
        store.add_results(_results())
        assert _starts(store) == {"shelled": 0, "arrested": SECOND_SENTENCE}
        mentions = store.events(canonical=False, status="any", limit=None)
    assert "sentence_start" in mentions.columns


def _version_2_file(tmp_path) -> str:
    """A store file as eventcoder wrote it before version 3: the v2 schema, rows of the same article."""
    current = tmp_path / "current.duckdb"
    with EventStore.open(current) as store:
        store.add_results(_results())
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    from eventcoder.store.schema import migrate

    assert migrate(con, MIGRATIONS[:2]) == 2
    con.execute(f"ATTACH '{current}' AS current (READ_ONLY)")
    for table in ("articles", "article_bands", "canonical_events", "errors"):
        con.execute(f"INSERT INTO {table} SELECT * FROM current.{table}")
    con.execute("INSERT INTO event_mentions SELECT * EXCLUDE (sentence_start) FROM current.event_mentions")
    con.execute("DETACH current")
    con.close()
    return str(old)


def test_a_version_2_store_migrates_and_still_answers(tmp_path):
    old = _version_2_file(tmp_path)
    with pytest.raises(StoreError, match="schema version 2"):
        EventStore.open(old, read_only=True)  # a reader never migrates: it says how to
    with EventStore.open(old) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        # Without the article text only a trigger found once in its sentence places it.
        assert _starts(store) == {"shelled": None, "arrested": SECOND_SENTENCE}
    with EventStore.open(old, read_only=True) as store:
        assert len(store.events(status="any", limit=None)) == 2
        assert list(store.series(freq="month", status="any")["n_events"]) == [2]


def test_the_api_places_triggers_exactly_in_new_and_migrated_stores(tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from eventcoder.web.app import create_app

    old = _version_2_file(tmp_path)
    EventStore.open(old).close()  # migrate
    expected = {
        str(tmp_path / "current.duckdb"): {"shelled": [SHELLED_AGAIN, SHELLED_AGAIN + 7],
                                            "arrested": [ARRESTED - SECOND_SENTENCE, ARRESTED - SECOND_SENTENCE + 8]},
        # The repeated word of an old report is left unmarked rather than marked at the wrong place.
        old: {"shelled": None, "arrested": [ARRESTED - SECOND_SENTENCE, ARRESTED - SECOND_SENTENCE + 8]},
    }
    for path, spans in expected.items():
        with EventStore.open(path, read_only=True) as store, TestClient(create_app(store)) as client:
            found = {}
            for row in client.get("/api/events", params={"status": "any"}).json()["events"]:
                for mention in client.get(f"/api/events/{row['canonical_id']}").json()["mentions"]:
                    evidence = mention["evidence"]
                    found[evidence["trigger"]] = evidence["trigger_in_sentence"]
                    if evidence["trigger_in_sentence"]:
                        start, end = evidence["trigger_in_sentence"]
                        assert evidence["sentence"][start:end] == evidence["trigger"]
            assert found == spans, path
