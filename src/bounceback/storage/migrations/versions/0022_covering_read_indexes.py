"""covering indexes for the pages' counts: patterns' recent window, the brief's similar
applications, the questions that came back; the board's columns in date order

Each answers its page's query from the index alone: the read model's rows are wide (their
totals and search text), and reading a row per application counted cost most of the patterns
section and of the brief. A board column (one stage, newest first) read every application at
that stage and sorted them to show 20: 15 ms a column at 50,000 applications.

Revision ID: 0022_covering_read_indexes
Revises: 0021_read_model_interviews
"""

from __future__ import annotations

from alembic import op

revision = '0022_covering_read_indexes'
down_revision = '0021_read_model_interviews'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_stage_outcome')
        batch_op.create_index('ix_applications_stage_outcome',
                              ['stage', 'outcome', 'date_applied'], unique=False)
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.create_index('ix_rm_applications_applied_reached',
                              ['date_applied', 'furthest_stage', 'kind', 'stage', 'outcome',
                               'live'], unique=False)
        batch_op.drop_index('ix_rm_applications_learnable')
        batch_op.create_index('ix_rm_applications_learnable',
                              ['learnable', 'role_family', 'company'], unique=False)
    with op.batch_alter_table('rm_weak', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_weak_question')
        batch_op.create_index('ix_rm_weak_question', ['question', 'last_held', 'times'],
                              unique=False)
    with op.batch_alter_table('interview_questions', schema=None) as batch_op:
        batch_op.create_index('ix_interview_questions_rating', ['interview_id', 'rating'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('interview_questions', schema=None) as batch_op:
        batch_op.drop_index('ix_interview_questions_rating')
    with op.batch_alter_table('rm_weak', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_weak_question')
        batch_op.create_index('ix_rm_weak_question', ['question'], unique=False)
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_applications_learnable')
        batch_op.create_index('ix_rm_applications_learnable', ['learnable', 'role_family'],
                              unique=False)
        batch_op.drop_index('ix_rm_applications_applied_reached')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_stage_outcome')
        batch_op.create_index('ix_applications_stage_outcome', ['stage', 'outcome'],
                              unique=False)
