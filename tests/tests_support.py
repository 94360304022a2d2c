"""Helpers shared by tests (importable as `tests_support`)."""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("BOUNCEBACK_TEST_PG_URL", "")
IN_CI = os.environ.get("CI", "").lower() == "true"


def require_pg() -> None:
    if PG_URL:
        return
    if IN_CI:
        pytest.fail("PostgreSQL is required under CI=true (BOUNCEBACK_TEST_PG_URL unset)")
    pytest.skip("PostgreSQL not configured (set BOUNCEBACK_TEST_PG_URL)")
