"""The CLI's check-in and journal entry without the ORM (issue 16): the same checks, messages
and rows as RecoveryService.check_in and .write (the web's oracle path until round 20, and the
tests'), as SQLAlchemy Core statements (storage/core_recovery.py) in one Database.writing
transaction; the rejection they belong to is read through the lean read layer. A process that
checks in or writes loads no mapped class, no repository and no session.
tests/services/test_lean_writes20.py runs each both ways on SQLite and PostgreSQL and compares
every table."""

from __future__ import annotations

from datetime import timedelta

from bounceback.domain.errors import InvalidValue, NotFound
from bounceback.domain.recovery import CrisisLevel, JournalEntry, WritingKind
from bounceback.recovery import checkin as checkins
from bounceback.recovery import window, writing
from bounceback.services.base import ServicePart
from bounceback.services.recovery_drafts import CheckInDraft, EntryDraft, Saved
from bounceback.storage import core_recovery as store


class LeanRecovery(ServicePart):
    """`check_in`, `write` and `writing_prompt` of RecoveryService, on Core."""

    def current_rejection(self) -> int | None:
        """The rejection of the newest open window (RecoveryService._current_rejection)."""
        from bounceback.services import recovery_reads

        prefs = self.app.preferences()
        with self.db.reader() as r:
            placed = recovery_reads.windows_since(
                r, self.today() - timedelta(days=window.WINDOW_MAX_DAYS + 1), self.today(),
                prefs.recovery_window_days)
        opened = window.open_windows([p.window for p in placed], self.today())
        return opened[-1].rejection_id if opened else None

    def rejection_of(self, app_id: int) -> int | None:
        """The id of the rejection recorded for an application, or None."""
        with self.db.reader() as r:
            return store.rejection_of(r, app_id)

    def _rejection(self, c: object, rejection_id: int | None) -> int | None:
        if rejection_id is None:
            return self.current_rejection()
        if not store.has_rejection(c, rejection_id):
            raise NotFound(f"no rejection #{rejection_id}; `bounceback recovery` lists them")
        return rejection_id

    def _message(self, level: CrisisLevel) -> object:
        if level == CrisisLevel.NONE:
            return None  # no message, and no settings to read for one
        from bounceback.recovery.crisis_message import crisis_message

        return crisis_message(level, self.app.preferences().crisis_country)

    def check_in(self, draft: CheckInDraft, rejection_id: int | None = None) -> Saved:
        """Store a check-in; tied to the given rejection, else to the newest open window's."""
        check_in = checkins.build_check_in(draft.mood, draft.emotions, draft.something_else,
                                           recorded_at=self.now())
        with self.db.writing() as c:
            check_in.rejection_id = self._rejection(c, rejection_id)
            check_in.crisis_level = checkins.crisis_level(check_in)
            check_in.id = store.add_check_in(c, check_in)
        return Saved(check_in=check_in, crisis=self._message(check_in.crisis_level),  # type: ignore[arg-type]
                     reflection=checkins.reflect(check_in))

    def write(self, draft: EntryDraft, rejection_id: int | None = None) -> Saved:
        """Save a journal entry (never empty), after the crisis check."""
        from bounceback.recovery import crisis

        body = writing.check_entry_text(draft.text)
        if draft.minutes is not None and not 0 <= draft.minutes <= 24 * 60:
            raise InvalidValue(f"minutes written: {draft.minutes} is not a duration")
        with self.db.writing() as c:
            entry = JournalEntry(
                text=body, written_at=self.now(), kind=draft.kind, prompt=draft.prompt,
                minutes=draft.minutes, rejection_id=self._rejection(c, rejection_id),
                crisis_level=crisis.assess(body).level)
            entry.id = store.add_entry(c, entry)
        return Saved(entry=entry, crisis=self._message(entry.crisis_level))  # type: ignore[arg-type]

    def writing_prompt(self, rejection_id: int | None = None,
                       kind: WritingKind = WritingKind.EXPRESSIVE) -> writing.WritingPrompt | None:
        """Today's prompt for this rejection's window (or the newest open one's), or None."""
        from bounceback.services import rejection_reads

        if rejection_id is None:
            rejection_id = self.current_rejection()
        return rejection_reads.prompt_of(self.app, rejection_id, kind)[1]
