"""The API takes the short event id tables show (a unique start of canonical_id), as `eventcoder show` does."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from web_fake_coder import SlowCoder  # noqa: E402

from eventcoder.records import Article  # noqa: E402
from eventcoder.store import EventStore  # noqa: E402
from eventcoder.web.app import create_app  # noqa: E402

TEXTS = ["USA SYR fought near the border.", "RUS UKR fought over the bridge.", "IRN IRQ fought at sea.",
         "NGA CMR fought in the hills."]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = tmp_path_factory.mktemp("web_s17_ids") / "events.duckdb"
    articles = [Article(f"a{i}", text, dt.date(2022, 3, i + 1)) for i, text in enumerate(TEXTS)]
    with EventStore.open(path) as store:
        store.add_results(SlowCoder(0).code_many(articles))
        ids = [row[0] for row in store.con.execute("SELECT canonical_id FROM canonical_events").fetchall()]
    with TestClient(create_app(path)) as client:
        yield client, ids


def test_the_short_id_a_table_shows_finds_the_event(served):
    client, ids = served
    for full in ids:
        answer = client.get(f"/api/events/{full[:10]}")
        assert answer.status_code == 200
        assert answer.json()["canonical_id"] == full and answer.json()["mentions"]
        assert client.get(f"/api/events/{full}").json()["canonical_id"] == full


def test_a_report_id_finds_its_merged_event(served):
    client, ids = served
    body = client.get("/api/events/e-a1").json()
    assert body["canonical_id"] in ids and body["mentions"][0]["event_id"] == "e-a1"


def test_an_ambiguous_short_id_is_400_listing_the_candidates(served):
    client, ids = served
    answer = client.get("/api/events/c")  # every canonical id starts with c
    assert answer.status_code == 400
    body = answer.json()
    assert body["parameter"] == "event_id"
    assert body["detail"].startswith(f"event_id: 'c' is the start of {len(ids)} event ids")
    assert "give more characters" in body["detail"] and set(body["allowed"]) <= set(ids)


def test_an_unknown_short_id_is_404(served):
    client, _ = served
    answer = client.get("/api/events/cfffffffffx")
    assert answer.status_code == 404
    assert "no merged event has an id starting with 'cfffffffffx'" in answer.json()["detail"]
