"""The charts' numbers worked out from records (every application, rejection and check-in),
as the app did before the read model counted them: the tests compare the read model's counts
with these, and a made-up search (tests/charts/conftest.py) becomes charts through them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime

from bounceback.charts.data import (
    ChartCounts,
    FunnelStep,
    MoodData,
    ReasonsData,
    SankeyData,
    WeeklyData,
    funnel_from,
    furthest_of,
    mood_points,
    reasons_from,
    rejection_mark,
    sankey_from,
    weekly_from,
)
from bounceback.domain.models import Application, Rejection
from bounceback.domain.recovery import CheckIn
from bounceback.domain.vocabulary import Reason, Stage


def furthest(app: Application) -> Stage:
    """The furthest stage an application reached, taking the largest of what it remembers."""
    return furthest_of(app.stage, app.furthest_stage, app.outcome.value if app.outcome else None)


def sent(applications: Iterable[Application]) -> list[Application]:
    """Applications that were sent: a saved bookmark never entered the search."""
    return [a for a in applications if furthest(a) != Stage.SAVED]


def flow_counts(applications: Iterable[Application]) -> Counter[tuple[Stage, str]]:
    return Counter((furthest(a), a.outcome.value if a.outcome else "open")
                   for a in sent(applications))


def sankey_data(applications: Iterable[Application]) -> SankeyData:
    return sankey_from(flow_counts(applications))


def funnel_data(applications: Iterable[Application]) -> list[FunnelStep]:
    return funnel_from(flow_counts(applications))


def reasons_data(rejections: Iterable[Rejection]) -> ReasonsData:
    return reasons_from(Counter((r.primary_reason or Reason.NOT_SPECIFIED.value, r.stage_reached)
                                for r in rejections))


def mood_data(
    check_ins: Iterable[tuple[date | datetime, int | float]],
    rejections: Iterable[Rejection],
    applications: Iterable[Application] = (),
    recovery_days: dict[int, int] | None = None,
) -> MoodData:
    """Daily mood from (when, mood) pairs, and each rejection with its recovery time.

    `recovery_days` maps a rejection id to the days it took to recover, when the recovery part
    measured it; otherwise the rejection's own `recovery_days` is used.
    """
    titles = {a.id: a.title for a in applications if a.id is not None}
    measured = recovery_days or {}
    marks = [
        rejection_mark(rejection.received_on, titles.get(rejection.application_id),
                       rejection.stage_reached,
                       measured.get(rejection.id or -1, rejection.recovery_days))
        for rejection in sorted(rejections, key=lambda r: r.received_on)
    ]
    return MoodData(points=mood_points(check_ins), rejections=marks)


def weekly_data(
    applications: Iterable[Application], goal: int, today: date | None = None
) -> WeeklyData:
    return weekly_from(Counter(a.date_applied for a in applications if a.date_applied),
                       goal, today)


def counts_from_records(
    applications: Iterable[Application], rejections: Iterable[Rejection],
    recovery_days: dict[int, int] | None = None,
) -> ChartCounts:
    """The counts the read model keeps, worked out from records instead."""
    apps, rejected = list(applications), list(rejections)
    return ChartCounts(
        flow=flow_counts(apps),
        reasons=Counter((r.primary_reason or Reason.NOT_SPECIFIED.value, r.stage_reached)
                        for r in rejected),
        applied_days=Counter(a.date_applied for a in apps if a.date_applied),
        marks=mood_data((), rejected, apps, recovery_days).rejections,
    )


def recovery_days(
    rejections: list[Rejection], check_ins: list[CheckIn], apps: list[Application]
) -> dict[int, int]:
    """Days from each rejection until mood was back to okay, from the recovery part."""
    if not rejections or not check_ins:
        return {}
    from bounceback.recovery.resilience import records

    return {
        r.rejection_id: r.days_to_mood
        for r in records(rejections, check_ins, apps)
        if r.days_to_mood is not None
    }
