"""The CLI's commonest writes without the ORM: `add`, `move`, `note` (round 19), `withdraw` and
`edit` (round 20) as SQLAlchemy Core statements (storage/core_writes.py) in one transaction
(Database.writing), the read model's follow-up in it before the commit, as the ORM's session
does (readmodel/sync.py runs on Core tables). A write process then loads no mapped class, no
repository and no session: `add` 873 -> 571 ms of processor time in round 19's run (docs/history/performance.md). They write the
same rows as ApplicationsService.add, .move, .note, .withdraw and .edit (the ORM path, the
tests' oracle): tests/services/test_lean_writes.py and test_lean_writes20.py run each both ways
on SQLite and PostgreSQL and compare every table."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from bounceback.domain.dates import check_order
from bounceback.domain.errors import Conflict, InvalidValue, NotFound
from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Origin, Outcome, Stage
from bounceback.services.base import ServicePart
from bounceback.services.validation import FieldError, validate_application
from bounceback.storage import core_writes as store

#: The columns an application's row is written from (the company is its own row).
EDITABLE = (
    "role", "location", "remote", "salary_min", "salary_max", "salary_currency", "source",
    "source_detail", "url", "description", "date_applied", "excitement", "stage",
    "furthest_stage", "outcome", "outcome_date", "notes", "last_activity",
)


class DuplicateApplication(Conflict):
    """The same company and role is already tracked and live; `existing` is that one."""

    def __init__(self, existing: Application) -> None:
        self.existing = existing
        since = f", since {existing.date_applied}" if existing.date_applied else ""
        super().__init__(
            f"{existing.role} at {existing.company} is already tracked as #{existing.id} "
            f"({existing.status}{since}); nothing was added"
        )


def same_words(a: str, b: str) -> bool:
    """The same words, whatever the case and spacing ("Data  analyst" is "Data Analyst")."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _stored(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def _event(c: Any, app_id: int, kind: EventKind, when: Any, origin: Origin,
           stage: Stage | None, summary: str, details: dict[str, Any] | None = None) -> int:
    return store.add_event(c, {
        "application_id": app_id, "kind": kind.value, "occurred_at": when,
        "origin": origin.value, "stage": stage.value if stage else None, "round": None,
        "interview_type": None, "summary": summary, "details": details or {}})


def _application(c: Any, app_id: int) -> Application:
    found = store.application(c, app_id)
    if found is None:
        raise NotFound(f"no application #{app_id}")
    return found


