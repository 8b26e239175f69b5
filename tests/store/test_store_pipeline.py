"""End to end with the real coder: ingest hand-written articles, merge their reports, survive SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.store import EventStore

ROOT = Path(__file__).resolve().parents[2]

# Two differently worded reports of the same shelling, one of the same meeting, one unrelated.
ARTICLES = [
    ("k1", "https://www.example-wire.com/k1", "2022-03-02",
     "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing five civilians, regional officials said."),
    ("k2", "https://www.example-news.org/k2", "2022-03-02",
     "Russian troops shelled Kharkiv in Ukraine on Tuesday, officials in the region said, and five civilians died."),
    ("m1", "https://www.example-wire.com/m1", "2017-03-28",
     "Iranian President Hassan Rouhani met Russian President Vladimir Putin in Moscow on Tuesday to discuss Syria."),
    ("s1", "https://www.example-daily.net/s1", "2017-02-04",
     "The United States imposed new sanctions on Iran on Friday over its ballistic missile tests."),
]


def write_jsonl(path: Path, articles) -> Path:
    with path.open("w") as out:
        for article_id, url, published, text in articles:
            out.write(json.dumps({"id": article_id, "url": url, "published": published, "text": text}) + "\n")
    return path


@pytest.fixture(scope="module")
def coder(default_coder):
    return default_coder  # tests/conftest.py: one per session


def test_real_pipeline_ingest_merges_repeat_reports(coder, tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl", ARTICLES)
    with EventStore.open(tmp_path / "s.duckdb") as store:
        stats = store.ingest([source], coder_factory=lambda: coder, workers=1, progress=False)
        assert stats.articles == 4 and stats.errors == 0 and stats.events >= 3
        kharkiv = store.events(place="Kharkiv", limit=None)
        assert len(kharkiv) == 1, kharkiv
        assert kharkiv.iloc[0]["n_articles"] == 2 and kharkiv.iloc[0]["n_sources"] == 2
        assert kharkiv.iloc[0]["source_country"] == "RUS"
        assert len(store.events(source="USA", target="IRN", plover_type="SANCTION", limit=None)) == 1
        again = store.ingest([source], coder_factory=lambda: coder, workers=1, progress=False)
        assert again.articles == 0 and again.skipped == 4


def test_eventcoder_cli_has_the_store_commands():
    from eventcoder.cli import main

    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "events", "series", "actors", "plot", "export"):
        assert command in result.output


def many_articles(count: int):
    """Small distinct articles built from the four above (numbered so each has its own content hash)."""
    for i in range(count):
        article_id, url, published, text = ARTICLES[i % len(ARTICLES)]
        yield f"{article_id}-{i}", f"{url}-{i}", published, f"{text} Report {i}."


def test_sigkill_real_ingest_then_rerun_loses_and_duplicates_nothing(coder, tmp_path):
    """The real coder in a real ingest process, killed part-way, then rerun. The rerun uses this
    module's loaded coder in-process (the same ingest code the CLI runs) to save a model load; the
    fake-coder version of this test (test_store_ingest.py) reruns through the CLI and compares with
    a clean run."""
    source = write_jsonl(tmp_path / "news.jsonl", many_articles(10))
    db = tmp_path / "killed.duckdb"
    command = [sys.executable, "-m", "eventcoder.store.ingest", str(source), "--db", str(db),
               "--workers", "1", "--batch-size", "1", "--progress-every", "0"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    victim = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    for line in victim.stderr:
        if line.startswith("ingest:") and int(line.split()[1]) >= 3:
            break
        assert time.monotonic() < deadline
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait(timeout=10)
    with EventStore.open(db, read_only=True) as store:
        assert 3 <= store.counts()["articles"] < 10
    with EventStore.open(db) as store:
        rerun = store.ingest([source], coder_factory=lambda: coder, workers=1, batch_size=1, progress=False)
        assert rerun.errors == 0 and rerun.skipped >= 3 and rerun.skipped + rerun.articles == 10
        con = store.con
        assert store.counts()["articles"] == 10
        assert con.execute("SELECT count(*) - count(DISTINCT event_id) FROM event_mentions").fetchone()[0] == 0
        # Each article's stored events are exactly those it was coded with.
        assert con.execute(
            "SELECT count(*) FROM articles a WHERE n_events <> "
            "(SELECT count(*) FROM event_mentions m WHERE m.content_hash = a.content_hash)").fetchone()[0] == 0
        assert con.execute("SELECT sum(n_mentions) FROM canonical_events").fetchone()[0] == store.counts()["event_mentions"]
        assert store.counts()["event_mentions"] >= 10  # every article has at least one event
