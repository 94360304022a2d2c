"""Tasks: reminders with a due date."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Task
from bounceback.storage.clock import now
from bounceback.storage.repos import core
from bounceback.storage.tables import TaskRow


def to_domain(row: Any) -> Task:
    return Task(
        id=row.id, title=row.title, due=row.due, done=row.done, application_id=row.application_id,
        kind=row.kind, notes=row.notes, done_at=row.done_at,
    )


def add(session: Session, task: Task) -> Task:
    row = TaskRow(
        title=task.title, due=task.due, done=task.done, application_id=task.application_id,
        kind=task.kind, notes=task.notes,
    )
    session.add(row)
    session.flush()
    return to_domain(row)


#: Every task of one application, built once (its page sends it on every view).
_OF_APPLICATION = core.prebuilt(select(TaskRow.__table__)
                                .where(TaskRow.__table__.c.application_id == bindparam("app_id"))
                                .order_by(TaskRow.__table__.c.due, TaskRow.__table__.c.id))


def list_tasks(
    session: Session, *, include_done: bool = False, due_by: date | None = None,
    app_id: int | None = None,
) -> list[Task]:
    table = TaskRow.__table__  # Core: rows, not entities
    if include_done and due_by is None and app_id is not None:  # an application's page
        return [to_domain(r) for r in core.rows(session, _OF_APPLICATION, {"app_id": app_id})]
    stmt = select(table).order_by(table.c.due, table.c.id)
    if not include_done:
        stmt = stmt.where(table.c.done.is_(False))
    if due_by is not None:
        stmt = stmt.where(table.c.due <= due_by)
    if app_id is not None:
        stmt = stmt.where(table.c.application_id == app_id)
    return [to_domain(r) for r in core.connection(session).execute(stmt)]


def set_done(session: Session, task_id: int, done: bool = True) -> Task:
    row = session.get(TaskRow, task_id)
    if row is None:
        raise NotFound(f"no task #{task_id}")
    row.done = done
    row.done_at = now() if done else None
    session.flush()
    return to_domain(row)


def remove(session: Session, task_id: int) -> None:
    row = session.get(TaskRow, task_id)
    if row is None:
        raise NotFound(f"no task #{task_id}")
    session.delete(row)
