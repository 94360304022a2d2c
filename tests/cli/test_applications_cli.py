"""The application commands as a user types them, and their one-line errors."""

from __future__ import annotations

import json

from tests_now import day, last_weekday


def test_add_list_show_move_note_withdraw(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("add", "Acme Inc.", "Data Analyst", "--applied", "last Monday", "--salary", "45k-55k",
            "--currency", "eur", "--tag", "remote", "--source", "referral", "--json")
    assert r.exit_code == 0, r.output
    created = json.loads(r.stdout)
    assert created["date_applied"] == last_weekday(0).isoformat()
    assert (created["salary_min"], created["salary_max"], created["salary_currency"]) == (45000, 55000, "EUR")
    assert cli("move", "acme", "screening", "--on", "yesterday").exit_code == 0
    assert cli("note", "acme", "Recruiter call went well").exit_code == 0
    shown = json.loads(cli("show", "acme", "--json").stdout)
    kinds = [e["kind"] for e in shown["events"]]
    assert kinds == ["created", "stage_changed", "note"]
    listed = json.loads(cli("list", "--stage", "screening", "--json").stdout)
    assert [a["id"] for a in listed] == [created["id"]]
    r = cli("withdraw", str(created["id"]))
    assert r.exit_code == 0 and "Withdrawn" in r.stdout
    assert json.loads(cli("list", "--stage", "withdrawn", "--json").stdout)[0]["outcome"] == "withdrawn"


def test_list_filters_on_the_demo(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--db", cli.url).exit_code == 0
    every = json.loads(cli("list", "--json").stdout)
    assert len(every) == 60
    since, until = day(-24).isoformat(), day(-5).isoformat()
    recent = json.loads(cli("list", "--since", since, "--until", until, "--json").stdout)
    assert recent and all(since <= a["date_applied"] <= until for a in recent)
    text = json.loads(cli("list", "-q", "analyst", "--live", "--json").stdout)
    assert text and all("analyst" in a["role"].lower() and a["outcome"] is None for a in text)
    table = cli("list", "--limit", "3")
    assert table.exit_code == 0 and "3 applications" in table.stdout


def test_reject_records_the_rejection(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Quayside Bank", "Reporting Analyst")
    r = cli("reject", "quayside", "--via", "email", "--reason", "skill_gap", "--also", "experience_level", "--json")
    assert r.exit_code == 0, r.output
    rejection = json.loads(r.stdout)
    assert [x["reason"] for x in rejection["reasons"]] == ["skill_gap", "experience_level"]
    assert rejection["reasons"][0]["primary"] is True


def test_bad_input_is_one_line_and_changes_nothing(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    before = cli("export").stdout
    cases = [
        (["show", "99"], "no application #99"),
        (["show", "nothing like it"], "no application matches"),
        (["add", "Beta", "Analyst", "--applied", "the 45th of Smarch"], "cannot read date applied"),
        (["add", "Beta", "Analyst", "--stage", "dreaming"], "unknown stage"),
        (["add", "Beta", "Analyst", "--salary", "lots"], "salary"),
        (["add", "Beta", "Analyst", "--url", "ftp://x"], "url"),
        (["move", "acme", "offer", "--on", "2020-01-01"], "before"),
        (["reject", "acme", "--reason", "bad_vibes"], "unknown reason"),
        (["reject", "acme", "--via", "pigeon"], "unknown --via"),
        (["list", "--stage", "nowhere"], "unknown stage"),
        (["list", "--since", "2026-11-20", "--until", "2026-11-01"], "before"),
        (["edit", "acme"], "nothing to change"),
        (["tasks", "add", "x", "--due", "whenever"], "cannot read --due"),
        (["tasks", "done", "42"], "no task #42"),
        (["contacts", "add", "Dana", "--email", "not-an-email"], "email"),
    ]
    for argv, message in cases:
        r = cli(*argv)
        assert r.exit_code != 0, argv
        assert message in r.stderr, (argv, r.stderr)
        assert "Traceback" not in r.output and len(r.stderr.strip().splitlines()) <= 2, r.stderr
    assert cli("export").stdout == before


def test_a_closed_application_is_not_rejected_twice(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    assert cli("reject", "acme").exit_code == 0
    again = cli("reject", "acme")
    assert again.exit_code != 0 and "already closed" in again.stderr


def test_ambiguous_reference_lists_the_choices(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Data Analyst")
    cli("add", "Acme", "Operations Analyst")
    r = cli("show", "acme")
    assert r.exit_code != 0
    assert "Data Analyst" in r.stderr and "Operations Analyst" in r.stderr


def test_database_that_does_not_connect(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests_support_cli import run_cli

    r = run_cli(["--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "list"])
    assert r.returncode != 0 and "cannot connect to database" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run_cli(["--db", "nonsense://", "list"])
    assert r.returncode != 0 and "database" in r.stderr and "Traceback" not in r.stderr
    # a folder that is not there is a path typed wrong (round 16): said, and nothing made
    r = run_cli(["--db", f"sqlite:///{tmp_path}/x/y.db", "list", "--json"])
    assert r.returncode != 0 and "cannot open the database" in r.stderr
    assert "Traceback" not in r.stderr and not (tmp_path / "x").exists()


def test_out_of_range_salary_limit_and_calendar_date_are_one_line_errors(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("add", "Acme", "Analyst", "--salary", "1e400")
    assert r.exit_code == 2 and "salary '1e400'" in r.stderr
    r = cli("add", "Acme", "Analyst", "--salary", "1e20")
    assert r.exit_code == 2 and "larger than any salary" in r.stderr
    r = cli("add", "Acme", "Analyst", "--applied", "2026-13-01")
    assert r.exit_code == 2 and "'2026-13-01' is not a date on the calendar" in r.stderr
    r = cli("list", "--limit", "99999999999999999999")
    assert r.exit_code == 2 and "--limit" in r.stderr
    assert cli("list", "--json").stdout.strip() == "[]"  # nothing stored half-way


def test_future_dates_and_negative_salaries_are_refused(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("add", "Acme", "Analyst", "--applied", "3000-01-01")
    assert r.exit_code != 0 and "in the future" in r.stderr
    cli("add", "Acme", "Analyst")
    r = cli("edit", "acme", "--salary", "-5")
    assert r.exit_code != 0 and "negative" in r.stderr
    assert cli("list", "--json").stdout.count('"salary_min": null') == 1
