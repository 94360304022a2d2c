"""the read model's totals by day, and each weakly answered question's latest answer

`rm_days` keeps what the pages count over a recent window (applications sent by kind and
stage, rejections by stage reached, answers rated) as a few rows a day, kept by each write as
the search's totals are: the windows read a range of days, not a row per application (at
50,000 applications the last 30 days hold 14,000). `rm_weak` keeps, per application and
wording, its latest weak answer's round and question: the brief reads one per wording through
the index, not every time the question was asked. Both are filled by the read model's rebuild
(its stamp is removed both ways: whichever version runs next rebuilds it).

This is also the first schema of the code that stores a posting's "also mentioned" skills
(importance 'mentioned', round eleven). The code of 0022 knows only 'required' and
'nice_to_have' and fails on any other value, so the downgrade deletes those rows: they were
never asked for, never gaps, and the newer code finds them again when it rescans.

Revision ID: 0023_read_model_days
Revises: 0022_covering_read_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0023_read_model_days'
down_revision = '0022_covering_read_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rm_days',
                    sa.Column('name', sa.String(length=20), nullable=False),
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('key', sa.String(length=120), nullable=False),
                    sa.Column('value', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('name', 'day', 'key', name=op.f('pk_rm_days')),
                    info={'derived': True})
    with op.batch_alter_table('rm_weak', schema=None) as batch_op:
        batch_op.add_column(sa.Column('latest_interview', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('latest_question', sa.Integer(), nullable=True))
    # the new rows are filled by the read model's rebuild: its stamp removed, it runs next
    op.execute("DELETE FROM rm_meta WHERE key = 'version'")


def downgrade() -> None:
    with op.batch_alter_table('rm_weak', schema=None) as batch_op:
        batch_op.drop_column('latest_question')
        batch_op.drop_column('latest_interview')
    op.drop_table('rm_days')
    # "also mentioned" skills: the older code reads a posting's skills with Importance(value)
    op.execute("DELETE FROM posting_skills WHERE importance = 'mentioned'")
    op.execute("DELETE FROM rm_meta WHERE key = 'version'")  # the older read model, rebuilt
