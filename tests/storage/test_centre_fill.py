"""The centre benchmark's fast fill (bench/centre_fill.py): a store copied from another by
PostgreSQL is the same search, with the identity, stamps and ids of its own and its read model
right, and stays walled off from the store it was copied from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bounceback.domain.accounts import Role
from bounceback.domain.models import Application
from bounceback.services.accounts import AccountsService
from bounceback.storage.readmodel import sync
from bounceback.storage.stores import pg_schema
from conftest import NOW

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from centre_fill import copy_store  # noqa: E402

PASSWORD = "correct horse battery"


def _own(url: str, store: str) -> tuple[object, ...]:
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            schema = pg_schema(store)
            identity = c.execute(text(f'SELECT * FROM "{schema}".database_identity')).all()
            stamps = c.execute(text(f'SELECT key, value FROM "{schema}".rm_meta '
                                    "WHERE key <> 'version' ORDER BY key")).all()
            return tuple(identity), tuple(stamps)
    finally:
        engine.dispose()


def test_a_copied_store_is_the_same_search_with_its_own_identity_and_walls(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the copy is PostgreSQL's (a schema per store)")
    accounts = AccountsService(db_url, lambda: NOW)
    accounts.add("admin@centre.example", Role.ADMIN, PASSWORD)
    a = accounts.add("a@centre.example", Role.SEEKER, PASSWORD)
    b = accounts.add("b@centre.example", Role.SEEKER, PASSWORD)
    bb_a, bb_b = accounts.service_for(a), accounts.service_for(b)
    try:
        bb_a.data.build_demo("small")
        before = _own(db_url, b.store)
        copied = copy_store(db_url, a.store, b.store)
        assert copied > 100
        seen_a = sorted((x.id, x.company, x.role) for x in bb_a.applications.list())
        assert sorted((x.id, x.company, x.role) for x in bb_b.applications.list()) == seen_a
        with bb_b.db.session() as s:
            assert sync.check(s) == []  # the read model came along and agrees
        identity, stamps = _own(db_url, b.store)
        assert identity == before[0] and identity != _own(db_url, a.store)[0]
        assert stamps != before[1] and stamps != _own(db_url, a.store)[1]
        # new rows get ids past the copied ones, and land in B's store only
        made = bb_b.applications.add(Application(company="Only B", role="Analyst"))
        assert made.id is not None and made.id > max(i for i, _, _ in seen_a)
        assert "Only B" not in {x.company for x in bb_a.applications.list()}
        with bb_b.db.session() as s:
            assert sync.check(s) == []
    finally:
        bb_a.close()
        bb_b.close()
        accounts.close()
