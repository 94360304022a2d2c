"""Don't bet on one opportunity: outlook, warnings, ghosting, weekly plan and conversion rates.

Reads applications and the timeline events the estimator needs, hands them to the pure
`bounceback.pipeline` package, and stores what the user decides (ghosted or not yet, revived,
the weekly goal, implementation intentions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bounceback.domain.dates import check_order
from bounceback.domain.errors import Conflict, InvalidValue
from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome
from bounceback.services.base import ServicePart, TodayItem, TodaySection, at_noon
from bounceback.storage.repos import applications as apps_repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import pipeline as repo
from bounceback.storage.repos.applications import ApplicationQuery

if TYPE_CHECKING:
    from bounceback.pipeline.concentration import PipelineWarning
    from bounceback.pipeline.conversion import Conversion
    from bounceback.pipeline.ghosting import CompanyPace, ExpectedTime, GhostCheck, Revival
    from bounceback.pipeline.outlook import Outlook
    from bounceback.pipeline.plan import Intention, PlanStatus

Loaded = tuple[list[Application], dict[int, list[Event]]]
#: `today` lists this many overdue applications; the rest are one line pointing to `ghost`.
TODAY_GHOST_ITEMS = 3
#: An application revived by a late answer is good news in `today` for this many days.
REVIVAL_NEWS_DAYS = 7


@dataclass(frozen=True)
class PipelineReport:
    """What `bounceback outlook` and the web dashboard show: the outlook and its warnings."""

    outlook: Outlook
    warnings: list[PipelineWarning]

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return {**self.outlook.to_dict(), "warnings": [asdict(w) for w in self.warnings]}


@dataclass(frozen=True)
class AnswerPace:
    """How long answers take: per stage (prior blended with own) and per company (own only)."""

    stages: list[ExpectedTime]
    companies: list[CompanyPace]


def _needed_kinds() -> list[EventKind]:
    from bounceback.pipeline.history import SIGNS_OF_LIFE

    return [*SIGNS_OF_LIFE, EventKind.FOLLOW_UP_SENT, EventKind.GHOSTED]


class PipelineService(ServicePart):
    def load(self) -> Loaded:
        """Every application and the events that matter for answer times and silence."""
        with self.db.session() as s:
            return apps_repo.query(s), repo.events_by_application(s, _needed_kinds())

    # --- outlook -------------------------------------------------------------------------

    def outlook(
        self, target: float | None = None, *, on: date | None = None, loaded: Loaded | None = None
    ) -> Outlook:
        """The chance of at least one offer, its interval, contributions and how many more."""
        from bounceback.pipeline.outlook import check_target, compute_outlook

        prefs = self.app.preferences()
        target = check_target(prefs.offer_target if target is None else target)
        if loaded is None:
            loaded = self.load()
        apps, events = loaded
        return compute_outlook(
            apps, on or self.today(), events_by_app=events, target=target,
            prior_weight=prefs.outlook_prior_weight,
        )

    def report(self, target: float | None = None, *, on: date | None = None) -> PipelineReport:
        """The outlook with the concentration warnings computed from it."""
        day = on or self.today()
        loaded = self.load()
        outlook = self.outlook(target, on=day, loaded=loaded)
        return PipelineReport(outlook, self._warnings(day, loaded, outlook))

    def warnings(
        self, *, on: date | None = None, loaded: Loaded | None = None
    ) -> list[PipelineWarning]:
        """Thin pipeline, hope or chance on one application, no application while waiting."""
        day = on or self.today()
        loaded = loaded or self.load()
        return self._warnings(day, loaded, self.outlook(on=day, loaded=loaded))

    def _warnings(self, day: date, loaded: Loaded, outlook: Outlook) -> list[PipelineWarning]:
        from bounceback.pipeline.concentration import check_concentration

        prefs = self.app.preferences()
        apps, events = loaded
        return check_concentration(
            apps, day, thin_pipeline_min=prefs.thin_pipeline_min,
            concentration_share=prefs.concentration_share,
            idle_days_warning=prefs.idle_days_warning,
            contributions=outlook.contributions, events_by_app=events,
        )

    # --- ghosting ------------------------------------------------------------------------

    def ghosting(self, *, on: date | None = None, loaded: Loaded | None = None) -> list[GhostCheck]:
        """Every application waiting on an answer, with follow-up and ghosting suggestions."""
        from bounceback.pipeline.ghosting import check_ghosting

        prefs = self.app.preferences()
        apps, events = loaded or self.load()
        with self.db.session() as s:
            snoozed = repo.snoozes(s)
        return check_ghosting(
            apps, on or self.today(), events, ghost_after_factor=prefs.ghost_after_factor,
            follow_up_wait_days=prefs.follow_up_wait_days, snoozed_until=snoozed,
        )

    def answer_times(self) -> AnswerPace:
        """Expected answer time per stage (prior and own), and each company's own average."""
        from bounceback.pipeline.ghosting import company_pace, expected_times

        apps, events = self.load()
        return AnswerPace(expected_times(apps, events), company_pace(apps, events))

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

    def recent_revivals(self, on: date, days: int = REVIVAL_NEWS_DAYS) -> list[TodayItem]:
        """Applications revived by an answer in the last `days` days: good news for today."""
        from bounceback.pipeline.ghosting import revival_message

        since = datetime.combine(on - timedelta(days=days), datetime.min.time())
        with self.db.session() as s:
            found = [e for events in repo.events_by_application(s, [EventKind.REVIVED]).values()
                     for e in events]
            recent = [e for e in found if e.occurred_at >= since and e.details.get("answered")]
            apps = {e.application_id: apps_repo.get(s, e.application_id) for e in recent}
        return [
            TodayItem(revival_message(apps[e.application_id].company, apps[e.application_id].title,
                                      e.occurred_at.date(), e.stage or apps[e.application_id].stage),
                      kind="revived", application_id=e.application_id)
            for e in recent if apps[e.application_id].is_live
        ]

    # --- weekly plan ---------------------------------------------------------------------

    def plan(self, *, on: date | None = None, apps: list[Application] | None = None) -> PlanStatus:
        """This week's progress on the goal; `apps`: every application, when read already."""
        from bounceback.pipeline.plan import plan_status

        goal = self.app.preferences().weekly_application_goal
        with self.db.session() as s:
            if apps is None:
                apps = apps_repo.query(s)
            intentions = repo.list_intentions(s)
        return plan_status(apps, on or self.today(), goal, intentions)

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

    # --- conversion ----------------------------------------------------------------------

    def conversion(self, *, on: date | None = None) -> Conversion:
        from bounceback.pipeline.conversion import conversion

        with self.db.session() as s:
            apps = apps_repo.query(s)
        return conversion(apps, on or self.today())

    # --- today ---------------------------------------------------------------------------

    def today_sections(self, on: date) -> list[TodaySection]:
        from bounceback.pipeline.ghosting import GhostStatus

        loaded = self.load()
        plan = self.plan(on=on, apps=loaded[0])
        plan_items = [TodayItem(plan.message, kind="plan")]
        sections = [TodaySection("plan", "This week's plan", plan_items, order=30)]
        items = self.recent_revivals(on)
        if self.app.recovery.in_window(on):
            # A recovery window is open: nothing pushy until it ends (issue 4).
            if items:
                sections.append(TodaySection("pipeline", "Good news", items, order=40, tone="gentle"))
            return sections
        items += [
            TodayItem(f"{w.message} {w.advice}", kind=w.kind.value,
                      application_id=w.application_id)
            for w in self.warnings(on=on, loaded=loaded)
        ]
        overdue = [c for c in self.ghosting(on=on, loaded=loaded)
                   if c.status != GhostStatus.WAITING]
        for check in overdue[:TODAY_GHOST_ITEMS]:
            items.append(TodayItem(
                f"{check.title}: {check.message}", kind=check.status.value,
                application_id=check.application_id,
            ))
        if len(overdue) > TODAY_GHOST_ITEMS:
            more = len(overdue) - TODAY_GHOST_ITEMS
            items.append(TodayItem(
                f"{more} more application{'s' if more != 1 else ''} past the usual answer time: "
                "see `bounceback ghost`.", kind="ghost_more",
            ))
        if items:
            sections.append(TodaySection(
                "pipeline", "Keep more than one door open", items, order=40, tone="gentle",
            ))
        return sections
