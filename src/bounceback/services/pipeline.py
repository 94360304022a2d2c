"""Don't bet on one opportunity: outlook, warnings, ghosting, weekly plan and conversion rates.

Reads applications and the timeline events the estimator needs, hands them to the pure
`bounceback.pipeline` package, and stores what the user decides (ghosted or not yet, revived,
the weekly goal, implementation intentions).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from bounceback.domain.dates import check_order
from bounceback.domain.errors import Conflict, InvalidValue
from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome
from bounceback.services.base import ServicePart, at_noon
from bounceback.services.pipeline_reads import TODAY_GHOST_ITEMS, AnswerPace, PipelineReport
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import pipeline as repo
from bounceback.storage.repos.applications import ApplicationQuery

if TYPE_CHECKING:
    from bounceback.pipeline.concentration import PipelineWarning
    from bounceback.pipeline.conversion import Conversion
    from bounceback.pipeline.ghosting import GhostCheck, Revival
    from bounceback.pipeline.outlook import Outlook
    from bounceback.pipeline.plan import Intention, PlanStatus

Loaded = tuple[list[Application], dict[int, list[Event]]]
__all__ = ["AnswerPace", "PipelineReport", "PipelineService", "TODAY_GHOST_ITEMS"]


def _needed_kinds() -> list[EventKind]:
    from bounceback.pipeline.history import SIGNS_OF_LIFE

    return [*SIGNS_OF_LIFE, EventKind.FOLLOW_UP_SENT, EventKind.GHOSTED]


class PipelineService(ServicePart):
    def load(self) -> Loaded:
        """Every application and the events that matter for answer times and silence."""
        with self.db.session() as s:
            return apps_repo.query(s), repo.events_by_application(s, _needed_kinds())

    # --- reads (the views part, from the read model) ---------------------------------------

    def reads(self, on: date | None = None) -> Any:
        """The pipeline's reads on one snapshot (services/pipeline_reads.py)."""
        return self.app.views.pipeline(on)

    def outlook(self, target: float | None = None, *, on: date | None = None,
                contributions: int | None = None) -> Outlook:
        """The chance of at least one offer, its interval, contributions and how many more."""
        return self.app.views.outlook(target, on=on, contributions=contributions)

    def report(self, target: float | None = None, *, on: date | None = None,
               contributions: int | None = None) -> PipelineReport:
        """The outlook with the concentration warnings computed from it."""
        return self.app.views.report(target, on=on, contributions=contributions)

    def warnings(self, *, on: date | None = None) -> list[PipelineWarning]:
        return self.app.views.warnings(on=on)

    def ghosting(self, *, on: date | None = None) -> list[GhostCheck]:
        """Every application waiting on an answer, with follow-up and ghosting suggestions."""
        return self.app.views.ghosting(on=on)

    def overdue(self, limit: int | None = None, *, on: date | None = None
                ) -> tuple[list[GhostCheck], int]:
        return self.app.views.overdue(limit, on=on)

    def answer_times(self) -> AnswerPace:
        """Expected answer time per stage (prior and own), and each company's own average."""
        return self.app.views.answer_times()

    def plan(self, *, on: date | None = None) -> PlanStatus:
        """This week's progress on the goal."""
        return self.app.views.plan(on=on)

    def conversion(self, *, on: date | None = None) -> Conversion:
        return self.app.views.conversion(on=on)

    def confirm_ghosted(self, app_id: int, *, on: date | None = None) -> Application:
        """The user agrees: no answer is coming. Reversible with `revive`."""
        with self.db.session() as s:
            app = apps_repo.get(s, app_id)
            if not app.is_live:
                raise Conflict(
                    f"#{app_id} ({app.title}) is not waiting on an answer "
                    f"(it is {app.status}); nothing was changed"
                )
            day = self.past_day(on, "the date it was ghosted")
            check_order(app.date_applied, day, "the date applied", "the date it was ghosted")
            apps_repo.update(s, app_id, {"outcome": Outcome.GHOSTED, "outcome_date": day})
            events_repo.add(s, Event(
                application_id=app_id, kind=EventKind.GHOSTED, occurred_at=self.moment(day),
                stage=app.stage, summary="No answer: marked as ghosted",
            ))
            repo.clear_snooze(s, app_id)
            return apps_repo.get(s, app_id)

    def not_ghosted_yet(self, app_id: int, *, days: int | None = None) -> date:
        """The user wants to keep waiting: no ghosting offer for a while. Returns the date."""
        wait = self.app.preferences().follow_up_wait_days if days is None else days
        if not 1 <= wait <= 180:
            raise InvalidValue(f"{wait} days is not a wait bounceback can keep; give 1 to 180")
        until = self.today() + timedelta(days=wait)
        with self.db.session() as s:
            app = apps_repo.get(s, app_id)
            if not app.is_live:
                raise Conflict(f"#{app_id} ({app.title}) is {app.status}; nothing was changed")
            repo.snooze(s, app_id, until)
        return until

    def followed_up(self, app_id: int, *, on: date | None = None) -> Event:
        """Record that the candidate sent a follow-up; ghosting waits a while after it."""
        day = self.past_day(on, "the follow-up date")
        app = self.app.applications.get(app_id)
        if not app.is_live:
            raise Conflict(f"#{app_id} ({app.title}) is {app.status}; nothing was recorded")
        check_order(app.date_applied, day, "the date applied", "the follow-up date")
        return self.app.applications.add_event(Event(
            application_id=app_id, kind=EventKind.FOLLOW_UP_SENT, occurred_at=self.moment(day),
            summary="You followed up",
        ))

    def revive(self, app_id: int, *, on: date | None = None, note: str = "") -> Application:
        """Undo a ghosting: the application is live again at the stage it had reached."""
        with self.db.session() as s:
            app = apps_repo.get(s, app_id)
            if app.outcome != Outcome.GHOSTED:
                raise Conflict(
                    f"#{app_id} ({app.title}) is not ghosted (it is {app.status}); "
                    "nothing was changed"
                )
            day = self.past_day(on, "the revival date")
            check_order(app.outcome_date, day, "the date it was ghosted", "the revival date")
            apps_repo.update(
                s, app_id, {"outcome": None, "outcome_date": None, "last_activity": day}
            )
            events_repo.add(s, Event(
                application_id=app_id, kind=EventKind.REVIVED, occurred_at=self.moment(day),
                stage=app.stage, summary=note or "An answer came after all",
            ))
            return apps_repo.get(s, app_id)

    def sync_revivals(self, app_ids: list[int] | None = None) -> list[Revival]:
        """Revive the ghosted applications (of `app_ids`, or all) that have heard back since;
        returns what changed. Called by what records an answer (an event, an email, an import):
        reading the outlook or today never writes."""
        from bounceback.pipeline.ghosting import revivals

        with self.db.session() as s:
            ghosted = [
                a for a in apps_repo.query(s, ApplicationQuery(stages=[Outcome.GHOSTED.value]))
                if app_ids is None or a.id in app_ids
            ]
            if not ghosted:
                return []
            events = repo.events_by_application(
                s, _needed_kinds(), [a.id for a in ghosted if a.id is not None]
            )
            found = revivals(ghosted, events)
            for revival in found:
                app_id = revival.application_id or 0
                apps_repo.update(s, app_id, {
                    "outcome": None, "outcome_date": None, "stage": revival.back_to,
                    "last_activity": revival.answered_on,
                })
                events_repo.add(s, Event(
                    application_id=app_id, kind=EventKind.REVIVED,
                    occurred_at=revival.answered_at or at_noon(revival.answered_on),
                    stage=revival.back_to, summary="They answered after all",
                    details={"answered": True},
                ))
            return found

    # --- weekly plan ---------------------------------------------------------------------

    def set_goal(self, goal: int) -> PlanStatus:
        from bounceback.pipeline.plan import check_goal

        check_goal(goal)
        self.app.settings_store.set({"weekly_application_goal": goal})
        return self.plan()

    def add_intention(self, intention: Intention) -> Intention:
        with self.db.session() as s:
            return repo.add_intention(s, intention)

    def remove_intention(self, intention_id: int) -> None:
        with self.db.session() as s:
            repo.delete_intention(s, intention_id)
