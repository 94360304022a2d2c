"""The read model's version stamp, read with SQLAlchemy Core only (every start checks it)."""

from __future__ import annotations

from typing import Any

from bounceback.storage import readmodel


def is_current(connection: Any) -> bool:
    """Whether the stored read model was built by this version (a cheap look on each start)."""
    from sqlalchemy import text

    value = connection.execute(text("SELECT value FROM rm_meta WHERE key = 'version'")).scalar()
    return bool(value == readmodel.VERSION)
