"""A server process opens every person's store through one pool of connections (PostgreSQL):
each checkout selects the store of whoever asked, and each connection given back is reset to
no store. What one person's request leaves on a connection, an error included, never reaches
the next person's checkout; row-level security stays the second wall."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import text

from bounceback.domain.accounts import Role, User
from bounceback.domain.models import Application
from bounceback.services.accounts import AccountsService
from bounceback.storage.connect import store_engine
from bounceback.storage.stores import STORE_SETTING, pg_schema
from centre_people import centre_with

LOOK = (f"SELECT current_setting('search_path'), current_setting('{STORE_SETTING}', true), "
        "pg_backend_pid()")


def _centre(url: str) -> tuple[AccountsService, User, User]:
    accounts, (_, a, b) = centre_with(url, ("owner@example.org", Role.ADMIN, None),
                                      ("a@example.org", Role.SEEKER, "SecretCo"),
                                      ("b@example.org", Role.SEEKER, "BetaCo"))
    return accounts, a, b


def _at_rest(url: str, store: str) -> list[tuple[str, str, int]]:
    """What every connection waiting in the shared pool carries, taken out together straight
    from the pool (no store selected on the way)."""
    pool = store_engine(url, store).pool
    held = [pool.connect() for _ in range(pool.checkedin())]  # type: ignore[attr-defined]
    try:
        found = []
        for pooled in held:
            cursor = pooled.cursor()
            cursor.execute(LOOK)
            found.append(tuple(cursor.fetchone()))
            cursor.close()
        return found
    finally:
        for pooled in held:
            pooled.close()


def test_a_connection_given_back_after_an_error_carries_no_store(app_role_url: str) -> None:
    accounts, a, b = _centre(app_role_url)
    try:
        as_a, as_b = store_engine(app_role_url, a.store), store_engine(app_role_url, b.store)
        with pytest.raises(Exception, match="division by zero"), as_a.connect() as c:
            path, store, pid = c.execute(text(LOOK)).one()
            assert (path, store) == (f'"{pg_schema(a.store)}"', a.store)
            assert c.execute(text("SELECT count(*) FROM applications")).scalar() == 1
            c.execute(text("SELECT 1 / 0"))  # the request fails half-way
        rest = _at_rest(app_role_url, a.store)
        assert pid in {row[2] for row in rest}  # A's connection is back in the pool...
        assert {(row[0], row[1]) for row in rest} == {("", "")}  # ...with no store at all
        with as_b.connect() as c:  # the next checkout is B's: B's store, nothing of A's
            path, store, _ = c.execute(text(LOOK)).one()
            assert (path, store) == (f'"{pg_schema(b.store)}"', b.store)
            assert c.execute(text("SELECT name FROM companies")).scalars().all() == ["BetaCo"]
            assert c.execute(text(
                f'SELECT count(*) FROM "{pg_schema(a.store)}".companies')).scalar() == 0
    finally:
        accounts.close()


def test_a_request_that_fails_leaves_nothing_for_the_next_person(app_role_url: str) -> None:
    """Through the service layer, as the server serves people: A's write fails after it
    changed the connection's search path; B's next request sees B's search only."""
    accounts, a, b = _centre(app_role_url)
    bb_a, bb_b = accounts.service_for(a), accounts.service_for(b)
    try:
        with pytest.raises(RuntimeError), bb_a.db.session() as s:
            s.execute(text(f'SET search_path TO "{pg_schema(a.store)}", public'))
            s.execute(text(f"SELECT set_config('{STORE_SETTING}', 'main', false)"))
            raise RuntimeError("the request failed")
        assert [x.company for x in bb_b.applications.list()] == ["BetaCo"]
        assert [x.company for x in bb_a.applications.list()] == ["SecretCo"]
        assert {(row[0], row[1]) for row in _at_rest(app_role_url, a.store)} == {("", "")}
    finally:
        bb_a.close()
        bb_b.close()
        accounts.close()


def test_people_served_at_once_see_their_own_store_only(app_role_url: str) -> None:
    accounts, a, b = _centre(app_role_url)
    services = {"SecretCo": accounts.service_for(a), "BetaCo": accounts.service_for(b)}
    seen: dict[str, set[str]] = {name: set() for name in services}

    def reads(own: str) -> int:
        bb = services[own]
        done = 0
        for _ in range(40):
            seen[own].update(x.company for x in bb.applications.list())
            with bb.db.reader() as r:
                seen[own].update(r.column("SELECT name FROM companies"))
            done += 1
        return done

    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            runs = [pool.submit(reads, name) for name in services for _ in "xy"]
            finished = [run.result() for run in runs]  # a thread's error fails the test
    finally:
        for bb in services.values():
            bb.close()
        accounts.close()
    assert finished == [40, 40, 40, 40]
    assert seen == {"SecretCo": {"SecretCo"}, "BetaCo": {"BetaCo"}}


def test_stores_stamps_read_on_one_connection_are_each_stores_own(app_role_url: str) -> None:
    """A coach's look reads its seekers' stamps on one connection, each store claimed for the
    transaction alone: each answer is that store's, a write moves only its own store's, and the
    connection goes back with no store."""
    from bounceback.storage.connect import stamps_of_stores
    from bounceback.storage.readmodel.stamp import stamp_of
    from bounceback.storage.readmodel.triggers import STORE

    accounts, a, b = _centre(app_role_url)
    bb_a, bb_b = accounts.service_for(a), accounts.service_for(b)
    try:
        def own(bb: object) -> str | None:
            with bb.db.writing() as c:  # type: ignore[attr-defined]
                return stamp_of(c, STORE)

        before = stamps_of_stores(app_role_url, [a.store, b.store], STORE)
        assert before == {a.store: own(bb_a), b.store: own(bb_b)}
        assert before[a.store] != before[b.store]
        bb_b.applications.add(Application(company="GammaCo", role="Another"))
        after = stamps_of_stores(app_role_url, [a.store, b.store], STORE)
        assert after[a.store] == before[a.store] and after[b.store] != before[b.store]
        assert {(row[0], row[1]) for row in _at_rest(app_role_url, a.store)} == {("", "")}
        # a store dropped (or not made yet) and the main store (no schema of its own) are left
        # out; the others are still read (an owner who shares with a coach, a store gone)
        assert stamps_of_stores(app_role_url, [a.store, "gone", "main", b.store], STORE) \
            == {a.store: after[a.store], b.store: after[b.store]}
        assert stamps_of_stores(app_role_url, ["gone", "main"], STORE) == {}
    finally:
        bb_a.close()
        bb_b.close()
        accounts.close()
