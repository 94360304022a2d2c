"""a stamp of the whole store, moved by every write

A coach's page worked out every seeker's card (the recovery window, days since the last
application, hope on one application, feedback awaited) from the seeker's store at every look:
about 3.5 ms of processor time and 7 statements a seeker, 0.11 s for a coach of 30 (round 21,
docs/history/centres.md). The store now has a stamp of its own (`store` in rm_meta) that a
trigger on every table moves in the writing transaction (storage/readmodel/triggers.py, STORE),
and the card is kept under it (services/sharing.py): a look reads one row per seeker while
nothing of theirs changed. The triggers are put back by every migration run; this revision
makes every store take them and gives each its first stamp; its downgrade removes both.

Revision ID: 0031_store_stamp
Revises: 0030_search_status_by_index
"""

from __future__ import annotations

from uuid import uuid4

from alembic import op
from sqlalchemy import text

from bounceback.storage.readmodel import triggers

revision = '0031_store_stamp'
down_revision = '0030_search_status_by_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    triggers.install(bind)
    bind.execute(text(f"DELETE FROM rm_meta WHERE key = '{triggers.STORE}'"))
    bind.execute(text("INSERT INTO rm_meta (key, value) VALUES (:key, :value)"),
                 {"key": triggers.STORE, "value": uuid4().hex})


def downgrade() -> None:
    triggers.drop_store_stamp(op.get_bind())
