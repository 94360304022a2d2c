"""PostgreSQL's row-level security, the second wall: connected as the app's own role (not a
superuser, the owner of every table), a query that forgets its scope and names another user's
table outright still gets nothing of theirs, and cannot write there."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from bounceback.domain.accounts import Role
from bounceback.domain.models import Application
from bounceback.services.accounts import AccountsService
from bounceback.storage.engine import build_engine
from bounceback.storage.stores import POLICY, pg_schema
from centre_people import centre_with
from conftest import NOW

PASSWORD = "correct horse battery"


def test_a_forgotten_filter_still_returns_nothing_of_another_user(app_role_url: str) -> None:
    accounts, (_, a, b) = centre_with(app_role_url, ("owner@example.org", Role.ADMIN, "OwnerCo"),
                                      ("a@example.org", Role.SEEKER, "SecretCo"),
                                      ("b@example.org", Role.SEEKER, None))
    accounts.close()

    as_b = build_engine(app_role_url, b.store)  # B's connections, pinned to B's store
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


def test_a_store_dropped_and_made_again_elsewhere_is_walled_again(app_role_url: str) -> None:
    """A process remembers the stores it has checked (made, migrated, walled), so that a
    person's services made again open their store with one statement; a store dropped and
    made again by another process (here without its wall) is another store and is checked
    again before this process uses it."""
    accounts = AccountsService(app_role_url, lambda: NOW)
    accounts.add("owner@example.org", Role.ADMIN, PASSWORD)
    b = accounts.add("b@example.org", Role.SEEKER, PASSWORD)
    bb = accounts.service_for(b)
    bb.applications.add(Application(company="BetaCo", role="First life"))
    bb.close()  # as a server forgets the services of someone it has not seen for a while
    a = accounts.add("a@example.org", Role.SEEKER, PASSWORD)  # another seeker's store
    schema = pg_schema(b.store)
    owner = build_engine(app_role_url, b.store)
    with owner.begin() as c:
        c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    made = subprocess.run(
        [sys.executable, "-c", "import sys; from bounceback.storage.engine import Database; "
         "Database(sys.argv[1], store=sys.argv[2]).ensure_ready()", app_role_url, b.store],
        capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    with owner.begin() as c:  # made by a version without the wall, or restored without it
        tables = c.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = :schema"),
            {"schema": schema}).scalars().all()
        for table in tables:
            c.execute(text(f'DROP POLICY {POLICY} ON "{schema}"."{table}"'))
            c.execute(text(f'ALTER TABLE "{schema}"."{table}" NO FORCE ROW LEVEL SECURITY'))
    owner.dispose()

    again = accounts.service_for(b)
    try:
        assert again.applications.list() == []  # the new store, not the old one remembered
        again.applications.add(Application(company="GammaCo", role="Second life"))
    finally:
        again.close()
        accounts.close()
    as_a = build_engine(app_role_url, a.store)
    try:
        with as_a.connect() as c:
            walled = c.execute(text(
                "SELECT count(*) FROM pg_policy p JOIN pg_class t ON t.oid = p.polrelid "
                "JOIN pg_namespace n ON n.oid = t.relnamespace "
                "WHERE n.nspname = :schema AND p.polname = :policy"),
                {"schema": schema, "policy": POLICY}).scalar()
            assert walled == len(tables) > 10
            assert c.execute(text(f'SELECT count(*) FROM "{schema}".applications')).scalar() == 0
    finally:
        as_a.dispose()
