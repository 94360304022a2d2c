"""The user's preferences, stored as key/value pairs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.storage.tables import SettingRow


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
