"""accounts: row-level security reads the store setting once per statement, not on every row

The accounts' tables carry the same policy as every store (storage/stores.py): see the stores'
migration 0027_store_policy_once. PostgreSQL only; nothing runs on SQLite.

Revision ID: a0003_policy_once
Revises: a0002_calendar_feeds
"""

from __future__ import annotations

from alembic import op

from bounceback.storage.stores import RULE_ONCE, RULE_PER_ROW, restate_policies

revision = 'a0003_policy_once'
down_revision = 'a0002_calendar_feeds'
branch_labels = None
depends_on = None


def upgrade() -> None:
    restate_policies(op.get_bind(), RULE_ONCE)


def downgrade() -> None:
    restate_policies(op.get_bind(), RULE_PER_ROW)
