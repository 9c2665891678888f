"""One run at a time per data directory: an advisory lock held for the whole run.

DuckDB itself allows one writer process per file; this lock makes a second run wait for
the first to finish (or give up with a clear message) instead of failing half-way when it
reaches the load.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import WarehouseLockedError


@contextmanager
def run_lock(data_dir: Path, wait_seconds: float = 60.0) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / ".run.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    holder = os.pread(fd, 64, 0).decode(errors="replace").strip()
                    raise WarehouseLockedError(str(data_dir), f"run lock held by pid {holder or '?'}") from None
                time.sleep(0.5)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock, also when the process dies
