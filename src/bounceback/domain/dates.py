"""Reading dates the way people write them: ISO, or plain phrases like "yesterday"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bounceback.domain.errors import InvalidDate

#: The one rule for every date a user types, posts or imports: none before EARLIEST, none more
#: than YEARS_AHEAD years after today, and none after today where the thing already happened
#: (applied, moved, rejected, heard back...). Dates outside it used to be stored and then broke
#: every later `calendar export` (9999-12-31 + 1 day overflows).
EARLIEST = date(1900, 1, 1)
YEARS_AHEAD = 10
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_AGO = re.compile(r"^(\d+)\s+(day|week)s?\s+ago$")
_ISO_SHAPED = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
# A phrase needs a word of three letters or a day and a month in digits: "-1", "a", "nan",
# "1e9" and "2026" are not dates, though a lenient parser would make one of each.
_PHRASE = re.compile(r"[a-z]{3}|\d{1,4}[/.]\d{1,2}")
_NEGATIVE = re.compile(r"(?:^|\s)[-−]\s*\d")
# 02/03/2026, 2.3.26, 02/03: day and month in some order, then maybe a year.
_NUMERIC = re.compile(r"^(\d{1,2})([/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?$")
#: Orders a slash date can be read in (the `date_order` setting; None: not known).
DATE_ORDERS = ("DMY", "MDY")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_MAX_TEXT = 100


def latest_day(today: date) -> date:
    """The last date the rule accepts: YEARS_AHEAD years after today."""
    try:
        return today.replace(year=today.year + YEARS_AHEAD, day=min(today.day, 28))
    except ValueError:  # a clock pinned near year 9999
        return date.max


def check_day(day: date, *, today: date, what: str = "date", past: bool = False) -> date:
    """`day`, when it follows the one rule (see EARLIEST); InvalidDate naming `what` if not.

    `past=True` where the action has already happened: then nothing after `today` either.
    """
    named = f"{what} {day.isoformat()}".strip()
    if day < EARLIEST:
        raise InvalidDate(f"{named} is before {EARLIEST.year}; "
                          f"give a date from {EARLIEST.isoformat()} on")
    if past and day > today:
        raise InvalidDate(f"{named} is in the future; give today or earlier")
    last = latest_day(today)
    if day > last:
        raise InvalidDate(f"{named} is more than {YEARS_AHEAD} years ahead; "
                          f"give a date up to {last.isoformat()}")
    return day


def parse_date(text: str, *, today: date, what: str = "date", past: bool = False,
               order: str | None = None) -> date:
    """A date from ISO (2026-11-03), a phrase (today, yesterday, last Friday, 3 days ago...) or
    digits with slashes or dots (02/03/2026), read day first or month first by `order` (the
    date_order setting: "DMY" or "MDY"; None when it is not known).

    Phrases are read against `today`, which comes from the service's clock (never the wall
    clock). The date must follow the one rule (check_day; `past=True` refuses the future).
    Raises InvalidDate with a message naming the field and the accepted forms; a slash date
    that reads two ways with no order known names both readings.
    """
    return check_day(_read(text, today, what, order), today=today, what=what, past=past)


def _day_words(day: date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _numeric(cleaned: str, base: date, what: str, text: str, order: str | None) -> date | None:
    """A slash or dot date, or None when `cleaned` is not one."""
    found = _NUMERIC.match(cleaned)
    if not found:
        return None
    first, second, year_text = int(found.group(1)), int(found.group(3)), found.group(4)
    year = base.year
    if year_text:
        year = int(year_text)
        if len(year_text) == 2:  # 26 is 2026; 99 is 1999 (not ten years ahead or more)
            year += 2000 if 2000 + year <= base.year + YEARS_AHEAD else 1900
    readings: dict[str, date] = {}
    for name, (day, month) in (("DMY", (first, second)), ("MDY", (second, first))):
        try:
            readings[name] = date(year, month, day)
        except ValueError:
            continue
    if not readings:
        raise InvalidDate(f"{what} {text!r} is not a date on the calendar; write it as "
                          "YYYY-MM-DD, like 2026-11-03")
    distinct = set(readings.values())
    if len(distinct) == 1:
        return distinct.pop()
    if order in readings:
        return readings[order]
    dmy, mdy = readings["DMY"], readings["MDY"]
    raise InvalidDate(
        f"{what} {text!r} could be {_day_words(dmy)} (day first) or {_day_words(mdy)} "
        f"(month first); write it as {dmy.isoformat()} or {mdy.isoformat()}, or set how you "
        "write dates: `bounceback settings set date_order DMY` (or MDY)"
    )


def _read(text: str, base: date, what: str, order: str | None = None) -> date:
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise InvalidDate(f"{what} is empty; write it as 2026-11-03 or 'yesterday'")
    if len(cleaned) > _MAX_TEXT:
        raise InvalidDate(f"{what} is {len(cleaned):,} characters long; write it as 2026-11-03 "
                          "or 'yesterday'")
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        if _ISO_SHAPED.match(cleaned):  # 2026-13-01 is a typo, not 13 January
            raise InvalidDate(
                f"{what} {text!r} is not a date on the calendar; write it as YYYY-MM-DD, like 2026-11-03"
            ) from None
    try:
        found = _numeric(cleaned, base, what, text, order) or _quick_phrase(cleaned, base)
        if found is None and _PHRASE.search(cleaned) and not _NEGATIVE.search(cleaned):
            found = _dateparser(cleaned, base)
    except (OverflowError, ValueError):  # "10000000 days ago": before the first calendar day
        raise InvalidDate(f"{what} {text!r} is too far away; give a date from "
                          f"{EARLIEST.isoformat()} on") from None
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
            # a month or a year alone is not a day ("nov" would be read as the 25th)
            "REQUIRE_PARTS": ["day", "month"],
        },
    )


def check_order(first: date | None, then: date | None, first_name: str, then_name: str) -> None:
    if first and then and then < first:
        raise InvalidDate(f"{then_name} ({then}) is before {first_name} ({first})")
