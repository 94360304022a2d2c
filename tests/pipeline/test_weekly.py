"""The waiting groups week by week (the outlook over time): each application's changes, and
their running sum equal to the groups worked out from every timeline on that day."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome, Stage
from bounceback.pipeline.weekly import WEEKLY, group_on, week_end, weekly_share
from bounceback.services import Bounceback


def at(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=10)


def test_one_application_joins_moves_and_leaves_its_groups() -> None:
    applied, moved, rejected = date(2026, 1, 7), date(2026, 1, 20), date(2026, 2, 10)
    app = Application(company="Acme", role="Analyst", id=1, date_applied=applied,
                      stage=Stage.SCREENING, furthest_stage=Stage.SCREENING,
                      outcome=Outcome.REJECTED, outcome_date=rejected)
    events = [Event(application_id=1, kind=EventKind.STAGE_CHANGED, occurred_at=at(moved),
                    stage=Stage.SCREENING)]
    assert week_end(applied) == date(2026, 1, 11) and week_end(date(2026, 1, 11)) == date(2026, 1, 11)
    share = weekly_share(app, events)
    assert share == Counter({
        (WEEKLY, "2026-01-11|cold:applied:2026-01-07"): 1,
        (WEEKLY, "2026-01-25|cold:applied:2026-01-07"): -1,
        (WEEKLY, "2026-01-25|cold:screening:2026-01-20"): 1,
        (WEEKLY, "2026-02-15|cold:screening:2026-01-20"): -1,
    })


def test_a_live_application_keeps_its_group_after_its_last_change() -> None:
    app = Application(company="Acme", role="Analyst", id=1, date_applied=date(2026, 1, 7))
    assert weekly_share(app, []) == Counter({(WEEKLY, "2026-01-11|cold:applied:2026-01-07"): 1})
    assert weekly_share(Application(company="Acme", role="Analyst", id=2), []) == Counter()


def running(changes: Iterable[tuple[tuple[str, str], int]], week: date) -> Counter[str]:
    out: Counter[str] = Counter()
    for (_, key), value in changes:
        ends, group = key.split("|", 1)
        if date.fromisoformat(ends) <= week:
            out[group] += value
    return +out


def test_the_kept_weeks_add_up_to_every_timeline_on_those_days(demo_bb: Bounceback) -> None:
    from bounceback.storage.readmodel import queries
    from bounceback.storage.repos import events as events_repo

    with demo_bb.db.reader() as r:
        kept = list(queries.totals(r, WEEKLY).items())
    assert kept
    apps = demo_bb.applications.list()
    with demo_bb.db.session() as s:
        timeline: dict[int, list[Event]] = {}
        for event in events_repo.all_events(s):
            timeline.setdefault(event.application_id, []).append(event)
    today = demo_bb.charts.today()
    for weeks_back in (1, 4, 9, 20):
        week = week_end(today) - timedelta(weeks=weeks_back)
        expected = Counter(g for a in apps
                           if (g := group_on(a, timeline.get(a.id or 0, []), week)) is not None)
        assert running(kept, week) == expected, week


def test_the_outlook_over_time_has_a_point_per_few_weeks_and_today(demo_bb: Bounceback) -> None:
    points = demo_bb.charts.inputs(["outlook"]).outlook
    days = [d for d, _ in points]
    today = demo_bb.charts.today()
    assert days[-1] == today and days[-2] == week_end(today) - timedelta(weeks=1)
    assert all(d.weekday() == 6 for d in days[:-1]) and days == sorted(days)
    assert all(0 <= c <= 1 for _, c in points)
    assert points[-1][1] == demo_bb.views.outlook().chance
