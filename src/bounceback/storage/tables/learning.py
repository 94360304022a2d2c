"""Tables of learning: feedback requests and answers, reason labels, interviews, cards, lessons."""

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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from bounceback.storage import source_tables as t
from bounceback.storage.tables.base import Base, new_uid, now

#: A feedback request neither answered nor closed (the partial index of today's follow-ups).
OPEN_REQUEST = "answered_on IS NULL AND closed_on IS NULL"


class FeedbackRequestRow(Base):
    __tablename__ = "feedback_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_email: Mapped[str | None] = mapped_column(String(320))
    tone: Mapped[str] = mapped_column(String(10), default="warm")
    stage_reached: Mapped[str] = mapped_column(String(20), default="applied")
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    placeholder: Mapped[bool] = mapped_column(Boolean, default=False)
    created_on: Mapped[date] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date)
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    follow_up_sent_on: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_feedback_requests_application", "application_id"),
                      # the feed's follow-ups, soonest first (migration 0024)
                      Index("ix_feedback_requests_follow_up", "follow_up_due"),
                      # today's follow-ups among the requests still open (migration 0026)
                      Index("ix_feedback_requests_open", "created_on", "id",
                            sqlite_where=text(OPEN_REQUEST), postgresql_where=text(OPEN_REQUEST)))


class FeedbackRow(Base):
    __table__ = t.FEEDBACK
    id: Mapped[int]
    uid: Mapped[str]
    application_id: Mapped[int]
    request_id: Mapped[int | None]
    received_on: Mapped[date]
    text: Mapped[str]
    from_name: Mapped[str | None]
    reasons: Mapped[Any]


class ReasonLabelRow(Base):
    """A text with the reasons the user confirmed: the classifier's own training data."""

    __tablename__ = "reason_labels"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    rejection_id: Mapped[int | None] = mapped_column(
        ForeignKey("rejections.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(10), default="email")
    text: Mapped[str] = mapped_column(Text)
    reasons: Mapped[Any] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (Index("ix_reason_labels_rejection", "rejection_id"),)


class InterviewRow(Base):
    __table__ = t.INTERVIEWS
    id: Mapped[int]
    uid: Mapped[str]
    application_id: Mapped[int]
    held_on: Mapped[date]
    kind: Mapped[str]
    round: Mapped[int | None]
    interviewers: Mapped[Any]
    rating: Mapped[int | None]
    went_well: Mapped[str]
    do_differently: Mapped[str]
    notes: Mapped[str]


class InterviewQuestionRow(Base):
    __table__ = t.INTERVIEW_QUESTIONS
    id: Mapped[int]
    interview_id: Mapped[int]
    position: Mapped[int]
    question: Mapped[str]
    answer_summary: Mapped[str]
    rating: Mapped[int | None]


class PracticeCardRow(Base):
    __table__ = t.PRACTICE_CARDS
    id: Mapped[int]
    uid: Mapped[str]
    question: Mapped[str]
    due: Mapped[date]
    origin: Mapped[str]
    application_id: Mapped[int | None]
    box: Mapped[int]
    reviews: Mapped[int]
    last_rating: Mapped[int | None]
    last_reviewed: Mapped[date | None]
    best_answer: Mapped[str]
    tags: Mapped[Any]


class LessonRow(Base):
    __tablename__ = "lessons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    text: Mapped[str] = mapped_column(Text)
    created_on: Mapped[date] = mapped_column(Date)
    tags: Mapped[Any] = mapped_column(JSON, default=list)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL")
    )
    suggested: Mapped[bool] = mapped_column(Boolean, default=False)
