"""Salaries from text and from schema.org data."""

from __future__ import annotations

import pytest

from bounceback.skills.salary import salary_from_schema, salary_from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salary: £32,000 – £36,000 per year", (32000, 36000, "GBP", "year")),
        ("£38k–£44k a year", (38000, 44000, "GBP", "year")),
        ("Pay: £19–£22 per hour", (19, 22, "GBP", "hour")),
        ("$17 - $19 per hour", (17, 19, "USD", "hour")),
        ("EUR 55.000 annually", (55000, None, "EUR", "year")),
    ],
)
def test_salary_from_text(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    salary = salary_from_text(text)
    assert salary is not None
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == expected


def test_text_without_a_salary() -> None:
    assert salary_from_text("A friendly team and 25 days of holiday.") is None


def test_salary_from_monetary_amount() -> None:
    data = {"currency": "EUR", "value": {"minValue": 65000, "maxValue": 80000, "unitText": "YEAR"}}
    salary = salary_from_schema(data)
    assert salary is not None and (salary.minimum, salary.maximum) == (65000, 80000)
    assert salary.currency == "EUR" and salary.period == "year"
    assert "65,000" in str(salary)
