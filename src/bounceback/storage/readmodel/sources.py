"""What the read model's follow-up reads from the source tables, with SQLAlchemy Core on the
lean tables (storage/source_tables.py): no ORM is loaded to derive an application's state. Each
function takes an ORM session (its pending changes are written first, its connection used) or
a Core connection (the lean writes', services/lean_writes.py); the repositories read through the
same functions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, select

from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.models import Application, Event, Rejection, RejectionReasonEntry
from bounceback.domain.vocabulary import (
    EventKind,
    InterviewType,
    Origin,
    Outcome,
    ReasonSource,
    RejectionChannel,
    Source,
    Stage,
)
from bounceback.storage import source_tables as t


def connection_of(session_or_connection: Any) -> Any:
    """A Core connection: a session's (after what it holds is written: same transaction, same
    snapshot), or the connection itself."""
    flush = getattr(session_or_connection, "flush", None)
    if flush is None:
        return session_or_connection
    flush()
    return session_or_connection.connection()


def dialect_of(session_or_connection: Any) -> str:
    found = getattr(session_or_connection, "dialect", None)
    if found is None:
        found = session_or_connection.get_bind().dialect
    return str(found.name)


# ---- applications ----------------------------------------------------------------------------

APPS = t.APPLICATIONS
APP_FIELDS = [c for c in APPS.columns if c.name != "company_id"]


def to_application(row: Any, company: str, tags: list[str]) -> Application:
    return Application(
        id=row.id, uid=row.uid, company=company, role=row.role, location=row.location,
        remote=row.remote, salary_min=row.salary_min, salary_max=row.salary_max,
        salary_currency=row.salary_currency, source=Source(row.source),
        source_detail=row.source_detail, url=row.url, description=row.description,
        date_applied=row.date_applied, excitement=row.excitement, stage=Stage(row.stage),
        furthest_stage=Stage(row.furthest_stage),
        outcome=Outcome(row.outcome) if row.outcome else None, outcome_date=row.outcome_date,
        notes=row.notes, tags=tags, created_at=row.created_at, updated_at=row.updated_at,
        last_activity=row.last_activity,
    )


# ---- the timeline's events the pipeline reads --------------------------------------------------

#: The only details the pipeline reads: when an interview is booked, what an email was, whether
#: a revival came from an answer.
DETAILS = ("at", "email_kind", "answered", "location")  # what the read model derives from


@lru_cache(maxsize=8)
def _events_of(kinds: frozenset[EventKind], by_application: bool) -> Any:
    """The statement, built once per kind of call (the read model sends it on every write)."""
    e = t.EVENTS.c
    wanted = sorted(k.value for k in kinds)
    stmt = select(e.application_id, e.kind, e.occurred_at, e.stage, e.round, e.details, e.id,
                  e.interview_type).order_by(e.occurred_at, e.id)
    if not by_application:
        return stmt.where(e.kind.in_(wanted))
    # Some applications' events are looked up by application (ix_events_application_time),
    # never through every event of these kinds: `kind || ''` is no column an index serves.
    # Given a list of ids, SQLite's planner chose ix_events_kind_time and read every event of
    # the search for each chunk of 500 applications: a rebuild grew as applications x events.
    return stmt.where((e.kind + "").in_(wanted),
                      e.application_id.in_(bindparam("ids", expanding=True)))


def interview_type(value: str | None) -> InterviewType | None:
    """A stored interview type, or None (also for a value this version does not know)."""
    return InterviewType._value2member_map_.get(value) if value else None  # type: ignore[return-value]


def events_by_application(
    session: Any, kinds: Iterable[EventKind], app_ids: list[int] | None = None
) -> dict[int, list[Event]]:
    """Events of the given kinds (of some applications, or all), grouped by application."""
    stmt = _events_of(frozenset(kinds), app_ids is not None)
    params = {} if app_ids is None else {"ids": app_ids}
    out: dict[int, list[Event]] = defaultdict(list)
    for app_id, kind, occurred_at, stage, round_, details, event_id, itype in session.execute(
            stmt, params):
        out[app_id].append(
            Event(
                application_id=app_id, kind=EventKind(kind), occurred_at=occurred_at,
                origin=Origin.USER, stage=Stage(stage) if stage else None, round=round_,
                details={k: details[k] for k in DETAILS if k in details} if details else {},
                id=event_id, interview_type=interview_type(itype),
            )
        )
    return dict(out)


# ---- rejections --------------------------------------------------------------------------------

REJECTIONS, REASONS = t.REJECTIONS, t.REJECTION_REASONS


def reasons_of(session: Any, ids: list[int] | None) -> dict[int, list[RejectionReasonEntry]]:
    stmt = select(REASONS).order_by(REASONS.c.is_primary.desc(), REASONS.c.id)
    if ids is not None:
        stmt = stmt.where(REASONS.c.rejection_id.in_(ids))
    found: dict[int, list[RejectionReasonEntry]] = defaultdict(list)
    for r in connection_of(session).execute(stmt):
        found[r.rejection_id].append(
            RejectionReasonEntry(
                reason=r.reason, source=ReasonSource(r.source), primary=r.is_primary,
                confidence=r.confidence, evidence=r.evidence,
            )
        )
    return found


def to_rejection(row: Any, reasons: list[RejectionReasonEntry]) -> Rejection:
    return Rejection(
        id=row.id, application_id=row.application_id, stage_reached=Stage(row.stage_reached),
        received_on=row.received_on, channel=RejectionChannel(row.channel), text=row.text,
        reasons=reasons, hurt=row.hurt, recovery_days=row.recovery_days,
        created_at=row.created_at,
    )


def rejections_for(session: Any, app_ids: list[int]) -> dict[int, Rejection]:
    """The rejections of these applications, by application id."""
    rows = list(connection_of(session).execute(
        select(REJECTIONS).where(REJECTIONS.c.application_id.in_(app_ids))))
    reasons = reasons_of(session, [r.id for r in rows]) if rows else {}
    return {r.application_id: to_rejection(r, reasons.get(r.id, [])) for r in rows}


def all_rejections(session: Any) -> list[Rejection]:
    rows = list(connection_of(session).execute(
        select(REJECTIONS).order_by(REJECTIONS.c.received_on, REJECTIONS.c.id)))
    reasons = reasons_of(session, None)
    return [to_rejection(r, reasons.get(r.id, [])) for r in rows]


# ---- interviews --------------------------------------------------------------------------------


def to_interview(r: Any, questions: list[InterviewQuestion]) -> Interview:
    return Interview(
        id=r.id, application_id=r.application_id, held_on=r.held_on,
        kind=InterviewType(r.kind), round=r.round, interviewers=list(r.interviewers or []),
        questions=questions, rating=r.rating, went_well=r.went_well,
        do_differently=r.do_differently, notes=r.notes,
    )


def interviews_from(session: Any, stmt: Any) -> list[Interview]:
    """The interviews `stmt` selects (the interviews table's rows), with their questions."""
    c = connection_of(session)
    rows = list(c.execute(stmt))
    questions: dict[int, list[InterviewQuestion]] = defaultdict(list)
    if rows:
        asked = t.INTERVIEW_QUESTIONS
        qstmt = (select(asked).where(asked.c.interview_id.in_([r.id for r in rows]))
                 .order_by(asked.c.interview_id, asked.c.position))
        for q in c.execute(qstmt):
            questions[q.interview_id].append(
                InterviewQuestion(q.question, q.answer_summary, q.rating, id=q.id))
    return [to_interview(r, questions.get(r.id, [])) for r in rows]


def interviews_of(session: Any, app_ids: list[int]) -> list[Interview]:
    """These applications' interviews with their questions, oldest first."""
    table = t.INTERVIEWS
    return interviews_from(session, select(table).where(table.c.application_id.in_(app_ids))
                           .order_by(table.c.held_on, table.c.id))
