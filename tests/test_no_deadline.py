"""No property test fails on the machine's load: Hypothesis runs without its wall-clock deadline."""

from __future__ import annotations

from hypothesis import settings as hypothesis_settings


def test_hypothesis_runs_without_a_deadline() -> None:
    assert hypothesis_settings.default.deadline is None
