"""The read model's version stamp, read with SQLAlchemy Core only (every start checks it)."""

from __future__ import annotations

from typing import Any

from bounceback.storage import readmodel


def is_current(connection: Any) -> bool:
    """Whether the stored read model was built by this version (a cheap look on each start)."""
    from sqlalchemy import text

    value = connection.execute(text("SELECT value FROM rm_meta WHERE key = 'version'")).scalar()
    return bool(value == readmodel.VERSION)


_STAMP = None


def stamp_of(connection: Any, key: str) -> str | None:
    """The stamp of what `key` names (see readmodel.triggers.STAMPS): a new value whenever a
    write changes one of its rows, in that write's transaction. One row read by primary key."""
    global _STAMP
    if _STAMP is None:
        from sqlalchemy import bindparam, text

        _STAMP = text("SELECT value FROM rm_meta WHERE key = :key").bindparams(
            bindparam("key"))
    value = connection.execute(_STAMP, {"key": key}).scalar()
    return None if value is None else str(value)
