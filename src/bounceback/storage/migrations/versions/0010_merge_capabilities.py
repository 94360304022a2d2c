"""Join the capability branches into one head.

Each capability's tables were built on a branch from the foundation; from here on a migration
has this revision as its parent.

Revision ID: 0010_merge_capabilities
Revises: 0002_pipeline, 0003_recovery, 0004_learning, 0005_skills, 0006_mail
"""

from __future__ import annotations

revision = "0010_merge_capabilities"
down_revision = ("0002_pipeline", "0003_recovery", "0004_learning", "0005_skills", "0006_mail")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
