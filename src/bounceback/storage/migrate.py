"""Alembic, driven from code: upgrade to the newest schema on first use or on `db upgrade`."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


@lru_cache(maxsize=1)
def known_heads() -> frozenset[str]:
    """Head revisions read from the version files' text: cheap, no Alembic import.

    Used only for the "already up to date?" check on every start; Alembic itself does the
    real work when anything is to be done.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if not found:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return frozenset(revisions - parents)


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

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "heads")
    refresh_read_model(engine)
    return True


def _read_model_current(connection: Connection) -> bool:
    from bounceback.storage.readmodel.sync import is_current

    try:
        return is_current(connection)
    except DatabaseError:
        connection.rollback()
        return False


def refresh_read_model(engine: Engine) -> None:
    """Triggers put back (a table rebuilt by a migration loses its own) and, when the stored
    read model is from another version, everything recomputed, in one transaction."""
    from sqlalchemy.orm import Session

    from bounceback.storage.readmodel import sync, triggers

    with Session(engine) as session, session.begin():
        triggers.install(session.connection())
        if not sync.is_current(session):
            sync.rebuild(session)
