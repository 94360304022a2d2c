"""Feedback requests, feedback received, reason labels and lessons."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bounceback.domain.errors import NotFound
from bounceback.domain.learning import Feedback, FeedbackRequest, LabelledText, Lesson, Tone
from bounceback.domain.models import RejectionReasonEntry
from bounceback.domain.vocabulary import ReasonSource, Stage
from bounceback.storage.repos import core
from bounceback.storage.tables.learning import (
    FeedbackRequestRow,
    FeedbackRow,
    LessonRow,
    ReasonLabelRow,
)

_REQUEST_COLUMNS = [
    f.name for f in fields(FeedbackRequest) if f.name not in ("id", "tone", "stage_reached")
]


def _request(row: FeedbackRequestRow) -> FeedbackRequest:
    values: dict[str, Any] = {name: getattr(row, name) for name in _REQUEST_COLUMNS}
    return FeedbackRequest(
        id=row.id, tone=Tone(row.tone), stage_reached=Stage(row.stage_reached), **values
    )


def add_request(session: Session, request: FeedbackRequest) -> FeedbackRequest:
    values = {name: getattr(request, name) for name in _REQUEST_COLUMNS}
    row = FeedbackRequestRow(
        tone=request.tone.value, stage_reached=request.stage_reached.value, **values
    )
    session.add(row)
    session.flush()
    return _request(row)


def save_request(session: Session, request: FeedbackRequest) -> FeedbackRequest:
    row = session.get(FeedbackRequestRow, request.id)
    if row is None:
        raise NotFound(f"no feedback request #{request.id}")
    for name in _REQUEST_COLUMNS:
        setattr(row, name, getattr(request, name))
    session.flush()
    return _request(row)


def requests(session: Session, app_id: int | None = None) -> list[FeedbackRequest]:
    stmt = select(FeedbackRequestRow).order_by(FeedbackRequestRow.created_on, FeedbackRequestRow.id)
    if app_id is not None:
        stmt = stmt.where(FeedbackRequestRow.application_id == app_id)
    return [_request(r) for r in session.scalars(stmt)]


def _entries(raw: Any) -> list[RejectionReasonEntry]:
    return [
        RejectionReasonEntry(
            reason=str(item["reason"]),
            source=ReasonSource(item.get("source", "feedback")),
            primary=bool(item.get("primary")),
        )
        for item in raw or []
    ]


def _feedback(row: FeedbackRow) -> Feedback:
    return Feedback(
        id=row.id,
        application_id=row.application_id,
        request_id=row.request_id,
        received_on=row.received_on,
        text=row.text,
        from_name=row.from_name,
        reasons=_entries(row.reasons),
    )


def add_feedback(session: Session, feedback: Feedback) -> Feedback:
    row = FeedbackRow(
        application_id=feedback.application_id,
        request_id=feedback.request_id,
        received_on=feedback.received_on,
        text=feedback.text,
        from_name=feedback.from_name,
        reasons=[
            {"reason": e.reason, "source": e.source.value, "primary": e.primary}
            for e in feedback.reasons
        ],
    )
    session.add(row)
    session.flush()
    return _feedback(row)


def feedback(session: Session, app_id: int | None = None) -> list[Feedback]:
    stmt = select(FeedbackRow).order_by(FeedbackRow.received_on, FeedbackRow.id)
    if app_id is not None:
        stmt = stmt.where(FeedbackRow.application_id == app_id)
    return [_feedback(r) for r in session.scalars(stmt)]


def custom_reasons(session: Session, prefix: str) -> list[str]:
    """Reason names starting with `prefix` used on any rejection, sorted: looked up by an
    indexed prefix range, not read one by one. (The labels' own names are kept with the
    labels' model: services/learning_feedback.py.)"""
    from bounceback.storage.tables import RejectionReasonRow

    names = set(session.scalars(
        select(RejectionReasonRow.reason).where(
            RejectionReasonRow.reason >= prefix, RejectionReasonRow.reason < prefix + "\uffff"
        ).distinct()))
    return sorted(n for n in names if n.startswith(prefix))


def labels(session: Session) -> list[LabelledText]:
    rows = session.scalars(select(ReasonLabelRow).order_by(ReasonLabelRow.id))
    return [
        LabelledText(
            id=r.id,
            text=r.text,
            reasons=list(r.reasons),
            kind=r.kind,
            rejection_id=r.rejection_id,
            created_at=r.created_at,
        )
        for r in rows
    ]


def put_label(session: Session, label: LabelledText) -> None:
    """Keep one label per rejection and kind: a later correction replaces the earlier one."""
    if label.rejection_id is not None:
        session.execute(
            delete(ReasonLabelRow).where(
                ReasonLabelRow.rejection_id == label.rejection_id,
                ReasonLabelRow.kind == label.kind,
            )
        )
    session.add(
        ReasonLabelRow(
            rejection_id=label.rejection_id,
            kind=label.kind,
            text=label.text,
            reasons=list(label.reasons),
        )
    )
    session.flush()


def _lesson(row: LessonRow) -> Lesson:
    return Lesson(
        id=row.id,
        text=row.text,
        created_on=row.created_on,
        tags=list(row.tags or []),
        application_id=row.application_id,
        suggested=row.suggested,
    )


def add_lesson(session: Session, lesson: Lesson) -> Lesson:
    row = LessonRow(
        text=lesson.text,
        created_on=lesson.created_on,
        tags=list(lesson.tags),
        application_id=lesson.application_id,
        suggested=lesson.suggested,
    )
    session.add(row)
    session.flush()
    return _lesson(row)


#: Every lesson, newest first: built once, read as rows (a brief sends it on every view)
_LESSONS = core.prebuilt(
    select(LessonRow.__table__).order_by(LessonRow.created_on.desc(), LessonRow.id))


def lessons(session: Session) -> list[Lesson]:
    return [_lesson(r) for r in core.rows(session, _LESSONS)]
