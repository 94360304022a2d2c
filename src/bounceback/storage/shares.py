"""The shares between seekers and coaches, the audit of each coach's look and the coaches' notes:
rows of the accounts database (storage/accounts.py declares its tables and opens it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from bounceback.storage.accounts import audit, notes, shares, users


def share_rows(c: Connection, *, seeker_id: int | None = None,
               coach_id: int | None = None) -> list[Any]:
    query = select(shares, users.c.email.label("coach_email")).join(
        users, users.c.id == shares.c.coach_id)
    if seeker_id is not None:
        query = query.where(shares.c.seeker_id == seeker_id)
    if coach_id is not None:
        query = query.where(shares.c.coach_id == coach_id)
    return list(c.execute(query.order_by(shares.c.created_at)).mappings())


def shares_to(c: Connection, coach_id: int) -> list[tuple[Any, Any]]:
    """The shares made to this coach, oldest first, each with its seeker's account row (an
    enabled one only), in one statement: (share row, user row)."""
    seeker, coach = users.alias("seeker"), users.alias("coach")
    query = (select(shares, coach.c.email.label("coach_email"),
                    *[column.label(f"u_{column.name}") for column in seeker.c
                      if column.name != "password_hash"])
             .join(coach, coach.c.id == shares.c.coach_id)
             .join(seeker, seeker.c.id == shares.c.seeker_id)
             .where(shares.c.coach_id == coach_id, seeker.c.disabled.is_(False))
             .order_by(shares.c.created_at))
    found = []
    for row in c.execute(query).mappings():
        found.append((row, {name[2:]: value for name, value in row.items()
                            if name.startswith("u_")}))
    return found


def put_share(c: Connection, seeker_id: int, coach_id: int, what: str, at: datetime) -> None:
    c.execute(delete(shares).where(shares.c.seeker_id == seeker_id,
                                   shares.c.coach_id == coach_id))
    c.execute(insert(shares).values(seeker_id=seeker_id, coach_id=coach_id, what=what,
                                    created_at=at))


def drop_share(c: Connection, seeker_id: int, coach_id: int) -> int:
    return int(c.execute(delete(shares).where(shares.c.seeker_id == seeker_id,
                                              shares.c.coach_id == coach_id)).rowcount or 0)


def add_views(c: Connection, looks: list[tuple[int, str]], coach_email: str, at: datetime
              ) -> None:
    """The coach's looks, (seeker id, what was seen) each, written to the audit at once."""
    if looks:
        c.execute(insert(audit), [{"seeker_id": seeker_id, "coach_email": coach_email,
                                   "what": what, "at": at} for seeker_id, what in looks])


def views_of(c: Connection, seeker_id: int, limit: int = 200) -> list[Any]:
    return list(c.execute(select(audit).where(audit.c.seeker_id == seeker_id)
                          .order_by(audit.c.at.desc(), audit.c.id.desc()).limit(limit)).mappings())


def add_note(c: Connection, seeker_id: int, coach_email: str, body: str, at: datetime) -> None:
    c.execute(insert(notes).values(seeker_id=seeker_id, coach_email=coach_email, text=body, at=at))


def notes_for(c: Connection, seeker_id: int, limit: int = 50) -> list[Any]:
    return list(c.execute(select(notes).where(notes.c.seeker_id == seeker_id)
                          .order_by(notes.c.at.desc(), notes.c.id.desc()).limit(limit)).mappings())
