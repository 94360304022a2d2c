"""Reading dates the way people write them: ISO, or plain phrases like "yesterday"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bounceback.domain.errors import InvalidDate

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_AGO = re.compile(r"^(\d+)\s+(day|week)s?\s+ago$")
_ISO_SHAPED = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


def parse_date(text: str, *, today: date, what: str = "date") -> date:
    """A date from ISO (2026-11-03) or a phrase: today, yesterday, last Friday, 3 days ago...

    Phrases are read against `today`, which comes from the service's clock (never the wall
    clock). Raises InvalidDate with a message naming the field and the accepted forms.
    """
    base = today
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise InvalidDate(f"{what} is empty; write it as 2026-11-03 or 'yesterday'")
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        if _ISO_SHAPED.match(cleaned):  # 2026-13-01 is a typo, not 13 January
            raise InvalidDate(
                f"{what} {text!r} is not a date on the calendar; write it as YYYY-MM-DD, like 2026-11-03"
            ) from None
    quick = _quick_phrase(cleaned, base)
    if quick is not None:
        return quick
    found = _dateparser(cleaned, base)
    if found is None:
        raise InvalidDate(
            f"cannot read {what} {text!r}; write it as 2026-11-03, 'yesterday', "
            "'last Friday' or '3 days ago'"
        )
    return found


def _quick_phrase(cleaned: str, base: date) -> date | None:
    if cleaned in ("today", "now"):
        return base
    if cleaned == "yesterday":
        return base - timedelta(days=1)
    if cleaned == "tomorrow":
        return base + timedelta(days=1)
    match = _AGO.match(cleaned)
    if match:
        n = int(match.group(1))
        return base - timedelta(days=n * (7 if match.group(2) == "week" else 1))
    words = cleaned.split()
    if len(words) == 2 and words[0] in ("last", "next", "this") and words[1] in _WEEKDAYS:
        target = _WEEKDAYS.index(words[1])
        delta = (base.weekday() - target) % 7
        if words[0] == "last":
            return base - timedelta(days=delta or 7)
        ahead = (target - base.weekday()) % 7
        return base + timedelta(days=ahead or 7) if words[0] == "next" else base + timedelta(days=ahead)
    if cleaned in _WEEKDAYS:  # a bare weekday means the most recent one
        delta = (base.weekday() - _WEEKDAYS.index(cleaned)) % 7
        return base - timedelta(days=delta)
    return None


def _dateparser(cleaned: str, base: date) -> date | None:
    found = _dateparser_datetime(cleaned, datetime.combine(base, datetime.min.time()))
    return found.date() if found else None


def _dateparser_datetime(cleaned: str, base: datetime) -> datetime | None:
    import dateparser  # slow to import: only when a phrase needs it

    return dateparser.parse(
        cleaned,
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "DATE_ORDER": "YMD" if re.match(r"^\d{4}", cleaned) else "DMY",
        },
    )


def check_order(first: date | None, then: date | None, first_name: str, then_name: str) -> None:
    if first and then and then < first:
        raise InvalidDate(f"{then_name} ({then}) is before {first_name} ({first})")
