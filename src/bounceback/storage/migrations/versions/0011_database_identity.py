"""database identity: a random id set once, when the database is created

The calendar feed's UIDs are made from it. It used to be stored by the first read of the feed
(a GET that wrote); a calendar id already stored in the settings is kept, so calendar apps that
subscribed see the same events.

Revision ID: 0011_database_identity
Revises: 0010_merge_capabilities
"""

from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0011_database_identity"
down_revision = "0010_merge_capabilities"
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table(
        "database_identity",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    connection = op.get_bind()
    stored = connection.execute(
        sa.text("SELECT value FROM settings WHERE key = 'calendar_id'")
    ).scalar()
    if isinstance(stored, str):
        try:  # JSON column: SQLite hands back the JSON text, PostgreSQL the value
            stored = json.loads(stored) if stored.startswith('"') else stored
        except ValueError:
            stored = None
    value = stored if isinstance(stored, str) and 0 < len(stored) <= 32 else uuid.uuid4().hex
    op.bulk_insert(identity, [{"id": value}])
    connection.execute(sa.text("DELETE FROM settings WHERE key = 'calendar_id'"))


def downgrade() -> None:
    op.drop_table("database_identity")
