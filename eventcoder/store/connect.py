"""Opening the store file: DuckDB's lock, said in words a user can act on.

DuckDB lets one process write a file, or any number of processes read it, never both at once. A
second process that asks gets an IO error naming the PID that holds the file; ``connect`` waits a
while for it (a server answering one request lets go within a second), then raises ``StoreLocked``
saying who holds it: "a running `eventcoder serve` (PID 123)".
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Optional

import duckdb

#: How often a waiting open tries again.
RETRY_SECONDS = 0.1
_HOLDER_PID = re.compile(r"\(PID (\d+)\)")


class StoreError(Exception):
    """The store cannot be opened or used as asked (missing file, locked, too new)."""


class StoreLocked(StoreError):
    """Another process holds the store file (``holder`` says which, ``pid`` its id when known)."""

    def __init__(self, path: str, holder: str, pid: Optional[int], read_only: bool):
        self.path = path
        self.holder = holder
        self.pid = pid
        self.read_only = read_only
        super().__init__(f"{path} is held by {holder}")


def describe_holder(pid: Optional[int]) -> str:
    """Who a PID is, from its command line where the system shows it (Linux /proc)."""
    if pid is None:
        return "another process"
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
    except OSError:
        return f"another process (PID {pid})"
    words = [w for w in words if w]
    names = [Path(w).name for w in words]
    if "eventcoder" in names or any(w.startswith("eventcoder") for w in names):
        for command in ("serve", "ingest", "optimize", "events", "series", "actors", "plot", "export"):
            if command in words:
                verb = "a running" if command == "serve" else "an" if command[0] in "aeiou" else "a"
                return f"{verb} `eventcoder {command}` (PID {pid})"
        return f"an eventcoder process (PID {pid})"
    shown = " ".join(" ".join(words).split())  # a `python -c` script spans lines
    return f"another process (PID {pid}: {shown[:60] + '...' if len(shown) > 60 else shown})"


def connect(path: str, read_only: bool, wait: float = 0.0):
    """A DuckDB connection to ``path``, trying again for ``wait`` seconds while another process holds it."""
    deadline = time.monotonic() + max(0.0, wait)
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as error:
            message = str(error)
            if "lock" not in message.lower():
                raise StoreError(f"cannot open {path}: {message.splitlines()[0]}") from None
            if time.monotonic() >= deadline:
                found = _HOLDER_PID.search(message)
                pid = int(found.group(1)) if found else None
                raise StoreLocked(path, describe_holder(pid), pid, read_only) from None
            time.sleep(RETRY_SECONDS)
