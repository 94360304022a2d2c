"""The CLI fuzz's other half (test_fuzz.py holds the first, the fixture and the rest): a file of
its own, so that --dist loadfile can give it to the other worker."""

from __future__ import annotations

from pathlib import Path

from adversarial.test_fuzz import demo, fuzz_part

__all__ = ["demo"]  # the fixture, used here as in test_fuzz.py


def test_no_command_crashes_on_hostile_input_second_half(demo: str, tmp_path: Path) -> None:
    fuzz_part(demo, tmp_path, 1)
