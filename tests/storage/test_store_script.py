"""A new account's store on PostgreSQL is made from the script the first one left, in one
transaction: the same tables, columns, indexes, constraints, triggers, row-level security and
schema version as a store made migration by migration, with an identity of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from bounceback.domain.accounts import Role
from bounceback.domain.models import Application
from bounceback.services.accounts import AccountsService
from bounceback.storage import store_script
from conftest import NOW

PASSWORD = "correct horse battery"
CATALOG = {
    "columns": "SELECT table_name, column_name, data_type, is_nullable, "
               "coalesce(column_default, '') FROM information_schema.columns "
               "WHERE table_schema = :s",
    "indexes": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = :s",
    "constraints": "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
                   "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                   "WHERE n.nspname = :s",
    "triggers": "SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON "
                "n.oid = c.relnamespace WHERE n.nspname = :s AND NOT t.tgisinternal",
    "functions": "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
                 "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = :s",
    "policies": "SELECT tablename, policyname, qual, with_check FROM pg_policies "
                "WHERE schemaname = :s",
    "walls": "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
             "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :s "
             "AND c.relkind = 'r'",
}


@pytest.fixture
def fresh_script() -> Iterator[None]:
    store_script.forget()
    yield
    store_script.forget()


def catalog(url: str, store: str) -> dict[str, list[tuple[str, ...]]]:
    """What the store's schema holds, with its own names written as STORE."""
    engine = create_engine(url)
    found: dict[str, list[tuple[str, ...]]] = {}
    with engine.connect() as c:
        for name, sql in CATALOG.items():
            rows = c.execute(text(sql), {"s": f"bb_{store}"}).all()
            found[name] = sorted(tuple(str(v).replace(f"bb_{store}", "STORE")
                                       .replace(f"'{store}'", "'STORE'") for v in row)
                                 for row in rows)
    engine.dispose()
    return found


def test_a_store_made_from_the_script_is_the_one_migrations_make(
        db_url: str, fresh_script: None) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("a SQLite store is a file of its own, made by its migrations")
    accounts = AccountsService(db_url, lambda: NOW)
    try:
        accounts.add("admin@centre.org", Role.ADMIN, PASSWORD)
        assert store_script.kept() is None
        migrated = accounts.add("first@centre.org", Role.SEEKER, PASSWORD)
        assert store_script.kept()  # the first store left its script
        scripted = accounts.add("second@centre.org", Role.SEEKER, PASSWORD)
        assert catalog(db_url, scripted.store) == catalog(db_url, migrated.store)
        engine = create_engine(db_url)
        with engine.connect() as c:
            rows = {}
            for user in (migrated, scripted):
                schema = f"bb_{user.store}"
                c.execute(text("SELECT set_config('bounceback.store', :s, false)"),
                          {"s": user.store})
                rows[user.store] = (
                    c.execute(text(f"SELECT version_num FROM {schema}.alembic_version")).all(),
                    c.execute(text(f"SELECT key, value FROM {schema}.rm_meta")).all(),
                    c.execute(text(f"SELECT id FROM {schema}.database_identity")).scalar())
        engine.dispose()
        first, second = rows[migrated.store], rows[scripted.store]
        assert first[0] == second[0] and first[0]
        version = [row for row in first[1] if row[0] == "version"]
        assert version and version == [row for row in second[1] if row[0] == "version"]
        assert first[2] and second[2] and first[2] != second[2]  # an identity of its own
        # The store works: a write is read back through the read model, and stays its own.
        bb = accounts.service_for(scripted)
        try:
            bb.applications.add(Application(company="Scripted Ltd", role="Analyst"))
            assert [a.company for a in bb.applications.list()] == ["Scripted Ltd"]
            assert [a.company for a in bb.views.applications()] == ["Scripted Ltd"]
        finally:
            bb.close()
        other = accounts.service_for(migrated)
        try:
            assert other.applications.list() == []
        finally:
            other.close()
    finally:
        accounts.close()


def test_each_store_made_from_the_script_starts_with_stamps_of_its_own(
        db_url: str, fresh_script: None) -> None:
    """What a process keeps (the reasons model, the skill gaps, a coach's card of a seeker) is
    kept under the read model's stamps: a store replayed from the script must not start under
    the values the first store drew, or two stores (a store dropped and made again, too) would
    look alike to it."""
    if db_url.startswith("sqlite"):
        pytest.skip("a SQLite store is a file of its own, made by its migrations")
    from bounceback.storage.readmodel.triggers import stamp_keys

    accounts = AccountsService(db_url, lambda: NOW)
    try:
        accounts.add("admin@centre.org", Role.ADMIN, PASSWORD)
        made = [accounts.add(f"seeker{n}@centre.org", Role.SEEKER, PASSWORD) for n in range(3)]
        assert store_script.kept()
        engine = create_engine(db_url)
        stamps = {}
        with engine.connect() as c:
            for user in made:
                c.execute(text("SELECT set_config('bounceback.store', :s, false)"),
                          {"s": user.store})
                stamps[user.store] = dict(c.execute(text(
                    f"SELECT key, value FROM bb_{user.store}.rm_meta WHERE key != 'version'")).all())
        engine.dispose()
        keys = set(stamp_keys())
        assert all(set(found) == keys for found in stamps.values()), stamps
        for key in keys:
            values = [found[key] for found in stamps.values()]
            assert len(set(values)) == len(values), (key, values)  # each store its own
    finally:
        accounts.close()
