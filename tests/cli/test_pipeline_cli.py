"""outlook, plan, ghost and conversion as a user types them; bad input is one line, nothing kept."""

from __future__ import annotations

import json

from bounceback.pipeline.plan import WEEKDAYS
from tests_now import TODAY, day


def flat(text: str) -> str:
    """The output as one line: the terminal wraps long sentences."""
    return " ".join(text.split())


def test_outlook_on_an_empty_database(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("outlook")
    assert r.exit_code == 0, r.output
    assert "No live applications: the chance is 0 until you apply." in flat(r.stdout)
    data = json.loads(cli("outlook", "--json").stdout)
    assert data["chance"] == 0 and data["live_count"] == 0


def test_outlook_json_has_chance_interval_contributions_and_how_many_more(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst", "--applied", "3 days ago")
    cli("add", "Globex", "Analyst", "--source", "referral", "--applied", "yesterday")
    r = cli("outlook", "--json", "--target", "0.6")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert 0 < data["chance"] < 1 and data["interval"][0] <= data["chance"] <= data["interval"][1]
    assert [c["kind"] for c in data["contributions"]] == ["referral", "cold"]
    assert {m["kind"] for m in data["more_needed"]} == {"cold", "tailored", "referral"}
    assert data["target"] == 0.6
    assert data["warnings"][0]["kind"] == "thin_pipeline"
    text = flat(cli("outlook").stdout)
    assert "Your two active applications give" in text and "Keep applying while you wait." in text


def test_bad_input_is_one_line_and_nothing_is_stored(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst", "--applied", "2026-10-01")
    before = cli("export").stdout
    cases = [
        (["outlook", "--target", "1.5"], "outside (0, 1)"),
        (["outlook", "--target", "0"], "outside (0, 1)"),
        (["plan", "--goal", "0"], "weekly goal 0 is not possible"),
        (["plan", "--goal", "-3"], "weekly goal -3 is not possible"),
        (["plan", "--add", "Someday at home: 3"], "cannot read the intention"),
        (["plan", "--remove", "7"], "no plan intention #7"),
        (["ghost", "confirm", "acme", "--on", "2026-09-01"], "before the date applied"),
        (["ghost", "revive", "acme"], "not ghosted"),
        (["ghost", "not-yet", "acme", "--days", "0"], "give 1 to 180"),
        (["ghost", "followed-up", "acme", "--on", "2026-09-30"], "before the date applied"),
    ]
    for args, message in cases:
        r = cli(*args)
        assert r.exit_code != 0, args
        assert message in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.output
        assert len(r.stderr.strip().splitlines()) == 1
    assert cli("export").stdout == before
    assert json.loads(cli("plan", "--json").stdout)["goal"] == 5


def test_plan_goal_and_intentions(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Acme", "Analyst")
    weekday = WEEKDAYS[TODAY.weekday()].capitalize()
    r = cli("plan", "--goal", "3", "--add", f"{weekday} 9:00, at home: 3")
    assert r.exit_code == 0, r.output
    out = flat(r.stdout)
    by = "by Sunday" if TODAY.weekday() < 6 else "today"
    assert out.startswith(f"This week: 1 of 3 applications sent, two to go {by}.")
    assert f"Planned for today: {weekday} 9:00, at home: 3 applications." in out
    data = json.loads(cli("plan", "--json").stdout)
    assert data["goal"] == 3 and len(data["intentions"]) == 1
    assert "Van Hooft" in data["evidence"]
    assert "Van Hooft" in flat(cli("plan", "--help").stdout)
    today = flat(cli("today").stdout)
    assert "This week's plan" in today and "1 of 3 applications sent" in today


def test_ghost_list_confirm_and_revive(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "Silent Corp", "Analyst", "--applied", day(-36).isoformat())
    listed = cli("ghost")
    assert listed.exit_code == 0
    assert "No answer from Silent Corp for 36 days" in flat(listed.stdout)
    assert json.loads(cli("ghost", "--json").stdout)[0]["status"] == "maybe_ghosted"
    r = cli("ghost", "confirm", "silent")
    assert r.exit_code == 0 and "marked as ghosted" in r.stdout
    assert json.loads(cli("show", "silent", "--json").stdout)["application"]["outcome"] == "ghosted"
    assert "Nothing is overdue" in cli("ghost").stdout
    r = cli("ghost", "revive", "silent")
    assert r.exit_code == 0 and "live again" in r.stdout
    assert f"ask again on {day(7).isoformat()}" in flat(cli("ghost", "not-yet", "silent").stdout)
    cli("add", "Quiet Ltd", "Analyst", "--applied", day(-36).isoformat())
    r = cli("ghost", "followed-up", "quiet", "--on", "2 days ago")
    assert r.exit_code == 0 and f"recorded on {day(-2).isoformat()}" in r.stdout
    quiet = next(c for c in json.loads(cli("ghost", "--all", "--json").stdout)
                 if c["company"] == "Quiet Ltd")
    assert quiet["status"] == "waiting" and quiet["followed_up_on"] == day(-2).isoformat()


def test_conversion_and_answer_times_on_the_demo(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--db", cli.url).exit_code == 0
    data = json.loads(cli("conversion", "--json").stdout)
    first = data["all_time"][0]["steps"][0]
    assert first["step"] == "applied → screening" and first["decided"] >= first["passed"] > 0
    table = cli("conversion").stdout
    assert "All time" in table and "Last 30 days" in table and " of " in table
    times = cli("ghost", "times")
    assert times.exit_code == 0 and "applied: about" in flat(times.stdout)
    outlook = json.loads(cli("outlook", "--json").stdout)
    assert len(outlook["offers_in_hand"]) == 1 and outlook["live_count"] == 19
