"""`bounceback db upgrade` on a shared server with many stores: a store that fails is named and
the others are still upgraded; on PostgreSQL the stores already current are found on one
connection (as the plain app role, under row-level security) and not opened one by one."""

from __future__ import annotations

from sqlalchemy import text

from bounceback.domain.accounts import Role, User
from bounceback.services.accounts import AccountsService
from bounceback.storage.heads import known_heads
from bounceback.storage.migrate import stored_revisions
from conftest import NOW, Cli

PASSWORD = "correct horse battery"
BEFORE = "0028_cold_first_views"


def _people(accounts: AccountsService, count: int) -> list[User]:
    accounts.add("admin@centre.org", Role.ADMIN, PASSWORD)
    return [accounts.add(f"seeker{n}@centre.org", Role.SEEKER, PASSWORD) for n in range(count)]


def _downgrade(accounts: AccountsService, user: User) -> None:
    from alembic import command

    from bounceback.storage.migrate import alembic_config

    bb = accounts.service_for(user)
    try:
        with bb.db.engine.begin() as connection:
            command.downgrade(alembic_config(connection), BEFORE)
    finally:
        bb.close()


def _revisions(accounts: AccountsService, user: User) -> set[str]:
    bb = accounts.service_for(user)
    try:
        with bb.db.engine.connect() as connection:
            return stored_revisions(connection)
    finally:
        bb.close()


def test_a_failed_store_is_named_and_the_others_are_upgraded(cli: Cli, db_url: str) -> None:
    accounts = AccountsService(db_url, lambda: NOW)
    try:
        first, broken, last = _people(accounts, 3)
        for user in (first, broken, last):
            _downgrade(accounts, user)
        bb = accounts.service_for(broken)  # a revision this version does not know
        with bb.db.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0000_unknown'"))
        bb.close()
    finally:
        accounts.close()

    done = cli("db", "upgrade")
    assert done.exit_code == 1, done.output
    assert "The store of seeker1@centre.org could not be upgraded" in done.output
    assert "seeker0@centre.org" not in done.output and "seeker2@centre.org" not in done.output
    assert "2 of 3 other accounts" in done.output

    accounts = AccountsService(db_url, lambda: NOW)
    try:
        heads = set(known_heads())
        assert _revisions(accounts, first) == heads
        assert _revisions(accounts, last) == heads  # after the failed one: still upgraded
        assert _revisions(accounts, broken) == {"0000_unknown"}  # left as it was
        report = accounts.upgrade()
        assert (report.stores, list(report.failed)) == (3, ["seeker1@centre.org"])
    finally:
        accounts.close()


def test_current_stores_are_not_opened_one_by_one(app_role_url: str) -> None:
    """As the plain role that owns the database (no superuser, no BYPASSRLS): the check reads
    each store's version under its wall, so it must claim each store to see anything."""
    accounts = AccountsService(app_role_url, lambda: NOW)
    try:
        people = _people(accounts, 4)
        report = accounts.upgrade()  # every store made by this version: nothing to open
        assert (report.stores, report.opened, report.failed) == (4, 0, {})

        _downgrade(accounts, people[1])  # a version behind
        bb = accounts.service_for(people[2])  # a table without the store wall
        with bb.db.engine.begin() as connection:
            connection.execute(text("DROP POLICY bounceback_store_only ON lessons"))
        bb.close()
        bb = accounts.service_for(people[3])  # a read model from another version
        with bb.db.engine.begin() as connection:
            connection.execute(text("UPDATE rm_meta SET value = 'old' WHERE key = 'version'"))
        bb.close()
        assert accounts._current_stores([u.store for u in people]) == {people[0].store}

        report = accounts.upgrade()
        assert (report.stores, report.opened, report.failed) == (4, 3, {})
        assert accounts._current_stores([u.store for u in people]) == {u.store for u in people}
        assert accounts.upgrade().opened == 0
        assert _revisions(accounts, people[1]) == set(known_heads())
    finally:
        accounts.close()
