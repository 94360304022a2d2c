"""The source tables a write reads and writes without the ORM, as SQLAlchemy Core tables: the
schema's one declaration of these tables (their columns, keys, indexes and Python-side defaults: a
new row's uid and time stamps, `updated_at` on every update).

They are on the one MetaData (storage/metadata.py), and the ORM's mapped classes
(storage/tables/) are mapped onto them (`__table__`) rather than declaring them again: the read
model's follow-up (readmodel/sync.py) and the lean writes (services/lean_writes.py, lean_reject,
lean_recovery, core_practice) build their statements on them without loading the ORM, which costs
a write process about 0.45 s of processor time (SQLAlchemy's ORM and 40 declarative classes).
tests/storage/test_migrations.py holds the schema to the migrations."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from bounceback.storage.clock import now
from bounceback.storage.metadata import METADATA, new_uid

COMPANIES = Table(
    "companies", METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    # Lower-cased name without legal suffixes: "Acme Inc." and "ACME" are one company.
    Column("key", String(200), nullable=False, unique=True),
    Column("website", String(500)),
    Column("industry", String(120)),
    Column("size", String(40)),
    Column("notes", Text, nullable=False, default=""),
)

APPLICATIONS = Table(
    "applications", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("company_id", Integer, ForeignKey("companies.id", ondelete="RESTRICT"), nullable=False),
    Column("role", String(300), nullable=False),
    Column("location", String(200)),
    Column("remote", Boolean),
    Column("salary_min", Integer),
    Column("salary_max", Integer),
    Column("salary_currency", String(3)),
    Column("source", String(20), nullable=False, default="other"),
    Column("source_detail", String(200)),
    Column("url", String(2000)),
    Column("description", Text, nullable=False, default=""),
    Column("date_applied", Date),
    Column("excitement", Integer),
    Column("stage", String(20), nullable=False, default="applied"),
    Column("furthest_stage", String(20), nullable=False, default="applied"),
    Column("outcome", String(20)),
    Column("outcome_date", Date),
    Column("notes", Text, nullable=False, default=""),
    Column("last_activity", Date),
    Column("created_at", DateTime, nullable=False, default=now),
    Column("updated_at", DateTime, nullable=False, default=now, onupdate=now),
    Index("ix_applications_company", "company_id"),
    Index("ix_applications_date_applied", "date_applied"),
    # a board column (one stage) newest first, without a sort (migration 0022)
    Index("ix_applications_stage_outcome", "stage", "outcome", "date_applied"),
)

APPLICATION_TAGS = Table(
    "application_tags", METADATA,
    Column("application_id", Integer,
           ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(60), primary_key=True),
)

EVENTS = Table(
    "events", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("application_id", Integer,
           ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("occurred_at", DateTime, nullable=False),
    Column("origin", String(10), nullable=False, default="user"),
    Column("stage", String(20)),
    Column("round", Integer),
    Column("interview_type", String(30)),
    Column("summary", Text, nullable=False, default=""),
    Column("details", JSON, nullable=False, default=dict),
    Index("ix_events_application_time", "application_id", "occurred_at"),
    # The calendar reads one kind of event over a window of time, never the whole log.
    Index("ix_events_kind_time", "kind", "occurred_at"),
)

REJECTIONS = Table(
    "rejections", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("application_id", Integer,
           ForeignKey("applications.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("stage_reached", String(20), nullable=False),
    Column("received_on", Date, nullable=False),
    Column("channel", String(10), nullable=False, default="email"),
    Column("text", Text, nullable=False, default=""),
    Column("hurt", Integer),
    Column("recovery_days", Integer),
    Column("created_at", DateTime, nullable=False, default=now),
)

REJECTION_REASONS = Table(
    "rejection_reasons", METADATA,
    Column("id", Integer, primary_key=True),
    Column("rejection_id", Integer,
           ForeignKey("rejections.id", ondelete="CASCADE"), nullable=False),
    Column("reason", String(80), nullable=False),
    Column("source", String(12), nullable=False, default="user"),
    Column("is_primary", Boolean, nullable=False, default=False),
    Column("confidence", Float),
    Column("evidence", Text, nullable=False, default=""),
    UniqueConstraint("rejection_id", "reason", "source"),
    Index("ix_rejection_reasons_reason", "reason"),  # the user's own reasons, by prefix
)

INTERVIEWS = Table(
    "interviews", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("application_id", Integer,
           ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
    Column("held_on", Date, nullable=False),
    Column("kind", String(30), nullable=False, default="other"),
    Column("round", Integer),
    Column("interviewers", JSON, nullable=False, default=list),
    Column("rating", Integer),
    Column("went_well", Text, nullable=False, default=""),
    Column("do_differently", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Index("ix_interviews_application", "application_id"),
    Index("ix_interviews_held_on", "held_on"),  # the recent ones, for patterns
)

INTERVIEW_QUESTIONS = Table(
    "interview_questions", METADATA,
    Column("id", Integer, primary_key=True),
    Column("interview_id", Integer,
           ForeignKey("interviews.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("question", Text, nullable=False),
    Column("answer_summary", Text, nullable=False, default=""),
    Column("rating", Integer),
    # (interview, position) identifies a question, so importing an export twice adds nothing.
    UniqueConstraint("interview_id", "position"),
    # The brief looks up the latest round where one wording was hard.
    Index("ix_interview_questions_question", "question"),
    # the patterns' recent ratings counted from the index alone (migration 0022)
    Index("ix_interview_questions_rating", "interview_id", "rating"),
)

PRACTICE_CARDS = Table(
    "practice_cards", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("question", Text, nullable=False),
    Column("due", Date, nullable=False),
    Column("origin", String(20), nullable=False, default="user"),
    Column("application_id", Integer, ForeignKey("applications.id", ondelete="CASCADE")),
    Column("box", Integer, nullable=False, default=1),
    Column("reviews", Integer, nullable=False, default=0),
    Column("last_rating", Integer),
    Column("last_reviewed", Date),
    Column("best_answer", Text, nullable=False, default=""),
    Column("tags", JSON, nullable=False, default=list),
    Index("ix_practice_cards_due", "due"),
)

FEEDBACK = Table(
    "feedback", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("application_id", Integer,
           ForeignKey("applications.id", ondelete="CASCADE"), nullable=False),
    Column("request_id", Integer, ForeignKey("feedback_requests.id", ondelete="SET NULL")),
    Column("received_on", Date, nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("from_name", String(200)),
    Column("reasons", JSON, nullable=False, default=list),
    # an application's feedback, and its days (the brief's similar ones) from the index's
    # entries, not a row of text each (migration 0028)
    Index("ix_feedback_application", "application_id", "received_on", "id"),
)

GHOST_SNOOZES = Table(
    "ghost_snoozes", METADATA,
    Column("application_id", Integer,
           ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True),
    Column("until", Date, nullable=False),
    Column("created_at", DateTime, nullable=False, default=now),
)

POSTINGS = Table(
    "postings", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("application_id", Integer,
           ForeignKey("applications.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("title", String(300), nullable=False, default=""),
    Column("company", String(200), nullable=False, default=""),
    Column("location", String(300), nullable=False, default=""),
    Column("remote", Boolean),
    Column("salary_min", Float),
    Column("salary_max", Float),
    Column("salary_currency", String(3)),
    Column("salary_period", String(10)),
    Column("employment_type", String(100), nullable=False, default=""),
    Column("date_posted", Date),
    Column("url", String(2000), nullable=False, default=""),
    Column("description", Text, nullable=False, default=""),
    Column("source_format", String(20), nullable=False, default="text"),
    Column("file_name", String(500), nullable=False, default=""),
    Column("warnings", JSON, nullable=False, default=list),
    Column("imported_at", DateTime, nullable=False, default=now),
)

POSTING_SKILLS = Table(
    "posting_skills", METADATA,
    Column("id", Integer, primary_key=True),
    Column("posting_id", Integer, ForeignKey("postings.id", ondelete="CASCADE"), nullable=False),
    Column("skill", String(300), nullable=False),
    Column("category", String(200), nullable=False, default=""),
    Column("matched", String(300), nullable=False, default=""),
    Column("importance", String(20), nullable=False, default="required"),
    Column("years", Float),
    Column("evidence", Text, nullable=False, default=""),
    Column("source", String(10), nullable=False, default="builtin"),
    Column("position", Integer, nullable=False, default=0),
    UniqueConstraint("posting_id", "skill"),
)

CHECK_INS = Table(
    "check_ins", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("rejection_id", Integer, ForeignKey("rejections.id", ondelete="SET NULL")),
    Column("recorded_at", DateTime, nullable=False),
    Column("mood", Integer, nullable=False),
    Column("something_else", Text, nullable=False, default=""),
    Column("crisis_level", String(10), nullable=False, default="none"),
    Index("ix_check_ins_recorded_at", "recorded_at"),
    info={"private": True},
)

CHECK_IN_EMOTIONS = Table(
    "check_in_emotions", METADATA,
    Column("check_in_id", Integer,
           ForeignKey("check_ins.id", ondelete="CASCADE"), primary_key=True),
    Column("emotion", String(20), primary_key=True),
    Column("intensity", Integer, nullable=False),
    info={"private": True},
)

JOURNAL_ENTRIES = Table(
    "journal_entries", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("rejection_id", Integer, ForeignKey("rejections.id", ondelete="SET NULL")),
    Column("written_at", DateTime, nullable=False),
    Column("kind", String(20), nullable=False, default="free"),
    Column("prompt", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("minutes", Float),
    Column("crisis_level", String(10), nullable=False, default="none"),
    # the entries about some rejections (Today's recovery; migration 0030)
    Index("ix_journal_entries_rejection", "rejection_id", "written_at"),
    Index("ix_journal_entries_written_at", "written_at"),
    info={"private": True},
    # An entry's number is never given to another one, even after it is deleted for good: a
    # link or bookmark to a deleted entry finds nothing rather than a newer, different entry.
    # (SQLite reuses the largest rowid without AUTOINCREMENT; PostgreSQL's sequence never does.)
    sqlite_autoincrement=True,
)

SUPPORT_PEOPLE = Table(
    "support_people", METADATA,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True, default=new_uid),
    Column("name", String(120), nullable=False),
    Column("reach", String(300), nullable=False, default=""),
    Column("relationship", String(120), nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    Column("last_suggested_at", DateTime),
    Column("created_at", DateTime, nullable=False, default=now),
    info={"private": True},
)

OUTREACH = Table(
    "outreach", METADATA,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer,
           ForeignKey("support_people.id", ondelete="CASCADE"), nullable=False),
    Column("rejection_id", Integer, ForeignKey("rejections.id", ondelete="SET NULL")),
    Column("recorded_at", DateTime, nullable=False),
    Column("reached_out", Boolean, nullable=False),
    Column("message", Text, nullable=False, default=""),
    info={"private": True},
)

RECOVERY_WINDOWS = Table(
    "recovery_windows", METADATA,
    Column("id", Integer, primary_key=True),
    Column("rejection_id", Integer,
           ForeignKey("rejections.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("starts_on", Date, nullable=False),
    Column("days", Integer, nullable=False),
    Column("hurt", Integer),
    Column("closed_on", Date),
    # `today` looks only at the windows of the last weeks.
    Index("ix_recovery_windows_starts_on", "starts_on"),
)
