"""``eventcoder serve`` and ``eventcoder ingest`` on one store file, as a user runs them (real processes).

The server opens the file only while answering, so an ingest can write while it runs; while the
ingest holds the file the API answers 503 naming it; a store held by another process makes ingest
fail in one line (exit 2) naming the holder.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from eventcoder.store.connect import describe_holder  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _environment(delay: float = 0.0) -> dict[str, str]:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join([str(HERE), str(ROOT), environment.get("PYTHONPATH", "")])
    environment["WEB_FAKE_DELAY"] = str(delay)
    return environment


def _articles(path: Path, start: int, count: int) -> Path:
    pairs = [("RUS", "UKR"), ("NGA", "CMR"), ("IND", "PAK")]
    with path.open("w") as out:
        for i in range(start, start + count):
            source, target = pairs[i % 3]
            out.write(json.dumps({"id": f"lock{i}", "text": f"{source} {target} fought near the border, report {i}.",
                                  "published": f"2022-03-{1 + i % 27:02d}"}) + "\n")
    return path


def _ingest(db: Path, source: Path, *options: str, delay: float = 0.0, wait: bool = True):
    command = [sys.executable, "-m", "eventcoder", "ingest", str(source), "--db", str(db), "--workers", "1",
               "--coder", "web_fake_coder:make_coder", "--quiet", *options]
    if wait:
        return subprocess.run(command, env=_environment(delay), capture_output=True, text=True, timeout=120)
    return subprocess.Popen(command, env=_environment(delay), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=20) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A store with three articles and ``eventcoder serve`` on it; yields (db, base URL, server process)."""
    folder = tmp_path_factory.mktemp("store_lock")
    db = folder / "events.duckdb"
    first = _ingest(db, _articles(folder / "first.jsonl", 0, 3))
    assert first.returncode == 0, first.stderr
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(folder / "serve.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "eventcoder", "serve", "--db", str(db), "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if _get(f"{base}/api/health")[0] == 200:
                break
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"eventcoder serve did not start: {(folder / 'serve.log').read_text()}")
        time.sleep(0.2)
    yield db, base, server
    server.terminate()
    server.wait(timeout=10)
    log.close()


def test_ingest_writes_while_the_server_runs_and_the_server_sees_it(served, tmp_path):
    db, base, _ = served
    before = _get(f"{base}/api/health")[1]["counts"]["articles"]
    result = _ingest(db, _articles(tmp_path / "more.jsonl", 10, 2))
    assert result.returncode == 0, result.stderr
    assert "stored 2 articles" in result.stderr
    assert _get(f"{base}/api/health")[1]["counts"]["articles"] == before + 2


def test_while_an_ingest_writes_the_api_answers_503_naming_it(served, tmp_path):
    db, base, _ = served
    ingest = _ingest(db, _articles(tmp_path / "slow.jsonl", 20, 4), delay=1.0, wait=False)
    try:
        deadline = time.monotonic() + 60
        while True:
            status, body = _get(f"{base}/api/events?status=any")
            if status == 503 or ingest.poll() is not None or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert status == 503, "the ingest never held the store while the server was asked"
        assert body["detail"].startswith(f"the store is being written by an `eventcoder ingest` (PID {ingest.pid})")
        with urllib.request.urlopen(f"{base}/") as page:  # the page itself needs no store
            assert page.status == 200
    finally:
        _, errors = ingest.communicate(timeout=120)
    assert ingest.returncode == 0, errors
    status, body = _get(f"{base}/api/events?status=any&limit=0")
    assert status == 200 and body["total"] >= 4


def test_ingest_into_a_store_another_process_holds_fails_in_one_line(served, tmp_path):
    db, _, _ = served
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print('held', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        result = _ingest(db, _articles(tmp_path / "blocked.jsonl", 40, 1), "--wait", "0.5")
        assert time.monotonic() - started < 60
    finally:
        holder.communicate("", timeout=20)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith(f"Error: cannot write {db}: it is held by another process (PID {holder.pid}: ")
    assert "(waited 0.5 s)" in lines[0]


def test_the_holder_of_a_store_is_named_by_its_command(served):
    _, _, server = served
    assert describe_holder(server.pid) == f"a running `eventcoder serve` (PID {server.pid})"
    assert describe_holder(None) == "another process"


def test_the_server_holds_the_file_only_while_answering(tmp_path):
    from eventcoder.store import EventStore, StoreLocked
    from eventcoder.web.connections import StoreFile

    path = tmp_path / "events.duckdb"
    EventStore.open(path).close()
    source = StoreFile(str(path))
    with source.cursor() as first, source.cursor() as second:  # two requests at once share one open
        assert source.is_open
        assert first.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        assert second.execute("SELECT count(*) FROM errors").fetchone() == (0,)
    assert not source.is_open
    writer = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
         "sys.stdin.read()", str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "held"
        with pytest.raises(StoreLocked) as raised:
            with source.cursor():
                pass
        assert raised.value.pid == writer.pid and not source.is_open
    finally:
        writer.communicate("", timeout=20)
    with source.cursor() as cursor:
        assert cursor.execute("SELECT 1").fetchone() == (1,)
