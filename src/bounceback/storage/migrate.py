"""Alembic, driven from code: upgrade to the newest schema on first use or on `db upgrade`."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

from bounceback.storage.heads import MIGRATIONS, known_heads  # noqa: E402

#: Alembic's context is global to the process: one migration at a time in it.
ALEMBIC_TURN = threading.Lock()


def stored_revisions(connection: Connection) -> set[str]:
    try:
        return {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    except DatabaseError:
        connection.rollback()
        return set()


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return stored_revisions(connection)


def upgrade(engine: Engine) -> bool:
    """Bring the schema to every head and the read model to this version; returns whether
    anything ran."""
    with engine.connect() as connection:
        if stored_revisions(connection) == set(known_heads()) and _read_model_current(connection):
            return False
    from alembic import command

    # Alembic's context is global to the process: on a shared server two people's stores may
    # be brought up to date at once, from two threads, and must take turns.
    with ALEMBIC_TURN, engine.begin() as connection:
        command.upgrade(alembic_config(connection), "heads")
    refresh_read_model(engine)
    return True


def _read_model_current(connection: Connection) -> bool:
    from bounceback.storage.readmodel.stamp import is_current

    try:
        return is_current(connection)
    except DatabaseError:
        connection.rollback()
        return False


def refresh_read_model(engine: Engine) -> None:
    """Triggers put back (a table rebuilt by a migration loses its own) and, when the stored
    read model is from another version, everything recomputed, in one transaction."""
    from sqlalchemy import inspect
    from sqlalchemy.orm import Session

    from bounceback.storage.readmodel import sync, triggers
    from bounceback.storage.readmodel.stamp import is_newer, stored_version, upgraded_since
    from bounceback.storage.readmodel.tables import DERIVED_TABLES

    with Session(engine) as session, session.begin():
        found = inspect(session.connection())
        if not all(found.has_table(t.name) for t in DERIVED_TABLES):
            return  # migrated only part of the way (a script building a new migration)
        stored = stored_version(session.connection())
        if is_newer(stored):
            # A newer bounceback upgraded this store: this older code must neither put its
            # triggers back nor recompute the derived tables by its rules (round 26's review).
            raise upgraded_since(stored, opening=True)
        triggers.install(session.connection())
        if not sync.is_current(session):
            sync.rebuild(session)
