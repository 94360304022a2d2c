"""Reading with SQLAlchemy Core inside an ORM session: the pages' per-request reads skip the
ORM's statement and entity work (rows come back as named tuples with the columns' names, so
the repositories' converters take them as they take ORM rows)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def connection(session: Session) -> Any:
    """The session's connection for a Core statement, after what the session holds is
    written (as the ORM's autoflush would before a query of its own): same transaction, same
    snapshot, nothing stale."""
    session.flush()
    return session.connection()
