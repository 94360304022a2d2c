"""One clock: every "now" comes from the service's clock, which BOUNCEBACK_NOW pins."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from bounceback.domain.clock import Clock
from bounceback.domain.errors import InvalidValue

SRC = Path(__file__).resolve().parents[1] / "src" / "bounceback"
WALL_CLOCK = re.compile(r"date\.today\(\)|datetime\.now\(|datetime\.today\(\)|datetime\.utcnow\(|time\.localtime\(")


def test_nothing_outside_the_clock_module_reads_the_wall_clock() -> None:
    offenders = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in SRC.rglob("*.py")
        if path.name != "clock.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WALL_CLOCK.search(line)
    ]
    assert offenders == []


def test_bouncebackNOW_pins_the_clock_to_a_date_or_a_moment() -> None:
    assert Clock.from_environment({"BOUNCEBACK_NOW": "2028-02-29"}).today() == date(2028, 2, 29)
    moment = Clock.from_environment({"BOUNCEBACK_NOW": "2026-12-31T23:59:30"})
    assert moment() == datetime(2026, 12, 31, 23, 59, 30)


def test_a_badly_written_pin_is_a_clear_error() -> None:
    with pytest.raises(InvalidValue, match="BOUNCEBACK_NOW='next week' is not an ISO date"):
        Clock.from_environment({"BOUNCEBACK_NOW": "next week"})


def test_an_unpinned_clock_follows_the_system() -> None:
    before = datetime.now().replace(microsecond=0)
    assert before <= Clock.from_environment({})() <= datetime.now()


def test_relative_dates_on_the_command_line_follow_the_pinned_clock(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BOUNCEBACK_NOW", "2028-03-01T10:00:00")  # the day after a leap day
    added = cli("add", "Pinned Ltd", "Analyst", "--applied", "yesterday", "--json")
    assert added.exit_code == 0, added.output
    assert '"date_applied": "2028-02-29"' in added.stdout
    task = cli("tasks", "add", "Follow up", "--due", "tomorrow", "--json")
    assert '"due": "2028-03-02"' in task.stdout, task.output
