"""a board column's cards in the board's order from an index: (stage, outcome, recency), and
(stage, recency) of the applications with no outcome

Each column's first cards were read per (stage, outcome) with `ORDER BY date_applied DESC, id
DESC` through `ix_applications_stage_outcome` (stage, outcome, date_applied). SQLite read the
range; PostgreSQL did not: that order needs the id after the date (and PostgreSQL puts the
undated first), so its planner walked the date index backwards and filtered, reading thousands
of rows for a column's 20 at 50,000 applications (8,345 for `interviewing`, 33 ms). The read
model's `recency` (day applied, then id, as one integer: migration 0024) is the board's order
in one column; with it last in an index after the stage and the outcome, a closed column's
page is the first entries of each range, on both engines. PostgreSQL does not take `outcome IS
NULL` for an equality (its order would need a sort after it), so an open column is read from a
partial index: (stage, recency) where there is no outcome.

Today's feedback follow-ups (and their count) read every feedback request (5,283 at 50,000
applications, 102 of them due); a partial index on the open ones (neither answered nor
closed) holds what they read.

Revision ID: 0026_board_columns_by_recency
Revises: 0025_merge_search_hope
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0026_board_columns_by_recency'
down_revision = '0025_merge_search_hope'
branch_labels = None
depends_on = None

OPEN = "answered_on IS NULL AND closed_on IS NULL"  # tables.learning.OPEN_REQUEST, as of now


def upgrade() -> None:
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.create_index('ix_rm_applications_column', ['stage', 'outcome', 'recency'],
                              unique=False)
        batch_op.create_index('ix_rm_applications_open', ['stage', 'recency'], unique=False,
                              sqlite_where=sa.text('outcome IS NULL'),
                              postgresql_where=sa.text('outcome IS NULL'))


    with op.batch_alter_table('feedback_requests', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_requests_open', ['created_on', 'id'], unique=False,
                              sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))


def downgrade() -> None:
    with op.batch_alter_table('feedback_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_requests_open')
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_applications_open')
        batch_op.drop_index('ix_rm_applications_column')
