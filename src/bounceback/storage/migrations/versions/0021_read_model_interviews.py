"""read model: interviews booked and not held yet, for the calendar feed

Filled by the rebuild that the read model's new version stamp brings on first use after the
upgrade (storage/migrate.py).

Revision ID: 0021_read_model_interviews
Revises: 0020_merge_search_journal
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0021_read_model_interviews'
down_revision = '0020_merge_search_journal'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rm_interviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=True),
    sa.Column('interview_type', sa.String(length=30), nullable=True),
    sa.Column('location', sa.String(length=500), server_default='', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rm_interviews')),
    info={'derived': True}
    )
    with op.batch_alter_table('rm_interviews', schema=None) as batch_op:
        batch_op.create_index('ix_rm_interviews_application', ['application_id'], unique=False)
        batch_op.create_index('ix_rm_interviews_at', ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('rm_interviews', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_interviews_at')
        batch_op.drop_index('ix_rm_interviews_application')
    op.drop_table('rm_interviews')
