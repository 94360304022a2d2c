"""Join the read model's search (0018) and the journal's ids (0019) into one head.

Both were written from 0017 at the same time; from here on a migration has this revision as its
parent (scripts/new_migration.py follows the one head).

Revision ID: 0020_merge_search_journal
Revises: 0018_read_model_search, 0019_journal_ids_never_reused
"""

from __future__ import annotations

revision = "0020_merge_search_journal"
down_revision = ("0018_read_model_search", "0019_journal_ids_never_reused")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
