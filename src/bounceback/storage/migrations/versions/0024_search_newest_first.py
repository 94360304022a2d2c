"""newest first, by index: the read model's `recency` (day applied, then id, as one integer) for
the board's search; recovery windows by the day they end for the calendar feed

`rm_applications.recency` orders applications as the board does. SQLite's FTS table is keyed
by it (it was keyed by the application's id), so a search hands out its matches newest first and
the board's (the newest 1,000 matches) stops there: it read every match and sorted them, which
grew with the history (34 of the board search's 40 ms at 50,000 applications). PostgreSQL walks
the new index newest first and tests each row's folded text (storage/readmodel/board_queries.py).
Filled here from the read model's own rows; the read model's version is unchanged.

`ix_recovery_windows_ends`: the day each stored window ends (an expression in each engine's
date arithmetic) and its rejection; the calendar feed reads the windows ending soonest through
it (storage/readmodel/window_ends.py) instead of every window started in five weeks.
`ix_feedback_requests_follow_up`: the feed's soonest follow-ups in order from the index (it
scanned every feedback request).

Revision ID: 0024_search_newest_first
Revises: 0023_read_model_days
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bounceback.storage.readmodel import search, window_ends

revision = '0024_search_newest_first'
down_revision = '0023_read_model_days'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        search.drop_index(bind)  # keyed by the id: made again below, keyed by recency
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recency', sa.BigInteger(), nullable=True))
    rows = sa.table('rm_applications', sa.column('application_id', sa.Integer),
                    sa.column('date_applied', sa.Date), sa.column('recency', sa.BigInteger))
    keys = [{"id": app_id, "key": search.recency(day, app_id)}
            for app_id, day in bind.execute(sa.select(rows.c.application_id, rows.c.date_applied))]
    if keys:
        bind.execute(rows.update().where(rows.c.application_id == sa.bindparam("id"))
                     .values(recency=sa.bindparam("key")), keys)
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.alter_column('recency', existing_type=sa.BigInteger(), nullable=False)
        batch_op.create_index('ix_rm_applications_recency', ['recency'], unique=True)
    if sqlite:
        search.create_index(bind, rowid='recency')
    window_ends.create_index(bind)
    with op.batch_alter_table('feedback_requests', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_requests_follow_up', ['follow_up_due'], unique=False)


def downgrade() -> None:
    bind = op.get_bind()
    window_ends.drop_index(bind)
    with op.batch_alter_table('feedback_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_requests_follow_up')
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        search.drop_index(bind)
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_applications_recency')
        batch_op.drop_column('recency')
    if sqlite:
        search.create_index(bind, rowid='application_id')
