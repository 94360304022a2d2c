"""Fixtures of the storage tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from conftest import IN_CI, PG_URL


@pytest.fixture
def app_role_url() -> Iterator[str]:
    """A database owned by a plain login role, and that role's URL (as a centre runs it)."""
    if not PG_URL:
        if IN_CI:
            pytest.fail("PostgreSQL is required under CI=true")
        pytest.skip("PostgreSQL not configured (set BOUNCEBACK_TEST_PG_URL)")
    role = f"bb_app_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    name = f"rls_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOBYPASSRLS'))
        c.execute(text(f'CREATE DATABASE "{name}" OWNER "{role}"'))
    yield make_url(PG_URL).set(database=name, username=role).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        c.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    admin.dispose()
