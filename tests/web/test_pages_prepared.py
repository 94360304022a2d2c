"""A page's statements prepared once per connection on PostgreSQL (round 15).

psycopg prepares a statement on the server after it has run five times on a connection, and
forgets every prepared statement at a ROLLBACK (it has the server drop them). A page's read
transaction ended with a ROLLBACK, so nothing a page sent was ever prepared: each view parsed
and planned every statement again, row-level security's rewriting included. A read-only
snapshot now ends with a COMMIT (the same for a transaction that wrote nothing): the page's
statements stay prepared on the connection, and from the sixth view PostgreSQL may run a
generic plan. The pages must read the same either way."""

from __future__ import annotations

import re

import pytest

from bounceback.domain.models import Application

PAGES = ["/", "/board", "/board?show=all", "/outlook", "/journal", "/practice", "/inbox",
         "/settings", "/insights/sections/patterns", "/insights/sections/conversion"]


def _prepared(bb) -> list[str]:  # type: ignore[no-untyped-def]
    with bb.db.reader() as reader:
        return reader.column("SELECT statement FROM pg_prepared_statements")


def test_a_read_transaction_keeps_what_psycopg_prepared(bb) -> None:  # type: ignore[no-untyped-def]
    if bb.db.is_sqlite:
        pytest.skip("PostgreSQL's prepared statements")
    bb.applications.add(Application(company="Preparedly", role="Analyst"))
    for _ in range(7):
        with bb.db.reader() as reader:
            assert reader.scalar("SELECT count(*) FROM applications WHERE id > :low", low=0) == 1
    kept = _prepared(bb)
    assert any("FROM applications WHERE id >" in statement for statement in kept), kept


def _page(web, path: str) -> str:  # type: ignore[no-untyped-def]
    answer = web.get(path)
    assert answer.status_code == 200, path
    # what changes from one view to the next by design: the form token
    return re.sub(r'name="csrf_token" value="[^"]*"', "", answer.text)


def test_pages_read_the_same_once_their_statements_are_prepared(demo_web) -> None:  # type: ignore[no-untyped-def]
    bb = demo_web.bb
    apps = re.findall(r'href="/applications/(\d+)"', demo_web.get("/board?show=all").text)
    paths = PAGES + [f"/applications/{apps[0]}", f"/applications/{apps[-1]}"]
    first = {path: _page(demo_web, path) for path in paths}
    for _ in range(7):  # past psycopg's threshold (5), and PostgreSQL's custom plans (5)
        for path in paths:
            _page(demo_web, path)
    assert {path: _page(demo_web, path) for path in paths} == first
    if not bb.db.is_sqlite:
        assert len(_prepared(bb)) > 10  # the pages' statements were prepared, and kept
