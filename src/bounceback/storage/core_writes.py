"""The statements of the CLI's lean writes (services/lean_writes.py): SQLAlchemy Core on the
source tables' Core view (storage/source_tables.py), no ORM; each takes the Core connection of
Database.writing. The rows are the ones the ORM's repositories write (uids and time stamps by
the columns' own defaults, `updated_at` by its onupdate)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bounceback.domain.models import Application
from bounceback.domain.names import company_key
from bounceback.storage import source_tables as t
from bounceback.storage.readmodel.sources import APP_FIELDS, to_application

_APP, _CO, _TAG = t.APPLICATIONS.c, t.COMPANIES.c, t.APPLICATION_TAGS.c

_ONE = (select(*APP_FIELDS, _CO.name.label("company_name"))
        .join(t.COMPANIES, _CO.id == _APP.company_id))
_TAGS = select(_TAG.application_id, _TAG.tag).order_by(_TAG.tag)


def _applications(c: Any, where: Any) -> list[Application]:
    """The applications `where` selects, with their company's name and tags (sorted as the
    ORM path's reads sort them), oldest first."""
    rows = c.execute(_ONE.where(where).order_by(_APP.id)).all()
    tags: dict[int, list[str]] = {}
    if rows:
        for app_id, tag in c.execute(_TAGS.where(_TAG.application_id.in_([r.id for r in rows]))):
            tags.setdefault(app_id, []).append(tag)
    return [to_application(r, r.company_name, tags.get(r.id, [])) for r in rows]


def application(c: Any, app_id: int) -> Application | None:
    found = _applications(c, _APP.id == app_id)
    return found[0] if found else None


def of_company(c: Any, company: str) -> list[Application]:
    """The applications at the company of this name (matched by its key)."""
    found = c.execute(select(_CO.id).where(_CO.key == company_key(company))).scalar()
    return [] if found is None else _applications(c, _APP.company_id == found)


def company(c: Any, name: str) -> int:
    """The company of that name (by its key), made when there is none."""
    name = " ".join(name.split())
    key = company_key(name)
    found = c.execute(select(_CO.id).where(_CO.key == key)).scalar()
    if found is None:
        found = c.execute(t.COMPANIES.insert().values(name=name, key=key, notes="")
                          .returning(_CO.id)).scalar_one()
    return int(found)


def add_application(c: Any, company_id: int, values: dict[str, Any], tags: list[str]) -> int:
    """A new application's row and its tags; its id."""
    app_id = int(c.execute(t.APPLICATIONS.insert().values(company_id=company_id, **values)
                           .returning(_APP.id)).scalar_one())
    if tags:
        c.execute(t.APPLICATION_TAGS.insert(), [{"application_id": app_id, "tag": tag}
                                                for tag in tags])
    return app_id


def row_state(c: Any, app_id: int) -> dict[str, Any] | None:
    """Where an application stands, read off its row (no company, no tags), or None."""
    row = c.execute(select(_APP.stage, _APP.furthest_stage, _APP.outcome, _APP.date_applied,
                           _APP.last_activity, _APP.outcome_date)
                    .where(_APP.id == app_id)).first()
    return None if row is None else dict(row._mapping)


def row_values(c: Any, app_id: int, names: list[str]) -> dict[str, Any] | None:
    """These columns of an application's row as stored, or None when there is no such one."""
    row = c.execute(select(*[_APP[n] for n in names]).where(_APP.id == app_id)).first()
    return None if row is None else dict(row._mapping)


def set_tags(c: Any, app_id: int, tags: list[str]) -> None:
    """The application's tags replaced by these (cleaned: the ORM path's set_tags)."""
    c.execute(t.APPLICATION_TAGS.delete().where(_TAG.application_id == app_id))
    cleaned = sorted({tag.strip().lower() for tag in tags if tag.strip()})
    if cleaned:
        c.execute(t.APPLICATION_TAGS.insert(), [{"application_id": app_id, "tag": tag}
                                                for tag in cleaned])


def update_application(c: Any, app_id: int, values: dict[str, Any]) -> None:
    c.execute(t.APPLICATIONS.update().where(_APP.id == app_id).values(**values))


def add_event(c: Any, values: dict[str, Any]) -> int:
    """A timeline event's row (every column given but its uid); its id."""
    return int(c.execute(t.EVENTS.insert().values(**values).returning(t.EVENTS.c.id))
               .scalar_one())
