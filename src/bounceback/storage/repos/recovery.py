"""Check-ins, journal entries, support people, outreach and recovery windows."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, select, text
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.recovery import (
    CheckIn,
    CrisisLevel,
    EmotionRating,
    JournalEntry,
    Outreach,
    RecoveryWindow,
    SupportPerson,
    WritingKind,
)
from bounceback.domain.vocabulary import Emotion
from bounceback.storage.repos import core
from bounceback.storage.tables.recovery import (
    CheckInEmotionRow,
    CheckInRow,
    JournalEntryRow,
    OutreachRow,
    RecoveryWindowRow,
    SupportPersonRow,
)

# ---- check-ins


def add_check_in(session: Session, check_in: CheckIn) -> CheckIn:
    row = CheckInRow(
        rejection_id=check_in.rejection_id, recorded_at=check_in.recorded_at,
        mood=check_in.mood, something_else=check_in.something_else,
        crisis_level=check_in.crisis_level.value,
    )
    session.add(row)
    session.flush()
    for rating in check_in.emotions:
        session.add(
            CheckInEmotionRow(
                check_in_id=row.id, emotion=rating.emotion.value, intensity=rating.intensity
            )
        )
    session.flush()
    check_in.id = row.id
    return check_in


def check_ins(
    session: Session, *, since: datetime | None = None, rejection_id: int | None = None,
    check_in_id: int | None = None,
) -> list[CheckIn]:
    """Check-ins oldest first, with their emotions; plain column reads (thousands are common)."""
    t = CheckInRow
    stmt = select(
        t.id, t.rejection_id, t.recorded_at, t.mood, t.something_else, t.crisis_level
    ).order_by(t.recorded_at, t.id)
    if since is not None:
        stmt = stmt.where(t.recorded_at >= since)
    if rejection_id is not None:
        stmt = stmt.where(t.rejection_id == rejection_id)
    if check_in_id is not None:
        stmt = stmt.where(t.id == check_in_id)
    rows = session.execute(stmt).all()
    ratings: dict[int, list[EmotionRating]] = defaultdict(list)
    if rows:
        e = CheckInEmotionRow
        emotions = select(e.check_in_id, e.emotion, e.intensity)
        if since is not None or rejection_id is not None or check_in_id is not None:
            emotions = emotions.where(e.check_in_id.in_([r.id for r in rows]))
        for check_in_id, emotion, intensity in session.execute(emotions):
            ratings[check_in_id].append(EmotionRating(Emotion(emotion), intensity))
    return [
        CheckIn(
            id=r.id, rejection_id=r.rejection_id, recorded_at=r.recorded_at, mood=r.mood,
            something_else=r.something_else, crisis_level=CrisisLevel(r.crisis_level),
            emotions=sorted(ratings[r.id], key=lambda x: (-x.intensity, x.emotion.value)),
        )
        for r in rows
    ]


# ---- journal


def _entry(row: Any) -> JournalEntry:
    return JournalEntry(
        id=row.id, rejection_id=row.rejection_id, written_at=row.written_at,
        kind=WritingKind(row.kind), prompt=row.prompt, text=row.text, minutes=row.minutes,
        crisis_level=CrisisLevel(row.crisis_level),
    )


def add_entry(session: Session, entry: JournalEntry) -> JournalEntry:
    row = JournalEntryRow(
        rejection_id=entry.rejection_id, written_at=entry.written_at, kind=entry.kind.value,
        prompt=entry.prompt, text=entry.text, minutes=entry.minutes,
        crisis_level=entry.crisis_level.value,
    )
    session.add(row)
    session.flush()
    return _entry(row)


_ENTRY = JournalEntryRow.__table__
#: Every journal entry, oldest first, and those of one rejection: built once, read as rows (the
#: journal page sends one on every view)
_ENTRIES = core.prebuilt(select(_ENTRY).order_by(_ENTRY.c.written_at, _ENTRY.c.id))
_ENTRIES_OF = core.prebuilt(_ENTRIES.where(_ENTRY.c.rejection_id == bindparam("rejection_id")))


def entries(session: Session, *, rejection_id: int | None = None) -> list[JournalEntry]:
    if rejection_id is None:
        return [_entry(r) for r in core.rows(session, _ENTRIES)]
    return [_entry(r) for r in core.rows(session, _ENTRIES_OF, {"rejection_id": rejection_id})]


def get_entry(session: Session, entry_id: int) -> JournalEntry:
    row = session.get(JournalEntryRow, entry_id)
    if row is None:
        raise NotFound(f"no journal entry #{entry_id}; `bounceback journal list` shows them")
    return _entry(row)


def delete_entry(session: Session, entry_id: int) -> None:
    row = session.get(JournalEntryRow, entry_id)
    if row is None:
        raise NotFound(f"no journal entry #{entry_id}; `bounceback journal list` shows them")
    session.delete(row)
    session.flush()


def scrub_sqlite(session: Session) -> None:
    """Inside the transaction: make sure secure_delete is on, so freed pages are zeroed."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete=ON"))


