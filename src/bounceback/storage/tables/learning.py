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
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

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
    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_requests.id", ondelete="SET NULL")
    )
    received_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    from_name: Mapped[str | None] = mapped_column(String(200))
    reasons: Mapped[Any] = mapped_column(JSON, default=list)

    # an application's feedback, and its days (the brief's similar ones) from the index's
    # entries, not a row of text each (migration 0028)
    __table_args__ = (Index("ix_feedback_application", "application_id", "received_on", "id"),)


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
    __tablename__ = "interviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30), default="other")
    round: Mapped[int | None] = mapped_column(Integer)
    interviewers: Mapped[Any] = mapped_column(JSON, default=list)
    rating: Mapped[int | None] = mapped_column(Integer)
    went_well: Mapped[str] = mapped_column(Text, default="")
    do_differently: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_interviews_application", "application_id"),
        Index("ix_interviews_held_on", "held_on"),  # the recent ones, for patterns
    )


class InterviewQuestionRow(Base):
    __tablename__ = "interview_questions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    question: Mapped[str] = mapped_column(Text)
    answer_summary: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(Integer)

    # (interview, position) identifies a question, so importing an export twice adds nothing.
    # The brief looks up the latest round where one wording was hard.
    __table_args__ = (
        UniqueConstraint("interview_id", "position"),
        Index("ix_interview_questions_question", "question"),
        # the patterns' recent ratings counted from the index alone (migration 0022)
        Index("ix_interview_questions_rating", "interview_id", "rating"),
    )


class PracticeCardRow(Base):
    __tablename__ = "practice_cards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)
    question: Mapped[str] = mapped_column(Text)
    due: Mapped[date] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(String(20), default="user")
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE")
    )
    box: Mapped[int] = mapped_column(Integer, default=1)
    reviews: Mapped[int] = mapped_column(Integer, default=0)
    last_rating: Mapped[int | None] = mapped_column(Integer)
    last_reviewed: Mapped[date | None] = mapped_column(Date)
    best_answer: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[Any] = mapped_column(JSON, default=list)

    __table_args__ = (Index("ix_practice_cards_due", "due"),)


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
