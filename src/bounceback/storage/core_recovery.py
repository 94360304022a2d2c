"""The statements of the CLI's lean check-in and journal entry (services/lean_recovery.py) and
of the lean `reject`'s rows (services/lean_reject.py):
SQLAlchemy Core on the source tables' Core view (storage/source_tables.py), no ORM; each takes
the Core connection of Database.writing. The rows are the ones storage/repos/recovery.py
writes (uids by the columns' own defaults)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bounceback.domain.errors import NotFound
from bounceback.domain.recovery import CheckIn, JournalEntry, Outreach
from bounceback.storage import source_tables as t


def has_rejection(c: Any, rejection_id: int) -> bool:
    return c.execute(select(t.REJECTIONS.c.id).where(t.REJECTIONS.c.id == rejection_id)
                     ).first() is not None


def rejection_of(r: Any, app_id: int) -> int | None:
    """The id of the rejection recorded for an application (one at most), or None; on a
    Reader (storage/readmodel/reader.py)."""
    found = r.scalar("SELECT id FROM rejections WHERE application_id = :a", a=app_id)
    return None if found is None else int(found)


def add_check_in(c: Any, check_in: CheckIn) -> int:
    """A check-in's row and its emotions' rows; its id."""
    found = int(c.execute(t.CHECK_INS.insert().values(
        rejection_id=check_in.rejection_id, recorded_at=check_in.recorded_at,
        mood=check_in.mood, something_else=check_in.something_else,
        crisis_level=check_in.crisis_level.value).returning(t.CHECK_INS.c.id)).scalar_one())
    if check_in.emotions:
        c.execute(t.CHECK_IN_EMOTIONS.insert(), [
            {"check_in_id": found, "emotion": e.emotion.value, "intensity": e.intensity}
            for e in check_in.emotions])
    return found


def add_entry(c: Any, entry: JournalEntry) -> int:
    """A journal entry's row; its id."""
    return int(c.execute(t.JOURNAL_ENTRIES.insert().values(
        rejection_id=entry.rejection_id, written_at=entry.written_at, kind=entry.kind.value,
        prompt=entry.prompt, text=entry.text, minutes=entry.minutes,
        crisis_level=entry.crisis_level.value).returning(t.JOURNAL_ENTRIES.c.id)).scalar_one())


def add_rejection(c: Any, values: dict[str, Any]) -> int:
    """A rejection's row (its uid and created_at by the columns' defaults); its id."""
    return int(c.execute(t.REJECTIONS.insert().values(**values).returning(t.REJECTIONS.c.id))
               .scalar_one())


def add_reasons(c: Any, rows: list[dict[str, Any]]) -> None:
    """A rejection's reasons' rows (domain/reasons.reason_rows)."""
    if rows:
        c.execute(t.REJECTION_REASONS.insert(), rows)


def add_window(c: Any, rejection_id: int, values: dict[str, Any]) -> None:
    """A new rejection's recovery window (repos/recovery.save_window, for a rejection that has
    none yet)."""
    c.execute(t.RECOVERY_WINDOWS.insert().values(rejection_id=rejection_id, **values))


def add_outreach(c: Any, outreach: Outreach) -> int:
    """A reach-out to a support person, after the rotation moved on from them (their
    `last_suggested_at`: the suggestion was answered; RecoverySupport.record_outreach). Refused
    when there is no such person."""
    moved = c.execute(t.SUPPORT_PEOPLE.update()
                      .where(t.SUPPORT_PEOPLE.c.id == outreach.person_id)
                      .values(last_suggested_at=outreach.recorded_at))
    if moved.rowcount == 0:
        raise NotFound(f"no support person #{outreach.person_id}; `bounceback support list` "
                       "shows them")
    return int(c.execute(t.OUTREACH.insert().values(
        person_id=outreach.person_id, rejection_id=outreach.rejection_id,
        recorded_at=outreach.recorded_at, reached_out=outreach.reached_out,
        message=outreach.message).returning(t.OUTREACH.c.id)).scalar_one())


def reader_on(c: Any) -> Any:
    """A Reader (storage/readmodel/reader.py) on this Core connection's own DB-API connection:
    the lean read layer's queries, inside this transaction, seeing what it wrote."""
    from bounceback.storage.readmodel.reader import Reader

    return Reader(c.connection.dbapi_connection, c.dialect.name)
