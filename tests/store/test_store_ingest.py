"""Ingest: idempotent reruns, bad articles recorded, worker processes, and surviving SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_fake_coder import make_coder

from eventcoder.store import EventStore

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PLACES = ["Aleppo", "Damascus", "Kyiv", "Kharkiv", "Moscow", "Tehran", "Paris", "Lagos"]
COUNTRIES = ["USA", "SYR", "RUS", "UKR", "IRN", "FRA", "NGA", "CHN"]


def write_articles(path: Path, count: int, bad: int = 0) -> Path:
    """JSONL of ``count`` distinct articles with one or two events each, plus ``bad`` broken ones."""
    with path.open("w") as out:
        for i in range(count):
            day = 1 + i % 27
            source, target = COUNTRIES[i % 8], COUNTRIES[(i + 3) % 8]
            lines = [f"Report number {i} about a clash.", f"EVENT 190 {source} {target} 2017-03-{day:02d} {PLACES[i % 8]}"]
            if i % 3 == 0:
                lines.append(f"EVENT 040 {target} {source} 2017-04-{day:02d}")
            out.write(json.dumps({"id": f"n{i}", "text": "\n".join(lines), "published": f"2017-04-{day:02d}",
                                  "url": f"https://site{i % 5}.example/{i}"}) + "\n")
        for j in range(bad):
            out.write(json.dumps({"id": f"bad{j}", "text": f"FAIL number {j}", "published": "2017-04-01"}) + "\n")
        out.write("{not json\n")
    return path


def table_counts(db: Path) -> dict:
    with EventStore.open(db, read_only=True) as store:
        counts = store.counts()
        counts["mention_keys"] = store.con.execute(
            "SELECT count(DISTINCT event_id) FROM event_mentions").fetchone()[0]
    return counts


def test_ingest_twice_changes_nothing(tmp_path):
    source = write_articles(tmp_path / "in.jsonl", 12, bad=2)
    db = tmp_path / "s.duckdb"
    with EventStore.open(db) as store:
        first = store.ingest([source], coder_factory=make_coder, workers=1, progress=False)
        assert (first.articles, first.events, first.errors) == (12, 16, 3)
        before = store.counts()
        second = store.ingest([source], coder_factory=make_coder, workers=1, progress=False)
        assert second.articles == 0 and second.skipped == 12
        assert store.counts() == before
    assert before["errors"] == 3  # two uncodable articles and one line of bad JSON, each recorded once


def test_bad_articles_are_recorded_with_reason(tmp_path):
    source = write_articles(tmp_path / "in.jsonl", 3, bad=1)
    errors_file = tmp_path / "errors.txt"
    with EventStore.open(tmp_path / "s.duckdb") as store:
        stats = store.ingest([source], coder_factory=make_coder, workers=1, progress=False, errors_path=errors_file)
        rows = store.con.execute("SELECT origin, article_id, message FROM errors ORDER BY message").fetchall()
    assert stats.articles == 3
    assert ("bad0" in {r[1] for r in rows}) and any("cannot be coded" in r[2] for r in rows)
    assert any("invalid JSON" in r[2] for r in rows)
    assert "cannot be coded" in errors_file.read_text()


def test_two_worker_processes_give_the_same_store(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(HERE))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(HERE), str(ROOT), os.environ.get("PYTHONPATH", "")]))
    source = write_articles(tmp_path / "in.jsonl", 10)
    with EventStore.open(tmp_path / "one.duckdb") as store:
        store.ingest([source], coder_factory=make_coder, workers=1, progress=False, batch_size=3)
        serial = store.con.execute("SELECT event_id, canonical_id FROM event_mentions ORDER BY 1").fetchall()
    with EventStore.open(tmp_path / "two.duckdb") as store:
        stats = store.ingest([source], coder_factory=make_coder, workers=2, progress=False, batch_size=3)
        parallel = store.con.execute("SELECT event_id, canonical_id FROM event_mentions ORDER BY 1").fetchall()
    assert stats.articles == 10
    assert parallel == serial


def run_ingest(source: Path, db: Path, delay: str, workers: int = 2) -> subprocess.Popen:
    env = dict(os.environ, STORE_FAKE_DELAY=delay,
               PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT), os.environ.get("PYTHONPATH", "")]))
    command = [sys.executable, "-m", "eventcoder.store.ingest", str(source), "--db", str(db), "--workers", str(workers),
               "--batch-size", "2", "--coder", "store_fake_coder:make_coder", "--progress-every", "0"]
    return subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)


def test_sigkill_mid_ingest_then_rerun_equals_clean_run(tmp_path):
    source = write_articles(tmp_path / "in.jsonl", 30, bad=1)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    with EventStore.open(clean_db) as store:  # the fake coder is deterministic: in-process is the same
        store.ingest([source], coder_factory=make_coder, workers=1, progress=False, batch_size=2)

    victim = run_ingest(source, killed_db, "0.05")
    stored_when_killed = 0
    deadline = time.monotonic() + 60
    for line in victim.stderr:  # progress lines: "ingest: N articles (...)"
        if line.startswith("ingest:"):
            stored_when_killed = int(line.split()[1])
            if stored_when_killed >= 6:
                break
        assert time.monotonic() < deadline
    # Kill the whole ingest (parent and workers) the way a power cut would.
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(timeout=10)
    assert victim.returncode == -signal.SIGKILL
    partial = table_counts(killed_db)
    assert 6 <= partial["articles"] < 30, partial

    rerun = run_ingest(source, killed_db, "0", workers=1)
    # Exit 1: the one bad article is not stored, so it is retried and fails again (as `code` would report it).
    assert rerun.wait(timeout=60) == 1, rerun.stderr.read()
    assert table_counts(killed_db) == table_counts(clean_db)
