"""Tables of the mail import: imported messages (kept small), sources and their checkpoints,
the review queue, ignored senders and the user's label corrections."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bounceback.storage.tables.base import Base, now


class MailSourceRow(Base):
    """A mailbox imported from (a file, an archive member, an IMAP folder) and where it got to."""

    __tablename__ = "mail_sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(1000), unique=True)
    label: Mapped[str] = mapped_column(String(500), default="")
    checkpoint: Mapped[str | None] = mapped_column(Text)
    messages: Mapped[int] = mapped_column(Integer, default=0)
    last_import_at: Mapped[datetime | None] = mapped_column(DateTime)


class MailMessageRow(Base):
    """A job-search email: only what the app needs, the full text only when it must read it."""

    __tablename__ = "mail_messages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(320), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(500))
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("mail_sources.id", ondelete="SET NULL")
    )
    received_at: Mapped[datetime | None] = mapped_column(DateTime)
    sender: Mapped[str] = mapped_column(String(500), default="")
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    subject: Mapped[str] = mapped_column(String(1000), default="")
    kind: Mapped[str] = mapped_column(String(30))
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    kind_by: Mapped[str] = mapped_column(String(10), default="model")
    company: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(300))
    platform: Mapped[str | None] = mapped_column(String(40))
    snippet: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str | None] = mapped_column(Text)
    thread_ids: Mapped[Any] = mapped_column(JSON, default=list)
    details: Mapped[Any] = mapped_column(JSON, default=dict)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL")
    )
    link: Mapped[str] = mapped_column(String(20), default="none")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (
        Index("ix_mail_messages_application", "application_id"),
        Index("ix_mail_messages_sender_address", "sender_address"),
    )


class MailReviewRow(Base):
    """A message whose link or kind the app was not sure of: the user decides."""

    __tablename__ = "mail_review"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("mail_messages.id", ondelete="CASCADE"), unique=True
    )
    reason: Mapped[str] = mapped_column(String(300))
    candidates: Mapped[Any] = mapped_column(JSON, default=list)
    proposal: Mapped[Any] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(12), default="open")
    resolution: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_mail_review_status", "status"),)


class IgnoredSenderRow(Base):
    """A sender (an address, or a whole domain as "@domain") whose mail the import passes by."""

    __tablename__ = "mail_ignored_senders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str] = mapped_column(String(320), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class LabelCorrectionRow(Base):
    """The user's word on a message's kind; the classifier retrains from these."""

    __tablename__ = "mail_label_corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_key: Mapped[str] = mapped_column(String(320), unique=True)
    sender: Mapped[str] = mapped_column(String(500), default="")
    subject: Mapped[str] = mapped_column(String(1000), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    old_kind: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
