"""Applications: reading them as domain objects, filtering, and writing their fields."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, bindparam, delete, func, or_, select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Application, ApplicationQuery
from bounceback.domain.vocabulary import Outcome, Stage
from bounceback.storage.readmodel import sources
from bounceback.storage.repos import companies, core
from bounceback.storage.tables import ApplicationRow, CompanyRow, TagRow

# Columns a caller may set through `update`; the company is handled separately.
EDITABLE = {
    "role", "location", "remote", "salary_min", "salary_max", "salary_currency", "source",
    "source_detail", "url", "description", "date_applied", "excitement", "stage",
    "furthest_stage", "outcome", "outcome_date", "notes", "last_activity",
}


_FIELDS = [c for c in ApplicationRow.__table__.columns if c.name != "company_id"]


def _columns() -> Select[Any]:
    """Plain columns, not ORM entities: listing 5,000 applications stays fast."""
    return select(*_FIELDS, CompanyRow.name.label("company_name")).join(
        CompanyRow, CompanyRow.id == ApplicationRow.company_id
    )


_to_domain = sources.to_application


def _tags_for(session: Session, ids: list[int] | None) -> dict[int, list[str]]:
    query = select(TagRow.application_id, TagRow.tag).order_by(TagRow.tag)
    if ids is not None:
        if not ids:
            return {}
        query = query.where(TagRow.application_id.in_(ids))
    tags: dict[int, list[str]] = defaultdict(list)
    for app_id, tag in core.connection(session).execute(query):
        tags[app_id].append(tag)
    return tags


def _one(dialect: str) -> Any:
    """One application with its company's name and its tags (a JSON list, in the order the
    tags' own query gives them), in one statement built once per dialect."""
    if dialect not in _ONE:
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import aggregate_order_by

            tags: Any = func.json_agg(aggregate_order_by(TagRow.tag, TagRow.tag))
        else:  # SQLite's own order (binary) is Python's: sorted below
            tags = func.json_group_array(TagRow.tag)
        _ONE[dialect] = core.prebuilt(_columns().add_columns(
            select(tags).where(TagRow.application_id == ApplicationRow.id)
            .scalar_subquery().label("tags")).where(ApplicationRow.id == bindparam("id")))
    return _ONE[dialect]


_ONE: dict[str, Any] = {}


def get(session: Session, app_id: int) -> Application:
    connection = core.connection(session)
    dialect = connection.dialect.name
    found = core.rows(session, _one(dialect), {"id": app_id})
    row = found[0] if found else None
    if row is None:
        raise NotFound(f"no application #{app_id}")
    tags = row.tags if isinstance(row.tags, list) else json.loads(row.tags) if row.tags else []
    return _to_domain(row, row.company_name, tags if dialect == "postgresql" else sorted(tags))


def get_many(session: Session, app_ids: Iterable[int]) -> dict[int, Application]:
    """Several applications in two queries (not one each); ids that do not exist are left out."""
    ids = sorted({i for i in app_ids if i is not None})
    if not ids:
        return {}
    rows = core.connection(session).execute(_columns().where(ApplicationRow.id.in_(ids))).all()
    tags = _tags_for(session, ids)
    return {row.id: _to_domain(row, row.company_name, tags.get(row.id, [])) for row in rows}


def of_company(session: Session, company: str) -> list[Application]:
    """The applications at the company of this name (matched by its key, an indexed lookup)."""
    found = companies.find(session, company)
    if found is None:
        return []
    stmt = _columns().where(ApplicationRow.company_id == found.id).order_by(ApplicationRow.id)
    rows = session.execute(stmt).all()
    tags = _tags_for(session, [r.id for r in rows])
    return [_to_domain(row, row.company_name, tags.get(row.id, [])) for row in rows]


def get_row(session: Session, app_id: int) -> ApplicationRow:
    row = session.get(ApplicationRow, app_id)
    if row is None:
        raise NotFound(f"no application #{app_id}")
    return row


@dataclass(frozen=True)
class RowState:
    """Where an application stands, read off its row (no company, no tags)."""

    stage: Stage
    furthest_stage: Stage
    outcome: Outcome | None
    date_applied: date | None


