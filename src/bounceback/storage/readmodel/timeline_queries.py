"""An application with everything hung on it (`show`), and the application a user names, read
with plain SQL on a `Reader` (no SQLAlchemy): the same domain objects, in the same order, as
the ORM path's repositories (storage/repos/timeline.py, applications.references) build.

`show` as a whole process started SQLAlchemy's ORM and every table for five statements
(issue 16); through these it costs what `list --json` costs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from bounceback.domain.models import (
    Application,
    Contact,
    Event,
    Rejection,
    RejectionReasonEntry,
    Task,
    Timeline,
)
from bounceback.domain.vocabulary import (
    ContactRole,
    EventKind,
    InterviewType,
    Origin,
    ReasonSource,
    RejectionChannel,
    Stage,
)
from bounceback.storage.readmodel import queries
from bounceback.storage.readmodel.reader import Reader, as_date, as_datetime

Reference = tuple[int, str, str, str | None, str]


def references(r: Reader) -> list[Reference]:
    """(id, company, role, outcome, stage) of every application, for resolving a reference
    (the statement the ORM path sends, so that ties come in the same order)."""
    return [tuple(row) for row in r.all(  # type: ignore[misc]
        "SELECT applications.id, companies.name, applications.role, applications.outcome, "
        "applications.stage FROM applications JOIN companies "
        "ON companies.id = applications.company_id")]


def reference(r: Reader, app_id: int) -> list[Reference]:
    """The one application of this number as a reference (none when there is no such): a
    number is resolved without reading every application."""
    return [tuple(row) for row in r.all(  # type: ignore[misc]
        "SELECT a.id, c.name, a.role, a.outcome, a.stage FROM applications a "
        "JOIN companies c ON c.id = a.company_id WHERE a.id = :id", id=app_id)]


def application(r: Reader, app_id: int) -> Application | None:
    """One application with its company's name and its tags in one statement (the ORM path's
    `applications.get`: its tags as a JSON list, by tag)."""
    tags = ("json_agg(t.tag ORDER BY t.tag)" if not r.is_sqlite else "json_group_array(t.tag)")
    row = r.one(f"SELECT {queries._APP_COLUMNS}, (SELECT {tags} FROM application_tags t "
                "WHERE t.application_id = a.id) FROM applications a JOIN companies c "
                "ON c.id = a.company_id WHERE a.id = :id", id=app_id)
    if row is None:
        return None
    found = row[-1] if isinstance(row[-1], list) else json.loads(row[-1]) if row[-1] else []
    return queries._application(row[:-1], found if not r.is_sqlite else sorted(found))


def _details(value: Any) -> dict[str, object]:
    if isinstance(value, str):
        value = json.loads(value)
    return dict(value or {})


def events(r: Reader, app_id: int) -> list[Event]:
    return [
        Event(id=row[0], application_id=row[1], kind=EventKind(row[2]),
              occurred_at=as_datetime(row[3]), origin=Origin(row[4]),  # type: ignore[arg-type]
              stage=Stage(row[5]) if row[5] else None, round=row[6],
              interview_type=InterviewType(row[7]) if row[7] else None, summary=row[8],
              details=_details(row[9]))
        for row in r.all(
            "SELECT id, application_id, kind, occurred_at, origin, stage, round, "
            "interview_type, summary, details FROM events WHERE application_id = :app_id "
            "ORDER BY occurred_at, id", app_id=app_id)
    ]


def contacts(r: Reader, app_id: int | None) -> list[Contact]:
    """The contacts of one application (every contact when None) by name, each with every
    application it is linked to (`contacts.list_contacts`' rows)."""
    mine = ("" if app_id is None else " WHERE k.id IN (SELECT contact_id FROM "
            "application_contacts WHERE application_id = :app_id)")
    rows = r.all(
        "SELECT k.id, k.name, k.role, c.name, k.email, k.phone, k.profile_url, k.notes "
        f"FROM contacts k LEFT OUTER JOIN companies c ON c.id = k.company_id{mine} "
        "ORDER BY k.name", app_id=app_id)
    links: dict[int, list[int]] = defaultdict(list)
    if rows:
        for contact_id, linked in r.all(
                "SELECT contact_id, application_id FROM application_contacts" + (
                    "" if app_id is None else " WHERE contact_id IN (SELECT contact_id FROM "
                    "application_contacts WHERE application_id = :app_id)"), app_id=app_id):
            links[contact_id].append(linked)
    return [Contact(id=row[0], name=row[1], role=ContactRole(row[2]), company=row[3],
                    email=row[4], phone=row[5], profile_url=row[6], notes=row[7],
                    application_ids=sorted(links.get(row[0], [])))
            for row in rows]


def tasks(r: Reader, app_id: int | None, *, include_done: bool = True) -> list[Task]:
    """The tasks of one application (every task when None), by due day; the open ones only
    unless `include_done` (`tasks.list_tasks`' rows)."""
    where = [w for w, wanted in (("application_id = :app_id", app_id is not None),
                                 ("done = :no", not include_done)) if wanted]
    return [Task(id=row[0], title=row[1], due=as_date(row[2]),  # type: ignore[arg-type]
                 done=bool(row[3]), application_id=row[4], kind=row[5], notes=row[6],
                 done_at=as_datetime(row[7]))
            for row in r.all(
                "SELECT id, title, due, done, application_id, kind, notes, done_at FROM tasks"
                + "".join(f" {'AND' if i else 'WHERE'} {w}" for i, w in enumerate(where))
                + " ORDER BY due, id", app_id=app_id, no=False)]


def rejection(r: Reader, app_id: int | None, *, rejection_id: int | None = None
              ) -> Rejection | None:
    """The application's rejection (or, given `rejection_id`, that rejection), or None."""
    by = "application_id = :app_id" if rejection_id is None else "id = :rid"
    row = r.one(
        "SELECT id, application_id, stage_reached, received_on, channel, text, hurt, "
        f"recovery_days, created_at FROM rejections WHERE {by}",
        app_id=app_id, rid=rejection_id)
    if row is None:
        return None
    reasons = [RejectionReasonEntry(reason=x[0], source=ReasonSource(x[1]), primary=bool(x[2]),
                                    confidence=x[3], evidence=x[4])
               for x in r.all(
                   "SELECT reason, source, is_primary, confidence, evidence "
                   "FROM rejection_reasons WHERE rejection_id = :id "
                   "ORDER BY is_primary DESC, id", id=row[0])]
    return Rejection(
        id=row[0], application_id=row[1], stage_reached=Stage(row[2]),
        received_on=as_date(row[3]), channel=RejectionChannel(row[4]),  # type: ignore[arg-type]
        text=row[5], reasons=reasons, hurt=row[6], recovery_days=row[7],
        created_at=as_datetime(row[8]))


def timeline(r: Reader, app_id: int, known: Rejection | None = None) -> Timeline | None:
    """The application with its events, contacts, tasks and rejection (`known`: its rejection,
    read already); None when it is gone."""
    app = application(r, app_id)
    if app is None:
        return None
    return Timeline(application=app, events=events(r, app_id), contacts=contacts(r, app_id),
                    tasks=tasks(r, app_id), rejection=known or rejection(r, app_id))
