"""Salary from schema.org MonetaryAmount data or from a sentence like "£32k–£36k a year"."""

from __future__ import annotations

import re
from typing import Any

from bounceback.domain.skills import Salary

_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_CODES = "USD|GBP|EUR|CAD|AUD|NZD|CHF|SEK|NOK|DKK|INR|JPY|ZAR|SGD"
_UNITS = {
    "year": "year", "yr": "year", "annum": "year", "annual": "year", "annually": "year",
    "month": "month", "mo": "month", "week": "week", "wk": "week", "day": "day",
    "hour": "hour", "hr": "hour", "hourly": "hour", "daily": "day", "weekly": "week",
    "monthly": "month",
}  # fmt: skip
_AMOUNT = r"(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*([kK])?"
_SALARY = re.compile(
    rf"(?P<cur1>[$£€¥₹]|\b(?:{_CODES})\s?)\s*{_AMOUNT}"
    rf"(?:\s*(?:-|–|—|to)\s*(?P<cur2>[$£€¥₹]|(?:{_CODES})\s?)?\s*"
    r"(?P<amt2>\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*(?P<k2>[kK])?)?"
    r"(?:\s*(?:(?:per|a|an|/)\s*(?P<unit>year|yr|annum|month|mo|week|wk|day|hour|hr)\b"
    r"|\s*(?P<unit2>annually|hourly|daily|weekly|monthly)\b))?",
    re.IGNORECASE,
)


def _number(text: str, k: str | None) -> float:
    digits = re.sub(r"[,\s]", "", text)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):  # 45.000 written the European way
        digits = digits.replace(".", "")
    value = float(digits)
    return value * 1000 if k else value


def salary_from_text(text: str) -> Salary | None:
    """The first salary stated in a text, with its currency and period when given."""
    for match in _SALARY.finditer(text):
        low = _number(match.group(2), match.group(3))
        high = _number(match.group("amt2"), match.group("k2")) if match.group("amt2") else None
        if match.group(3) and high is not None and not match.group("k2") and high < 1000:
            high *= 1000  # "£32–36k" style ranges carry the k once
        if match.group("k2") and not match.group(3) and low < 1000:
            low *= 1000
        unit = (match.group("unit") or match.group("unit2") or "").lower()
        period = _UNITS.get(unit) or _guess_period(high or low)
        if low < 5 and not unit:
            continue
        cur = match.group("cur1").strip().upper()
        return Salary(low, high, _SYMBOLS.get(cur, cur), period)
    return None


def _guess_period(amount: float) -> str | None:
    if amount >= 10000:
        return "year"
    if amount < 200:
        return "hour"
    return None


def salary_from_schema(data: Any) -> Salary | None:
    """schema.org baseSalary: a MonetaryAmount, a bare number, or a text."""
    if data is None:
        return None
    if isinstance(data, list):
        data = data[0] if data else None
    if isinstance(data, (int, float)):
        return Salary(float(data), None, None, _guess_period(float(data)))
    if isinstance(data, str):
        return salary_from_text(data) or _plain_number(data)
    if not isinstance(data, dict):
        return None
    currency = str(data.get("currency") or "").upper() or None
    value = data.get("value", data)
    unit = None
    low = high = None
    if isinstance(value, dict):
        unit = str(value.get("unitText") or "").lower() or None
        low = _to_float(value.get("minValue", value.get("value")))
        high = _to_float(value.get("maxValue"))
    else:
        low = _to_float(value)
    if low is None and high is None:
        return None
    period = _UNITS.get(unit or "", unit) or _guess_period(high or low or 0)
    return Salary(low, high if high != low else None, currency, period)


def _to_float(value: Any) -> float | None:
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        cleaned = re.sub(r"[^\d.]", "", value)
        try:
            return float(cleaned) if cleaned else None
        except ValueError:
            return None
    return None


def _plain_number(text: str) -> Salary | None:
    value = _to_float(text)
    return Salary(value, None, None, _guess_period(value)) if value else None
