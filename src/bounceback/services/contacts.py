"""Contacts (recruiters, interviewers, referrers) and their links to applications."""

from __future__ import annotations

import re

from bounceback.domain.errors import InvalidValue
from bounceback.domain.models import Contact
from bounceback.services.base import ServicePart
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import contacts as repo

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ContactsService(ServicePart):
    def add(self, contact: Contact) -> Contact:
        if not contact.name.strip():
            raise InvalidValue("name: the contact's name is missing")
        if contact.email and not _EMAIL.match(contact.email):
            raise InvalidValue(f"email: {contact.email!r} is not an email address")
        with self.db.session() as s:
            for app_id in contact.application_ids:
                apps_repo.get(s, app_id)
            return repo.add(s, contact)

    def list(self, app_id: int | None = None) -> list[Contact]:
        with self.db.session() as s:
            return repo.list_contacts(s, app_id)

    def link(self, contact_id: int, app_id: int) -> Contact:
        with self.db.session() as s:
            repo.get(s, contact_id)
            apps_repo.get(s, app_id)
            repo.link(s, contact_id, app_id)
            return repo.get(s, contact_id)

    def remove(self, contact_id: int) -> None:
        with self.db.session() as s:
            repo.remove(s, contact_id)
