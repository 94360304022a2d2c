"""Slash dates are read by the date_order setting (by default from the computer's language
settings); one that reads two ways with no order known is an error naming both readings."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback.config import Preferences, resolve_date_order
from bounceback.domain.dates import parse_date
from bounceback.domain.errors import InvalidDate, InvalidValue

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("02/03/2026", "DMY", date(2026, 3, 2)),
    ("02/03/2026", "MDY", date(2026, 2, 3)),
    ("2.3.26", "DMY", date(2026, 3, 2)),
    ("13/02/2026", None, date(2026, 2, 13)),  # only one reading is a date
    ("02/13/2026", None, date(2026, 2, 13)),
    ("05/05/2026", None, date(2026, 5, 5)),  # both readings are the same day
    ("31/12/99", "DMY", date(1999, 12, 31)),
])
def test_a_slash_date_is_read_by_the_order(text: str, order: str | None, expected: date) -> None:
    assert parse_date(text, today=TODAY, order=order) == expected


def test_an_ambiguous_slash_date_names_both_readings() -> None:
    with pytest.raises(InvalidDate) as caught:
        parse_date("02/03/2026", today=TODAY, what="date applied")
    message = str(caught.value)
    assert "2 March 2026" in message and "3 February 2026" in message
    assert "2026-03-02" in message and "date_order" in message


def test_an_impossible_slash_date_says_so() -> None:
    with pytest.raises(InvalidDate, match="not a date on the calendar"):
        parse_date("31/31/2026", today=TODAY, order="DMY")


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "en_US.UTF-8"}, "MDY"), ({"LANG": "en_GB.UTF-8"}, "DMY"),
    ({"LC_TIME": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, "DMY"),
    ({"LC_ALL": "en_PH.UTF-8", "LC_TIME": "fr_FR"}, "MDY"),
    ({"LANG": "C.UTF-8"}, None), ({}, None), ({"LANG": "POSIX"}, None),
])
def test_the_default_order_comes_from_the_locale(environ: dict[str, str], expected: str | None) -> None:
    assert resolve_date_order("auto", environ) == expected
    assert resolve_date_order("MDY", environ) == "MDY"


def test_the_setting_takes_only_known_orders() -> None:
    assert Preferences().with_values({"date_order": "dmy"}).date_order == "DMY"
    with pytest.raises(InvalidValue, match="auto, DMY or MDY"):
        Preferences().with_values({"date_order": "YDM"})


def test_the_command_line_and_the_forms_use_the_setting(cli) -> None:  # type: ignore[no-untyped-def]
    cli("settings", "set", "date_order", "MDY")
    added = cli("add", "Acme", "Analyst", "--applied", "02/03/2026", "--json")
    assert added.exit_code == 0, added.output
    assert '"date_applied": "2026-02-03"' in added.stdout
    cli("settings", "set", "date_order", "DMY")
    again = cli("add", "Beta", "Analyst", "--applied", "02/03/2026", "--json")
    assert '"date_applied": "2026-03-02"' in again.stdout


def test_with_no_order_known_the_command_line_names_both_readings(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    result = cli("add", "Acme", "Analyst", "--applied", "02/03/2026")
    assert result.exit_code == 2
    assert "2 March 2026" in result.stderr and "3 February 2026" in result.stderr
