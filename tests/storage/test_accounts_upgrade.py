"""The accounts' tables under migrations: `bounceback db upgrade` brings a database whose
accounts were made before they had migrations (the tables there, no version) to this version,
keeping every account; and what the migrations make is what the code reads."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import inspect, text

from bounceback.domain.accounts import Role
from bounceback.services.accounts import AccountsService
from bounceback.storage import accounts as repo
from bounceback.storage import accounts_schema, stores
from conftest import NOW, Cli

PASSWORD = "correct horse battery"
#: The accounts tables as the first career-centre release made them (metadata.create_all).
OLD_TABLES = ["users", "sessions", "login_attempts", "shares", "coach_views", "coach_notes"]


def _make_old_accounts(url: str) -> int:
    """Accounts as the release before migrations left them: the six tables, one account (the
    owner's) and its session, and no version table. Returns the account's id."""
    store = repo.AccountsStore(url)
    with store.engine.begin() as c:
        if not store.is_sqlite:
            stores.create_schema(c, stores.ACCOUNTS)
        repo.metadata.create_all(c, tables=[repo.metadata.tables[f"{stores.ACCOUNTS_SCHEMA}.{n}"]
                                            for n in OLD_TABLES])
        if not store.is_sqlite:
            stores.protect(c, stores.ACCOUNTS)
        user_id = repo.add_user(c, email="owner@centre.org", role="admin", store=stores.MAIN,
                                password_hash=AccountsService(url, lambda: NOW).hasher.hash(
                                    PASSWORD), at=NOW)
        repo.add_session(c, "a" * 64, user_id, NOW, NOW + timedelta(days=365))
        assert not inspect(c).has_table("alembic_version")
    store.dispose()
    return user_id


def test_db_upgrade_brings_old_accounts_under_migrations(cli: Cli, db_url: str) -> None:
    user_id = _make_old_accounts(db_url)
    done = cli("db", "upgrade")
    assert done.exit_code == 0, done.output
    assert "accounts" in done.output

    accounts = AccountsService(db_url, lambda: NOW)
    try:
        with accounts.begin() as c:
            found = inspect(c)
            assert found.has_table("calendar_feeds")
            versions = set(c.execute(text("SELECT version_num FROM alembic_version")).scalars())
            assert versions == set(accounts_schema.heads())
        owner = accounts.authenticate("owner@centre.org", PASSWORD, "127.0.0.1")
        assert owner.id == user_id  # the account and its session kept
        assert accounts.session_user("x") is None
        token = accounts.new_feed(owner)
        assert accounts.feed_user(token) == owner
        if not accounts.store.is_sqlite:  # the new table walled like the others
            with accounts.begin() as c:
                walled = c.execute(text(
                    "SELECT relforcerowsecurity FROM pg_class WHERE oid = "
                    "'bb_accounts.calendar_feeds'::regclass")).scalar()
            assert walled is True
        # A second upgrade has nothing to do; a later store is made and upgraded too.
        assert accounts_schema.upgrade(accounts.store.engine) is False
        later = accounts.add("later@centre.org", Role.SEEKER, PASSWORD)
        assert accounts.upgrade().stores == 1
        assert later.store != stores.MAIN
    finally:
        accounts.close()
    again = cli("db", "upgrade")
    assert again.exit_code == 0 and "stores of 1 other account " in again.output


def test_the_migrations_make_the_tables_the_code_reads(db_url: str) -> None:
    accounts = AccountsService(db_url, lambda: NOW)
    try:
        with accounts.begin() as c:
            found = inspect(c)
            for table in repo.metadata.sorted_tables:
                made = {col["name"] for col in found.get_columns(table.name)}
                assert made == set(table.columns.keys()), table.name
    finally:
        accounts.close()
