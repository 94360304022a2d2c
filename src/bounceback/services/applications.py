"""Applications: adding, reading, editing and moving them through their stages."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from bounceback.domain.dates import check_order
from bounceback.domain.errors import Conflict, InvalidValue
from bounceback.domain.models import Application, Event, Rejection, Timeline
from bounceback.domain.vocabulary import EventKind, Origin, Outcome, Stage
from bounceback.services import references
from bounceback.services.base import ServicePart
from bounceback.services.lean_writes import DuplicateApplication, same_words
from bounceback.services.validation import FieldError, validate_application
from bounceback.storage.repos import applications as repo
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos.applications import ApplicationQuery

__all__ = ["ApplicationQuery", "ApplicationsService", "DuplicateApplication", "same_words"]


class ApplicationsService(ServicePart):
    def duplicate_of(self, company: str, role: str) -> Application | None:
        """A live application for the same company and role, if there is one."""
        with self.db.session() as s:
            for app in repo.of_company(s, company.strip()):
                if app.is_live and same_words(app.role, role):
                    return app
        return None

    def add(self, app: Application, *, origin: Origin = Origin.USER,
            again: bool = True) -> Application:
        """Track a new application. With `again=False` (the CLI and the web form), an exact
        duplicate of a live one is refused with DuplicateApplication, so the user is asked."""
        if not again and (found := self.duplicate_of(app.company, app.role)) is not None:
            raise DuplicateApplication(found)
        validate_application(app)
        self._check_dates(app)
        if app.date_applied is None and app.stage != Stage.SAVED:
            app.date_applied = self.today()
        if app.furthest_stage.rank < app.stage.rank:
            app.furthest_stage = app.stage
        app.last_activity = app.date_applied or self.today()
        with self.db.session() as s:
            row = repo.add(s, app)
            when = self.moment(app.date_applied)
            events_repo.add(
                s,
                Event(
                    application_id=row.id, kind=EventKind.CREATED, occurred_at=when,
                    origin=origin, stage=app.stage, summary=f"Added at stage {app.stage.value}",
                ),
            )
            return repo.get(s, row.id)

    def _check_dates(self, app: Application, changed: dict[str, Any] | None = None) -> None:
        """Dates the user gives follow the one rule; both already happened, so no future."""
        for name in ("date_applied", "outcome_date"):
            day = getattr(app, name)
            if day is not None and (changed is None or name in changed):
                try:
                    self.past_day(day, "")
                except InvalidValue as exc:
                    raise FieldError(name, str(exc)) from None

    def get(self, app_id: int) -> Application:
        with self.db.session() as s:
            return repo.get(s, app_id)

    def resolve(self, text: str) -> Application:
        """The application a user names by number or by company/role."""
        with self.db.session() as s:
            app_id = references.resolve(text, repo.references(s))
            return repo.get(s, app_id)

    def list(self, query: ApplicationQuery | None = None) -> list[Application]:
        return self.app.views.applications(query)

    def timeline(self, app_id: int, *, rejection: Rejection | None = None) -> Timeline:
        """The application with everything hung on it; `rejection`: its rejection, when the
        caller has read it already (then it is not read again)."""
        from bounceback.storage.repos.timeline import timeline

        with self.db.session() as s:
            return timeline(s, app_id, rejection)

    def edit(self, app_id: int, changes: dict[str, Any]) -> Application:
        """Change fields; stage and outcome changes go through `move`, `withdraw`, `reject`."""
        allowed = {f.name for f in fields(Application)} - {
            "id", "uid", "created_at", "updated_at", "stage", "furthest_stage", "outcome",
        }
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidValue(f"cannot edit {', '.join(sorted(unknown))} here")
        with self.db.session() as s:
            current = repo.get(s, app_id)
            for name, value in changes.items():
                setattr(current, name, value)
            validate_application(current)
            self._check_dates(current, changes)
            repo.update(s, app_id, changes)
            events_repo.add(
                s,
                Event(
                    application_id=app_id, kind=EventKind.EDITED, occurred_at=self.now(),
                    summary="Edited " + ", ".join(sorted(changes)),
                    details={"fields": sorted(changes)},
                ),
            )
            return repo.get(s, app_id)

    def move(
        self, app_id: int, stage: Stage, *, on: date | None = None, note: str = "",
        origin: Origin = Origin.USER,
    ) -> Application:
        """Move to a stage. A ghosted application that moves is revived."""
        with self.db.session() as s:
            # The row itself (one statement; the update below finds it in the session) rather
            # than the application with its company and tags (two more).
            app = repo.row_state(repo.get_row(s, app_id))
            day = self.past_day(on, "the date of this move")
            check_order(app.date_applied, day, "the date applied", "the date of this move")
            if app.outcome in (Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.ACCEPTED):
                raise Conflict(
                    f"#{app_id} is closed ({app.outcome.value}); it cannot move to {stage.value}"
                )
            if stage == app.stage and app.outcome is None:
                return repo.get(s, app_id)  # already there: nothing happened, nothing is recorded
            changes: dict[str, Any] = {"stage": stage, "last_activity": day}
            if app.outcome == Outcome.GHOSTED:
                changes.update(outcome=None, outcome_date=None)
                events_repo.add(s, Event(application_id=app_id, kind=EventKind.REVIVED,
                                         occurred_at=self.moment(day), origin=origin,
                                         summary="An answer came after all"))
            if stage.rank > app.furthest_stage.rank:
                changes["furthest_stage"] = stage
            if stage == Stage.ACCEPTED:
                changes.update(outcome=Outcome.ACCEPTED, outcome_date=day)
            if app.date_applied is None and stage != Stage.SAVED:
                changes["date_applied"] = day
            repo.update(s, app_id, changes)
            kind = EventKind.OFFER if stage == Stage.OFFER else EventKind.STAGE_CHANGED
            events_repo.add(
                s,
                Event(
                    application_id=app_id, kind=kind, occurred_at=self.moment(day), origin=origin,
                    stage=stage, summary=note or f"{app.stage.value} → {stage.value}",
                    details={"from": app.stage.value, "to": stage.value},
                ),
            )
            return repo.get(s, app_id)

    def note(self, app_id: int, text: str, *, on: date | None = None) -> Event:
        if not text.strip():
            raise InvalidValue("the note is empty")
        with self.db.session() as s:
            day = self.past_day(on, "the date of the note")
            row = repo.get_row(s, app_id)  # NotFound when there is no such one
            if row.last_activity is None or day > row.last_activity:
                # Forward only, as any other event (a note dated back moved it back); unchanged,
                # the note's row is one the read model does not read: nothing recomputed.
                row.last_activity = day
            when = self.moment(day)
            return events_repo.add(
                s, Event(application_id=app_id, kind=EventKind.NOTE, occurred_at=when, summary=text.strip())
            )

    def add_event(self, event: Event) -> Event:
        """Append any timeline event (interviews, emails, follow-ups...) and touch the activity."""
        with self.db.session() as s:
            app = repo.get(s, event.application_id)
            day = event.occurred_at.date()
            if app.last_activity is None or day > app.last_activity:
                repo.update(s, app.id or 0, {"last_activity": day})
            added = events_repo.add(s, event)
            if app.outcome == Outcome.GHOSTED:
                self.app.pipeline.sync_revivals([event.application_id])
            return added

    def withdraw(self, app_id: int, *, on: date | None = None, reason: str = "") -> Application:
        with self.db.session() as s:
            app = repo.get(s, app_id)
            if app.outcome is not None and app.outcome != Outcome.GHOSTED:
                raise Conflict(f"#{app_id} is already closed ({app.outcome.value})")
            day = self.past_day(on, "the withdrawal date")
            check_order(app.date_applied, day, "the date applied", "the withdrawal date")
            repo.update(s, app_id, {"outcome": Outcome.WITHDRAWN, "outcome_date": day, "last_activity": day})
            events_repo.add(
                s,
                Event(application_id=app_id, kind=EventKind.WITHDRAWAL, occurred_at=self.moment(day),
                      stage=app.stage, summary=reason or "You withdrew"),
            )
            return repo.get(s, app_id)

    def delete(self, app_id: int) -> None:
        with self.db.session() as s:
            repo.delete_application(s, app_id)
