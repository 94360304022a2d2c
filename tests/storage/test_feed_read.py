"""The calendar feed reads its interviews and tasks with how many there are of each in one
statement, and the plan's intentions with the database's id in another (round 25: 9 -> 5
statements at 5,000 applications; each a round trip on PostgreSQL). Each part is what its own
read gives, whatever the bound."""

from __future__ import annotations

from datetime import datetime, time

from bounceback.domain.models import Application, Event, Task
from bounceback.domain.vocabulary import EventKind
from bounceback.pipeline.plan import parse_intention
from bounceback.services import Bounceback
from bounceback.storage.readmodel import chart_queries as q
from bounceback.storage.readmodel import queries
from tests_now import day, moment


def test_the_feeds_lists_and_counts_in_one_read_are_what_their_own_reads_give(
        demo_bb: Bounceback) -> None:
    app = demo_bb.applications.add(Application(company="Acme", role="Analyst"))
    closed = demo_bb.applications.add(Application(company="Initech", role="Analyst"))
    assert app.id is not None and closed.id is not None
    for n in range(12):
        for owner in (app.id, closed.id):
            demo_bb.applications.add_event(Event(
                application_id=owner, kind=EventKind.INTERVIEW_SCHEDULED,
                occurred_at=moment(0, 8, 0), details={
                    "at": moment(n % 5, 9 + n % 7, 15).isoformat(), "round": n + 1,
                    "location": f"Room {n}"}))
        demo_bb.tasks.add(Task(title=f"Task {n:02d}", due=day(n % 4 - 2), notes=f"note {n}",
                               application_id=app.id if n % 3 else None))
    demo_bb.tasks.add(Task(title="Long past", due=day(-400)))
    demo_bb.applications.withdraw(closed.id)  # its interviews are not to hold
    horizon, last = day(-30), day(3650)
    since = datetime.combine(horizon, time.min)
    with demo_bb.db.reader() as r:
        for limit in (1, 3, 7, 10_000):
            held, held_n, due, due_n = q.held_and_due(r, horizon, last, limit)
            assert held == q.interviews_to_hold(r, since, limit) and held
            assert due == q.tasks_between(r, horizon, last, limit) and due
            assert held_n == q.count_interviews_to_hold(r, since) >= 12
            assert due_n == q.count_tasks_between(r, horizon, last) >= 12
        assert len(q.held_and_due(r, horizon, last, 3)[0]) == 3


def test_the_plan_and_the_database_id_in_one_read_are_their_own_reads(
        demo_bb: Bounceback) -> None:
    with demo_bb.db.reader() as r:
        assert q.intentions_and_database_id(r) == (queries.intentions(r), q.database_id(r))
    for words in ("Tuesday 9:00, at home: 3", "Monday 18:30, at the library: 2",
                  "Tuesday 8:15, at the cafe: 1", "Tuesday 8:15, at the desk: 1"):
        demo_bb.pipeline.add_intention(parse_intention(words))
    with demo_bb.db.reader() as r:
        plan, found = q.intentions_and_database_id(r)
        assert (plan, found) == (queries.intentions(r), q.database_id(r))
        assert len(plan) == 4 and found != "0" * 32
