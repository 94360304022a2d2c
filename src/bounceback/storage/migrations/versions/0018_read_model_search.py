"""read model: the text search's folded column, and its index (SQLite FTS5 trigram, PostgreSQL pg_trgm)

The column is filled by the rebuild that the read model's new version stamp brings on first use
after the upgrade (storage/migrate.py); the index follows it (SQLite: triggers; PostgreSQL: the
GIN index). See storage/readmodel/search.py.

Revision ID: 0018_read_model_search
Revises: 0017_read_model_learning
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bounceback.storage.readmodel import search

revision = '0018_read_model_search'
down_revision = '0017_read_model_learning'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search', sa.Text(), server_default='', nullable=False))
    search.create_index(op.get_bind(), rowid='application_id')  # 0024 keys it by recency


def downgrade() -> None:
    search.drop_index(op.get_bind())
    with op.batch_alter_table('rm_applications', schema=None) as batch_op:
        batch_op.drop_column('search')
