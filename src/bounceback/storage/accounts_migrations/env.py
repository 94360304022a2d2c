"""Alembic environment of the accounts (bb_accounts on PostgreSQL, NAME-accounts.db on SQLite):
runs on the connection storage/accounts_schema.py hands over, already pinned to the accounts."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("bounceback migrations run through `bounceback db upgrade`")

context.configure(
    connection=connection,
    target_metadata=None,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
