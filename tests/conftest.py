"""Shared fixtures: the spaCy pipeline and a default Coder load once per test session (per xdist worker)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def pytest_configure(config):
    """Tests keep the gazetteer's index cache (places/index_cache.py) out of the user's cache directory: in
    pytest's own cache folder, kept between runs, or, where the cache plugin is off (``-p no:cacheprovider``), in
    a temporary folder removed at the end. xdist workers inherit the folder the controller chose."""
    if os.environ.get("EVENTCODER_CACHE_DIR"):
        return
    cache = getattr(config, "cache", None)
    if cache is not None:
        os.environ["EVENTCODER_CACHE_DIR"] = str(cache.mkdir("eventcoder-index"))
    else:
        folder = tempfile.mkdtemp(prefix="eventcoder-index-")
        os.environ["EVENTCODER_CACHE_DIR"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.fixture(scope="session")
def nlp():
    from eventcoder.parse import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def make_document(nlp):
    """Build a Document from raw text, as the pipeline would (read -> clean -> parse)."""
    from eventcoder.clean import clean_text
    from eventcoder.parse import parse
    from eventcoder.records import Article

    def build(text: str, published: str | dt.date | None = "2017-03-24", article_id: str = "test"):
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        article = Article(article_id=article_id, text=text, published=published)
        return parse(nlp, article, clean_text(text))

    return build


@pytest.fixture(scope="session")
def status_and_date(make_document):
    """(status value, EventDate) of an event on the first token ``trigger``, after the news window, as the
    pipeline gives them; for status and date tests that need no actor or event stage."""
    from eventcoder.dates import resolve_date
    from eventcoder.records import EventMention, Span
    from eventcoder.status import apply_news_window, decide_status

    def code(text: str, trigger: str, cameo: str = "", published: str = "2017-03-24"):
        document = make_document(text, published=published)
        token = next(t for t in document.doc if t.text == trigger)
        mention = EventMention(0, Span(token.text, token.idx, token.idx + len(token.text)), token.i, cameo)
        status = decide_status(document, mention)
        date = resolve_date(document, mention, status)
        return apply_news_window(status, date, document.article.published).value, date

    return code


@pytest.fixture(scope="session")
def shared_data():
    if not SHARED_DATA.is_dir():
        pytest.skip("shared dev data not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def default_coder(nlp):
    """A Coder with default options; building one reads every data file (seconds), so tests share it."""
    from eventcoder.pipeline import Coder

    return Coder(nlp=nlp)


@dataclass(frozen=True)
class CliRun:
    """What a run of the command line gave: exit status and its two output streams (as subprocess.run)."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def cli_in_process(nlp, default_coder):
    """Run `eventcoder ARGS...` in this process: the real Click command, options, outputs and exit codes, but
    with the session's spaCy pipeline and default Coder instead of loading them again (a new process spends
    ~10 s of CPU on that). A Coder with other options is still built, on the shared pipeline. An exception that
    escapes the command comes back as a traceback on stderr, as it would from a real process."""
    from click.testing import CliRunner

    import eventcoder.cli as cli
    import eventcoder.store.ingest as ingest
    from eventcoder.pipeline import Coder, CoderOptions

    def build_coder(**coder_kwargs):
        options = cli.build_options(**coder_kwargs)
        if options == CoderOptions():
            return default_coder
        return Coder(options, nlp=nlp if options.model is None else None)

    def run(*args, stdin: str | None = None) -> CliRun:
        with pytest.MonkeyPatch.context() as patch:  # only for this call: other tests see the real builders
            patch.setattr(cli, "build_coder", build_coder)
            patch.setattr(ingest, "default_coder", lambda: default_coder)
            result = CliRunner().invoke(cli.main, [str(arg) for arg in args], input=stdin)
        stderr = result.stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            stderr += "".join(traceback.format_exception(*result.exc_info))
        return CliRun(result.exit_code, result.stdout, stderr)

    return run
