"""The read model's tables. Keys are the rows they derive from; a later owner column (one
database, many job seekers) joins each key without changing what the rows mean."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)

from bounceback.storage.metadata import METADATA

DERIVED = {"derived": True}

# One row per application: its state, and what it adds to the search's totals (as JSON, so a
# change can take the old share back out).
applications = Table(
    "rm_applications", METADATA,
    Column("application_id", Integer, primary_key=True, autoincrement=False),
    Column("company", String(200), nullable=False),
    Column("role", String(300), nullable=False),
    Column("kind", String(12), nullable=False),
    Column("source", String(20), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("furthest_stage", String(20), nullable=False),
    Column("outcome", String(20)),
    Column("live", Boolean, nullable=False),
    Column("date_applied", Date),
    Column("outcome_date", Date),
    Column("last_activity", Date),
    Column("excitement", Integer),
    Column("silent_since", Date),
    Column("last_follow_up", Date),
    Column("snoozed_until", Date),
    Column("revived_at", DateTime),
    Column("revived_stage", String(20)),
    Column("role_family", String(20), nullable=False, server_default="other"),
    Column("learnable", Boolean, nullable=False, server_default="0"),
    Column("totals", Text, nullable=False),
    # role, company, notes and location folded for the text search (readmodel/search.py)
    Column("search", Text, nullable=False, server_default=""),
    # the board's order (day applied, then id) as one integer: the search index's key
    # (search.recency; migration 0024)
    Column("recency", BigInteger, nullable=False),
    # a waiting group's first rows in listing order, and the offers in hand, from index
    # entries alone: a cold first view reads what it shows (migration 0028)
    Index("ix_rm_applications_live", "live", "stage", "silent_since", "kind", "date_applied"),
    # ix_rm_applications_offers: partial, declared in partial_indexes() below
    # the outlook's most hoped-for one, in listing order from the index (migration 0024)
    Index("ix_rm_applications_hope", "live", "excitement", "date_applied", "application_id"),
    Index("ix_rm_applications_date_applied", "date_applied"),
    # the patterns' and conversion's recent windows counted from the index alone (migration 0022)
    Index("ix_rm_applications_applied_reached", "date_applied", "furthest_stage", "kind", "stage",
          "outcome", "live"),
    Index("ix_rm_applications_last_activity", "last_activity"),
    Index("ix_rm_applications_revived", "revived_at"),
    Index("ix_rm_applications_recency", "recency", unique=True),
    # a search's matches counted per column from index entries (migration 0030)
    Index("ix_rm_applications_search_status", "recency", "stage", "outcome"),
    # a board column's cards, newest first from an index (migration 0026): a closed one's per
    # (stage, outcome); an open one's per stage, among those with no outcome (PostgreSQL takes
    # `outcome IS NULL` for no equality: (stage, outcome, recency) would not give its order)
    Index("ix_rm_applications_column", "stage", "outcome", "recency"),
    # ix_rm_applications_open: partial, declared in partial_indexes() below
    Index("ix_rm_applications_learnable", "learnable", "role_family", "company"),
    info=DERIVED,
)

# Interviews booked for a date and time, from the timelines (upcoming interviews in `today`).
bookings = Table(
    "rm_bookings", METADATA,
    Column("id", Integer, primary_key=True),
    Column("application_id", Integer, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("round", Integer),
    Index("ix_rm_bookings_at", "at"),
    Index("ix_rm_bookings_application", "application_id"),
    info=DERIVED,
)

# Interviews booked and not held yet (no interview of their round held), whenever they are: what
# the calendar feed lists (its window read through the time index).
interviews = Table(
    "rm_interviews", METADATA,
    Column("id", Integer, primary_key=True),
    Column("application_id", Integer, nullable=False),
    Column("event_id", Integer),
    Column("at", DateTime, nullable=False),
    Column("round", Integer),
    Column("interview_type", String(30)),
    Column("location", String(500), nullable=False, server_default=""),
    Index("ix_rm_interviews_at", "at"),
    Index("ix_rm_interviews_application", "application_id"),
    info=DERIVED,
)

# The search's totals: (name, key) -> value; names in bounceback.pipeline.state.
tallies = Table(
    "rm_tallies", METADATA,
    Column("name", String(20), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Integer, nullable=False),
    info=DERIVED,
)

# The search's totals by day: (name, day, key) -> value; names in readmodel/days.py. What the
# pages count over a recent window (the last 30 days' applications by kind and stage, the
# rejections by stage reached, the answers rated) read a few rows a day, not a row per record.
days = Table(
    "rm_days", METADATA,
    Column("name", String(20), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("key", String(120), primary_key=True),
    Column("value", Integer, nullable=False),
    info=DERIVED,
)

# One row per rejection: when mood came back (a check-in at "okay" or better before the next
# no) and when the next application went out (resilience over time).
rejections = Table(
    "rm_rejections", METADATA,
    Column("rejection_id", Integer, primary_key=True, autoincrement=False),
    Column("application_id", Integer, nullable=False),
    Column("received_on", Date, nullable=False),
    Column("mood_on", Date),
    Column("next_applied_on", Date),
    Column("mood_days", Integer),  # days from the rejection to mood_on
    Column("next_days", Integer),  # days from the rejection to next_applied_on
    Column("stage_reached", String(20), nullable=False, server_default="applied"),
    Column("delay_days", Integer),  # days from applying to the rejection
    Index("ix_rm_rejections_received", "received_on", "rejection_id"),
    Index("ix_rm_rejections_next", "next_applied_on"),
    Index("ix_rm_rejections_application", "application_id", "received_on", "rejection_id"),
    Index("ix_rm_rejections_delay", "stage_reached", "delay_days"),
    Index("ix_rm_rejections_delay_all", "delay_days"),
    info=DERIVED,
)

# Questions an application's interviews answered weakly: how often, and when last (the
# patterns' questions that came back, and the brief's answers worth practising).
weak = Table(
    "rm_weak", METADATA,
    Column("application_id", Integer, primary_key=True, autoincrement=False),
    Column("question", String(1000), primary_key=True),
    Column("times", Integer, nullable=False),
    Column("last_held", Date, nullable=False),
    # the latest weak answer's round and question (the brief's, read per wording by the index)
    Column("latest_interview", Integer),
    Column("latest_question", Integer),
    Index("ix_rm_weak_question", "question", "last_held", "times"),
    info=DERIVED,
)

# The skills an application's posting asks for (one row per skill: the match that counts),
# and whether the application was rejected for a skill gap: the search's gaps read the first
# ones of a skill for its category and evidence.
gaps = Table(
    "rm_gaps", METADATA,
    Column("application_id", Integer, primary_key=True, autoincrement=False),
    Column("skill", String(300), primary_key=True),
    Column("category", String(200), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("required", Boolean, nullable=False),
    Column("rejected", Boolean, nullable=False),
    Index("ix_rm_gaps_skill", "skill", "application_id"),
    Index("ix_rm_gaps_rejected", "skill", "rejected", "application_id"),
    info=DERIVED,
)

# What changed since the last commit: ('app', id), ('company', id) or ('day', ISO date of a
# check-in). Filled by triggers, emptied before each commit by the same transaction.
dirty = Table(
    "rm_dirty", METADATA,
    Column("kind", String(10), primary_key=True),
    Column("ref", String(40), primary_key=True),
    info=DERIVED,
)

# The read model's version stamp (bounceback.storage.readmodel.VERSION).
meta = Table(
    "rm_meta", METADATA,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
    info=DERIVED,
)

DERIVED_TABLES = (applications, bookings, interviews, tallies, days, rejections, weak, gaps, dirty,
                  meta)


def partial_indexes() -> None:
    """The read model's two partial indexes, added to the schema by storage/tables (which the
    migrations, `create_all` and the ORM load): their `sqlite_where`/`postgresql_where` make
    SQLAlchemy load both dialects' packages to check the options (PostgreSQL's ~40 ms of a
    write process that opens SQLite), and a write's statements do not need them."""
    if any(ix.name == "ix_rm_applications_offers" for ix in applications.indexes):
        return
    a = applications.c
    Index("ix_rm_applications_offers", a.live, a.stage, a.date_applied, a.application_id,
          a.company, a.role,
          sqlite_where=text("stage = 'offer'"), postgresql_where=text("stage = 'offer'"))
    Index("ix_rm_applications_open", a.stage, a.recency,
          sqlite_where=text("outcome IS NULL"), postgresql_where=text("outcome IS NULL"))
