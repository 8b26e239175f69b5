"""Where requests get their DuckDB cursor: the store file, opened read-only only while answering.

DuckDB lets a writer in only when no process reads the file, so a server that held the store open
would block every ``eventcoder ingest`` into it. ``StoreFile`` opens the file when a request
arrives, shares that connection with the requests answered at the same time (each on its own
cursor), and closes it when the last one finishes; an ingest waits at most that long. While an
ingest holds the file, a request raises ``StoreLocked`` and the app answers 503.
``HeldStore`` serves an ``EventStore`` the caller keeps open (tests, notebooks).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Iterator, Optional

from ..store import EventStore, StoreError, check_version
from ..store.connect import connect


class StoreFile:
    """A store file opened read-only while requests are in flight, and closed between them."""

    def __init__(self, path: str):
        self.path = str(path)
        self._lock = threading.Lock()
        self._con: Optional[Any] = None
        self._users = 0

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        """A cursor for one request; raises ``StoreLocked`` while another process writes the file."""
        with self._lock:
            if self._con is None:
                con = connect(self.path, read_only=True)
                try:
                    check_version(con, self.path)  # an ingest of a newer eventcoder may have migrated it
                except StoreError:
                    con.close()
                    raise
                self._con = con
            self._users += 1
            cursor = self._con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    self._con.close()
                    self._con = None

    @property
    def is_open(self) -> bool:
        """Whether the file is open now (only while a request is being answered)."""
        return self._con is not None


class HeldStore:
    """An ``EventStore`` opened (read-only) and closed by the caller; each request gets its own cursor."""

    def __init__(self, store: EventStore):
        self.store = store
        self.path = store.path

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        cursor = self.store.con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
