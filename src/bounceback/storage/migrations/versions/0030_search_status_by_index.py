"""a board search's counts and the journal's rejections read from index entries

Cold (bench/cold_reads.py, 50,000 applications), the board's search for a word two thirds of the
applications hold (`analyst`) made the system read 4.4 MB of the file: the search index hands
out the newest 1,000 matches by their `recency` at 0.3 MB, but each match's stage and outcome
(to count them per column) was then read from its row of the applications table, one table
page each. Today (`/`) read every journal entry to find those written about the recent
rejections (no index on the entry's rejection).

- (recency, stage, outcome) on the read model's applications: a match's column from the index
  entry the search already reaches.
- (rejection, written at) on journal entries.

Revision ID: 0030_search_status_by_index
Revises: 0029_note_what_is_derived
"""

from __future__ import annotations

from alembic import op

revision = '0030_search_status_by_index'
down_revision = '0029_note_what_is_derived'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.create_index('ix_rm_applications_search_status', ['recency', 'stage', 'outcome'],
                              unique=False)
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.create_index('ix_journal_entries_rejection', ['rejection_id', 'written_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('journal_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_entries_rejection')
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_applications_search_status')
