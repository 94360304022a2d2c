"""Tables of recovery: check-ins and their emotions, journal, support people, outreach, windows.

Everything about feelings and the people the candidate leans on is private: left out of exports
unless asked, and deleted by `bounceback wipe --private`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bounceback.storage.tables.base import Base, new_uid, now

PRIVATE = {"info": {"private": True}}


class CheckInRow(Base):
    __tablename__ = "check_ins"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    rejection_id: Mapped[int | None] = mapped_column(
        ForeignKey("rejections.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    mood: Mapped[int] = mapped_column(Integer)
    something_else: Mapped[str] = mapped_column(Text, default="")
    crisis_level: Mapped[str] = mapped_column(String(10), default="none")

    __table_args__ = (Index("ix_check_ins_recorded_at", "recorded_at"), PRIVATE)


class CheckInEmotionRow(Base):
    __tablename__ = "check_in_emotions"
    check_in_id: Mapped[int] = mapped_column(
        ForeignKey("check_ins.id", ondelete="CASCADE"), primary_key=True
    )
    emotion: Mapped[str] = mapped_column(String(20), primary_key=True)
    intensity: Mapped[int] = mapped_column(Integer)

    __table_args__ = (PRIVATE,)


class JournalEntryRow(Base):
    __tablename__ = "journal_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    rejection_id: Mapped[int | None] = mapped_column(
        ForeignKey("rejections.id", ondelete="SET NULL")
    )
    written_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20), default="free")
    prompt: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    minutes: Mapped[float | None] = mapped_column(Float)
    crisis_level: Mapped[str] = mapped_column(String(10), default="none")

    # An entry's number is never given to another one, even after it is deleted for good: a
    # link or bookmark to a deleted entry finds nothing rather than a newer, different entry.
    # (SQLite reuses the largest rowid without AUTOINCREMENT; PostgreSQL's sequence never does.)
    __table_args__ = (Index("ix_journal_entries_written_at", "written_at"),
                      # the entries about some rejections (Today's recovery; migration 0030)
                      Index("ix_journal_entries_rejection", "rejection_id", "written_at"),
                      {**PRIVATE, "sqlite_autoincrement": True})


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
    __tablename__ = "recovery_windows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rejection_id: Mapped[int] = mapped_column(
        ForeignKey("rejections.id", ondelete="CASCADE"), unique=True
    )
    starts_on: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    hurt: Mapped[int | None] = mapped_column(Integer)
    closed_on: Mapped[date | None] = mapped_column(Date)

    # `today` looks only at the windows of the last weeks.
    __table_args__ = (Index("ix_recovery_windows_starts_on", "starts_on"),)
