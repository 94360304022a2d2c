"""`bounceback chart`, `review` and `calendar export` as a user types them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar

from tests_now import day, week_start


def test_chart_sankey_out_svg(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--db", cli.url).exit_code == 0
    out = tmp_path / "search.svg"
    r = cli("chart", "sankey", "--out", str(out))
    assert r.exit_code == 0, r.stderr
    assert "Wrote" in r.stdout and out.read_text().lstrip().startswith("<svg")


def test_chart_list_text_and_json(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("chart")
    assert r.exit_code == 0 and "sankey" in r.stdout and "outlook" in r.stdout
    r = cli("chart", "sankey")
    assert r.exit_code == 0 and r.stdout.startswith("// My job search")
    r = cli("chart", "funnel", "--json")
    assert r.exit_code == 0 and '"stage": "applied"' in r.stdout


def test_chart_errors_are_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("chart", "snakey", "--out", str(tmp_path / "x.svg"))
    assert r.exit_code != 0 and "did you mean: sankey" in r.stderr
    r = cli("chart", "sankey", "--out", str(tmp_path / "nowhere" / "x.svg"))
    assert r.exit_code != 0 and "does not exist" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = cli("chart", "mood", "--out", str(tmp_path / "x.bmp"))
    assert r.exit_code != 0 and "end the file name with one of" in r.stderr


def test_review_writes_html_and_keeps_private_parts_out(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--db", cli.url).exit_code == 0
    out = tmp_path / "week.html"
    r = cli("review", "--week", "last", "--out", str(out))
    assert r.exit_code == 0, r.stderr
    monday = week_start() - timedelta(days=7)
    sunday = monday + timedelta(days=6)
    assert f"{monday:%d %B %Y}" in r.stdout
    assert f"to {sunday.day} {sunday:%B} {sunday.year}" in out.read_text()
    r = cli("review", "--week", day(-1).isoformat(), "--include-private", "--out", str(out))
    assert r.exit_code == 0 and "with private" in r.stdout


def test_calendar_export(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--db", cli.url).exit_code == 0
    out = tmp_path / "search.ics"
    r = cli("calendar", "export", str(out))
    assert r.exit_code == 0, r.stderr
    cal = Calendar.from_ical(out.read_bytes())
    assert cal.walk("VEVENT"), "the demo has interviews and follow-ups to come"
    r = cli("calendar", "export", str(tmp_path / "search.txt"))
    assert r.exit_code != 0 and ".ics" in r.stderr
