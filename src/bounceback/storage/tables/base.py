"""The declarative base and the column conventions every table shares."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from bounceback.storage.clock import now
from bounceback.storage.metadata import METADATA, NAMING, new_uid


class Base(DeclarativeBase):
    metadata = METADATA


__all__ = ["NAMING", "Base", "new_uid", "now"]
