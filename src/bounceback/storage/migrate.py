"""Alembic, driven from code: upgrade to the newest schema on first use or on `db upgrade`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def upgrade(engine: Engine) -> bool:
    """Bring the schema to every head; returns whether anything ran."""
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
        if current == head_revisions():
            return False
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "heads")
    return True
