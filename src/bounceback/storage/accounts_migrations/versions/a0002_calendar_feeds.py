"""accounts: each person's secret calendar feed address (only its hash kept)

A calendar app cannot log in: it reads /feeds/TOKEN.ics, where the token, made in Settings,
stands for the login. One per account; making a new one ends the old.

Revision ID: a0002_calendar_feeds
Revises: a0001_accounts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'a0002_calendar_feeds'
down_revision = 'a0001_accounts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'calendar_feeds',
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('user_id'),
        sa.UniqueConstraint('token_hash'),
    )


def downgrade() -> None:
    op.drop_table('calendar_feeds')
