"""Rejections as records of their own: stage reached, how they came, their reasons."""

from __future__ import annotations

import builtins
from datetime import date

from bounceback.domain.dates import check_order
from bounceback.domain.errors import Conflict, InvalidValue, NotFound
from bounceback.domain.models import Event, Rejection, RejectionReasonEntry
from bounceback.domain.reasons import check_reason
from bounceback.domain.vocabulary import (
    EventKind,
    Origin,
    Outcome,
    RejectionChannel,
    Stage,
)
from bounceback.services.base import ServicePart
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import rejections as repo


class RejectionsService(ServicePart):
    def record(
        self,
        app_id: int,
        *,
        on: date | None = None,
        channel: RejectionChannel = RejectionChannel.EMAIL,
        text: str = "",
        reasons: list[RejectionReasonEntry] | None = None,
        stage_reached: Stage | None = None,
        hurt: int | None = None,
        origin: Origin = Origin.USER,
    ) -> Rejection:
        """Close the application as rejected and keep the rejection; one transaction."""
        if hurt is not None and not 0 <= hurt <= 10:
            raise InvalidValue(f"hurt: {hurt} is not between 0 and 10")
        entries = list(reasons or [])
        for entry in entries:
            entry.reason = check_reason(entry.reason, allow_custom=True)
        with self.db.session() as s:
            app = apps_repo.get(s, app_id)
            if app.outcome is not None and app.outcome != Outcome.GHOSTED:
                raise Conflict(
                    f"#{app_id} ({app.title}) is already closed as {app.outcome.value}; "
                    "nothing was recorded"
                )
            day = self.past_day(on, "the rejection date")
            check_order(app.date_applied, day, "the date applied", "the rejection date")
            reached = stage_reached or app.furthest_stage
            if reached == Stage.SAVED:
                reached = Stage.APPLIED
            rejection = repo.add(
                s,
                Rejection(
                    application_id=app_id, stage_reached=reached, received_on=day,
                    channel=channel, text=text, reasons=entries, hurt=hurt,
                ),
            )
            changes = {"outcome": Outcome.REJECTED, "outcome_date": day, "last_activity": day}
            if reached.rank > app.furthest_stage.rank:
                changes["furthest_stage"] = reached
            apps_repo.update(s, app_id, changes)
            events_repo.add(
                s,
                Event(
                    application_id=app_id, kind=EventKind.REJECTION, occurred_at=self.moment(day),
                    origin=origin, stage=reached,
                    summary=f"Rejected at {reached.value} ({channel.value})",
                    details={"rejection_id": rejection.id},
                ),
            )
            if entries:
                from bounceback.storage import core_practice

                core_practice.for_rejection(s, app_id, entries, self.today())
            return rejection

    def get(self, rejection_id: int) -> Rejection | None:
        with self.db.session() as s:
            return repo.get(s, rejection_id)

    def for_application(self, app_id: int) -> Rejection | None:
        with self.db.session() as s:
            return repo.for_application(s, app_id)

    def list(self) -> list[Rejection]:
        with self.db.session() as s:
            return repo.all_rejections(s)

    def set_reasons(
        self, rejection_id: int, reasons: builtins.list[RejectionReasonEntry]
    ) -> Rejection:
        for entry in reasons:
            entry.reason = check_reason(entry.reason, allow_custom=True)
        with self.db.session() as s:
            if repo.get(s, rejection_id) is None:
                raise NotFound(f"no rejection #{rejection_id}")
            repo.set_reasons(s, rejection_id, reasons)
            self.app.learning.sync_practice()
            found = repo.get(s, rejection_id)
            assert found is not None
            return found


