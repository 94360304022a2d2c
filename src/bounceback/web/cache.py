"""Results of slow read-only service calls, kept until the data (or the day) changes.

On a large search some capability reads take a second or more (the outlook over 5,000
applications). A page shows the same numbers until something is written, so the web keeps the
last result and computes it once when it is asked for by several clients at the same time.

What counts as a change: any form this server handled (`bump`), and on SQLite any commit by any
process (the database file or its write-ahead log changes). On PostgreSQL, where other writers
cannot be seen from here, results are also kept for at most `ttl` seconds.

The most visited pages (Today, the Outlook) are computed again in the background shortly after
each change this server makes, so the next look at them is quick (`keep_warm`).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from bounceback.services import Bounceback

T = TypeVar("T")


def sqlite_files(url: str) -> list[Path]:
    """The files whose change means a commit: the database and its write-ahead log."""
    if not url.startswith("sqlite:///"):
        return []
    path = url[len("sqlite:///"):].split("?", 1)[0]
    if not path or path == ":memory:":
        return []
    base = Path(path).expanduser()
    return [base, base.with_name(base.name + "-wal")]


class ReadCache:
    def __init__(self, bb: Bounceback, *, ttl: float = 15.0, size: int = 256,
                 warm_delay: float | None = 0.5) -> None:
        self.bb = bb
        self.files = sqlite_files(bb.db.url)
        self.ttl = None if self.files else ttl
        self.size = size
        self.version = 0
        self._lock = threading.Lock()
        self._entries: dict[Hashable, tuple[Hashable, Any]] = {}
        self._running: dict[Hashable, threading.Event] = {}
        self._warm: dict[Hashable, Callable[[], Any]] = {}
        self.warm_delay = warm_delay  # None: no background work (tests of pages)
        self._timer: threading.Timer | None = None

    def bump(self) -> None:
        """Something was written: every kept result is out of date."""
        with self._lock:
            self.version += 1
            self._entries.clear()
            if self.warm_delay is not None and self._warm:
                if self._timer is not None:
                    self._timer.cancel()  # several changes in a row: warm once, after the last
                self._timer = threading.Timer(self.warm_delay, self.warm)
                self._timer.daemon = True
                self._timer.start()

    def keep_warm(self, key: Hashable, compute: Callable[[], Any]) -> None:
        """After each change, compute `key` again in the background."""
        with self._lock:
            self._warm[key] = compute

    def warm(self) -> None:
        for key, compute in list(self._warm.items()):
            try:
                self.get(key, compute)
            except Exception:  # the page itself will show the problem when it is opened
                logging.getLogger("bounceback.web").exception("background refresh of %s", key)

    def close(self) -> None:
        with self._lock:
            self.warm_delay = None
            if self._timer is not None:
                self._timer.cancel()

    def stamp(self) -> Hashable:
        files: list[tuple[int, int] | None] = []
        for path in self.files:
            try:
                info = os.stat(path)
                files.append((info.st_mtime_ns, info.st_size))
            except OSError:
                files.append(None)
        period = int(time.monotonic() // self.ttl) if self.ttl else 0
        return (self.version, tuple(files), period, self.bb.clock().date())

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The kept result for `key`, or `compute()` once (other callers wait for it)."""
        while True:
            stamp = self.stamp()
            with self._lock:
                found = self._entries.get(key)
                if found is not None and found[0] == stamp:
                    return found[1]  # type: ignore[no-any-return]
                running = self._running.get(key)
                if running is None:
                    running = self._running[key] = threading.Event()
                    break
            running.wait(timeout=120)
        try:
            value = compute()
            with self._lock:
                if len(self._entries) >= self.size:
                    self._entries.pop(next(iter(self._entries)))
                if self.stamp() == stamp:  # nothing was written meanwhile
                    self._entries[key] = (stamp, value)
            return value
        finally:
            with self._lock:
                self._running.pop(key, None)
            running.set()
