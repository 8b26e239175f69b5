"""Coding on Ray: a real local Ray cluster, joined by the real CLI in a subprocess; the local runs they are
compared with go through the same Click command in-process (cli_in_process, tests/conftest.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.errors import EventcoderError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "eventcoder.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def ray_address():
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, object_store_memory=200 * 1024 * 1024, include_dashboard=False,
             log_to_driver=False, configure_logging=False)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


def test_code_on_ray_gives_the_events_and_errors_of_a_local_run(tmp_path, ray_address, cli_in_process):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n")
    inputs = [EXAMPLES / "wire_stories.jsonl", bad, EXAMPLES / "attack.html"]
    errors = tmp_path / "errors.jsonl"
    on_ray = run_cli("code", *inputs, "--ray-address", ray_address, "--ray-actors", "2", "--errors", errors)
    local = cli_in_process("code", *inputs)
    assert on_ray.returncode == 1 and local.returncode == 1, on_ray.stderr
    assert "bad.jsonl:1" in on_ray.stderr and "Traceback" not in on_ray.stderr
    assert [json.loads(line)["origin"].rsplit("/", 1)[-1] for line in errors.read_text().splitlines()] == ["bad.jsonl:1"]
    ray_events = [json.loads(line) for line in on_ray.stdout.splitlines()]
    local_events = [json.loads(line) for line in local.stdout.splitlines()]
    assert len(ray_events) > 5
    assert ray_events == local_events  # same events, same fields, same (input) order


def test_a_bad_data_file_on_ray_is_one_line_naming_file_and_line(tmp_path, ray_address):
    bad = tmp_path / "mine.tsv"
    bad.write_text("this is not a codebook row\n")
    result = run_cli("code", EXAMPLES / "wire_stories.jsonl", "--ray-address", ray_address, "--codebook", bad)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "could not build the coder" in result.stderr and "mine.tsv:1" in result.stderr


def test_without_ray_installed_the_error_says_how_to_install(monkeypatch):
    from eventcoder.distributed import RayPool

    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` fail
    with pytest.raises(EventcoderError, match=r'pip install "eventcoder\[ray\]"'):
        with RayPool(lambda: None):
            pass


def test_ingest_on_ray_stores_what_a_local_ingest_stores(tmp_path, ray_address, cli_in_process):
    import duckdb

    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n")
    inputs = [EXAMPLES / "wire_stories.jsonl", bad, EXAMPLES / "attack.html"]
    on_ray, local = tmp_path / "ray.duckdb", tmp_path / "local.duckdb"
    first = run_cli("ingest", *inputs, "--db", on_ray, "--ray-address", ray_address, "--ray-actors", "2", "--quiet")
    plain = cli_in_process("ingest", *inputs, "--db", local, "--workers", "1", "--quiet")
    assert first.returncode == 1 and plain.returncode == 1 and "Traceback" not in first.stderr + plain.stderr  # the broken line

    def rows(path):
        with duckdb.connect(str(path), read_only=True) as con:
            mentions = con.execute("SELECT event_id, canonical_id FROM event_mentions ORDER BY event_id").fetchall()
            articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        return mentions, articles

    ray_rows = rows(on_ray)
    assert len(ray_rows[0]) > 5 and ray_rows == rows(local)
