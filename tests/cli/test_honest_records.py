"""Honest records: nothing is written that did not happen, and what is written carries the real
time of the action."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

import pytest

from tests_now import NOW


def _timeline(cli, ref: str) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    shown = cli("show", ref, "--json")
    assert shown.exit_code == 0, shown.output
    return json.loads(shown.stdout)["events"]  # type: ignore[no-any-return]


def test_a_move_to_the_stage_it_is_at_records_nothing(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    before = _timeline(cli, "acme")
    same = cli("move", "acme", "applied")
    assert same.exit_code == 0 and "already at applied; nothing was recorded" in same.stdout
    assert _timeline(cli, "acme") == before
    assert not any("applied → applied" in e["summary"] for e in _timeline(cli, "acme"))


def test_timeline_entries_carry_the_time_of_the_action(cli) -> None:  # type: ignore[no-untyped-def]
    def noon(days_ago: int) -> str:
        return datetime.combine(NOW.date() - timedelta(days=days_ago), time(12, 0)).isoformat()

    cli("add", "Acme", "Analyst", "--applied", "3 days ago")
    cli("move", "acme", "screening", "--on", "yesterday")
    assert cli("move", "acme", "interviewing").exit_code == 0
    cli("note", "acme", "Went well")
    events = {e["kind"]: e["occurred_at"] for e in _timeline(cli, "acme")}
    # A day typed without a time sits at midday; what is done today has the time it was done.
    assert events["created"] == noon(3) and events["note"] == NOW.isoformat()
    assert [e["occurred_at"] for e in _timeline(cli, "acme") if e["kind"] == "stage_changed"] == [
        noon(1), NOW.isoformat()]
    today = cli("add", "Today Ltd", "Analyst")
    assert today.exit_code == 0
    assert _timeline(cli, "today")[0]["occurred_at"] == NOW.isoformat()


def test_an_exact_duplicate_is_refused_until_asked_for(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("add", "Northwind Health", "Data Analyst").exit_code == 0
    again = cli("add", "northwind health", "Data  analyst")
    assert again.exit_code == 1
    assert "already tracked as #1" in again.stderr and "--again" in again.stderr
    assert len(json.loads(cli("list", "--json").stdout)) == 1
    assert cli("add", "Northwind Health", "Data Analyst", "--again").exit_code == 0
    assert cli("add", "Northwind Health", "Senior Data Analyst").exit_code == 0  # another role
    assert len(json.loads(cli("list", "--json").stdout)) == 3


def test_a_closed_application_is_not_a_duplicate(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    cli("reject", "acme", "--quick")
    assert cli("add", "Acme", "Analyst").exit_code == 0


@pytest.fixture
def at_a_terminal(monkeypatch):  # type: ignore[no-untyped-def]
    from bounceback.cli import applications, recovery_private

    monkeypatch.setattr(recovery_private, "interactive", lambda: True)
    monkeypatch.setattr(applications, "interactive", lambda: True)


def test_enter_at_every_check_in_question_saves_nothing(cli, at_a_terminal) -> None:  # type: ignore[no-untyped-def]
    cli("settings", "set", "crisis_country", "gb")  # asked once at a terminal otherwise
    result = cli("checkin", input="\n\n\n")
    assert result.exit_code == 0, result.output
    assert "Nothing saved" in result.stdout
    exported = json.loads(cli("export", "--include-private").stdout)
    assert exported["tables"]["check_ins"] == []


def test_the_guided_rejection_skips_like_the_check_in(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    # hurt: Enter; name what you feel: yes; then Enter at every question; no writing; later.
    result = cli("reject", "acme", "--guided", input="\ny\n\n\n\nn\n\n")
    assert result.exit_code == 0, result.output
    assert "Nothing saved" in result.stdout
    exported = json.loads(cli("export", "--include-private").stdout)
    assert exported["tables"]["check_ins"] == []


def test_a_check_in_typed_at_the_terminal_is_saved(cli, at_a_terminal) -> None:  # type: ignore[no-untyped-def]
    cli("settings", "set", "crisis_country", "gb")
    result = cli("checkin", input="tired\nsadness=6\n2\n")
    assert result.exit_code == 0, result.output
    [saved] = json.loads(cli("export", "--include-private").stdout)["tables"]["check_ins"]
    assert saved["mood"] == 2 and saved["something_else"] == "tired"


def test_a_duplicate_at_the_terminal_is_asked_about(cli, at_a_terminal) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    no = cli("add", "Acme", "Analyst", input="\n")
    assert no.exit_code == 0 and "Nothing was added" in no.stdout
    yes = cli("add", "Acme", "Analyst", input="y\n")
    assert yes.exit_code == 0 and "Added #2" in yes.stdout
