"""Tables of the foundation: companies, applications, timeline, rejections, contacts, tasks."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

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
    __tablename__ = "companies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # Lower-cased name without legal suffixes: "Acme Inc." and "ACME" are one company.
    key: Mapped[str] = mapped_column(String(200), unique=True)
    website: Mapped[str | None] = mapped_column(String(500))
    industry: Mapped[str | None] = mapped_column(String(120))
    size: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")


class ApplicationRow(Base):
    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(300))
    location: Mapped[str | None] = mapped_column(String(200))
    remote: Mapped[bool | None] = mapped_column(Boolean)
    salary_min: Mapped[int | None] = mapped_column(Integer)
    salary_max: Mapped[int | None] = mapped_column(Integer)
    salary_currency: Mapped[str | None] = mapped_column(String(3))
    source: Mapped[str] = mapped_column(String(20), default="other")
    source_detail: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000))
    description: Mapped[str] = mapped_column(Text, default="")
    date_applied: Mapped[date | None] = mapped_column(Date)
    excitement: Mapped[int | None] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(20), default="applied")
    furthest_stage: Mapped[str] = mapped_column(String(20), default="applied")
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    last_activity: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=now, onupdate=now)

    __table_args__ = (
        # a board column (one stage) newest first, without a sort (migration 0022)
        Index("ix_applications_stage_outcome", "stage", "outcome", "date_applied"),
        Index("ix_applications_company", "company_id"),
        Index("ix_applications_date_applied", "date_applied"),
    )


class TagRow(Base):
    __tablename__ = "application_tags"
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    origin: Mapped[str] = mapped_column(String(10), default="user")
    stage: Mapped[str | None] = mapped_column(String(20))
    round: Mapped[int | None] = mapped_column(Integer)
    interview_type: Mapped[str | None] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[Any] = mapped_column(JSON, default=dict)

    __table_args__ = (
        Index("ix_events_application_time", "application_id", "occurred_at"),
        # The calendar reads one kind of event over a window of time, never the whole log.
        Index("ix_events_kind_time", "kind", "occurred_at"),
    )


class RejectionRow(Base):
    __tablename__ = "rejections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    stage_reached: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(10), default="email")
    text: Mapped[str] = mapped_column(Text, default="")
    hurt: Mapped[int | None] = mapped_column(Integer)
    recovery_days: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class RejectionReasonRow(Base):
    __tablename__ = "rejection_reasons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rejection_id: Mapped[int] = mapped_column(ForeignKey("rejections.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(12), default="user")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("rejection_id", "reason", "source"),
        Index("ix_rejection_reasons_reason", "reason"),  # the user's own reasons, by prefix
    )


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
