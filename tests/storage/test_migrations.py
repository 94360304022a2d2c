"""Migrations build the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SAWarning

from bounceback.storage.migrate import current_revisions, head_revisions, upgrade
from bounceback.storage.readmodel.search import include_name
from bounceback.storage.tables import Base
from tests_support import PG_URL, require_pg


def _empty_database(engine_name: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    if engine_name == "sqlite":
        return create_engine(f"sqlite:///{tmp_path / 'empty.db'}"), None
    require_pg()
    name = f"m_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    return create_engine(url), (admin, name)


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_empty_database_migrates_to_head_and_matches_models(engine_name: str, tmp_path: Path) -> None:
    engine, cleanup = _empty_database(engine_name, tmp_path)
    try:
        assert upgrade(engine) is True
        assert current_revisions(engine) == head_revisions()
        assert len(head_revisions()) == 1, "two migrations have the same parent: add a merge"
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        with engine.connect() as connection, warnings.catch_warnings():
            # SQLAlchemy cannot reflect an index on an expression (the day a recovery window
            # ends, in each engine's date arithmetic); it says so and leaves it out of the
            # comparison, which is what we want: the index itself is tested in test_feed_windows.
            warnings.filterwarnings(
                "ignore", message=r"Skipped unsupported reflection of expression-based index",
                category=SAWarning)
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "include_name": include_name})
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
        assert upgrade(engine) is False  # a second run has nothing to do
    finally:
        engine.dispose()
        if cleanup:
            admin, name = cleanup
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def test_upgrade_on_first_use_of_a_new_file(tmp_path: Path) -> None:
    from bounceback.config import Settings
    from bounceback.services import Bounceback

    # (a folder that is not there is refused, not made: tests/cli/test_missing_folder.py)
    bb = Bounceback(Settings(database_url=f"sqlite:///{tmp_path / 'new.db'}"))
    assert bb.applications.list() == []
    assert (tmp_path / "new.db").exists()
    bb.close()


def test_sqlite_pragmas_are_on(sqlite_url: str) -> None:
    from bounceback.storage.engine import Database

    db = Database(sqlite_url)
    with db.engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA secure_delete")).scalar() == 1
    db.dispose()


def test_journal_ids_upgrade_keeps_entries_and_never_reuses_a_number(tmp_path: Path) -> None:
    """0019 rebuilds SQLite's journal table with AUTOINCREMENT, keeping every entry as it was."""
    from alembic import command

    from bounceback.storage.migrate import alembic_config

    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0017_read_model_learning")
        for number in (1, 2, 3):
            connection.execute(text(
                "INSERT INTO journal_entries (id, uid, written_at, kind, prompt, text, crisis_level)"
                " VALUES (:id, :uid, '2026-11-20 10:00:00', 'free', '', :text, 'none')"),
                {"id": number, "uid": f"u{number}", "text": f"entry {number}"})
        connection.execute(text("DELETE FROM journal_entries WHERE id = 3"))
        connection.execute(text("INSERT INTO journal_entries (uid, written_at, kind, prompt, text,"
                                " crisis_level) VALUES ('u4', '2026-11-21 10:00:00', 'free', '',"
                                " 'reused', 'none')"))
        assert connection.execute(text("SELECT max(id) FROM journal_entries")).scalar() == 3
    upgrade(engine)
    with engine.begin() as connection:
        rows = connection.execute(text("SELECT id, uid, text FROM journal_entries ORDER BY id"))
        assert [tuple(r) for r in rows] == [(1, "u1", "entry 1"), (2, "u2", "entry 2"),
                                            (3, "u4", "reused")]
        connection.execute(text("DELETE FROM journal_entries WHERE id = 3"))
        connection.execute(text("INSERT INTO journal_entries (uid, written_at, kind, prompt, text,"
                                " crisis_level) VALUES ('u5', '2026-11-22 10:00:00', 'free', '',"
                                " 'new', 'none')"))
        assert connection.execute(text("SELECT id FROM journal_entries WHERE uid = 'u5'")
                                  ).scalar() == 4
    engine.dispose()


def test_every_revision_id_fits_alembic_version() -> None:
    """alembic_version.version_num is VARCHAR(32): PostgreSQL refuses a longer id mid-upgrade."""
    from alembic.script import ScriptDirectory

    from bounceback.storage.migrate import alembic_config

    ids = [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    assert ids and [i for i in ids if len(i) > 32] == []
