"""journal ids are never reused: SQLite's journal_entries gets AUTOINCREMENT

Without it SQLite gives a new row the largest id in use plus one, so after the newest entry is
deleted for good the next entry takes its number, and a link or bookmark to the deleted entry
opens a different one. AUTOINCREMENT is part of SQLite's CREATE TABLE, so the table is rebuilt
(rows copied as they are; the engine's secure_delete zeroes the old table's pages, which held
journal text). PostgreSQL's identity sequence never hands a number out twice: nothing to do.

Revision ID: 0019_journal_ids_never_reused
Revises: 0017_read_model_learning
"""

from __future__ import annotations

from alembic import op

revision = '0019_journal_ids_never_reused'
down_revision = '0017_read_model_learning'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("journal_entries", recreate="always",
                              table_kwargs={"sqlite_autoincrement": True}):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("journal_entries", recreate="always",
                              table_kwargs={"sqlite_autoincrement": False}):
        pass