# ---- support people


def _person(row: Any) -> SupportPerson:
    return SupportPerson(
        id=row.id, name=row.name, reach=row.reach, relationship=row.relationship,
        active=row.active, last_suggested_at=row.last_suggested_at, created_at=row.created_at,
    )


def add_person(session: Session, person: SupportPerson) -> SupportPerson:
    row = SupportPersonRow(
        name=person.name, reach=person.reach, relationship=person.relationship,
        active=person.active,
    )
    session.add(row)
    session.flush()
    return _person(row)


_PERSON = SupportPersonRow.__table__
#: The support people, every one or the active ones: built once, read as rows (the settings
#: page sends one on every view)
_EVERYONE = core.prebuilt(select(_PERSON).order_by(_PERSON.c.id))
_ACTIVE = core.prebuilt(_EVERYONE.where(_PERSON.c.active.is_(True)))


def people(session: Session, *, include_inactive: bool = False) -> list[SupportPerson]:
    return [_person(r) for r in core.rows(session, _EVERYONE if include_inactive else _ACTIVE)]


def _person_row(session: Session, person_id: int) -> SupportPersonRow:
    row = session.get(SupportPersonRow, person_id)
    if row is None:
        raise NotFound(f"no support person #{person_id}; `bounceback support list` shows them")
    return row


def get_person(session: Session, person_id: int) -> SupportPerson:
    return _person(_person_row(session, person_id))


def update_person(session: Session, person_id: int, changes: dict[str, object]) -> SupportPerson:
    row = _person_row(session, person_id)
    for name, value in changes.items():
        setattr(row, name, value)
    session.flush()
    return _person(row)


def remove_person(session: Session, person_id: int) -> None:
    session.delete(_person_row(session, person_id))
    session.flush()


def add_outreach(session: Session, outreach: Outreach) -> Outreach:
    _person_row(session, outreach.person_id)
    row = OutreachRow(
        person_id=outreach.person_id, rejection_id=outreach.rejection_id,
        recorded_at=outreach.recorded_at, reached_out=outreach.reached_out,
        message=outreach.message,
    )
    session.add(row)
    session.flush()
    outreach.id = row.id
    return outreach


def outreach_list(session: Session) -> list[Outreach]:
    stmt = select(OutreachRow).order_by(OutreachRow.recorded_at, OutreachRow.id)
    return [
        Outreach(
            id=r.id, person_id=r.person_id, rejection_id=r.rejection_id,
            recorded_at=r.recorded_at, reached_out=r.reached_out, message=r.message,
        )
        for r in session.scalars(stmt)
    ]


# ---- windows


def _window(row: RecoveryWindowRow) -> RecoveryWindow:
    return RecoveryWindow(
        rejection_id=row.rejection_id, starts_on=row.starts_on, days=row.days, hurt=row.hurt,
        closed_on=row.closed_on,
    )


def save_window(session: Session, window: RecoveryWindow) -> RecoveryWindow:
    """Insert or replace the window of a rejection (one per rejection)."""
    row = session.scalar(
        select(RecoveryWindowRow).where(RecoveryWindowRow.rejection_id == window.rejection_id)
    )
    if row is None:
        row = RecoveryWindowRow(rejection_id=window.rejection_id)
        session.add(row)
    row.starts_on, row.days, row.hurt = window.starts_on, window.days, window.hurt
    row.closed_on = window.closed_on
    session.flush()
    return _window(row)


def windows(session: Session) -> list[RecoveryWindow]:
    stmt = select(RecoveryWindowRow).order_by(RecoveryWindowRow.starts_on, RecoveryWindowRow.id)
    return [_window(r) for r in session.scalars(stmt)]


def window_for(session: Session, rejection_id: int) -> RecoveryWindow | None:
    row = session.scalar(
        select(RecoveryWindowRow).where(RecoveryWindowRow.rejection_id == rejection_id)
    )
    return _window(row) if row else None


def count_private(session: Session) -> dict[str, int]:
    counts = {}
    for table in (CheckInRow, JournalEntryRow, SupportPersonRow, OutreachRow):
        name = cast(Table, table.__table__).name  # mapped onto a Core table: no __tablename__
        counts[name] = session.scalar(select(func.count()).select_from(table)) or 0
    return counts


def wipe_private(session: Session) -> None:
    """Delete every check-in, journal entry, support person and outreach record."""
    scrub_sqlite(session)
    for table in (CheckInEmotionRow, CheckInRow, JournalEntryRow, OutreachRow, SupportPersonRow):
        session.execute(delete(table))

