"""The accounts' own schema history (storage/accounts_migrations/), apart from the stores':
the accounts live in their own schema or file, so they carry their own `alembic_version`.

A database whose accounts were made before they had migrations (the tables there, no version)
is stamped at the first revision, then upgraded like any other."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback.storage import stores

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("accounts_migrations")
FIRST = "a0001_accounts"
#: Two server workers starting at once upgrade one after the other (PostgreSQL).
_LOCK_KEY = 0x626F756E6365  # "bounce"


def config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    found = Config()
    found.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        found.attributes["connection"] = connection
    return found


@lru_cache(maxsize=1)
def heads() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(config()).get_heads())


def _revisions(connection: Connection) -> set[str] | None:
    """The stored revisions; None when the accounts have no version table."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}


def current(engine: Engine) -> bool:
    """Whether the accounts are at this version's schema (a cheap look, nothing made)."""
    from sqlalchemy.exc import DatabaseError

    try:
        with engine.connect() as connection:
            return _revisions(connection) == set(heads())
    except DatabaseError:
        return False


def upgrade(engine: Engine) -> bool:
    """The accounts schema made or brought to the newest revision, walled by row-level
    security on PostgreSQL. Returns whether anything ran."""
    if current(engine):
        return False
    from alembic import command
    from sqlalchemy import inspect, text

    from bounceback.storage.migrate import ALEMBIC_TURN

    with ALEMBIC_TURN, engine.begin() as connection:
        postgres = connection.dialect.name == "postgresql"
        if postgres:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
            stores.create_schema(connection, stores.ACCOUNTS)
        stored = _revisions(connection)
        if stored == set(heads()):  # another process did it while we waited
            return False
        if stored is None and inspect(connection).has_table("users"):
            command.stamp(config(connection), FIRST)  # made before migrations: adopt it
        command.upgrade(config(connection), "heads")
        if postgres:
            stores.protect(connection, stores.ACCOUNTS)
    return True
