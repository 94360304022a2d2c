"""row-level security reads the store setting once per statement, not on every row

Each store's policy (storage/stores.py) was `current_setting('bounceback.store', true) = 'u7'`.
PostgreSQL hoists that to a one-time filter in a join, but a scan of a single table checked it
as a filter on every row it read, a look-up of the setting each time (the benchmark's pages
scan a few hundred rows per statement). Written as a sub-select, `(SELECT current_setting(...))
= 'u7'`, the setting is read once per statement (an InitPlan) and each row compares a
parameter: the same rows pass, the wall is the same. Only PostgreSQL with accounts has
policies; SQLite and a single-user PostgreSQL database have none, and nothing runs there.

Revision ID: 0027_store_policy_once
Revises: 0026_board_columns_by_recency
"""

from __future__ import annotations

from alembic import op

from bounceback.storage.stores import RULE_ONCE, RULE_PER_ROW, restate_policies

revision = '0027_store_policy_once'
down_revision = '0026_board_columns_by_recency'
branch_labels = None
depends_on = None


def upgrade() -> None:
    restate_policies(op.get_bind(), RULE_ONCE)


def downgrade() -> None:
    restate_policies(op.get_bind(), RULE_PER_ROW)
