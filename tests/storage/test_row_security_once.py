"""Row-level security reads the store setting once per statement (migrations 0027 and a0003):
the policy's rule is `(SELECT current_setting('bounceback.store', true)) = 'u7'`, an InitPlan,
not a look-up of the setting on every row a scan reads. The wall is the same: the tests of
tests/storage/test_row_security.py hold on it, and the migrations go down and up again on both
engines with the wall standing at each step."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from bounceback.domain.accounts import Role
from bounceback.domain.models import Application
from bounceback.services.accounts import AccountsService
from bounceback.storage import stores
from bounceback.storage.engine import build_engine
from conftest import NOW

PASSWORD = "correct horse battery"


def _two_seekers(url: str) -> tuple[str, str]:
    """Stores of two seekers, A with one application (SecretCo), B with none."""
    accounts = AccountsService(url, lambda: NOW)
    accounts.add("owner@example.org", Role.ADMIN, PASSWORD)
    a = accounts.add("a@example.org", Role.SEEKER, PASSWORD)
    b = accounts.add("b@example.org", Role.SEEKER, PASSWORD)
    bb = accounts.service_for(a)
    bb.applications.add(Application(company="SecretCo", role="Private role"))
    bb.close()
    accounts.close()
    return a.store, b.store


def _rules(url: str, schema: str) -> set[str]:
    engine = create_engine(url)
    with engine.connect() as c:
        found = c.execute(text(
            "SELECT pg_get_expr(p.polqual, p.polrelid) || ' / ' || "
            "pg_get_expr(p.polwithcheck, p.polrelid) FROM pg_policy p "
            "JOIN pg_class t ON t.oid = p.polrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = :schema"), {"schema": schema}).scalars().all()
    engine.dispose()
    return set(found)


def _wall_holds(url: str, a: str, b: str) -> str:
    """B sees nothing of A's and cannot write there; A sees its own. Returns the plan of B's
    count of its own applications."""
    as_b = build_engine(url, b)
    as_a = build_engine(url, a)
    try:
        with as_b.connect() as c:
            assert c.execute(text(f"SELECT count(*) FROM bb_{a}.applications")).scalar() == 0
            assert c.execute(text(f"SELECT count(*) FROM bb_{a}.companies")).scalar() == 0
            assert c.execute(text("SELECT count(*) FROM bb_accounts.users")).scalar() == 0
            plan = "\n".join(c.execute(text(
                "EXPLAIN (COSTS OFF) SELECT count(*) FROM applications")).scalars())
        with as_b.begin() as c:
            written = c.execute(text(
                f"UPDATE bb_{a}.applications SET role = 'changed' RETURNING id")).all()
            assert written == []  # A's rows are not B's to change: none is found
        with as_a.connect() as c:
            assert c.execute(text("SELECT role FROM applications")).scalars().all() == [
                "Private role"]
    finally:
        as_a.dispose()
        as_b.dispose()
    return plan


def test_the_store_setting_is_read_once_per_statement_not_per_row(app_role_url: str) -> None:
    a, b = _two_seekers(app_role_url)
    plan = _wall_holds(app_role_url, a, b)
    # One look-up (an InitPlan) for the statement; each row compares a parameter.
    assert "InitPlan" in plan
    assert "current_setting" not in "\n".join(
        line for line in plan.splitlines() if "Filter" in line), plan
    once = stores.policy_rule(b).split(" = ")[0]  # the sub-select, as written
    assert once.startswith("(SELECT current_setting(")
    for schema in (f"bb_{a}", f"bb_{b}", stores.ACCOUNTS_SCHEMA):
        rules = _rules(app_role_url, schema)
        assert rules and all(r.count("SELECT current_setting(") == 2 for r in rules), rules


def test_policy_migrations_go_down_and_up_with_the_wall_standing(app_role_url: str) -> None:
    from alembic import command

    from bounceback.storage import accounts_schema
    from bounceback.storage.migrate import alembic_config, upgrade

    a, b = _two_seekers(app_role_url)
    for store in (a, b):
        engine = build_engine(app_role_url, store)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0026_board_columns_by_recency")
        engine.dispose()
    accounts = build_engine(app_role_url, stores.ACCOUNTS)
    with accounts.begin() as connection:
        command.downgrade(accounts_schema.config(connection), "a0002_calendar_feeds")
    accounts.dispose()
    for schema, name in ((f"bb_{a}", a), (f"bb_{b}", b), (stores.ACCOUNTS_SCHEMA, "accounts")):
        rules = _rules(app_role_url, schema)
        per_row = stores.policy_rule(name, stores.RULE_PER_ROW)
        assert rules and all("SELECT" not in r and f"'{name}'::text" in r for r in rules), (
            per_row, rules)
    plan = _wall_holds(app_role_url, a, b)
    assert "InitPlan" not in plan and "current_setting" in plan  # the old rule, row by row

    for store in (a, b):
        engine = build_engine(app_role_url, store)
        assert upgrade(engine) is True
        engine.dispose()
    accounts = build_engine(app_role_url, stores.ACCOUNTS)
    assert accounts_schema.upgrade(accounts) is True
    accounts.dispose()
    plan = _wall_holds(app_role_url, a, b)
    assert "InitPlan" in plan
    for schema in (f"bb_{a}", f"bb_{b}", stores.ACCOUNTS_SCHEMA):
        assert all(r.count("SELECT current_setting(") == 2 for r in _rules(app_role_url, schema))


def test_policy_migration_goes_down_and_up_on_sqlite(tmp_path: Path) -> None:
    """SQLite has no policies: the migration runs, down and up, and changes nothing."""
    from alembic import command

    from bounceback.storage.heads import known_heads
    from bounceback.storage.migrate import alembic_config, current_revisions, upgrade

    url = f"sqlite:///{tmp_path / 'one.db'}"
    engine = build_engine(url)
    upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0026_board_columns_by_recency")
    assert current_revisions(engine) == {"0026_board_columns_by_recency"}
    assert upgrade(engine) is True
    assert current_revisions(engine) == set(known_heads())
    engine.dispose()
