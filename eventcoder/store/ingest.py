"""Ingest: read articles, code them in worker processes, and store them from the parent process.

The parent reads inputs, skips articles already stored (by content hash), sends batches of articles to
``workers`` processes (each builds its own coder once) and writes each coded batch in one transaction.
Only the parent touches DuckDB. Because an article's row is written in the same transaction as its
events, an ingest killed at any moment loses only uncommitted batches, and the rerun skips everything
committed: rerunning an ingest never duplicates anything.

Run it as ``eventcoder ingest PATH... --db FILE`` or ``python -m eventcoder.store.ingest PATH... --db FILE``.
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, TextIO, Union

from ..distributed import batches_of
from ..output import error_line
from ..records import Article, ArticleError, ArticleResult
from .dedup import content_hash

Item = Union[Article, ArticleError]


def default_coder():
    """The full eventcoder pipeline with default options (loads spaCy and every resource once)."""
    from ..pipeline import Coder

    return Coder()


def load_factory(spec: str) -> Callable[[], Any]:
    """Resolve ``"package.module:function"`` to a coder factory (for custom coders and tests)."""
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"coder factory {spec!r} must look like package.module:function")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise ValueError(f"coder factory {spec!r}: cannot import {module_name} ({error})") from None
    factory = getattr(module, attribute, None)
    if not callable(factory):
        raise ValueError(f"coder factory {spec!r}: {module_name} has no function {attribute}")
    return factory


def code_batch(coder, items: Sequence[Item]) -> list[ArticleResult]:
    """Code a batch, one result per item in input order; an article whose coding raises becomes an error
    result instead of sinking the batch."""
    articles = [item for item in items if isinstance(item, Article)]
    try:
        coded = list(coder.code_many(articles, batch_size=max(1, len(articles))))
    except Exception:
        coded = None
    if coded is None or len(coded) != len(articles):  # a coder that failed or lost articles: one at a time
        coded = [_code_one(coder, article) for article in articles]
    results = iter(coded)
    return [ArticleResult(None, (), item) if isinstance(item, ArticleError) else next(results) for item in items]


def _code_one(coder, article: Article) -> ArticleResult:
    try:
        return ArticleResult(article, tuple(coder.code_article(article)))
    except Exception as error:
        message = f"coding failed: {type(error).__name__}: {error}"
        return ArticleResult(article, (), ArticleError(article.origin, article.article_id, message))


# Per worker process: the coder built on its first batch. multiprocessing gives a worker no other
# place to keep state between tasks; it is never shared and never touched in the parent.
_WORKER_CODER: dict[str, Any] = {}


def _code_in_worker(factory: Callable[[], Any], items: Sequence[Item]) -> list[ArticleResult]:
    # Built lazily (not in a Pool initializer) so a factory that fails raises in the parent
    # instead of making the pool respawn failing workers forever.
    if "coder" not in _WORKER_CODER:
        _WORKER_CODER["coder"] = factory()
    return code_batch(_WORKER_CODER["coder"], items)


@dataclass
class IngestStats:
    """Counts of one ingest run."""

    articles: int = 0
    events: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    error_messages: list[str] = field(default_factory=list)
    # Files in the input folders that are not news files (a README.md): named, not coded, not errors.
    skipped_files: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def events_per_second(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (
            f"{self.articles} articles ({self.articles_per_second:.1f}/s), {self.events} events "
            f"({self.events_per_second:.1f}/s), {self.errors} errors, {self.skipped} skipped"
        )


class Progress:
    """A one-line progress meter on stderr: redrawn in place on a terminal, one line per interval otherwise."""

    def __init__(self, stats: IngestStats, enabled: bool = True, stream: Optional[TextIO] = None, interval: float = 1.0):
        self.stats = stats
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.interval = interval
        self.started = time.monotonic()
        self.last_shown = 0.0
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def update(self, final: bool = False) -> None:
        now = time.monotonic()
        self.stats.seconds = now - self.started
        if not self.enabled or (not final and now - self.last_shown < self.interval):
            return
        self.last_shown = now
        text = "ingest: " + self.stats.line()
        if self.tty:
            self.stream.write("\r" + text.ljust(100) + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def _jobs(items: Iterable[Item], known: set[str], stats: IngestStats, batch_size: int) -> Iterator[list[Item]]:
    """Batches of items still to do; stored (or repeated) articles are counted as skipped and dropped."""
    def new_items() -> Iterator[Item]:
        for item in items:
            if isinstance(item, Article):
                digest = content_hash(item.text)
                if digest in known:
                    stats.skipped += 1
                    continue
                known.add(digest)
            yield item

    return batches_of(new_items(), batch_size)


def ingest(
    store,
    paths: Sequence[str | Path],
    coder_factory: Optional[Callable[[], Any]] = None,
    workers: int = 2,
    batch_size: int = 8,
    published=None,
    progress: bool = True,
    errors_path: Optional[str | Path] = None,
    progress_interval: float = 1.0,
    items: Optional[Iterable[Item]] = None,
    ray=None,
) -> IngestStats:
    """Read, code and store every article under ``paths``; returns the run's counts.

    ``coder_factory`` builds a coder (anything with ``code_many``/``code_article``), once per worker;
    it must be picklable (a module-level function) when ``workers`` > 1. Default: the full pipeline.
    ``published`` is the publication date for inputs that carry none. Bad articles are stored in the
    ``errors`` table (and appended to ``errors_path`` as JSON Lines ``{origin, article_id, message}``, the
    records of ``eventcoder code --errors``) and do not stop the run. ``items`` replaces
    reading ``paths`` (already-read articles). ``ray`` (an ``eventcoder.distributed.RaySettings``)
    codes the batches on Ray actors instead of local processes; this process still writes every batch.
    """
    factory = coder_factory or default_coder
    stats = IngestStats()
    meter = Progress(stats, enabled=progress, interval=progress_interval)
    if items is None:
        from ..read import read_inputs

        items = read_inputs(
            [str(p) for p in paths], published=published, on_skip=lambda path: stats.skipped_files.append(str(path))
        )
    jobs = _jobs(items, store.known_hashes(), stats, max(1, batch_size))
    error_log = open(errors_path, "a", encoding="utf-8") if errors_path else None

    def commit(results: list[ArticleResult]) -> None:
        added = store.add_results(results)
        stats.articles += added.articles
        stats.events += added.events
        stats.skipped += added.skipped
        for result in results:
            if result.error is not None:
                stats.errors += 1
                stats.error_messages.append(str(result.error))
                if error_log:
                    error_log.write(error_line(result.error))
        if error_log:
            error_log.flush()
        meter.update()

    try:
        if ray is not None:
            from ..distributed import RayPool

            with RayPool(factory, ray) as pool:
                for results in pool.map_ordered(jobs):
                    commit(results)
        elif workers <= 1:
            coder = None
            for job in jobs:
                if coder is None and any(isinstance(item, Article) for item in job):
                    coder = factory()
                commit(code_batch(coder, job) if coder is not None else code_batch(_NoCoder(), job))
        else:
            # spawn, not fork: the parent holds an open DuckDB connection and its threads.
            context = multiprocessing.get_context("spawn")
            with context.Pool(workers) as pool:
                pending: deque = deque()
                for job in jobs:
                    pending.append(pool.apply_async(_code_in_worker, (factory, job)))
                    # Results commit in input order; a bounded queue keeps memory flat on big inputs.
                    while len(pending) >= 2 * workers:
                        commit(pending.popleft().get())
                while pending:
                    commit(pending.popleft().get())
    finally:
        meter.update(final=True)
        if error_log:
            error_log.close()
    return stats


class _NoCoder:
    """Stands in when a batch holds only read errors: nothing to code, no model to load."""

    def code_many(self, articles, batch_size: int = 16):
        return iter(())


if __name__ == "__main__":
    from .cli import ingest_command

    sys.exit(ingest_command(prog_name="python -m eventcoder.store.ingest"))
