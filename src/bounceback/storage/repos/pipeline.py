"""The pipeline's SQL: timeline events the estimator needs, plan intentions, ghosting snoozes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Event
from bounceback.domain.vocabulary import EventKind
from bounceback.pipeline.plan import Intention
from bounceback.storage.readmodel import sources
from bounceback.storage.tables.pipeline import GhostSnoozeRow, PlanIntentionRow


def events_by_application(
    session: Session, kinds: Iterable[EventKind], app_ids: list[int] | None = None
) -> dict[int, list[Event]]:
    """Events of the given kinds (of some applications, or all), grouped by application (the
    read model's own read: readmodel/sources.py)."""
    return sources.events_by_application(session, kinds, app_ids)


def _intention(row: PlanIntentionRow) -> Intention:
    hour, minute = (int(part) for part in row.at.split(":"))
    return Intention(row.weekday, time(hour, minute), row.place, row.count, id=row.id)


def list_intentions(session: Session) -> list[Intention]:
    stmt = select(PlanIntentionRow).order_by(
        PlanIntentionRow.weekday, PlanIntentionRow.at, PlanIntentionRow.id
    )
    return [_intention(r) for r in session.scalars(stmt)]


def add_intention(session: Session, intention: Intention) -> Intention:
    row = PlanIntentionRow(
        weekday=intention.weekday, at=f"{intention.at.hour:02d}:{intention.at.minute:02d}",
        place=intention.place, count=intention.count,
    )
    session.add(row)
    session.flush()
    return _intention(row)


def delete_intention(session: Session, intention_id: int) -> None:
    row = session.get(PlanIntentionRow, intention_id)
    if row is None:
        raise NotFound(f"no plan intention #{intention_id}; `bounceback plan` lists them")
    session.delete(row)
    session.flush()


def snoozes(session: Session, app_ids: list[int] | None = None) -> dict[int, date]:
    stmt = select(GhostSnoozeRow.application_id, GhostSnoozeRow.until)
    if app_ids is not None:
        stmt = stmt.where(GhostSnoozeRow.application_id.in_(app_ids))
    return {app_id: until for app_id, until in session.execute(stmt)}


def snooze(session: Session, app_id: int, until: date) -> None:
    row = session.get(GhostSnoozeRow, app_id)
    if row is None:
        session.add(GhostSnoozeRow(application_id=app_id, until=until))
    else:
        row.until = until
    session.flush()


def clear_snooze(session: Session, app_id: int) -> None:
    session.execute(delete(GhostSnoozeRow).where(GhostSnoozeRow.application_id == app_id))
    session.flush()
