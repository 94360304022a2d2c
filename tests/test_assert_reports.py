"""A failed comparison of two large values reports in a line or two (tests/conftest.py): pytest's
own diff of them is quadratic, and one failed model rebuild kept round 19's CI running for hours."""

from __future__ import annotations

import conftest


def test_large_values_that_differ_get_a_short_account() -> None:
    shipped = bytes(range(256)) * 4000
    rebuilt = shipped[:-3] + b"xyz"
    assert conftest.pytest_assertrepr_compare("==", rebuilt, shipped) == [
        "bytes of 1024000 == bytes of 1024000", "first difference at index 1023997"]
    many = {str(n): n for n in range(3000)}
    assert conftest.pytest_assertrepr_compare("==", many, {**many, "7": 8, "x": 1}) == [
        "dict of 3000 == dict of 3001", "1 keys in one only, 1 values differ"]


def test_small_values_keep_pytests_diff() -> None:
    assert conftest.pytest_assertrepr_compare("==", [1, 2, 3], [1, 2, 4]) is None
    assert conftest.pytest_assertrepr_compare("<", b"a" * 5000, b"b" * 5000) is None
