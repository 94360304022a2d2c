"""Tables of recovery: check-ins and their emotions, journal, support people, outreach, windows.

Everything about feelings and the people the candidate leans on is private: left out of exports
unless asked, and deleted by `bounceback wipe --private`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from bounceback.storage import source_tables as t
from bounceback.storage.tables.base import Base


class CheckInRow(Base):
    __table__ = t.CHECK_INS
    id: Mapped[int]
    uid: Mapped[str]
    rejection_id: Mapped[int | None]
    recorded_at: Mapped[datetime]
    mood: Mapped[int]
    something_else: Mapped[str]
    crisis_level: Mapped[str]


class CheckInEmotionRow(Base):
    __table__ = t.CHECK_IN_EMOTIONS
    check_in_id: Mapped[int]
    emotion: Mapped[str]
    intensity: Mapped[int]


class JournalEntryRow(Base):
    __table__ = t.JOURNAL_ENTRIES
    id: Mapped[int]
    uid: Mapped[str]
    rejection_id: Mapped[int | None]
    written_at: Mapped[datetime]
    kind: Mapped[str]
    prompt: Mapped[str]
    text: Mapped[str]
    minutes: Mapped[float | None]
    crisis_level: Mapped[str]



class SupportPersonRow(Base):
    __table__ = t.SUPPORT_PEOPLE
    id: Mapped[int]
    uid: Mapped[str]
    name: Mapped[str]
    reach: Mapped[str]
    relationship: Mapped[str]
    active: Mapped[bool]
    last_suggested_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class OutreachRow(Base):
    __table__ = t.OUTREACH
    id: Mapped[int]
    person_id: Mapped[int]
    rejection_id: Mapped[int | None]
    recorded_at: Mapped[datetime]
    reached_out: Mapped[bool]
    message: Mapped[str]


class RecoveryWindowRow(Base):
    __table__ = t.RECOVERY_WINDOWS
    id: Mapped[int]
    rejection_id: Mapped[int]
    starts_on: Mapped[date]
    days: Mapped[int]
    hurt: Mapped[int | None]
    closed_on: Mapped[date | None]
