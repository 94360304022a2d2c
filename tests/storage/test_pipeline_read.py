"""`/`, `today` and the outlook read the pipeline's totals, the weekly plan and the recent
revivals in one statement, and Today's interviews and tasks with how many of each there are
(round 24: fewer round trips on PostgreSQL). Each part is what its own read gives."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from bounceback.domain.models import Application, Event, Task
from bounceback.domain.vocabulary import EventKind
from bounceback.pipeline.plan import parse_intention
from bounceback.pipeline.state import APPLIED_WEEK
from bounceback.services import Bounceback
from bounceback.services.pipeline_reads import _NAMES
from bounceback.services.today import LISTED
from bounceback.storage.readmodel import days, due_queries, queries
from bounceback.storage.readmodel.reader import as_datetime
from tests_now import TODAY, day, moment


def test_one_read_gives_the_totals_the_plan_and_the_revivals_as_their_own_reads(
        demo_bb: Bounceback) -> None:
    for words in ("Tuesday 9:00, at home: 3", "Monday 18:30, at the library: 2",
                  "Tuesday 8:15, at the cafe: 1"):
        demo_bb.pipeline.add_intention(parse_intention(words))
    late = demo_bb.applications.add(Application(company="Late Ltd", role="Data Analyst",
                                                date_applied=TODAY - timedelta(days=40)))
    gone = demo_bb.applications.add(Application(company="Gone Ltd", role="Data Analyst",
                                                date_applied=TODAY - timedelta(days=40)))
    for app in (late, gone):
        assert app.id is not None
        demo_bb.pipeline.confirm_ghosted(app.id, on=day(-5))
        demo_bb.applications.add_event(Event(
            application_id=app.id, kind=EventKind.EMAIL_RECEIVED, occurred_at=moment(-1, 9, 0),
            details={"email_kind": "interview_request"}))
    assert gone.id is not None
    demo_bb.applications.withdraw(gone.id)  # revived, then not live: no good news
    since = datetime.combine(TODAY - timedelta(days=7), time.min)
    with demo_bb.db.reader() as r:
        weeks, last, found, plan, revivals = queries.tallies_plan_and_revivals(
            r, TODAY, list(_NAMES), since)
        assert (weeks, last) == days.applied_weeks_and_last(r, TODAY)
        assert weeks and last is not None
        assert found == queries.totals(r, *_NAMES) and found
        assert plan == queries.intentions(r) and len(plan) == 3
        revived = [(a, c, f"{ro} at {c}", as_datetime(at)) for a, c, ro, at, live in r.all(
            "SELECT application_id, company, role, revived_at, live FROM rm_applications "
            "WHERE revived_at >= :since ORDER BY revived_at", since=since) if live]
    assert [row[:4] for row in revivals] == revived
    assert [row[0] for row in revivals] == [late.id]


def test_todays_counts_of_interviews_and_tasks_are_those_their_own_counts_give(
        demo_bb: Bounceback) -> None:
    app = demo_bb.applications.add(Application(company="Acme", role="Analyst"))
    assert app.id is not None
    for n in range(LISTED + 4):  # more interviews in the week than today lists
        demo_bb.applications.add_event(Event(
            application_id=app.id, kind=EventKind.INTERVIEW_SCHEDULED,
            occurred_at=moment(0, 8, 0),
            details={"at": moment(n % 6, 9 + n % 8).isoformat(), "round": 1}))
        demo_bb.tasks.add(Task(title=f"Task {n:02d}", due=day(-(n % 3)), application_id=app.id))
    demo_bb.tasks.add(Task(title="Far off", due=day(30), application_id=app.id))
    first = datetime.combine(TODAY, time.min)
    last = first + timedelta(days=8)
    with demo_bb.db.reader() as r:
        booked, due, booked_n, due_n = due_queries.booked_and_tasks(
            r, first, last, TODAY + timedelta(days=1), LISTED + 1, LISTED + 1)
        assert booked_n == due_queries.count_booked_between(r, first, last) > LISTED
        assert due_n == due_queries.count_tasks_due(r, TODAY + timedelta(days=1)) > LISTED
        assert len(booked) == len(due) == LISTED + 1
    sections = {s.key: s for s in demo_bb.today()}
    assert sections["interviews"].more == booked_n - LISTED
    assert sections["tasks"].more == due_n - LISTED
    assert sections["tasks"].items[-1].text.startswith(f"and {due_n - LISTED:,} more")


def test_the_weeks_sent_follow_each_write_from_the_kept_weekly_totals(bb: Bounceback) -> None:
    """The plan's weeks (and the patterns' count of applications sent) read the applications
    sent per week kept by each write (round 25), not every day grouped: after adding, moving
    an application to another week, deleting and adding on today, they are what the days give,
    what the applications themselves say, and what a rebuild gives."""
    from collections import Counter

    from bounceback.pipeline.plan import week_start

    sent = [day(-d) for d in (0, 1, 6, 7, 8, 13, 20, 21, 60, 61, 400)]
    apps = [bb.applications.add(Application(company=f"Firm {n}", role="Analyst",
                                            date_applied=when)) for n, when in enumerate(sent)]
    assert apps[2].id is not None and apps[4].id is not None
    bb.applications.edit(apps[2].id, {"date_applied": day(-35)})  # to an older week
    bb.applications.delete(apps[4].id)
    bb.applications.add(Application(company="Today Ltd", role="Analyst", date_applied=TODAY))
    dates = [a.date_applied for a in bb.applications.list() if a.date_applied]
    expected = Counter(week_start(d) for d in dates)
    since = datetime.combine(TODAY - timedelta(days=7), time.min)
    with bb.db.reader() as r:
        weeks, last, *_ = queries.tallies_plan_and_revivals(r, TODAY, list(_NAMES), since)
        assert (weeks, last) == days.applied_weeks_and_last(r, TODAY)
        kept = queries.totals(r, APPLIED_WEEK)  # the patterns' count of applications sent
    assert weeks == expected and last == TODAY
    assert {date.fromisoformat(k): v for (_, k), v in kept.items()} == expected
    assert bb.data.check_read_model() == []
    this_week = bb.pipeline.plan()
    assert this_week.sent_this_week == expected[week_start(TODAY)]
