"""Resilience over time: days until mood recovered and until the next application, and the trend."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bounceback.domain.models import Application, Rejection
from bounceback.domain.recovery import CheckIn

RECOVERED_MOOD = 3  # "okay" on the 1-5 scale


@dataclass(frozen=True)
class RecoveryRecord:
    """One rejection: when it came, and how many days until mood and search came back."""

    rejection_id: int
    application_id: int
    received_on: date
    days_to_mood: int | None  # None: no check-in yet at "okay" or better before the next no
    days_to_next_application: int | None  # None: no application since


@dataclass(frozen=True)
class Trend:
    first: float
    latest: float
    direction: str  # faster | slower | steady
    sentence: str


@dataclass(frozen=True)
class MoodPoint:
    day: date
    mood: float  # the mean of that day's check-ins


@dataclass(frozen=True)
class RejectionMark:
    day: date
    rejection_id: int
    label: str


def _days(rejection: Rejection) -> tuple[date, int]:
    """Oldest first; rejections of one day in the order they were recorded."""
    return rejection.received_on, rejection.id or 0


def records(
    rejections: Iterable[Rejection],
    check_ins: Iterable[CheckIn],
    applications: Iterable[Application],
    recovered_mood: int = RECOVERED_MOOD,
) -> list[RecoveryRecord]:
    """A record per rejection, oldest first. Mood recovery counts only check-ins before the
    next rejection, so that one recovery is not credited to the next. Sorted lists and
    bisection keep it near-linear for thousands of rejections."""
    ordered = sorted(rejections, key=_days)
    moods = sorted((c.day, c.mood) for c in check_ins)
    mood_days = [day for day, _ in moods]
    applied = sorted((a.date_applied, a.id or 0) for a in applications if a.date_applied)
    applied_days = [day for day, _ in applied]
    out = []
    for index, rejection in enumerate(ordered):
        start = rejection.received_on
        limit = ordered[index + 1].received_on if index + 1 < len(ordered) else None
        mood_day = None
        # Walk by index from the first check-in on or after `start`: no copies of the tails,
        # so each rejection costs only the check-ins inside its own window.
        i = bisect_left(mood_days, start)
        while i < len(moods):
            day, mood = moods[i]
            if limit is not None and day >= limit:
                break
            if mood >= recovered_mood:
                mood_day = day
                break
            i += 1
        next_day = None
        j = bisect_left(applied_days, start)
        while j < len(applied):
            day, app_id = applied[j]
            if app_id != rejection.application_id:
                next_day = day
                break
            j += 1
        out.append(
            RecoveryRecord(
                rejection_id=rejection.id or 0,
                application_id=rejection.application_id,
                received_on=start,
                days_to_mood=(mood_day - start).days if mood_day else None,
                days_to_next_application=(next_day - start).days if next_day else None,
            )
        )
    return out


def _mean(values: Sequence[int]) -> float:
    return sum(values) / len(values)


def trend(values: Sequence[int], what: str = "recovery") -> Trend | None:
    """From the known day counts, oldest first: first against latest (with four or more, the
    mean of the first half against the second). None with fewer than two."""
    if len(values) < 2:
        return None
    if len(values) >= 4:
        half = len(values) // 2
        first, latest = _mean(values[:half]), _mean(values[-half:])
    else:
        first, latest = float(values[0]), float(values[-1])
    return trend_from(first, latest, what)


def trend_from(first: float, latest: float, what: str = "recovery") -> Trend:
    """The sentence for a trend from its two averages (the read model computes them)."""
    a, b = _fmt(first), _fmt(latest)
    if a == b:
        return Trend(first, latest, "steady", f"Your {what} has stayed about the same ({b}).")
    if latest < first - 0.5:
        return Trend(first, latest, "faster", f"Your {what} went from {a} to {b}.")
    if latest > first + 0.5:
        return Trend(
            first,
            latest,
            "slower",
            f"Your {what} has taken longer lately ({a} before, {b} now). Some rejections hurt "
            "more than others; that is part of it.",
        )
    return Trend(first, latest, "steady", f"Your {what} has stayed about the same ({b}).")


def _fmt(days: float) -> str:
    rounded = round(days)
    return "1 day" if rounded == 1 else f"{rounded} days"


def mood_trend(recs: Sequence[RecoveryRecord]) -> Trend | None:
    return trend([r.days_to_mood for r in recs if r.days_to_mood is not None], "recovery")


def search_trend(recs: Sequence[RecoveryRecord]) -> Trend | None:
    values = [r.days_to_next_application for r in recs if r.days_to_next_application is not None]
    return trend(values, "time back to applying")


def mood_series(check_ins: Iterable[CheckIn]) -> list[MoodPoint]:
    """One point per day with check-ins, for charts."""
    by_day: dict[date, list[int]] = defaultdict(list)
    for c in check_ins:
        by_day[c.day].append(c.mood)
    return [MoodPoint(day, round(_mean(m), 2)) for day, m in sorted(by_day.items())]


def rejection_marks(
    rejections: Iterable[Rejection], titles: dict[int, str] | None = None
) -> list[RejectionMark]:
    """The rejections to mark on the mood chart, labelled with the application's title."""
    titles = titles or {}
    return [
        RejectionMark(r.received_on, r.id or 0, titles.get(r.application_id, "rejection"))
        for r in sorted(rejections, key=_days)
    ]
