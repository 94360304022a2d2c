"""Every row of every table, to prove that something changed nothing (importable as `db_snapshot`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import create_engine, select

from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.models import Event, RejectionReasonEntry
from bounceback.domain.vocabulary import EventKind, InterviewType, Outcome, Reason, ReasonSource
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import interviews as interviews_repo
from bounceback.storage.repos import rejections as rejections_repo
from bounceback.storage.tables import Base


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows, in a stable order, as plain tuples."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found: dict[str, list[tuple[Any, ...]]] = {}
            for table in Base.metadata.sorted_tables:
                rows = conn.execute(select(table)).all()
                found[table.name] = sorted((tuple(r) for r in rows), key=repr)
            return found
    finally:
        engine.dispose()


def changes(before: dict[str, list[tuple[Any, ...]]],
            after: dict[str, list[tuple[Any, ...]]]) -> dict[str, str]:
    """Tables whose rows differ, with how many rows were added or removed."""
    out: dict[str, str] = {}
    for name in before.keys() | after.keys():
        old, new = before.get(name, []), after.get(name, [])
        if old != new:
            gone = [r for r in old if r not in new]
            came = [r for r in new if r not in old]
            out[name] = f"{len(came)} row(s) new or changed, {len(gone)} gone or changed"
    return out


def lived_in(bb) -> dict[str, list[object]]:  # type: ignore[no-untyped-def]
    """The demo, plus the states that used to be "fixed" by the first read."""
    bb.data.build_demo("small")
    now = bb.clock()
    apps = bb.applications.list()
    live = [a for a in apps if a.is_live]
    with bb.db.session() as s:
        # A ghosted application whose answer arrived afterwards (written below the service,
        # as an old database or another process might have left it).
        ghost = live[0]
        apps_repo.update(s, ghost.id, {"outcome": Outcome.GHOSTED,
                                      "outcome_date": (now - timedelta(days=3)).date()})
        events_repo.add(s, Event(application_id=ghost.id, kind=EventKind.GHOSTED,
                                 occurred_at=now - timedelta(days=3), summary="ghosted"))
        events_repo.add(s, Event(application_id=ghost.id, kind=EventKind.EMAIL_RECEIVED,
                                 occurred_at=now - timedelta(days=1), summary="They wrote",
                                 details={"email_kind": "interview_request"}))
        # A rejection for the interview, with no practice card made for it yet.
        target = live[1]
        interviews_repo.add_interview(s, Interview(
            target.id, now.date() - timedelta(days=2), InterviewType.BEHAVIOURAL,
            questions=[InterviewQuestion("Describe a project you are proud of", rating=4)]))
        rejection = bb.rejections.record(target.id)
        rejections_repo.set_reasons(s, rejection.id, [RejectionReasonEntry(
            Reason.INTERVIEW_PERFORMANCE.value, primary=True, source=ReasonSource.USER)])
    bb.recovery.add_person("Ana", reach="ana@example.org")
    bb.recovery.add_person("Ben", reach="ben@example.org")
    rejection_ids = [r.id for r in bb.rejections.list()]
    return {
        "app_id": [a.id for a in apps[:6]] + [ghost.id, target.id],
        "rejection_id": rejection_ids[:4] + [rejection.id],
        "name": ["patterns", "conversion", "resilience", "gaps", "sankey", "funnel", "reasons",
                 "mood", "weekly", "outlook", "calendar"],
        "job_id": ["no-such-job"],
    }