class LeanWrites(ServicePart):
    """`add`, `move` and `note` of ApplicationsService, on Core (same checks, messages and
    rows)."""

    def duplicate_of(self, c: Any, company: str, role: str) -> Application | None:
        for app in store.of_company(c, company.strip()):
            if app.is_live and same_words(app.role, role):
                return app
        return None

    def add(self, app: Application, *, origin: Origin = Origin.USER,
            again: bool = True) -> Application:
        with self.db.writing() as c:
            if not again and (found := self.duplicate_of(c, app.company, app.role)) is not None:
                raise DuplicateApplication(found)
            validate_application(app)
            for name in ("date_applied", "outcome_date"):
                day = getattr(app, name)
                if day is not None:
                    try:
                        self.past_day(day, "")
                    except InvalidValue as exc:
                        raise FieldError(name, str(exc)) from None
            if app.date_applied is None and app.stage != Stage.SAVED:
                app.date_applied = self.today()
            if app.furthest_stage.rank < app.stage.rank:
                app.furthest_stage = app.stage
            app.last_activity = app.date_applied or self.today()
            values = {name: _stored(getattr(app, name)) for name in EDITABLE}
            if app.uid:
                values["uid"] = app.uid
            app_id = store.add_application(
                c, store.company(c, app.company), values,
                sorted({tag.strip().lower() for tag in app.tags if tag.strip()}))
            _event(c, app_id, EventKind.CREATED, self.moment(app.date_applied), origin,
                   app.stage, f"Added at stage {app.stage.value}")
            return _application(c, app_id)

    def move(self, app_id: int, stage: Stage, *, on: date | None = None, note: str = "",
             origin: Origin = Origin.USER) -> Application:
        """Move to a stage. A ghosted application that moves is revived."""
        with self.db.writing() as c:
            row = store.row_state(c, app_id)
            if row is None:
                raise NotFound(f"no application #{app_id}")
            was = Stage(row["stage"])
            outcome = Outcome(row["outcome"]) if row["outcome"] else None
            day = self.past_day(on, "the date of this move")
            check_order(row["date_applied"], day, "the date applied", "the date of this move")
            if outcome in (Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.ACCEPTED):
                raise Conflict(
                    f"#{app_id} is closed ({outcome.value}); it cannot move to {stage.value}"
                )
            if stage == was and outcome is None:
                return _application(c, app_id)  # already there: nothing recorded
            changes: dict[str, Any] = {"stage": stage, "last_activity": day}
            if outcome == Outcome.GHOSTED:
                changes.update(outcome=None, outcome_date=None)
                _event(c, app_id, EventKind.REVIVED, self.moment(day), origin, None,
                       "An answer came after all")
            if stage.rank > Stage(row["furthest_stage"]).rank:
                changes["furthest_stage"] = stage
            if stage == Stage.ACCEPTED:
                changes.update(outcome=Outcome.ACCEPTED, outcome_date=day)
            if row["date_applied"] is None and stage != Stage.SAVED:
                changes["date_applied"] = day
            # as the ORM writes them: the columns whose value changes (and `updated_at`, the
            # column's own onupdate)
            moved = {k: _stored(v) for k, v in changes.items() if row[k] != _stored(v)}
            if moved:
                store.update_application(c, app_id, moved)
            kind = EventKind.OFFER if stage == Stage.OFFER else EventKind.STAGE_CHANGED
            _event(c, app_id, kind, self.moment(day), origin, stage,
                   note or f"{was.value} → {stage.value}", {"from": was.value, "to": stage.value})
            return _application(c, app_id)

    def note(self, app_id: int, text: str, *, on: date | None = None) -> Event:
        if not text.strip():
            raise InvalidValue("the note is empty")
        with self.db.writing() as c:
            day = self.past_day(on, "the date of the note")
            row = store.row_state(c, app_id)
            if row is None:
                raise NotFound(f"no application #{app_id}")
            if row["last_activity"] is None or day > row["last_activity"]:
                # forward only, as any other event (ApplicationsService.note)
                store.update_application(c, app_id, {"last_activity": day})
            when = self.moment(day)
            event_id = _event(c, app_id, EventKind.NOTE, when, Origin.USER, None, text.strip())
            return Event(application_id=app_id, kind=EventKind.NOTE, occurred_at=when,
                         origin=Origin.USER, id=event_id, summary=text.strip(), details={})

    def withdraw(self, app_id: int, *, on: date | None = None, reason: str = "") -> Application:
        """ApplicationsService.withdraw on Core."""
        with self.db.writing() as c:
            row = store.row_state(c, app_id)
            if row is None:
                raise NotFound(f"no application #{app_id}")
            if row["outcome"] is not None and row["outcome"] != Outcome.GHOSTED.value:
                raise Conflict(f"#{app_id} is already closed ({row['outcome']})")
            day = self.past_day(on, "the withdrawal date")
            check_order(row["date_applied"], day, "the date applied", "the withdrawal date")
            changes = {"outcome": Outcome.WITHDRAWN.value, "outcome_date": day,
                       "last_activity": day}
            moved = {k: v for k, v in changes.items() if row[k] != v}
            if moved:
                store.update_application(c, app_id, moved)
            _event(c, app_id, EventKind.WITHDRAWAL, self.moment(day), Origin.USER,
                   Stage(row["stage"]), reason or "You withdrew")
            return _application(c, app_id)

    def edit(self, app_id: int, changes: dict[str, Any]) -> Application:
        """ApplicationsService.edit on Core: change fields (not the stage or the outcome)."""
        allowed = {f.name for f in fields(Application)} - {
            "id", "uid", "created_at", "updated_at", "stage", "furthest_stage", "outcome",
        }
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidValue(f"cannot edit {', '.join(sorted(unknown))} here")
        with self.db.writing() as c:
            current = _application(c, app_id)
            for name, value in changes.items():
                setattr(current, name, value)
            validate_application(current)
            for name in ("date_applied", "outcome_date"):
                day = getattr(current, name)
                if day is not None and name in changes:
                    try:
                        self.past_day(day, "")
                    except InvalidValue as exc:
                        raise FieldError(name, str(exc)) from None
            columns: dict[str, Any] = {}
            for name, value in changes.items():
                if name == "company":
                    columns["company_id"] = store.company(c, value)
                elif name == "tags":
                    store.set_tags(c, app_id, value)
                elif name in EDITABLE:
                    columns[name] = _stored(value)
                else:
                    raise KeyError(name)
            row = store.row_values(c, app_id, list(columns)) if columns else {}
            # as the ORM writes them: only the columns whose value changes (then `updated_at`)
            moved = {k: v for k, v in columns.items() if row is not None and row[k] != v}
            if moved:
                store.update_application(c, app_id, moved)
            _event(c, app_id, EventKind.EDITED, self.now(), Origin.USER, None,
                   "Edited " + ", ".join(sorted(changes)), {"fields": sorted(changes)})
            return _application(c, app_id)

    def crisis_card(self, text: str) -> Any:
        """The crisis message for a text the person wrote, or None (RecoveryService.check_text,
        without loading the recovery service's repositories)."""
        if not text or not text.strip():
            return None  # no words: the crisis check's modules (~150 ms) stay unloaded
        from bounceback.domain.recovery import CrisisLevel
        from bounceback.recovery import crisis

        found = crisis.assess(text)
        if found.level == CrisisLevel.NONE:
            return None  # the usual case: no message, and no settings to read for one
        return crisis.crisis_message(found.level, self.app.preferences().crisis_country)

