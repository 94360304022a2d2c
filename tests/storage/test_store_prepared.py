"""A store's connections prepare a statement from its second run (round 16).

psycopg prepares a statement on the server after five runs on a connection. On a shared server
each person's store has connections of its own, and a person opens each page a few times a
session: most of the statements a page sent were parsed, rewritten for row-level security and
planned again at every view. A store's connection now prepares a statement the second time it
runs it (storage/stores.py, PREPARE_AFTER); one run once is not prepared."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bounceback.domain.accounts import Role
from bounceback.services.accounts import AccountsService
from bounceback.storage.engine import build_engine
from conftest import NOW

PASSWORD = "correct horse battery"
ASKED = "SELECT count(*) FROM applications WHERE id > %s"


def test_a_store_connection_prepares_a_statement_the_second_time_it_runs(db_url: str) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("PostgreSQL's prepared statements")
    accounts = AccountsService(db_url, lambda: NOW)
    accounts.add("owner@example.org", Role.ADMIN, PASSWORD)
    seeker = accounts.add("a@example.org", Role.SEEKER, PASSWORD)
    accounts.close()
    engine = build_engine(db_url, seeker.store)
    try:
        def prepared() -> list[str]:
            with engine.begin() as c:
                return list(c.execute(text(
                    "SELECT statement FROM pg_prepared_statements")).scalars())

        with engine.begin() as c:  # once: not prepared
            assert c.execute(text("SELECT count(*) FROM applications WHERE id > :low"),
                             {"low": 0}).scalar() == 0
        assert not any(ASKED in s.replace("$1", "%s") for s in prepared())
        with engine.begin() as c:  # twice: prepared, on the store's one connection
            c.execute(text("SELECT count(*) FROM applications WHERE id > :low"), {"low": 0})
        assert any(ASKED in s.replace("$1", "%s") for s in prepared()), prepared()
    finally:
        engine.dispose()
