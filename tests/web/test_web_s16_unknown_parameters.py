"""The s16 analyst test of the API and page: unknown query parameters are refused, every status is offered."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

from eventcoder.store import EventStore  # noqa: E402
from eventcoder.web.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("web_s16") / "events.duckdb"
    EventStore.open(path).close()  # an empty store: the parameters are checked before any query
    return TestClient(create_app(path))


@pytest.mark.parametrize("path, parameter", [
    ("/api/events?foo=bar", "foo"),
    ("/api/events?contry=Nigeria", "contry"),  # a typo must not answer every event
    ("/api/series?freq=week&sorce=USA", "sorce"),
    ("/api/network?top=5&limit=3", "limit"),
    ("/api/health?verbose=1", "verbose"),
])
def test_an_unknown_query_parameter_is_400_naming_it_and_the_valid_ones(client, path, parameter):
    response = client.get(path)
    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == parameter
    assert body["detail"].startswith(f"{parameter}: is not a parameter of /api/")
    route = path.split("?")[0]
    if route != "/api/health":
        assert "country" in body["allowed"] and "country" in body["detail"]
    else:
        assert body["allowed"] == [] and "takes no query parameters" in body["detail"]


def test_the_parameters_the_page_sends_are_accepted(client):
    for path in ("/api/events?limit=50&offset=0&status=any", "/api/series?freq=week&by=quad_class",
                 "/api/map?country=Nigeria", "/api/network?top=40", "/api/actors?top=5", "/api/options"):
        assert client.get(path).status_code == 200, path


def test_the_page_offers_every_status(client):
    statuses = client.get("/api/options").json()["statuses"]
    page = client.get("/").text
    menu = re.search(r'<select name="status">(.*?)</select>', page).group(1)
    offered = re.findall(r'<option value="([^"]+)"', menu)
    assert set(offered) == set(statuses) | {"any"} and offered[0] == "asserted"
