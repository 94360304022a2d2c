"""Recovery: the guided rejection flow, check-ins, private writing, support people, windows.

Every step is a method the CLI and the web call alike; `reject` can take the whole flow at once
(check-in, journal entry, outreach) and stores all of it or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bounceback.domain.errors import InvalidValue, NotFound
from bounceback.domain.models import Application, Event, Rejection, RejectionReasonEntry, Timeline
from bounceback.domain.recovery import (
    CheckIn,
    CrisisLevel,
    JournalEntry,
    RecoveryWindow,
    WritingKind,
)
from bounceback.domain.vocabulary import EventKind, InterviewType, RejectionChannel, Stage
from bounceback.recovery import checkin as checkins
from bounceback.recovery import crisis, emotions, support, window, writing
from bounceback.recovery.acknowledge import Acknowledgement, full_acknowledgement
from bounceback.services.recovery_drafts import (
    CheckInDraft,
    EntryDraft,
    OutreachDraft,
    RejectionFlow,
    Saved,
    rejected_at,
    worse,
)
from bounceback.services.recovery_support import SupportPart
from bounceback.storage.repos import events as events_repo
from bounceback.storage.repos import recovery as repo
from bounceback.storage.repos import rejections as rejections_repo


@dataclass(frozen=True)
class RejectionPage:
    """A rejection's page, its recovery parts (`RecoveryService.for_page`)."""

    acknowledgement: Acknowledgement
    window: RecoveryWindow
    prompt: writing.WritingPrompt | None


