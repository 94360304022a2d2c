"""Housekeeping on the database file itself."""

from __future__ import annotations

from sqlalchemy import text

from bounceback.storage.engine import Database


def vacuum(db: Database) -> None:
    """On SQLite, checkpoint the WAL and rebuild the file: deleted rows leave no readable copy."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        connection.execute(text("VACUUM"))
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
