"""Alembic environment: runs on the connection the application hands over."""

from __future__ import annotations

from alembic import context

from bounceback.storage.readmodel.search import include_name
from bounceback.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("bounceback migrations run through `bounceback db upgrade`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=context.config.attributes.get("include_object"),
    include_name=include_name,  # the text search's index is not a model (readmodel/search.py)
)
with context.begin_transaction():
    context.run_migrations()
