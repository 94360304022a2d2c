"""Salary ranges as people type them, the same for the CLI and the web forms."""

from __future__ import annotations

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.money import parse_salary_range


@pytest.mark.parametrize(("text", "expected"), [
    ("45000-55000", (45000, 55000)), ("45k-55k", (45000, 55000)), ("£38,000 – £44,000", (38000, 44000)),
    ("52000", (52000, 52000)), ("", (None, None)), ("60k EUR", (60000, 60000)),
])
def test_ranges(text: str, expected: tuple[int | None, int | None]) -> None:
    assert parse_salary_range(text) == expected


@pytest.mark.parametrize("text", ["-5000", "lots", "1e400", "1-2-3", "99999999999999"])
def test_refused_with_what_to_write(text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_salary_range(text)


def test_the_web_form_puts_the_message_beside_the_salary_field() -> None:
    from starlette.datastructures import FormData

    from bounceback.web.forms import Form

    form = Form(FormData({"salary": "-5000"}))
    assert form.salary("salary") == (None, None)
    assert "negative" in form.errors["salary"]
    assert Form(FormData({"salary": "45k-55k"})).salary("salary") == (45000, 55000)
