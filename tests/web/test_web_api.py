"""The HTTP API on a small store coded from our own short articles (real coder, real DuckDB)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from eventcoder.records import Article  # noqa: E402
from eventcoder.store import EventStore  # noqa: E402
from eventcoder.web.app import create_app  # noqa: E402

ARTICLES = [
    Article("web-attack", "Boko Haram militants attacked a military base near Maiduguri on Wednesday, killing four "
            "soldiers, the Nigerian army said.", dt.date(2019, 8, 22), url="https://example.org/attack",
            title="Militants attack army base in Nigeria"),
    Article("web-sanction", "The European Union imposed new sanctions on Russia on Tuesday.", dt.date(2022, 3, 2),
            title="EU sanctions Russia"),
    Article("web-visit", "Kenyan President Uhuru Kenyatta met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa "
            "on Friday.", dt.date(2021, 6, 11), title="Kenyatta meets Abiy"),
    Article("web-protest", "Thousands of students protested against the government in Bangkok on Monday.",
            dt.date(2020, 10, 19), title="Students protest in Bangkok"),
]


@pytest.fixture(scope="module")
def store(default_coder, tmp_path_factory):
    path = tmp_path_factory.mktemp("web_api") / "events.duckdb"
    with EventStore.open(path) as writable:
        writable.add_results(default_coder.code_many(ARTICLES))
    opened = EventStore.open(path, read_only=True)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store)) as test_client:
        yield test_client


def test_health_counts_the_stored_rows(client, store):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["counts"] == store.counts()
    assert body["counts"]["articles"] == len(ARTICLES)


def test_events_match_the_store_query_and_page(client, store):
    body = client.get("/api/events", params={"status": "any", "limit": 2}).json()
    expected = store.events(status="any", limit=None)
    assert body["total"] == len(expected) >= 4
    assert [e["canonical_id"] for e in body["events"]] == list(expected["canonical_id"][:2])
    second = client.get("/api/events", params={"status": "any", "limit": 2, "offset": 2}).json()
    assert [e["canonical_id"] for e in second["events"]] == list(expected["canonical_id"][2:4])


def test_events_filters_by_plover_type_actor_and_dates(client):
    assault = client.get("/api/events", params={"plover_type": "ASSAULT"}).json()["events"]
    assert assault and all(e["plover_type"] == "ASSAULT" for e in assault)
    assert any(e["target_country"] == "NGA" for e in assault)
    russia = client.get("/api/events", params={"actor": "RUS"}).json()["events"]
    assert russia and all("RUS" in (e["source_country"], e["target_country"]) for e in russia)
    in_2021 = client.get("/api/events", params={"start": "2021", "end": "2021", "status": "any"}).json()["events"]
    assert in_2021 and all(e["event_date"].startswith("2021") for e in in_2021)
    none = client.get("/api/events", params={"text": "no such words anywhere"}).json()
    assert none["total"] == 0 and none["events"] == []


def test_a_filter_value_is_data_not_sql(client):
    # A value no actor can have is refused before any SQL runs; free text is just text that matches nothing.
    refused = client.get("/api/events", params={"actor": "IRN'; DROP TABLE articles; --"})
    assert refused.status_code == 400 and refused.json()["parameter"] == "actor"
    answer = client.get("/api/events", params={"text": "x'); DROP TABLE articles; --"})
    assert answer.status_code == 200 and answer.json()["total"] == 0
    assert client.get("/api/health").json()["counts"]["articles"] == len(ARTICLES)


def test_one_event_has_its_mentions_and_evidence(client):
    row = client.get("/api/events", params={"plover_type": "SANCTION"}).json()["events"][0]
    event = client.get(f"/api/events/{row['canonical_id']}").json()
    assert event["canonical_id"] == row["canonical_id"]
    evidence = event["mentions"][0]["evidence"]
    assert evidence["article_id"] == "web-sanction"
    start, end = evidence["trigger_in_sentence"]
    assert evidence["sentence"][start:end].lower() == evidence["trigger"].lower()
    assert evidence["trigger_end"] > evidence["trigger_start"]
    # The page reads the event's and the report's own columns too, beyond the declared ones.
    assert event["plover_type"] == "SANCTION" and event["n_mentions"] == len(event["mentions"])
    assert event["mentions"][0]["sentence"] == evidence["sentence"]


def test_an_unknown_event_is_404(client):
    answer = client.get("/api/events/not-an-event")
    assert answer.status_code == 404
    assert "not-an-event" in answer.json()["detail"]


def test_series_counts_events_per_period(client, store):
    body = client.get("/api/series", params={"freq": "year", "status": "any"}).json()
    assert body["freq"] == "year"
    years = {row["period"][:4]: row["n_events"] for row in body["rows"]}
    assert sum(years.values()) == len(store.events(status="any", limit=None).dropna(subset=["event_date"]))
    assert "2019" in years


def test_actors_lists_actors_and_dyads(client):
    body = client.get("/api/actors", params={"top": 5, "status": "any"}).json()
    assert body["actors"] and body["actors"][0]["n_events"] >= body["actors"][-1]["n_events"]
    assert all({"source_code", "target_code", "n_events"} <= set(d) for d in body["dyads"])


def test_map_is_geojson_with_place_precision(client):
    body = client.get("/api/map", params={"status": "any"}).json()
    assert body["type"] == "FeatureCollection" and body["features"]
    for feature in body["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        place = feature["properties"]
        assert place["country_precision"] == (place["precision"] == "country")
        assert place["n_events"] >= 1
    names = {f["properties"]["place_name"] for f in body["features"]}
    assert "Addis Ababa" in names


def test_network_edges_join_known_nodes(client):
    body = client.get("/api/network", params={"status": "any"}).json()
    ids = {node["id"] for node in body["nodes"]}
    assert body["edges"]
    for edge in body["edges"]:
        assert edge["source"] in ids and edge["target"] in ids and edge["n_events"] >= 1


@pytest.mark.parametrize(
    ("params", "path", "parameter", "words"),
    [
        ({"plover_type": "FIGHT"}, "/api/events", "plover_type", ["ASSAULT", "SANCTION", "PROTEST"]),
        ({"start": "2022-05", "end": "2022-01"}, "/api/events", "start", ["reversed"]),
        ({"start": "yesterday"}, "/api/series", "start", ["YYYY-MM-DD"]),
        ({"status": "rumoured"}, "/api/map", "status", ["asserted", "any"]),
        ({"cameo": "19x"}, "/api/events", "cameo", ["prefix"]),
        ({"quad_class": 7}, "/api/network", "quad_class", ["1, 2, 3 or 4"]),
        ({"country": "Nowhere-land 9"}, "/api/actors", "country", ["country name"]),
        ({"bbox": "10,20,30"}, "/api/events", "bbox", ["four numbers"]),
        ({"bbox": "30,0,10,20"}, "/api/map", "bbox", ["minimum"]),
        ({"min_confidence": 2}, "/api/events", "min_confidence", ["0..1"]),
        ({"freq": "hourly"}, "/api/series", "freq", ["month"]),
        ({"by": "colour"}, "/api/series", "by", ["plover_type"]),
    ],
)
def test_a_bad_parameter_is_400_naming_it(client, params, path, parameter, words):
    answer = client.get(path, params=params)
    assert answer.status_code == 400
    body = answer.json()
    assert body["parameter"] == parameter
    assert body["detail"].startswith(f"{parameter}:")
    for word in words:
        assert word in body["detail"]


def test_a_value_of_the_wrong_type_is_422_naming_it(client):
    answer = client.get("/api/events", params={"limit": "many"})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["query", "limit"]
    assert client.get("/api/events", params={"limit": 5000}).status_code == 422


def test_openapi_describes_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/series", "/api/actors", "/api/map",
                 "/api/network", "/api/health"):
        assert path in schema["paths"], path
    answer = schema["paths"]["/api/map"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer["$ref"].endswith("/MapAnswer")
    assert "country_precision" in schema["components"]["schemas"]["PlaceProperties"]["properties"]
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "source", "target", "plover_type", "cameo", "quad_class", "status", "start", "end", "place",
            "bbox", "text", "min_confidence", "limit", "offset"} <= names


def test_the_page_and_its_files_are_served_without_outside_links(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for path in ("/static/app.js", "/static/style.css"):
        answer = client.get(path)
        assert answer.status_code == 200
        assert "http://" not in answer.text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in answer.text
    assert "https://" not in page.text and "http://" not in page.text


def test_serve_without_a_store_says_so_in_one_line(tmp_path):
    from click.testing import CliRunner

    from eventcoder.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 1
    assert "no event store at" in result.output and "Traceback" not in result.output


def test_serve_on_a_taken_port_says_so_in_one_line(store):
    import socket

    from click.testing import CliRunner

    from eventcoder.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", store.path, "--port", str(port)])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "Traceback" not in result.output


def test_parallel_requests_on_a_real_server_agree(client, store):
    """uvicorn in a thread over the store file, as ``serve`` runs it: requests on several threads share
    the file's read-only connection while any is in flight, each on its own cursor."""
    import json
    import socket
    import threading
    import time
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(store.path)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        paths = ["/api/events?status=any&limit=3", "/api/series?freq=year&status=any", "/api/map?status=any",
                 "/api/actors?status=any", "/api/network?status=any"] * 4

        def fetch(path):
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=20) as answer:
                return path, json.load(answer)

        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(fetch, paths))
        for path, body in answers:
            assert body == client.get(path).json(), path
        assert not app.state.resources.store.is_open  # closed again once nothing is asked
    finally:
        server.should_exit = True
        thread.join(timeout=10)
