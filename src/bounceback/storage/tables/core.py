"""Tables of the foundation: companies, applications, timeline, rejections, contacts, tasks."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from bounceback.storage import source_tables as t
from bounceback.storage.tables.base import Base, new_uid, now


class DatabaseIdentityRow(Base):
    """This database's own random id, set once when it is created (calendar UIDs). It is not
    the user's data: exports, imports and wipes leave it alone."""

    __tablename__ = "database_identity"
    __table_args__ = {"info": {"identity": True}}
    id: Mapped[str] = mapped_column(String(32), primary_key=True)


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class CompanyRow(Base):
    __table__ = t.COMPANIES
    id: Mapped[int]
    name: Mapped[str]
    key: Mapped[str]
    website: Mapped[str | None]
    industry: Mapped[str | None]
    size: Mapped[str | None]
    notes: Mapped[str]


class ApplicationRow(Base):
    __table__ = t.APPLICATIONS
    id: Mapped[int]
    uid: Mapped[str]
    company_id: Mapped[int]
    role: Mapped[str]
    location: Mapped[str | None]
    remote: Mapped[bool | None]
    salary_min: Mapped[int | None]
    salary_max: Mapped[int | None]
    salary_currency: Mapped[str | None]
    source: Mapped[str]
    source_detail: Mapped[str | None]
    url: Mapped[str | None]
    description: Mapped[str]
    date_applied: Mapped[date | None]
    excitement: Mapped[int | None]
    stage: Mapped[str]
    furthest_stage: Mapped[str]
    outcome: Mapped[str | None]
    outcome_date: Mapped[date | None]
    notes: Mapped[str]
    last_activity: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class TagRow(Base):
    __table__ = t.APPLICATION_TAGS
    application_id: Mapped[int]
    tag: Mapped[str]


class EventRow(Base):
    __table__ = t.EVENTS
    id: Mapped[int]
    uid: Mapped[str]
    application_id: Mapped[int]
    kind: Mapped[str]
    occurred_at: Mapped[datetime]
    origin: Mapped[str]
    stage: Mapped[str | None]
    round: Mapped[int | None]
    interview_type: Mapped[str | None]
    summary: Mapped[str]
    details: Mapped[Any]


class RejectionRow(Base):
    __table__ = t.REJECTIONS
    id: Mapped[int]
    uid: Mapped[str]
    application_id: Mapped[int]
    stage_reached: Mapped[str]
    received_on: Mapped[date]
    channel: Mapped[str]
    text: Mapped[str]
    hurt: Mapped[int | None]
    recovery_days: Mapped[int | None]
    created_at: Mapped[datetime]


class RejectionReasonRow(Base):
    __table__ = t.REJECTION_REASONS
    id: Mapped[int]
    rejection_id: Mapped[int]
    reason: Mapped[str]
    source: Mapped[str]
    is_primary: Mapped[bool]
    confidence: Mapped[float | None]
    evidence: Mapped[str]


class ContactRow(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="other")
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(60))
    profile_url: Mapped[str | None] = mapped_column(String(2000))
    notes: Mapped[str] = mapped_column(Text, default="")


class ApplicationContactRow(Base):
    __tablename__ = "application_contacts"
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )


class TaskRow(Base):
    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(String(500))
    due: Mapped[date] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(30), default="reminder")
    notes: Mapped[str] = mapped_column(Text, default="")
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE")
    )

    # open tasks in the order `today` lists them, the first few read from the index (0024);
    # an application's own (its page, a rejection's: every task read before, 0028)
    __table_args__ = (Index("ix_tasks_due_done", "due", "done"),
                      Index("ix_tasks_open_due", "done", "due", "id"),
                      Index("ix_tasks_application", "application_id"))


class ImportRecordRow(Base):
    """A fingerprint of each imported row, so that importing the same file twice adds nothing."""

    __tablename__ = "import_records"
    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE")
    )
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=now)
