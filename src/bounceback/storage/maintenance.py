"""Housekeeping on the database file itself: deleted private text leaves no readable copy.

On SQLite in WAL mode, a deleted row's old page lives on in the main file and in `-wal` frames
until a checkpoint copies the newer pages back, and a checkpoint cannot finish while another
connection (the web app, a backup, a `sqlite3` shell) is reading an older snapshot. So after a
delete the checkpoint is retried until it truncates the WAL; if a reader holds on for longer
than `patience`, a marker file asks the next connection to finish the job (engine.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import Connection

from bounceback.storage.engine import Database, scrub_marker

PATIENCE_SECONDS = 10.0


def vacuum(
    db: Database,
    *,
    patience: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> bool:
    """On SQLite, rebuild the file and checkpoint the WAL until it is empty. True when no copy
    of deleted rows is left in the files; False when another connection kept reading for
    `patience` seconds (the next connection to open the database finishes then)."""
    if not db.is_sqlite:
        return True
    marker = scrub_marker(db.engine.url.database)
    with db.engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.execute(text("VACUUM"))
        deadline = time.monotonic() + (PATIENCE_SECONDS if patience is None else patience)
        delay = 0.05
        connection.execute(text("PRAGMA busy_timeout=0"))  # the loop below does the waiting
        try:
            while not checkpoint(connection):
                if time.monotonic() >= deadline:
                    if marker is not None:
                        marker.touch()
                    return False
                sleep(delay)
                delay = min(delay * 2, 0.5)
        finally:
            connection.execute(text("PRAGMA busy_timeout=5000"))
    if marker is not None:
        marker.unlink(missing_ok=True)
    return True


def checkpoint(connection: Connection) -> bool:
    """PRAGMA wal_checkpoint(TRUNCATE): True when every frame went back into the main file and
    the WAL file was cut to nothing."""
    row = connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()
    return bool(row[0] == 0)
