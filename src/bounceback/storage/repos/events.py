"""The append-only timeline: events are added and read, never changed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bounceback.domain.models import Event
from bounceback.domain.vocabulary import EventKind, InterviewType, Origin, Stage
from bounceback.storage.repos import core
from bounceback.storage.tables import EventRow


def to_domain(row: Any) -> Event:
    """An event from its ORM row or a Core row of the events table."""
    return Event(
        id=row.id, application_id=row.application_id, kind=EventKind(row.kind),
        occurred_at=row.occurred_at, origin=Origin(row.origin),
        stage=Stage(row.stage) if row.stage else None, round=row.round,
        interview_type=InterviewType(row.interview_type) if row.interview_type else None,
        summary=row.summary, details=dict(row.details or {}),
    )


def add(session: Session, event: Event) -> Event:
    row = EventRow(
        application_id=event.application_id, kind=event.kind.value,
        occurred_at=event.occurred_at, origin=event.origin.value,
        stage=event.stage.value if event.stage else None, round=event.round,
        interview_type=event.interview_type.value if event.interview_type else None,
        summary=event.summary, details=event.details or {},
    )
    session.add(row)
    session.flush()
    return to_domain(row)


_TABLE = EventRow.__table__  # Core: rows, not entities
#: An application's timeline, built once (an application's page sends it on every view).
_OF_APPLICATION = core.prebuilt(select(_TABLE).where(_TABLE.c.application_id == bindparam("app_id"))
                                .order_by(_TABLE.c.occurred_at, _TABLE.c.id))


def for_application(session: Session, app_id: int) -> list[Event]:
    return [to_domain(r) for r in core.rows(session, _OF_APPLICATION, {"app_id": app_id})]


def all_events(session: Session, since: datetime | None = None) -> list[Event]:
    stmt = select(EventRow).order_by(EventRow.occurred_at, EventRow.id)
    if since:
        stmt = stmt.where(EventRow.occurred_at >= since)
    return [to_domain(r) for r in session.scalars(stmt)]


def of_kind_for_live_applications(session: Session, kind: str) -> list[Event]:
    """Events of one kind on applications still open (for upcoming interviews and the like)."""
    from bounceback.storage.tables import ApplicationRow

    stmt = (
        select(EventRow)
        .join(ApplicationRow, ApplicationRow.id == EventRow.application_id)
        .where(EventRow.kind == kind, ApplicationRow.outcome.is_(None))
        .order_by(EventRow.occurred_at)
    )
    return [to_domain(r) for r in session.scalars(stmt)]
