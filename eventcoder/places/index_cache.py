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

import hashlib
import os
import pickle
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional, TypeVar

T = TypeVar("T")

# A temporary file this old is a killed writer's (writing an index takes seconds): it is removed when pruning.
STALE_TEMPORARY_SECONDS = 600


def cache_dir() -> Optional[Path]:
    """Where cached indexes live, or None when caching is turned off."""
    if os.environ.get("EVENTCODER_NO_CACHE"):
        return None
    configured = os.environ.get("EVENTCODER_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "eventcoder"


def cached(name: str, key: tuple, build: Callable[[], T]) -> T:
    """``build()``, read from the cache when a copy built from the same ``key`` is there, else built and stored."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:20]
    path = folder / f"{name}-{digest}.pickle"
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # (absent, unreadable, truncated or from an incompatible Python: build it again)
        pass
    value = build()
    _store(folder, name, path, value)
    return value


def _store(folder: Path, name: str, path: Path, value) -> None:
    """Write ``value`` to ``path`` atomically (another process may read or write it at the same time) and drop the
    copies of ``name`` built from other keys and the temporary files a killed writer left; a cache that cannot be
    written is simply not kept."""
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        for stale in folder.glob(f"{name}-*.pickle"):
            if stale != path:
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
