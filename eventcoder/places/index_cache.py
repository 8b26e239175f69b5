"""A disk cache for the gazetteer's large indexes (the GeoNames cities and small places), so that a short run
does not rebuild them: building both costs seconds of CPU per process (every name normalised, every place made),
reading them back about a third of that.

A cached index lives in the user's cache directory (``$EVENTCODER_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventcoder``,
else ``~/.cache/eventcoder``) under a name that hashes everything it was built from (the package version, the
gazetteer's own code, the GeoNames files' sizes and dates, the options): any change builds it anew. Any failure
to read or write the cache (absent, corrupt, a read-only home) falls back to building the index, silently.
``EVENTCODER_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TypeVar

T = TypeVar("T")

# A temporary file this old is a killed writer's (writing an index takes seconds): it is removed when pruning.
STALE_TEMPORARY_SECONDS = 600
# Copies of one index kept, the most recently used first: several versions of the code (an upgrade, a second
# checkout, a test run) share the cache, and keeping only the newest made each rebuild the other's in turn.
KEPT_VERSIONS = 4


def cache_dir() -> Optional[Path]:
    """Where cached indexes live, or None when caching is turned off."""
    if os.environ.get("EVENTCODER_NO_CACHE"):
        return None
    configured = os.environ.get("EVENTCODER_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventcoder"


def code_key(paths: Iterable[Path]) -> tuple:
    """The part of a cache key that covers our code: the package version, the Python version (a pickle may not
    read back in another) and a hash of the named code and data files (each file's name and content, in order)."""
    from .. import __version__

    digest = hashlib.sha1()
    for path in paths:
        digest.update(f"{path.name}\0".encode("utf-8"))
        digest.update(path.read_bytes())
    return (__version__, sys.version_info[:2], digest.hexdigest())


def cached(name: str, key: tuple, build: Callable[[], T], check: Optional[Callable[[object], bool]] = None) -> T:
    """``build()``, read from the cache when a copy built from the same ``key`` is there, else built and stored.
    ``check``: whether a copy read back has the expected shape (one that has not is built again)."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:20]
    path = folder / f"{name}-{digest}.pickle"
    try:
        with open(path, "rb") as handle, collector_paused():
            value = pickle.load(handle)
        if check is None or check(value):
            _mark_used(path)
            return value
    except Exception:  # (absent, unreadable, truncated or from an incompatible Python: build it again)
        pass
    with collector_paused():
        value = build()
    _store(folder, name, path, value)
    return value


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while an index is read or built: it would otherwise run over the
    growing heap hundreds of times although nothing there is garbage (reading the cities index takes half the
    time without it, building them about two thirds)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _mark_used(path: Path) -> None:
    """Note that a cached copy was used (its time of change), so pruning keeps the copies in use."""
    try:
        os.utime(path)
    except OSError:  # (a read-only cache is still read)
        pass


def _store(folder: Path, name: str, path: Path, value) -> None:
    """Write ``value`` to ``path`` atomically (another process may read or write it at the same time) and drop the
    copies of ``name`` built from other keys but the ``KEPT_VERSIONS`` most recently used, and the temporary files
    a killed writer left; a cache that cannot be written is simply not kept."""
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        for stale in _least_recently_used(folder.glob(f"{name}-*.pickle"), path):
            stale.unlink(missing_ok=True)
        oldest = time.time() - STALE_TEMPORARY_SECONDS
        for left in folder.glob(f".{name}-*.tmp"):  # (another writer's file in progress is young: kept)
            try:
                if left.stat().st_mtime < oldest:
                    left.unlink(missing_ok=True)
            except OSError:
                pass
    except Exception:
        pass
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _least_recently_used(copies, newest: Path) -> list[Path]:
    """The copies beyond the ``KEPT_VERSIONS`` most recently used (``newest``, just written, counts as one)."""
    dated = []
    for copy in copies:
        if copy != newest:
            try:
                dated.append((copy.stat().st_mtime, copy))
            except OSError:  # (removed meanwhile by another writer)
                pass
    dated.sort(key=lambda pair: pair[0], reverse=True)
    return [copy for _, copy in dated[KEPT_VERSIONS - 1:]]