def row_state(row: ApplicationRow) -> RowState:
    return RowState(stage=Stage(row.stage), furthest_stage=Stage(row.furthest_stage),
                    outcome=Outcome(row.outcome) if row.outcome else None,
                    date_applied=row.date_applied)


def query(session: Session, q: ApplicationQuery | None = None) -> list[Application]:
    q = q or ApplicationQuery()
    stmt = _columns()
    if q.stages:
        stages = [s for s in q.stages if s in Stage._value2member_map_]
        outcomes = [s for s in q.stages if s in Outcome._value2member_map_]
        stmt = stmt.where(
            or_(
                ApplicationRow.stage.in_(stages) & ApplicationRow.outcome.is_(None),
                ApplicationRow.outcome.in_(outcomes),
            )
        )
    if q.live_only:
        stmt = stmt.where(
            ApplicationRow.outcome.is_(None),
            ApplicationRow.stage.notin_([Stage.SAVED.value, Stage.ACCEPTED.value]),
        )
    if q.company:
        stmt = stmt.where(func.lower(CompanyRow.name).contains(q.company.lower()))
    if q.tag:
        stmt = stmt.where(
            ApplicationRow.id.in_(select(TagRow.application_id).where(TagRow.tag == q.tag.lower()))
        )
    if q.since:
        stmt = stmt.where(ApplicationRow.date_applied >= q.since)
    if q.until:
        stmt = stmt.where(ApplicationRow.date_applied <= q.until)
    if q.source:
        stmt = stmt.where(ApplicationRow.source == q.source)
    if q.text:
        like = f"%{q.text.lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(ApplicationRow.role).like(like),
                func.lower(CompanyRow.name).like(like),
                func.lower(ApplicationRow.notes).like(like),
                func.lower(ApplicationRow.location).like(like),
            )
        )
    stmt = stmt.order_by(ApplicationRow.date_applied.desc(), ApplicationRow.id.desc())
    if q.limit:
        stmt = stmt.limit(q.limit)
    rows = session.execute(stmt).all()
    ids = [r.id for r in rows] if q.limit or len(rows) < 500 else None
    tags = _tags_for(session, ids)
    return [_to_domain(row, row.company_name, tags.get(row.id, [])) for row in rows]


def references(session: Session) -> list[tuple[int, str, str, str | None, str]]:
    """(id, company, role, outcome, stage) of every application, for resolving a reference."""
    stmt = select(
        ApplicationRow.id, CompanyRow.name, ApplicationRow.role, ApplicationRow.outcome,
        ApplicationRow.stage,
    ).join(CompanyRow, CompanyRow.id == ApplicationRow.company_id)
    return [tuple(r) for r in session.execute(stmt)]  # type: ignore[misc]


def add(session: Session, app: Application) -> ApplicationRow:
    company = companies.get_or_create(session, app.company)
    row = ApplicationRow(company_id=company.id)
    if app.uid:
        row.uid = app.uid
    for name in EDITABLE:
        value = getattr(app, name)
        setattr(row, name, value.value if hasattr(value, "value") else value)
    session.add(row)
    session.flush()
    set_tags(session, row.id, app.tags)
    return row


def update(session: Session, app_id: int, changes: dict[str, Any]) -> ApplicationRow:
    row = get_row(session, app_id)
    for name, value in changes.items():
        if name == "company":
            row.company_id = companies.get_or_create(session, value).id
        elif name == "tags":
            set_tags(session, app_id, value)
        elif name in EDITABLE:
            setattr(row, name, value.value if hasattr(value, "value") else value)
        else:
            raise KeyError(name)
    session.flush()
    return row


def set_tags(session: Session, app_id: int, tags: list[str]) -> None:
    session.execute(delete(TagRow).where(TagRow.application_id == app_id))
    for tag in sorted({t.strip().lower() for t in tags if t.strip()}):
        session.add(TagRow(application_id=app_id, tag=tag))
    session.flush()


def delete_application(session: Session, app_id: int) -> None:
    session.delete(get_row(session, app_id))
    session.flush()


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ApplicationRow)) or 0
