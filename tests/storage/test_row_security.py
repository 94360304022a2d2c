"""PostgreSQL's row-level security, the second wall: connected as the app's own role (not a
superuser, the owner of every table), a query that forgets its scope and names another user's
table outright still gets nothing of theirs, and cannot write there."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bounceback.domain.accounts import Role
from bounceback.domain.models import Application
from bounceback.services.accounts import AccountsService
from bounceback.storage.engine import build_engine
from conftest import NOW

PASSWORD = "correct horse battery"


def test_a_forgotten_filter_still_returns_nothing_of_another_user(app_role_url: str) -> None:
    accounts = AccountsService(app_role_url, lambda: NOW)
    owner = accounts.add("owner@example.org", Role.ADMIN, PASSWORD)
    a = accounts.add("a@example.org", Role.SEEKER, PASSWORD)
    b = accounts.add("b@example.org", Role.SEEKER, PASSWORD)
    for user, company in ((owner, "OwnerCo"), (a, "SecretCo")):
        bb = accounts.service_for(user)
        bb.applications.add(Application(company=company, role="Private role"))
        bb.close()
    accounts.close()

    as_b = build_engine(app_role_url, b.store)  # B's connections, as the app makes them
    try:
        with as_b.connect() as c:
            assert c.execute(text("SELECT current_user")).scalar() == make_url(app_role_url).username
            # Unscoped in every way: another store's table named outright, the read model too.
            assert c.execute(text(f"SELECT count(*) FROM bb_{a.store}.applications")).scalar() == 0
            assert c.execute(text(f"SELECT count(*) FROM bb_{a.store}.companies")).scalar() == 0
            assert c.execute(text("SELECT count(*) FROM public.applications")).scalar() == 0
            assert c.execute(text("SELECT count(*) FROM bb_accounts.users")).scalar() == 0
            # Even pointing the search path at A's store.
            c.execute(text(f"SET search_path TO bb_{a.store}"))
            assert c.execute(text("SELECT count(*) FROM applications")).scalar() == 0
            rows = c.execute(text("SELECT name FROM companies")).scalars().all()
            assert "SecretCo" not in rows
            c.rollback()
        with as_b.connect() as c, pytest.raises(DBAPIError, match="row-level security"):
            c.execute(text(f"INSERT INTO bb_{a.store}.settings (key, value) "
                           "VALUES ('planted', '1')"))
        # The wall is what hides them: A's own connections see A's rows.
        as_a = build_engine(app_role_url, a.store)
        with as_a.connect() as c:
            assert c.execute(text("SELECT count(*) FROM applications")).scalar() == 1
        as_a.dispose()
    finally:
        as_b.dispose()
