"""Contacts and the applications they are linked to."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.models import Contact
from bounceback.domain.vocabulary import ContactRole
from bounceback.storage.repos import companies, core
from bounceback.storage.tables import ApplicationContactRow, CompanyRow, ContactRow


def _links(session: Session, ids: list[int] | None) -> dict[int, list[int]]:
    stmt = select(ApplicationContactRow.contact_id, ApplicationContactRow.application_id)
    if ids is not None:
        stmt = stmt.where(ApplicationContactRow.contact_id.in_(ids))
    links: dict[int, list[int]] = defaultdict(list)
    for contact_id, app_id in core.connection(session).execute(stmt):
        links[contact_id].append(app_id)
    return links


def _to_domain(row: Any, company: str | None, app_ids: list[int]) -> Contact:
    return Contact(
        id=row.id, name=row.name, role=ContactRole(row.role), company=company, email=row.email,
        phone=row.phone, profile_url=row.profile_url, notes=row.notes,
        application_ids=sorted(app_ids),
    )


def _select():  # type: ignore[no-untyped-def]
    """Core rows (the contact's columns and its company's name), not entities."""
    return select(ContactRow.__table__, CompanyRow.name.label("company_name")).outerjoin(
        CompanyRow, CompanyRow.id == ContactRow.company_id
    )


#: The contacts of one application, built once (its page sends it on every view).
_OF_APPLICATION = core.prebuilt(_select().order_by(ContactRow.name).where(ContactRow.id.in_(
    select(ApplicationContactRow.contact_id)
    .where(ApplicationContactRow.application_id == bindparam("app_id")))))


#: Every link of the contacts of one application (to it and to other applications)
_LINKS_OF_APPLICATION = core.prebuilt(select(ApplicationContactRow.contact_id,
                                            ApplicationContactRow.application_id).where(
    ApplicationContactRow.contact_id.in_(
        select(ApplicationContactRow.contact_id)
        .where(ApplicationContactRow.application_id == bindparam("app_id")))))


def list_contacts(session: Session, app_id: int | None = None) -> list[Contact]:
    if app_id is not None:
        rows = core.rows(session, _OF_APPLICATION, {"app_id": app_id})
        links: dict[int, list[int]] = defaultdict(list)
        if rows:  # none: nothing to link
            for contact_id, linked in core.rows(session, _LINKS_OF_APPLICATION,
                                                {"app_id": app_id}):
                links[contact_id].append(linked)
        return [_to_domain(row, row.company_name, links.get(row.id, [])) for row in rows]
    rows = core.connection(session).execute(_select().order_by(ContactRow.name)).all()
    links = _links(session, [r.id for r in rows]) if rows else {}  # none: nothing to link
    return [_to_domain(row, row.company_name, links.get(row.id, [])) for row in rows]


def get(session: Session, contact_id: int) -> Contact:
    row = core.connection(session).execute(_select().where(ContactRow.id == contact_id)).first()
    if row is None:
        raise NotFound(f"no contact #{contact_id}")
    return _to_domain(row, row.company_name, _links(session, [contact_id]).get(contact_id, []))


def add(session: Session, contact: Contact) -> Contact:
    company_id = companies.get_or_create(session, contact.company).id if contact.company else None
    row = ContactRow(
        name=contact.name, role=contact.role.value, company_id=company_id, email=contact.email,
        phone=contact.phone, profile_url=contact.profile_url, notes=contact.notes,
    )
    session.add(row)
    session.flush()
    for app_id in contact.application_ids:
        link(session, row.id, app_id)
    return get(session, row.id)


def link(session: Session, contact_id: int, app_id: int) -> None:
    exists = session.get(ApplicationContactRow, (app_id, contact_id))
    if exists is None:
        session.add(ApplicationContactRow(application_id=app_id, contact_id=contact_id))
        session.flush()


def unlink(session: Session, contact_id: int, app_id: int) -> None:
    session.execute(
        delete(ApplicationContactRow).where(
            ApplicationContactRow.contact_id == contact_id,
            ApplicationContactRow.application_id == app_id,
        )
    )


def remove(session: Session, contact_id: int) -> None:
    row = session.get(ContactRow, contact_id)
    if row is None:
        raise NotFound(f"no contact #{contact_id}")
    session.delete(row)
