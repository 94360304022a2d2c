"""Join the board's newest-first search (0024_search_newest_first) and the hope index in listing
order (0024_hope_in_listing_order) into one head.

Both were written from 0023 at the same time (round 13); from here on a migration has this
revision as its parent (scripts/new_migration.py follows the one head).

Revision ID: 0025_merge_search_hope
Revises: 0024_search_newest_first, 0024_hope_in_listing_order
"""

from __future__ import annotations

revision = "0025_merge_search_hope"
down_revision = ("0024_search_newest_first", "0024_hope_in_listing_order")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
