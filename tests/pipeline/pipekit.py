"""Small builders of applications and events for the pipeline tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import count

from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome, Source, Stage

TODAY = date(2026, 11, 25)
_ids = count(1)


def app(
    stage: Stage = Stage.APPLIED,
    *,
    days_ago: int = 0,
    source: Source = Source.JOB_BOARD,
    tailored: bool = False,
    outcome: Outcome | None = None,
    excitement: int | None = None,
    company: str | None = None,
    furthest: Stage | None = None,
    silent_days: int | None = None,
) -> Application:
    """An application sent `days_ago`, now at `stage`, last heard of `silent_days` ago."""
    i = next(_ids)
    applied = TODAY - timedelta(days=days_ago)
    heard = TODAY - timedelta(days=silent_days if silent_days is not None else days_ago)
    return Application(
        company=company or f"Company {i}",
        role="Analyst",
        id=i,
        source=source,
        tags=["tailored"] if tailored else [],
        date_applied=applied,
        stage=stage,
        furthest_stage=furthest or stage,
        outcome=outcome,
        outcome_date=TODAY if outcome else None,
        excitement=excitement,
        last_activity=heard,
    )


def event(
    application: Application, kind: EventKind, day: date, stage: Stage | None = None
) -> Event:
    assert application.id is not None
    return Event(
        application_id=application.id,
        kind=kind,
        occurred_at=datetime.combine(day, time(10, 0)),
        stage=stage,
    )


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)
