"""accounts: users, login sessions and attempts, shares, coach views and notes

The tables as the first career-centre release made them (outside Alembic): a database made
then has them without a version, and is stamped at this revision before upgrading.

Revision ID: a0001_accounts
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'a0001_accounts'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Unqualified names: the connection's search path is the accounts schema on PostgreSQL.
    op.create_table(
        'login_attempts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account', sa.String(length=320), nullable=False),
        sa.Column('address', sa.String(length=64), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_login_attempts_account', 'login_attempts', ['account', 'at'])
    op.create_index('ix_login_attempts_address', 'login_attempts', ['address', 'at'])
    op.create_table(
        'users',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=320), nullable=False),
        sa.Column('role', sa.String(length=10), nullable=False),
        sa.Column('password_hash', sa.String(length=200), nullable=False),
        sa.Column('disabled', sa.Boolean(), nullable=False),
        sa.Column('store', sa.String(length=42), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('email'),
        sa.UniqueConstraint('store'),
    )
    for name, what in (('coach_notes', sa.Column('text', sa.Text(), nullable=False)),
                       ('coach_views', sa.Column('what', sa.String(length=200), nullable=False))):
        op.create_table(
            name,
            sa.Column('id', sa.Integer(), nullable=False),
            sa.Column('seeker_id', sa.Integer(), nullable=False),
            sa.Column('coach_email', sa.String(length=320), nullable=False),
            what,
            sa.Column('at', sa.DateTime(), nullable=False),
            sa.ForeignKeyConstraint(['seeker_id'], ['users.id'], ondelete='CASCADE'),
            sa.PrimaryKeyConstraint('id'),
        )
        op.create_index(f'ix_bb_accounts_{name}_seeker_id', name, ['seeker_id'])
    op.create_table(
        'sessions',
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('token_hash'),
    )
    op.create_index('ix_bb_accounts_sessions_user_id', 'sessions', ['user_id'])
    op.create_table(
        'shares',
        sa.Column('seeker_id', sa.Integer(), nullable=False),
        sa.Column('coach_id', sa.Integer(), nullable=False),
        sa.Column('what', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['coach_id'], ['users.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['seeker_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('seeker_id', 'coach_id'),
    )


def downgrade() -> None:
    for name in ('shares', 'sessions', 'coach_views', 'coach_notes', 'users', 'login_attempts'):
        op.drop_table(name)
