"""Far dates: one rule for every command and form, and no later command poisoned (issue 18, 6).

The sweep stored `tasks add --due 9999-12-31`, `move --on 9999-12-31` and `reject --on
9999-12-31`, after which every `calendar export` crashed (OverflowError) until the row went.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import create_engine, text

from adversarial.dbsnap import snapshot
from bounceback.domain.dates import EARLIEST, check_day, latest_day, parse_date
from bounceback.domain.errors import InvalidDate

TODAY = date(2026, 11, 25)

# (argv, what the one-line message says). Application #1 is live, applied 2026-11-02.
CASES = [
    (["add", "Acme", "Analyst", "--applied", "9999-12-31"], "is in the future"),
    (["add", "Acme", "Analyst", "--applied", "nan"], "cannot read date applied 'nan'"),
    (["add", "Acme", "Analyst", "--applied", "-1"], "cannot read date applied '-1'"),
    (["add", "Acme", "Analyst", "--applied", "10000000 days ago"], "too far away"),
    (["add", "Acme", "Analyst", "--applied", "1899-12-31"], "is before 1900"),
    (["add", "Acme", "Analyst", "--applied", "-5 days ago"], "cannot read"),
    (["edit", "1", "--applied", "9999-12-31"], "is in the future"),
    (["move", "1", "screening", "--on", "9999-12-31"], "is in the future"),
    (["move", "1", "screening", "--on", "0001-01-01"], "is before 1900"),
    (["reject", "1", "--on", "9999-12-31", "--quick"], "is in the future"),
    (["note", "1", "hello", "--on", "9999-12-31"], "is in the future"),
    (["withdraw", "1", "--on", "9999-12-31"], "is in the future"),
    (["ghost", "confirm", "1", "--on", "9999-12-31"], "is in the future"),
    (["ghost", "followed-up", "1", "--on", "9999-12-31"], "is in the future"),
    (["feedback", "add", "1", "--text", "ok", "--on", "9999-12-31"], "is in the future"),
    (["interview", "log", "1", "--on", "9999-12-31"], "is in the future"),
    (["tasks", "add", "T", "--due", "9999-12-31"], "more than 10 years ahead"),
    (["tasks", "add", "T", "--due", "0001-01-01"], "is before 1900"),
    (["today", "--on", "9999-12-31"], "more than 10 years ahead"),
    (["list", "--since", "10000000 days ago"], "too far away"),
    (["review", "--week", "9999-12-31"], "more than 10 years ahead"),
]


@pytest.fixture
def seeded(cli):  # type: ignore[no-untyped-def]
    assert cli("add", "Quayside", "Engineer", "--applied", "2026-11-02").exit_code == 0
    return cli


@pytest.mark.parametrize(("argv", "message"), CASES, ids=[" ".join(a) for a, _ in CASES])
def test_far_dates_are_one_line_errors_and_store_nothing(seeded, db_url, argv, message):  # type: ignore[no-untyped-def]
    before = snapshot(db_url)
    result = seeded(*argv)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(db_url) == before


def test_the_rule_in_one_place() -> None:
    assert check_day(TODAY, today=TODAY, past=True) == TODAY
    assert check_day(latest_day(TODAY), today=TODAY) == date(2036, 11, 25)
    with pytest.raises(InvalidDate, match="in the future"):
        check_day(date(2026, 11, 26), today=TODAY, past=True)
    with pytest.raises(InvalidDate, match="10 years ahead"):
        check_day(date(2036, 11, 26), today=TODAY)
    with pytest.raises(InvalidDate, match="before 1900"):
        check_day(EARLIEST.replace(year=1899), today=TODAY)
    assert latest_day(date(9999, 6, 1)) == date.max  # a clock pinned far out does not crash
    for text_ in ("nan", "-1", "1e9", "a", "12", "2026", "nov", "x" * 100_000):
        with pytest.raises(InvalidDate):
            parse_date(text_, today=TODAY)
    assert parse_date("3 Nov", today=TODAY) == date(2026, 11, 3)


def test_rows_stored_before_the_rule_do_not_poison_later_commands(seeded, db_url, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A database that already holds 9999-12-31 (stored by an older version, or by hand):
    every command still answers; the calendar leaves the impossible entries out."""
    monkeypatch.chdir(tmp_path)  # `review` writes its page into the current folder
    assert seeded("tasks", "add", "Soon", "--due", "tomorrow").exit_code == 0
    assert seeded("tasks", "add", "Far", "--due", "2030-01-01").exit_code == 0
    engine = create_engine(db_url)
    with engine.begin() as c:
        c.execute(text("UPDATE tasks SET due = :d WHERE title = 'Far'"), {"d": date(9999, 12, 31)})
        c.execute(text("UPDATE applications SET last_activity = :d"), {"d": date(9999, 12, 31)})
        c.execute(text("UPDATE events SET occurred_at = :t"), {"t": datetime(9999, 12, 31, 12)})
    engine.dispose()
    feed = tmp_path / "feed.ics"
    for argv in (["calendar", "export", str(feed)], ["today"], ["list"], ["show", "1"], ["outlook"],
                 ["ghost"], ["plan"], ["conversion"], ["review"], ["tasks"], ["export", str(tmp_path / "all.json")]):
        result = seeded(*argv)
        assert result.exit_code == 0, (argv, result.output, result.exception)
    assert "Soon" in feed.read_text() and "Far" not in feed.read_text()
