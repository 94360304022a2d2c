"""A centre's people for tests on PostgreSQL: accounts made in order, each with one
application at a company of their own (its marker in their store)."""

from __future__ import annotations

from bounceback.domain.accounts import Role, User
from bounceback.domain.models import Application
from bounceback.services.accounts import AccountsService
from tests_now import NOW

PASSWORD = "correct horse battery"


def centre_with(url: str, *people: tuple[str, Role, str | None]
                ) -> tuple[AccountsService, list[User]]:
    """(email, role, company or None for no application) for each person; the accounts'
    service stays open (the caller closes it)."""
    accounts = AccountsService(url, lambda: NOW)
    made = []
    for email, role, company in people:
        user = accounts.add(email, role, PASSWORD)
        made.append(user)
        if company is not None:
            bb = accounts.service_for(user)
            bb.applications.add(Application(company=company, role="Own role"))
            bb.close()
    return accounts, made
