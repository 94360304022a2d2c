"""Dates and times an interview email proposes ("Tuesday 3 March at 10:30", "24-Feb-2026 11:30 AM")."""

from __future__ import annotations

import re
from datetime import datetime

from bounceback.domain.mail import ProposedTime

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12, "jän": 1, "mär": 3, "mai": 5, "okt": 10, "dez": 12,
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}
_MONTH = (r"(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
          r"januar|februar|märz|mai|juni|juli|oktober|dezember)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+"
_CLOCK = (r"(?:\s*(?P<intro>,|at|from|um|@|-)?\s*(?:the\s+)?(?P<hour>[0-2]?\d)(?:[:.](?P<min>[0-5]\d))?"
          r"\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?(?:\s*uhr)?)?")
_DATES = tuple(re.compile(p, re.I) for p in (
    rf"\b(?:{_WEEKDAY})?(?:den\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}{_CLOCK}",
    rf"\b(?:{_WEEKDAY})?{_MONTH}\s+{_DAY}{_YEAR}{_CLOCK}",
    rf"\b{_DAY}-{_MONTH}-(?P<year>20\d\d){_CLOCK}",
    rf"\b(?P<iso>(?P<year>20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)){_CLOCK}",
    rf"\b{_DAY}/(?P<mnum>[01]?\d)/(?P<year>20\d\d){_CLOCK}",
))
MAX_TIMES = 6
#: Words that introduce a time of day: after them a bare number is an hour ("at 3").
_AT = {"at", "from", "um", "@"}
#: An hour from 1 to 7 with no am/pm, in an invitation to an interview, is the afternoon.
_AFTERNOON = range(1, 8)


def proposed_times(text: str, default_year: int) -> tuple[ProposedTime, ...]:
    """Date expressions in `text`, each with a datetime when the month and day are readable."""
    found: list[tuple[int, ProposedTime]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if (match.groupdict().get("mon") or "").startswith("may"):
                continue  # the verb, not the month
            when, year_given = _to_datetime(match, default_year)
            if when is None:
                continue
            taken.append((start, end))
            found.append((start, ProposedTime(match.group(0).strip(" ,"), when, year_given)))
    found.sort(key=lambda item: item[0])
    return tuple(t for _, t in found[:MAX_TIMES])


def _to_datetime(match: re.Match[str], default_year: int) -> tuple[datetime | None, bool]:
    groups = match.groupdict()
    if groups.get("mnum"):
        month = int(groups["mnum"])
    else:
        name = (groups.get("mon") or "").lower().rstrip(".")
        month = _MONTHS.get(name) or _MONTHS.get(name[:3], 0)
    day = int(groups["day"])
    year_given = bool(groups.get("year"))
    year = int(groups["year"]) if year_given else default_year
    hour_text = groups.get("hour") or ""
    hour = int(hour_text) if hour_text else 0
    minute = int(groups["min"]) if groups.get("min") else 0
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    clock24 = "uhr" in match.group(0).lower() or hour_text.startswith("0")
    if hour_text and not groups.get("min") and not ampm and not clock24 \
            and (groups.get("intro") or "").lower() not in _AT:
        hour = 0  # "3 March, 10 candidates": a number after a date is not always an hour
    elif hour_text and not ampm and not clock24 and hour in _AFTERNOON:
        hour += 12  # "at 3", "at 2:30": nobody is invited to an interview at 3 in the night
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute), year_given
    except ValueError:
        return None, False
