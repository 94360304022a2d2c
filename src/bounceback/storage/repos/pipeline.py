"""The pipeline's SQL: timeline events the estimator needs, plan intentions, ghosting snoozes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, time
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Event
from bounceback.domain.vocabulary import EventKind, InterviewType, Origin, Stage
from bounceback.pipeline.plan import Intention
from bounceback.storage.tables import EventRow
from bounceback.storage.tables.pipeline import GhostSnoozeRow, PlanIntentionRow

#: The only details the pipeline reads: when an interview is booked, what an email was, whether
#: a revival came from an answer.
_DETAILS = ("at", "email_kind", "answered", "location")  # what the read model derives from


@lru_cache(maxsize=8)
def _events_of(kinds: frozenset[EventKind], by_application: bool) -> Any:
    """The statement, built once per kind of call (the read model sends it on every write)."""
    wanted = sorted(k.value for k in kinds)
    stmt = select(
        EventRow.application_id, EventRow.kind, EventRow.occurred_at, EventRow.stage,
        EventRow.round, EventRow.details, EventRow.id, EventRow.interview_type,
    ).order_by(EventRow.occurred_at, EventRow.id)
    if not by_application:
        return stmt.where(EventRow.kind.in_(wanted))
    # Some applications' events are looked up by application (ix_events_application_time),
    # never through every event of these kinds: `kind || ''` is no column an index serves.
    # Given a list of ids, SQLite's planner chose ix_events_kind_time and read every event of
    # the search for each chunk of 500 applications: a rebuild grew as applications x events.
    return stmt.where((EventRow.kind + "").in_(wanted),
                      EventRow.application_id.in_(bindparam("ids", expanding=True)))


def events_by_application(
    session: Session, kinds: Iterable[EventKind], app_ids: list[int] | None = None
) -> dict[int, list[Event]]:
    """Events of the given kinds (of some applications, or all), grouped by application."""
    stmt = _events_of(frozenset(kinds), app_ids is not None)
    params = {} if app_ids is None else {"ids": app_ids}
    out: dict[int, list[Event]] = defaultdict(list)
    rows = session.execute(stmt, params)
    for app_id, kind, occurred_at, stage, round_, details, event_id, itype in rows:
        out[app_id].append(
            Event(
                application_id=app_id, kind=EventKind(kind), occurred_at=occurred_at,
                origin=Origin.USER, stage=Stage(stage) if stage else None, round=round_,
                details={k: details[k] for k in _DETAILS if k in details} if details else {},
                id=event_id, interview_type=_interview_type(itype),
            )
        )
    return dict(out)


def _interview_type(value: str | None) -> InterviewType | None:
    """A stored interview type, or None (also for a value this version does not know)."""
    return InterviewType._value2member_map_.get(value) if value else None  # type: ignore[return-value]


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
