"""the outlook's most hoped-for live application, and today's open tasks due, read from an
index in the order they are listed

`top_hope` asks for the live application of the highest excitement, the newest first: the index
on (live, excitement) found them, and every live application of that excitement was sorted by
date to keep one (8 ms at 50,000 applications). With the listing order in the index, the first
entry read backwards is the answer. Today's open tasks due by tomorrow (the first ten shown,
the rest counted) were found through (due, done) and sorted by id within each day: 3,670 at
50,000 applications; with (done, due, id) the first ten are the first ten entries.

Revision ID: 0024_hope_in_listing_order
Revises: 0023_read_model_days
"""

from __future__ import annotations

from alembic import op

revision = '0024_hope_in_listing_order'
down_revision = '0023_read_model_days'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_applications_hope')
        batch_op.create_index('ix_rm_applications_hope',
                              ['live', 'excitement', 'date_applied', 'application_id'],
                              unique=False)
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_open_due', ['done', 'due', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_open_due')
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_applications_hope')
        batch_op.create_index('ix_rm_applications_hope', ['live', 'excitement'], unique=False)
