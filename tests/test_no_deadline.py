"""No property test fails on the machine's load: Hypothesis runs without its wall-clock deadline."""

from __future__ import annotations

import time
from datetime import datetime

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st


def test_hypothesis_runs_without_a_deadline() -> None:
    assert hypothesis_settings.default.deadline is None


@given(st.integers())
def test_a_slow_example_is_not_a_failure(n: int) -> None:
    """An example that waits longer than Hypothesis's default 200 ms (as one does when the
    machine is busy) passes: only what the test asserts decides."""
    if n == 0:
        time.sleep(0.25)
    assert datetime.now() is not None
