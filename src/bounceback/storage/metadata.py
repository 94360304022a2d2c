"""The one MetaData every table is declared on, and the row conventions they share, without
the ORM: the read model's tables (readmodel/tables.py) and the lean writes' view of the source
tables (storage/source_tables.py) load SQLAlchemy Core alone (storage/tables/base.py gives the
ORM's declarative base this same MetaData)."""

from __future__ import annotations

import uuid

from sqlalchemy import MetaData

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

METADATA = MetaData(naming_convention=NAMING)


def new_uid() -> str:
    return uuid.uuid4().hex
