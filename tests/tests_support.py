"""Helpers shared by tests (importable as `tests_support`)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_URL = os.environ.get("BOUNCEBACK_TEST_PG_URL", "")
IN_CI = os.environ.get("CI", "").lower() == "true"


def require_pg() -> None:
    if PG_URL:
        return
    if IN_CI:
        pytest.fail("PostgreSQL is required under CI=true (BOUNCEBACK_TEST_PG_URL unset)")
    pytest.skip("PostgreSQL not configured (set BOUNCEBACK_TEST_PG_URL)")


@contextmanager
def empty_database(engine_name: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty database (no schema: for migration tests), dropped afterwards
    on PostgreSQL."""
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.db'}"
        return
    require_pg()
    from sqlalchemy import create_engine, make_url, text

    name = f"m_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