class RecoveryService(SupportPart):
    # ---- the rejection flow

    def reject(
        self,
        app_id: int | None = None,
        *,
        new_application: Application | None = None,
        on: date | None = None,
        channel: RejectionChannel = RejectionChannel.EMAIL,
        text: str = "",
        stage_reached: Stage | None = None,
        hurt: int | None = None,
        window_days: int | None = None,
        reasons: list[RejectionReasonEntry] | None = None,
        check_in: CheckInDraft | None = None,
        entry: EntryDraft | None = None,
        outreach: OutreachDraft | None = None,
        email_id: int | None = None,
    ) -> RejectionFlow:
        """Record a rejection (creating its application when `new_application` is given),
        open its recovery window, and store the optional steps: one transaction."""
        if (app_id is None) == (new_application is None):
            raise InvalidValue("name one application, or give the new one to create")
        hurt = window.check_hurt(hurt) if hurt is not None else None
        prefs = self.app.preferences()
        days = window.window_days(prefs.recovery_window_days, hurt)
        if window_days is not None:
            days = window.check_days(window_days)
        ci = self._checked_check_in(check_in) if check_in else None
        body = writing.check_entry_text(entry.text) if entry else None
        message = support.check_message(outreach.message) if outreach else None
        # The person's own words in the flow get the crisis check; an imported email's text is
        # the employer's, not theirs.
        own_words = [text] if email_id is None else []
        if outreach is not None:
            own_words.append(outreach.message)
        if email_id is not None:  # its text and day: read as the lean reject reads them
            text, on = self.app.lean_reject.from_email(email_id, on)
        day = self.past_day(on, "the rejection date")
        with self.db.session() as s:
            created = False
            if new_application is not None:
                rejected_at(new_application, stage_reached, day)
                app_id = self.app.applications.add(new_application).id
                created = True
            assert app_id is not None
            rejection = self.app.rejections.record(
                app_id, on=day, channel=channel, text=text, reasons=reasons,
                stage_reached=stage_reached, hurt=hurt,
            )
            assert rejection.id is not None
            opened = repo.save_window(
                s, RecoveryWindow(rejection.id, rejection.received_on, days, hurt)
            )
            application = self.app.applications.get(app_id)
            flow = RejectionFlow(
                application=application, rejection=rejection,
                acknowledgement=self._acknowledge(s, rejection, application),
                window=opened, created_application=created,
            )
            if ci is not None:
                flow.saved = self._store_check_in(s, ci, rejection.id)
            if entry is not None and body is not None:
                saved = self._store_entry(s, entry, body, rejection.id)
                flow.saved.entry = saved.entry
                flow.saved.crisis = _worse(flow.saved.crisis, saved.crisis)
            if outreach is not None:
                flow.outreach = self.record_outreach(
                    outreach.person_id, outreach.reached_out, message or "", rejection.id
                )
            for words in own_words:
                flow.saved.crisis = _worse(flow.saved.crisis, self.check_text(words))
            flow.writing_prompt = self.writing_prompt(rejection.id)
            if outreach is None:
                flow.support = self.suggest_support(rejection.id)
            return flow

    def _acknowledge(
        self, s: Any, rejection: Rejection, application: Application,
        events: list[Event] | None = None,
    ) -> Acknowledgement:
        assert application.id is not None  # a stored application
        if events is None:
            events = events_repo.for_application(s, application.id)
        held = [e for e in events if e.kind == EventKind.INTERVIEW_HELD]
        final = any(e.interview_type == InterviewType.FINAL for e in held)
        return full_acknowledgement(rejection, application, rounds=len(held), final_round=final)

    def for_page(self, timeline: Timeline) -> RejectionPage:
        """What a rejection's page shows of recovery, from the page's already-read timeline
        (its `rejection`: the page's): the acknowledgement, the window and today's prompt.
        Nothing of the timeline is read again."""
        rejection = timeline.rejection
        assert rejection is not None and rejection.id is not None
        ack = self._acknowledge(None, rejection, timeline.application, timeline.events)
        found = self._window(rejection)
        return RejectionPage(ack, found, self.writing_prompt(rejection.id, window_now=found))

    # ---- check-ins

    def _checked_check_in(self, draft: CheckInDraft) -> CheckIn:
        return checkins.build_check_in(
            draft.mood, draft.emotions, draft.something_else, recorded_at=self.now()
        )

    def _store_check_in(self, s: Any, check_in: CheckIn, rejection_id: int | None) -> Saved:
        found = crisis.assess_check_in(check_in)
        check_in.crisis_level = found.level
        check_in.rejection_id = rejection_id
        stored = repo.add_check_in(s, check_in)
        message = None if found.level == CrisisLevel.NONE else crisis.crisis_message(
            found.level, self.app.preferences().crisis_country)  # no message: no settings read
        return Saved(check_in=stored, crisis=message, reflection=checkins.reflect(stored))

    def check_in(self, draft: CheckInDraft, rejection_id: int | None = None) -> Saved:
        """Store a check-in; tied to the given rejection, else to the newest open window's."""
        check_in = self._checked_check_in(draft)
        with self.db.session() as s:
            if rejection_id is None:
                rejection_id = self._current_rejection(s)
            else:
                self._rejection(rejection_id)
            return self._store_check_in(s, check_in, rejection_id)

    def check_text(self, text: str) -> crisis.CrisisMessage | None:
        """The crisis message for any text the person wrote (a note, a message to a friend, a
        rejection pasted with their own words), for their country; None when there is nothing
        to show. Nothing is stored. (One rule with the CLI's lean `note`.)"""
        return self.app.lean_writes.crisis_card(text)  # type: ignore[no-any-return]

    def saved_check_in(self, check_in_id: int) -> Saved:
        """A stored check-in as it was answered when saved (reflection, crisis message): the
        page a check-in form redirects to reads it here."""
        with self.db.session() as s:
            found = repo.check_ins(s, check_in_id=check_in_id)
        if not found:
            raise NotFound(f"no check-in #{check_in_id}")
        country = self.app.preferences().crisis_country
        return Saved(check_in=found[0], crisis=crisis.crisis_message(found[0].crisis_level, country),
                     reflection=checkins.reflect(found[0]))

    def saved_entry(self, entry_id: int) -> Saved:
        """A stored journal entry's crisis message, for the page after writing (no text)."""
        with self.db.session() as s:
            entry = repo.get_entry(s, entry_id)
        country = self.app.preferences().crisis_country
        return Saved(entry=entry, crisis=crisis.crisis_message(entry.crisis_level, country))

    def check_ins(self) -> list[CheckIn]:
        with self.db.session() as s:
            return repo.check_ins(s)

    def suggest_emotions(self, text: str) -> list[emotions.EmotionSuggestion]:
        return emotions.suggest(text)

    def _windows(self, s: Any, rejections: list[Rejection] | None = None) -> list[RecoveryWindow]:
        """Stored windows, plus a default one for each rejection recorded elsewhere (an
        imported email, the web), so that every rejection gets its days of recovery.
        `rejections`: every rejection, when the caller has read them already."""
        stored = {w.rejection_id: w for w in repo.windows(s)}
        days = self.app.preferences().recovery_window_days
        if rejections is None:
            rejections = rejections_repo.all_rejections(s)
        for r in rejections:
            if r.id is not None and r.id not in stored:
                hurt = r.hurt if r.hurt is not None and 0 <= r.hurt <= 10 else None
                stored[r.id] = window.open_window(r.id, r.received_on, days, hurt)
        return sorted(stored.values(), key=lambda w: (w.starts_on, w.rejection_id))

    def _current_rejection(self, s: Any) -> int | None:
        """The rejection of the newest open window (read from the last weeks' windows only)."""
        from bounceback.services import recovery_reads

        prefs = self.app.preferences()
        with self.db.reader() as r:
            placed = recovery_reads.windows_since(
                r, self.today() - timedelta(days=window.WINDOW_MAX_DAYS + 1), self.today(),
                prefs.recovery_window_days)
        opened = window.open_windows([p.window for p in placed], self.today())
        return opened[-1].rejection_id if opened else None

    def window_of(self, rejection_id: int) -> RecoveryWindow:
        """The rejection's window: its own, or the default one every rejection gets."""
        return self._window(self._rejection(rejection_id))

    def _window(self, rejection: Rejection) -> RecoveryWindow:
        assert rejection.id is not None
        with self.db.session() as s:
            stored = repo.window_for(s, rejection.id)
        if stored is not None:
            return stored
        hurt = rejection.hurt if rejection.hurt is not None and 0 <= rejection.hurt <= 10 else None
        return window.open_window(rejection.id, rejection.received_on,
                                  self.app.preferences().recovery_window_days, hurt)

    # ---- private writing

    def writing_prompt(
        self, rejection_id: int | None = None, kind: WritingKind = WritingKind.EXPRESSIVE,
        window_now: RecoveryWindow | None = None,
    ) -> writing.WritingPrompt | None:
        """Today's prompt for this rejection's window, or None when not offered today.
        `window_now`: the rejection's window (`window_of`), when the caller has it."""
        minutes = self.app.preferences().writing_minutes
        with self.db.session() as s:
            if rejection_id is None:
                rejection_id = self._current_rejection(s)
            if rejection_id is None:
                return None
            if window_now is not None and window_now.rejection_id == rejection_id:
                found = window_now
            elif repo.window_for(s, rejection_id) is None and \
                    rejections_repo.get(s, rejection_id) is None:
                return None
            else:
                found = self.window_of(rejection_id)
            session = writing.should_offer(found, repo.entries(s, rejection_id=rejection_id),
                                           self.today())
        return writing.prompt_for(kind, session, minutes) if session else None

    def _store_entry(self, s: Any, draft: EntryDraft, body: str, rejection_id: int | None) -> Saved:
        found = crisis.assess(body)
        stored = repo.add_entry(
            s,
            JournalEntry(
                text=body, written_at=self.now(), kind=draft.kind, prompt=draft.prompt,
                minutes=draft.minutes, rejection_id=rejection_id, crisis_level=found.level,
            ),
        )
        return Saved(
            entry=stored,
            crisis=crisis.crisis_message(found.level, self.app.preferences().crisis_country),
        )

    def write(self, draft: EntryDraft, rejection_id: int | None = None) -> Saved:
        """Save a journal entry (never empty), after the crisis check."""
        body = writing.check_entry_text(draft.text)
        if draft.minutes is not None and not 0 <= draft.minutes <= 24 * 60:
            raise InvalidValue(f"minutes written: {draft.minutes} is not a duration")
        with self.db.session() as s:
            if rejection_id is None:
                rejection_id = self._current_rejection(s)
            else:
                self._rejection(rejection_id)
            return self._store_entry(s, draft, body, rejection_id)

    def journal(self) -> list[JournalEntry]:
        with self.db.session() as s:
            return repo.entries(s)

    def entry(self, entry_id: int) -> JournalEntry:
        with self.db.session() as s:
            return repo.get_entry(s, entry_id)

    def delete_entry(self, entry_id: int) -> None:
        """Delete for good: freed pages zeroed, on SQLite the file rewritten and the WAL emptied.

        When another program held the database open for reading all the while, the entry is
        gone from the database but its old page may stay in the `-wal` file until that program
        lets go: `data.scrub_pending()` is then True, and the user must be told.
        """
        with self.db.session() as s:
            repo.scrub_sqlite(s)
            repo.delete_entry(s, entry_id)
        self.app.data.compact()

    def wipe_private(self) -> dict[str, int]:
        """Delete every check-in, journal entry, support person and outreach, for good
        (`data.scrub_pending()` says whether a reader kept a copy in the WAL meanwhile)."""
        with self.db.session() as s:
            counts = repo.count_private(s)
            repo.scrub_sqlite(s)
        self.app.data.wipe(private_only=True)
        return counts

    # ---- windows

    def windows(self) -> list[RecoveryWindow]:
        with self.db.session() as s:
            return self._windows(s)

    def set_window(
        self, rejection_id: int, *, days: int | None = None, hurt: int | None = None
    ) -> RecoveryWindow:
        """Resize a rejection's window: by days, or by how much it hurt."""
        if days is None and hurt is None:
            raise InvalidValue("give --days or --hurt to change the window")
        rejection = self._rejection(rejection_id)
        prefs = self.app.preferences()
        with self.db.session() as s:
            current = repo.window_for(s, rejection_id) or RecoveryWindow(
                rejection_id, rejection.received_on, prefs.recovery_window_days
            )
            if hurt is not None:
                current.hurt = window.check_hurt(hurt)
                current.days = window.window_days(prefs.recovery_window_days, current.hurt)
            if days is not None:
                current.days = window.check_days(days)
            return repo.save_window(s, current)

    def end_window(self, rejection_id: int) -> RecoveryWindow:
        """The candidate feels ready: the window closes today and the plan shows."""
        with self.db.session() as s:
            current = next((w for w in self._windows(s) if w.rejection_id == rejection_id), None)
            if current is None:
                raise NotFound(f"no rejection #{rejection_id}")
            current.closed_on = self.today()
            return repo.save_window(s, current)

    def in_window(self, on: date | None = None) -> bool:
        """True while a recovery window is open: other parts can keep `today` quiet then."""
        return self.app.views.in_window(on)

    # ---- status and resilience (the views part: services/recovery_reads.py)

    def status(self, on: date | None = None) -> Any:
        return self.app.views.recovery_status(on)

    def resilience(self, limit: int | None = None) -> Any:
        """Resilience over time; `limit`: only the latest that many records (with the total)."""
        return self.app.views.resilience(limit)


_worse = worse


__all__ = [
    "CheckInDraft", "CrisisLevel", "EntryDraft", "OutreachDraft", "RecoveryService",
    "RejectionFlow", "Saved",
]
