"""Rejections and their reasons."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from bounceback.domain.models import Rejection, RejectionReasonEntry
from bounceback.domain.reasons import as_stored, reason_rows
from bounceback.domain.vocabulary import ReasonSource
from bounceback.storage.readmodel import sources
from bounceback.storage.repos import core
from bounceback.storage.tables import RejectionReasonRow, RejectionRow

_REJECTIONS = RejectionRow.__table__  # read with Core: rows, not entities
_REASONS = RejectionReasonRow.__table__


_reasons = sources.reasons_of
_to_domain = sources.to_rejection


def for_applications(session: Session, app_ids: list[int]) -> dict[int, Rejection]:
    """The rejections of these applications, by application id."""
    return sources.rejections_for(session, app_ids)


_OF_APPLICATION = core.prebuilt(
    select(_REJECTIONS).where(_REJECTIONS.c.application_id == bindparam("app_id")))
#: One rejection's reasons, built once (a rejected application's page sends it on every view)
_REASONS_OF = core.prebuilt(select(_REASONS).where(_REASONS.c.rejection_id == bindparam("id"))
                            .order_by(_REASONS.c.is_primary.desc(), _REASONS.c.id))


def for_application(session: Session, app_id: int) -> Rejection | None:
    found = core.rows(session, _OF_APPLICATION, {"app_id": app_id})
    if not found:
        return None
    row = found[0]
    reasons = [RejectionReasonEntry(reason=r.reason, source=ReasonSource(r.source),
                                    primary=r.is_primary, confidence=r.confidence,
                                    evidence=r.evidence)
               for r in core.rows(session, _REASONS_OF, {"id": row.id})]
    return _to_domain(row, reasons)


def get(session: Session, rejection_id: int) -> Rejection | None:
    row = core.connection(session).execute(
        select(_REJECTIONS).where(_REJECTIONS.c.id == rejection_id)).first()
    return _to_domain(row, _reasons(session, [row.id]).get(row.id, [])) if row else None


def all_rejections(session: Session) -> list[Rejection]:
    return sources.all_rejections(session)


def add(session: Session, rejection: Rejection) -> Rejection:
    row = RejectionRow(
        application_id=rejection.application_id, stage_reached=rejection.stage_reached.value,
        received_on=rejection.received_on, channel=rejection.channel.value, text=rejection.text,
        hurt=rejection.hurt, recovery_days=rejection.recovery_days,
    )
    session.add(row)
    session.flush()
    return _to_domain(row, as_stored(set_reasons(session, row.id, rejection.reasons)))


def set_reasons(session: Session, rejection_id: int, reasons: list[RejectionReasonEntry]
                ) -> list[dict[str, object]]:
    """Replace the reasons; exactly one is primary when there are any. The rows kept."""
    session.execute(delete(RejectionReasonRow).where(RejectionReasonRow.rejection_id == rejection_id))
    rows = reason_rows(rejection_id, reasons)
    for row in rows:
        session.add(RejectionReasonRow(**row))
    session.flush()
    return rows


def update(session: Session, rejection_id: int, **changes: object) -> None:
    row = session.get(RejectionRow, rejection_id)
    if row is None:
        return
    for key, value in changes.items():
        setattr(row, key, getattr(value, "value", value))
    session.flush()

