"""the read model's triggers note only what it derives from

A note on an application (an event of a kind the read model does not read) recomputed the
application's read-model row, its tallies and its kept rows in the note's own transaction: on a
shared server about half of the note's cost (round 16, docs/history/centres.md). The triggers on
the events note a row only when its kind is one `pipeline.state.KINDS` names, and an update of
an application or an event only when it changes a column the read model reads
(storage/readmodel/triggers.py, QUIET). The triggers are put back by every migration run; this
revision makes every store's database (each person's, on a shared server) take the new ones,
and its downgrade puts back the triggers that note every change, for the code before it.

Revision ID: 0029_note_what_is_derived
Revises: 0028_cold_first_views
"""

from __future__ import annotations

from alembic import op

from bounceback.storage.readmodel import triggers

revision = '0029_note_what_is_derived'
down_revision = '0028_cold_first_views'
branch_labels = None
depends_on = None


def upgrade() -> None:
    triggers.install(op.get_bind())


def downgrade() -> None:
    triggers.install(op.get_bind(), every=True)
