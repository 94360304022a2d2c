"""An application with everything hung on it (its page, `show`), read with SQLAlchemy Core on
the session's connection: the same rows and the same domain objects as the repositories give,
without the ORM's per-query and per-row work (eight statements, one connection, no entities)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Contact, Rejection, RejectionReasonEntry, Timeline
from bounceback.domain.vocabulary import ReasonSource
from bounceback.storage.repos import applications, contacts, events, rejections, tasks
from bounceback.storage.tables import (
    ApplicationContactRow,
    ApplicationRow,
    CompanyRow,
    ContactRow,
    EventRow,
    RejectionReasonRow,
    RejectionRow,
    TagRow,
    TaskRow,
)

_EVENTS = EventRow.__table__
_CONTACTS = ContactRow.__table__
_LINKS = ApplicationContactRow.__table__
_TASKS = TaskRow.__table__
_REJECTIONS = RejectionRow.__table__
_REASONS = RejectionReasonRow.__table__
_TAGS = TagRow.__table__


def timeline(session: Session, app_id: int) -> Timeline:
    """What `applications.get`, `events.for_application`, `contacts.list_contacts`,
    `tasks.list_tasks(include_done=True)` and `rejections.for_application` read for one
    application, in their orders."""
    session.flush()  # a write earlier in this transaction is seen, as the ORM's autoflush would
    c = session.connection()
    row = c.execute(applications._columns().where(ApplicationRow.id == app_id)).first()
    if row is None:
        raise NotFound(f"no application #{app_id}")
    tags = list(c.execute(select(_TAGS.c.tag).where(_TAGS.c.application_id == app_id)
                          .order_by(_TAGS.c.tag)).scalars())
    found_events = [events.to_domain(r) for r in c.execute(
        select(_EVENTS).where(_EVENTS.c.application_id == app_id)
        .order_by(_EVENTS.c.occurred_at, _EVENTS.c.id))]
    found_tasks = [tasks.to_domain(r) for r in c.execute(
        select(_TASKS).where(_TASKS.c.application_id == app_id)
        .order_by(_TASKS.c.due, _TASKS.c.id))]
    return Timeline(
        application=applications._to_domain(row, row.company_name, tags),
        events=found_events,
        contacts=_contacts(c, app_id),
        tasks=found_tasks,
        rejection=_rejection(c, app_id),
    )


def _contacts(c: Any, app_id: int) -> list[Contact]:
    linked = select(_LINKS.c.contact_id).where(_LINKS.c.application_id == app_id)
    rows = list(c.execute(
        select(_CONTACTS, CompanyRow.name.label("company_name"))
        .outerjoin(CompanyRow, CompanyRow.id == _CONTACTS.c.company_id)
        .where(_CONTACTS.c.id.in_(linked)).order_by(_CONTACTS.c.name)))
    if not rows:
        return []
    links: dict[int, list[int]] = defaultdict(list)
    for contact_id, linked_app in c.execute(
            select(_LINKS.c.contact_id, _LINKS.c.application_id)
            .where(_LINKS.c.contact_id.in_([r.id for r in rows]))):
        links[contact_id].append(linked_app)
    return [contacts._to_domain(r, r.company_name, links.get(r.id, [])) for r in rows]


def _rejection(c: Any, app_id: int) -> Rejection | None:
    row = c.execute(select(_REJECTIONS).where(_REJECTIONS.c.application_id == app_id)).first()
    if row is None:
        return None
    reasons = [
        RejectionReasonEntry(reason=r.reason, source=ReasonSource(r.source), primary=r.is_primary,
                             confidence=r.confidence, evidence=r.evidence)
        for r in c.execute(select(_REASONS).where(_REASONS.c.rejection_id == row.id)
                           .order_by(_REASONS.c.is_primary.desc(), _REASONS.c.id))]
    return rejections._to_domain(row, reasons)
