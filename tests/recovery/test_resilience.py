"""Resilience: days to mood recovery and to the next application, the trend, the series."""

from __future__ import annotations

from datetime import date, datetime

from bounceback.domain.models import Application, Rejection
from bounceback.domain.recovery import CheckIn
from bounceback.domain.vocabulary import Stage
from bounceback.recovery.resilience import (
    mood_series,
    mood_trend,
    records,
    rejection_marks,
    search_trend,
    trend,
)


def _rej(rid: int, app: int, day: date) -> Rejection:
    return Rejection(application_id=app, stage_reached=Stage.APPLIED, received_on=day, id=rid)


def _ci(day: date, mood: int, hour: int = 20) -> CheckIn:
    return CheckIn(mood=mood, recorded_at=datetime(day.year, day.month, day.day, hour))


def _app(aid: int, day: date) -> Application:
    return Application("Co", "Role", id=aid, date_applied=day)


def test_days_to_mood_and_to_next_application() -> None:
    rejections = [_rej(1, 10, date(2026, 3, 1)), _rej(2, 11, date(2026, 4, 1))]
    check_ins = [
        _ci(date(2026, 3, 1), 1), _ci(date(2026, 3, 5), 2), _ci(date(2026, 3, 10), 3),
        _ci(date(2026, 4, 1), 2), _ci(date(2026, 4, 4), 4),
    ]
    apps = [_app(10, date(2026, 2, 1)), _app(11, date(2026, 3, 12)), _app(12, date(2026, 4, 2))]
    recs = records(rejections, check_ins, apps)
    assert [r.days_to_mood for r in recs] == [9, 3]
    assert [r.days_to_next_application for r in recs] == [11, 1]
    trend_ = mood_trend(recs)
    assert trend_ is not None and trend_.direction == "faster"
    assert trend_.sentence == "Your recovery went from 9 days to 3 days."
    assert search_trend(recs) is not None


def test_recovery_is_not_credited_to_the_previous_rejection() -> None:
    rejections = [_rej(1, 10, date(2026, 3, 1)), _rej(2, 11, date(2026, 3, 5))]
    check_ins = [_ci(date(2026, 3, 2), 1), _ci(date(2026, 3, 8), 4)]
    recs = records(rejections, check_ins, [])
    assert recs[0].days_to_mood is None and recs[1].days_to_mood == 3
    assert recs[0].days_to_next_application is None


def test_trend_needs_two_values_and_uses_halves_from_four() -> None:
    assert trend([5]) is None
    halves = trend([10, 8, 3, 3])
    assert halves is not None and (halves.first, halves.latest) == (9.0, 3.0)
    slower = trend([2, 8])
    assert slower is not None and slower.direction == "slower" and "!" not in slower.sentence
    steady = trend([4, 4])
    assert steady is not None and steady.direction == "steady"


def test_mood_series_averages_a_day_and_marks_rejections() -> None:
    day = date(2026, 3, 1)
    series = mood_series([_ci(day, 2, 9), _ci(day, 3, 21), _ci(date(2026, 3, 2), 4)])
    assert [(p.day.day, p.mood) for p in series] == [(1, 2.5), (2, 4.0)]
    marks = rejection_marks([_rej(1, 10, day)], {10: "Analyst at Northwind"})
    assert marks[0].label == "Analyst at Northwind"
