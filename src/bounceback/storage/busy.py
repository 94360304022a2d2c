"""A locked SQLite database is a wait, never a lost write.

SQLite lets one connection write at a time. A writer that found the database locked for longer
than busy_timeout (an import of 5,000 applications holds it for seconds) failed with
"database is locked" and lost what the user typed. Now:

- a writer takes the write lock at its first change (BEGIN IMMEDIATE, before the statement, so
  nothing is half-done when it has to wait) and waits as long as it must, saying once that it
  waits ("the database is busy with an import; retrying");
- long imports commit in batches, and after each batch give way to a writer that is waiting
  (a marker file beside the database says one is; another says an import runs).

PostgreSQL locks rows, not the database: none of this applies there.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bounceback.domain.errors import DatabaseUnavailable

#: How long a writer waits in all before it gives up (and saves nothing).
PATIENCE_SECONDS = 600.0
#: Each attempt to take the lock waits this long inside SQLite before the next one.
ATTEMPT_MS = 1000
#: An importer gives way for at most this long after a batch when a writer waits.
GIVE_WAY_SECONDS = 2.0


class WriteTurns:
    """The SQLite side of one Database: who waits, who imports, and telling the user."""

    def __init__(self, database: str, notify: Callable[[str], None] | None = None) -> None:
        path = Path(database).expanduser()
        self.waiting = path.with_name(path.name + "-waiting")
        self.importing = path.with_name(path.name + "-import")
        self.notify = notify

    def before_write(self, connection: sqlite3.Connection) -> None:
        """Before a change: take the write lock if this transaction has not got it, waiting
        (and saying so once) while another connection holds it."""
        if not connection.in_transaction:
            self._begin(connection)

    def _begin(self, connection: sqlite3.Connection) -> None:
        deadline = time.monotonic() + PATIENCE_SECONDS
        told = False
        connection.execute(f"PRAGMA busy_timeout={ATTEMPT_MS}")
        try:
            while True:
                try:
                    connection.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if "locked" not in str(error) and "busy" not in str(error):
                        raise
                if not told and self.notify is not None:
                    self.notify(self.message())
                told = True
                self.waiting.touch()
                if time.monotonic() > deadline:
                    raise DatabaseUnavailable(
                        f"the database stayed busy for {PATIENCE_SECONDS / 60:.0f} minutes "
                        "(another program kept writing to it); nothing was saved, try again"
                    )
        finally:
            connection.execute("PRAGMA busy_timeout=5000")
            if told:
                self.waiting.unlink(missing_ok=True)

    def message(self) -> str:
        try:
            importer = self.importing.read_text().strip()
        except OSError:
            importer = ""
        if importer and importer != str(os.getpid()):
            return "the database is busy with an import; retrying"
        return "the database is busy (another program is writing to it); retrying"

    @contextmanager
    def import_running(self) -> Iterator[None]:
        """While an import runs, a writer that waits says why."""
        self.importing.write_text(str(os.getpid()))
        try:
            yield
        finally:
            self.importing.unlink(missing_ok=True)

    def give_way(self, sleep: Callable[[float], None] = time.sleep) -> None:
        """Between two batches of an import: let a waiting writer take its turn."""
        until = time.monotonic() + GIVE_WAY_SECONDS
        while time.monotonic() < until:
            try:
                fresh = time.time() - self.waiting.stat().st_mtime < 3 * ATTEMPT_MS / 1000
            except OSError:
                return
            if not fresh:
                return
            sleep(0.05)
