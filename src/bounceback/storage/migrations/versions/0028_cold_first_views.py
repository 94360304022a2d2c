"""what a first view reads from the disk: the rows it shows, found from index entries alone

Round 15 saw the first view of `/outlook` take 6.1 s at 50,000 applications on a busy machine
whose page cache no longer held the database, although its processor time was 25 ms. Read cold
(bench/cold_reads.py), the page made the system read 17 MB of the file: the outlook's first 25
contributions were picked among every live application of their groups (thousands at 50,000),
each looked up in the table for its kind and day applied (11 MB), and the offers in hand were
read one table page each (833 at 50,000: 4.9 MB). An interview brief read 12 MB (the similar
rejections' days, one table page each), an application's and a rejection's page 3.7 MB (every
task: tasks had no index on their application).

- (live, stage, silent since, kind, day applied) on the read model's applications: a group of
  the outlook's ranking read backwards from the index, its first rows only, no table row
  until the 25 are chosen (replaces (live, stage, silent since), its prefix).
- the offers in hand (live, stage, day applied, id, company, role) where the stage is `offer`
  (the stage among the columns: else SQLite reads each row for it).
- (application, received on, rejection) on the read model's rejections (replaces
  (application)): the brief's similar rejections from index entries.
- (application, received on, id) on feedback (replaces (application)): the same brief's similar
  feedback from index entries, not a row of text each (9 MB of the 12).
- (application) on tasks.

Revision ID: 0028_cold_first_views
Revises: 0027_store_policy_once
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0028_cold_first_views'
down_revision = '0027_store_policy_once'
branch_labels = None
depends_on = None

OFFER = "stage = 'offer'"


def upgrade() -> None:
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_applications_live')
        batch_op.create_index('ix_rm_applications_live',
                              ['live', 'stage', 'silent_since', 'kind', 'date_applied'],
                              unique=False)
        batch_op.create_index('ix_rm_applications_offers',
                              ['live', 'stage', 'date_applied', 'application_id', 'company',
                               'role'],
                              unique=False, sqlite_where=sa.text(OFFER),
                              postgresql_where=sa.text(OFFER))
    with op.batch_alter_table('rm_rejections', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_rejections_application')
        batch_op.create_index('ix_rm_rejections_application',
                              ['application_id', 'received_on', 'rejection_id'], unique=False)
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_application')
        batch_op.create_index('ix_feedback_application', ['application_id', 'received_on', 'id'],
                              unique=False)
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_application', ['application_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_application')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_application')
        batch_op.create_index('ix_feedback_application', ['application_id'], unique=False)
    with op.batch_alter_table('rm_rejections', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_rejections_application')
        batch_op.create_index('ix_rm_rejections_application', ['application_id'], unique=False)
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_rm_applications_offers')
        batch_op.drop_index('ix_rm_applications_live')
        batch_op.create_index('ix_rm_applications_live', ['live', 'stage', 'silent_since'],
                              unique=False)
