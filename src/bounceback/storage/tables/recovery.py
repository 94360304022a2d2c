"""Tables of recovery: check-ins and their emotions, journal, support people, outreach, windows.

Everything about feelings and the people the candidate leans on is private: left out of exports
unless asked, and deleted by `bounceback wipe --private`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bounceback.storage import source_tables as t
from bounceback.storage.tables.base import Base, new_uid, now

PRIVATE = {"info": {"private": True}}


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
    __tablename__ = "support_people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(120))
    reach: Mapped[str] = mapped_column(String(300), default="")
    relationship: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_suggested_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (PRIVATE,)


class OutreachRow(Base):
    __tablename__ = "outreach"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("support_people.id", ondelete="CASCADE"))
    rejection_id: Mapped[int | None] = mapped_column(
        ForeignKey("rejections.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    reached_out: Mapped[bool] = mapped_column(Boolean)
    message: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (PRIVATE,)


class RecoveryWindowRow(Base):
    __table__ = t.RECOVERY_WINDOWS
    id: Mapped[int]
    rejection_id: Mapped[int]
    starts_on: Mapped[date]
    days: Mapped[int]
    hurt: Mapped[int | None]
    closed_on: Mapped[date | None]
