"""The user's preferences, stored as key/value pairs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.storage.tables import DatabaseIdentityRow, SettingRow


def load(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in session.scalars(select(SettingRow))}


def save(session: Session, values: dict[str, Any]) -> None:
    for key, value in values.items():
        row = session.get(SettingRow, key)
        if row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
    session.flush()


def database_id(session: Session) -> str:
    """The id the database was given when it was created (see migration 0011)."""
    found = session.scalar(select(DatabaseIdentityRow.id).limit(1))
    if found is None:  # a database whose identity row was removed by hand: a fixed stand-in
        return "0" * 32
    return found
