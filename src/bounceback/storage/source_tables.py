"""The source tables a write reads and writes without the ORM, as SQLAlchemy Core tables.

The ORM's mapped classes (storage/tables/) are the schema's one definition (migrations, the
repositories, the web's writes); building them costs a write process about 0.45 s of processor
time (SQLAlchemy's ORM and 40 declarative classes). The read model's follow-up
(readmodel/sync.py) and the CLI's common writes (services/lean_writes.py) need only the columns
of these tables to build their statements: they are declared here on a MetaData of their own,
with the same column names, types, keys and Python-side defaults (a new row's uid and time
stamps, `updated_at` on every update). tests/storage/test_source_tables.py requires each to
match its mapped table column by column."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from bounceback.storage.clock import now
from bounceback.storage.metadata import new_uid

SOURCES = MetaData()

COMPANIES = Table(
    "companies", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("name", String(200)),
    Column("key", String(200)),
    Column("website", String(500)),
    Column("industry", String(120)),
    Column("size", String(40)),
    Column("notes", Text, default=''),
)

APPLICATIONS = Table(
    "applications", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("company_id", Integer),
    Column("role", String(300)),
    Column("location", String(200)),
    Column("remote", Boolean),
    Column("salary_min", Integer),
    Column("salary_max", Integer),
    Column("salary_currency", String(3)),
    Column("source", String(20), default='other'),
    Column("source_detail", String(200)),
    Column("url", String(2000)),
    Column("description", Text, default=''),
    Column("date_applied", Date),
    Column("excitement", Integer),
    Column("stage", String(20), default='applied'),
    Column("furthest_stage", String(20), default='applied'),
    Column("outcome", String(20)),
    Column("outcome_date", Date),
    Column("notes", Text, default=''),
    Column("last_activity", Date),
    Column("created_at", DateTime, default=now),
    Column("updated_at", DateTime, default=now, onupdate=now),
)

APPLICATION_TAGS = Table(
    "application_tags", SOURCES,
    Column("application_id", Integer, primary_key=True),
    Column("tag", String(60), primary_key=True),
)

EVENTS = Table(
    "events", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("application_id", Integer),
    Column("kind", String(30)),
    Column("occurred_at", DateTime),
    Column("origin", String(10), default='user'),
    Column("stage", String(20)),
    Column("round", Integer),
    Column("interview_type", String(30)),
    Column("summary", Text, default=''),
    Column("details", JSON, default=dict),
)

REJECTIONS = Table(
    "rejections", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("application_id", Integer),
    Column("stage_reached", String(20)),
    Column("received_on", Date),
    Column("channel", String(10), default='email'),
    Column("text", Text, default=''),
    Column("hurt", Integer),
    Column("recovery_days", Integer),
    Column("created_at", DateTime, default=now),
)

REJECTION_REASONS = Table(
    "rejection_reasons", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("rejection_id", Integer),
    Column("reason", String(80)),
    Column("source", String(12), default='user'),
    Column("is_primary", Boolean, default=False),
    Column("confidence", Float),
    Column("evidence", Text, default=''),
)

INTERVIEWS = Table(
    "interviews", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("application_id", Integer),
    Column("held_on", Date),
    Column("kind", String(30), default='other'),
    Column("round", Integer),
    Column("interviewers", JSON, default=list),
    Column("rating", Integer),
    Column("went_well", Text, default=''),
    Column("do_differently", Text, default=''),
    Column("notes", Text, default=''),
)

INTERVIEW_QUESTIONS = Table(
    "interview_questions", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("interview_id", Integer),
    Column("position", Integer, default=0),
    Column("question", Text),
    Column("answer_summary", Text, default=''),
    Column("rating", Integer),
)

PRACTICE_CARDS = Table(
    "practice_cards", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("question", Text),
    Column("due", Date),
    Column("origin", String(20), default='user'),
    Column("application_id", Integer),
    Column("box", Integer, default=1),
    Column("reviews", Integer, default=0),
    Column("last_rating", Integer),
    Column("last_reviewed", Date),
    Column("best_answer", Text, default=''),
    Column("tags", JSON, default=list),
)

FEEDBACK = Table(
    "feedback", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("application_id", Integer),
    Column("request_id", Integer),
    Column("received_on", Date),
    Column("text", Text, default=''),
    Column("from_name", String(200)),
    Column("reasons", JSON, default=list),
)

GHOST_SNOOZES = Table(
    "ghost_snoozes", SOURCES,
    Column("application_id", Integer, primary_key=True),
    Column("until", Date),
    Column("created_at", DateTime, default=now),
)

POSTINGS = Table(
    "postings", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("application_id", Integer),
    Column("title", String(300), default=''),
    Column("company", String(200), default=''),
    Column("location", String(300), default=''),
    Column("remote", Boolean),
    Column("salary_min", Float),
    Column("salary_max", Float),
    Column("salary_currency", String(3)),
    Column("salary_period", String(10)),
    Column("employment_type", String(100), default=''),
    Column("date_posted", Date),
    Column("url", String(2000), default=''),
    Column("description", Text, default=''),
    Column("source_format", String(20), default='text'),
    Column("file_name", String(500), default=''),
    Column("warnings", JSON, default=list),
    Column("imported_at", DateTime, default=now),
)

POSTING_SKILLS = Table(
    "posting_skills", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("posting_id", Integer),
    Column("skill", String(300)),
    Column("category", String(200), default=''),
    Column("matched", String(300), default=''),
    Column("importance", String(20), default='required'),
    Column("years", Float),
    Column("evidence", Text, default=''),
    Column("source", String(10), default='builtin'),
    Column("position", Integer, default=0),
)

CHECK_INS = Table(
    "check_ins", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("rejection_id", Integer),
    Column("recorded_at", DateTime),
    Column("mood", Integer),
    Column("something_else", Text, default=''),
    Column("crisis_level", String(10), default='none'),
)

CHECK_IN_EMOTIONS = Table(
    "check_in_emotions", SOURCES,
    Column("check_in_id", Integer, primary_key=True),
    Column("emotion", String(20), primary_key=True),
    Column("intensity", Integer),
)

JOURNAL_ENTRIES = Table(
    "journal_entries", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), default=new_uid),
    Column("rejection_id", Integer),
    Column("written_at", DateTime),
    Column("kind", String(20), default='free'),
    Column("prompt", Text, default=''),
    Column("text", Text),
    Column("minutes", Float),
    Column("crisis_level", String(10), default='none'),
)

RECOVERY_WINDOWS = Table(
    "recovery_windows", SOURCES,
    Column("id", Integer, primary_key=True),
    Column("rejection_id", Integer),
    Column("starts_on", Date),
    Column("days", Integer),
    Column("hurt", Integer),
    Column("closed_on", Date),
)
