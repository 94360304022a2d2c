"""Dates as people write them."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback.domain.dates import parse_date
from bounceback.domain.errors import InvalidDate

WED = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-03", date(2026, 11, 3)), ("today", WED), ("yesterday", date(2026, 11, 24)),
        ("tomorrow", date(2026, 11, 26)), ("3 days ago", date(2026, 11, 22)),
        ("2 weeks ago", date(2026, 11, 11)), ("last Friday", date(2026, 11, 20)),
        ("last Wednesday", date(2026, 11, 18)), ("next Monday", date(2026, 11, 30)),
        ("Monday", date(2026, 11, 23)), ("  Last   friday ", date(2026, 11, 20)),
        ("3 November 2026", date(2026, 11, 3)), ("13/11/2026", date(2026, 11, 13)),
    ],
)
def test_phrases(text: str, expected: date) -> None:
    assert parse_date(text, today=WED) == expected


@pytest.mark.parametrize("text", ["", "the 45th of Smarch", "2026-13-45", "soonish"])
def test_unreadable_dates_say_what_to_write(text: str) -> None:
    with pytest.raises(InvalidDate, match="2026-11-03"):
        parse_date(text, what="date applied", today=WED)
