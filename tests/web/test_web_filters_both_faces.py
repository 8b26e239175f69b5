"""One filter check, two faces: the same values give the same rows or the same error in the CLI and the API.

The store's ``filters.check_filters`` reads every filter; ``eventcoder events`` shows its error as a
usage error on the option (exit 2), the API as HTTP 400 ``{"detail", "parameter", "allowed"}``.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

pytest.importorskip("fastapi")

from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from eventcoder.cli import main  # noqa: E402
from eventcoder.records import Article  # noqa: E402
from eventcoder.store import EventStore  # noqa: E402
from eventcoder.web.app import create_app  # noqa: E402

ARTICLES = [
    Article("faces-raid", "Gunmen attacked a police station in Kano on Sunday, the Nigerian police said.",
            dt.date(2021, 5, 3), title="Police station attacked in Kano"),
    Article("faces-sanction", "Canada imposed sanctions on Russia on Thursday.", dt.date(2022, 4, 8),
            title="Canada sanctions Russia"),
    Article("faces-talks", "The foreign ministers of Ghana and Togo met in Accra on Monday.", dt.date(2023, 2, 14),
            title="Ghana and Togo meet"),
]

# (filters, parameter at fault or None, words the message must hold)
CASES = [
    ({"country": "Nigeria"}, None, []),
    ({"actor": "Russia"}, None, []),
    ({"source": "canada", "target": "RUS"}, None, []),
    ({"cameo": "1"}, None, []),
    ({"cameo": "0"}, None, []),
    ({"quad_class": "4", "status": "any"}, None, []),
    ({"start": "2022", "end": "2023-02", "status": "any"}, None, []),
    ({"min_confidence": "0.1", "bbox": "-20,0,20,20"}, None, []),
    ({"plover_type": "FIGHT"}, "plover_type", ["'FIGHT' is not a PLOVER type", "ASSAULT", "SANCTION"]),
    ({"cameo": "19x"}, "cameo", ["not a CAMEO code", "1 to 4 digits"]),
    ({"cameo": "01234"}, "cameo", ["1 to 4 digits"]),
    ({"quad_class": "7"}, "quad_class", ["1, 2, 3 or 4"]),
    ({"quad_class": "war"}, "quad_class", ["1, 2, 3 or 4"]),
    ({"status": "rumoured"}, "status", ["asserted", "'any'"]),
    ({"start": "yesterday"}, "start", ["not a date", "YYYY-MM-DD"]),
    ({"start": "2022-05", "end": "2022-01"}, "start", ["reversed", "swap"]),
    ({"end": "2022-13"}, "end", ["not a date"]),
    ({"bbox": "10,20,30"}, "bbox", ["four numbers"]),
    ({"bbox": "30,0,10,20"}, "bbox", ["minimum"]),
    ({"bbox": "0,0,200,10"}, "bbox", ["-180..180"]),
    ({"min_confidence": "2"}, "min_confidence", ["0..1"]),
    ({"min_confidence": "high"}, "min_confidence", ["not a number"]),
    ({"actor": "IRN'; DROP TABLE articles; --"}, "actor", ["country name (Iran)"]),
    ({"country": "Atlantis Republic"}, "country", ["not an actor"]),
]


@pytest.fixture(scope="module")
def db(default_coder, tmp_path_factory):
    path = tmp_path_factory.mktemp("faces") / "events.duckdb"
    with EventStore.open(path) as store:
        store.add_results(default_coder.code_many(ARTICLES))
    return str(path)


@pytest.fixture(scope="module")
def client(db):
    store = EventStore.open(db, read_only=True)
    with TestClient(create_app(store)) as test_client:
        yield test_client
    store.close()


def _cli_args(filters):
    args = []
    for name, value in filters.items():
        args += ["--" + name.replace("_", "-"), value]
    return args


@pytest.mark.parametrize("filters, parameter, words", CASES)
def test_the_api_and_the_cli_agree(client, db, filters, parameter, words):
    answer = client.get("/api/events", params={**filters, "limit": 1000})
    result = CliRunner().invoke(main, ["events", "--db", db, "--format", "jsonl", "--limit", "1000",
                                       *_cli_args(filters)])
    if parameter is None:
        assert answer.status_code == 200, answer.json()
        assert result.exit_code == 0, result.output
        api_ids = [event["canonical_id"] for event in answer.json()["events"]]
        cli_ids = [json.loads(line)["canonical_id"] for line in result.stdout.splitlines()]
        assert api_ids == cli_ids and api_ids, filters  # each good case finds something
        return
    body = answer.json()
    assert answer.status_code == 400, body
    assert body["parameter"] == parameter and body["detail"].startswith(f"{parameter}: ")
    option = "--" + parameter.replace("_", "-")
    assert result.exit_code == 2, result.output
    assert f"Error: {option}: " in result.output and "Traceback" not in result.output
    # One message: the API's detail after the parameter's name is the CLI's after the option's.
    assert body["detail"].removeprefix(f"{parameter}: ") in " ".join(result.output.split())
    for word in words:
        assert word in body["detail"]


def test_a_list_of_allowed_values_comes_with_the_400(client):
    body = client.get("/api/series", params={"status": "rumoured"}).json()
    assert "asserted" in body["allowed"] and "any" in body["allowed"]
    body = client.get("/api/map", params={"plover_type": "FIGHT"}).json()
    assert body["allowed"] == client.get("/api/options").json()["plover_types"]
    assert client.get("/api/events", params={"cameo": "x"}).json()["allowed"] is None


def test_country_names_resolve_in_every_query_endpoint(client):
    by_code = client.get("/api/actors", params={"country": "NGA", "status": "any"}).json()
    by_name = client.get("/api/actors", params={"country": "Nigeria", "status": "any"}).json()
    assert by_code == by_name and by_code["actors"]
    for path in ("/api/series", "/api/map", "/api/network"):
        assert client.get(path, params={"actor": "russia"}).json() == client.get(path, params={"actor": "RUS"}).json()


def test_the_cli_actors_command_takes_every_filter(db):
    result = CliRunner().invoke(main, ["actors", "--db", db, "--format", "jsonl", "--country", "Russia"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {row["actor"] for row in rows if row["kind"] == "actor"} == {"CAN", "RUS"}  # the sanction only
    assert [(row["source_code"], row["target_code"]) for row in rows if row["kind"] == "dyad"] == [("CAN", "RUS")]
    assert all(row["first_date"] != "NaT" for row in rows)  # a missing date is null, not text
    bad = CliRunner().invoke(main, ["actors", "--db", db, "--cameo", "abc"])
    assert bad.exit_code == 2 and "--cameo: 'abc' is not a CAMEO code" in bad.output
