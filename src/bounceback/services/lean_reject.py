"""`reject` without the ORM (issue 16): RecoveryService.reject's rows and answer (the rejection,
the application closed, its event, the recovery window, a check-in and a journal entry given
with it, the acknowledgement, today's writing prompt and the support suggestion), as SQLAlchemy
Core statements in one Database.writing transaction; what the answer shows is read through the
lean read layer's queries on the same connection (it sees what the transaction wrote).

Since round 21 its reasons too (with the practice cards they call for, storage/core_practice.py)
and an imported email's text (`--from-email`, read here for both ways); since round 22 an
outreach too (`--reached-out`: the support rotation moves on from that person): every `reject`.
tests/services/test_lean_writes20.py runs each both ways on SQLite and PostgreSQL and compares
every table and the whole answer."""

from __future__ import annotations

from datetime import date
from typing import Any

from bounceback.domain.dates import check_order
from bounceback.domain.errors import Conflict, InvalidValue, NotFound
from bounceback.domain.models import Application, Rejection, RejectionReasonEntry
from bounceback.domain.recovery import Outreach, RecoveryWindow, WritingKind
from bounceback.domain.vocabulary import (
    EventKind,
    InterviewType,
    Origin,
    Outcome,
    RejectionChannel,
    Stage,
)
from bounceback.recovery import checkin as checkins
from bounceback.recovery import support, window, writing
from bounceback.services.base import ServicePart
from bounceback.services.recovery_drafts import (
    CheckInDraft,
    EntryDraft,
    OutreachDraft,
    RejectionFlow,
    Saved,
    rejected_at,
    worse,
)


class LeanReject(ServicePart):
    """RecoveryService.reject on Core."""

    def reject(
        self, app_id: int | None = None, *, new_application: Application | None = None,
        on: date | None = None, channel: RejectionChannel = RejectionChannel.EMAIL,
        text: str = "", stage_reached: Stage | None = None, hurt: int | None = None,
        window_days: int | None = None, check_in: CheckInDraft | None = None,
        entry: EntryDraft | None = None, email_id: int | None = None,
        reasons: list[RejectionReasonEntry] | None = None,
        outreach: OutreachDraft | None = None,
    ) -> RejectionFlow:
        """Record a rejection (creating its application when `new_application` is given), open
        its recovery window, and store the optional check-in and entry: one transaction. With
        `email_id`, the rejection's text and day (unless `on`) are the imported email's."""
        from bounceback.recovery.crisis_message import crisis_message
        from bounceback.storage import core_recovery as store

        if (app_id is None) == (new_application is None):
            raise InvalidValue("name one application, or give the new one to create")
        hurt = window.check_hurt(hurt) if hurt is not None else None
        prefs = self.app.preferences()
        days = window.window_days(prefs.recovery_window_days, hurt)
        if window_days is not None:
            days = window.check_days(window_days)
        ci = checkins.build_check_in(check_in.mood, check_in.emotions, check_in.something_else,
                                     recorded_at=self.now()) if check_in else None
        body = writing.check_entry_text(entry.text) if entry else None
        message = support.check_message(outreach.message) if outreach else None
        if email_id is not None:
            text, on = self.from_email(email_id, on)
        day = self.past_day(on, "the rejection date")
        with self.db.writing() as c:
            created = False
            if new_application is not None:
                rejected_at(new_application, stage_reached, day)
                app_id = self.app.lean_writes.add(new_application).id
                created = True
            assert app_id is not None
            rejection = self._record(c, app_id, day, channel, text, stage_reached, hurt,
                                     reasons)
            assert rejection.id is not None
            opened = RecoveryWindow(rejection.id, rejection.received_on, days, hurt)
            store.add_window(c, rejection.id, {"starts_on": opened.starts_on, "days": days,
                                               "hurt": hurt, "closed_on": None})
            r = store.reader_on(c)
            try:
                flow = self._answer(r, rejection, opened, created)
            finally:
                r.close()
            if ci is not None:
                ci.crisis_level = checkins.crisis_level(ci)
                ci.rejection_id = rejection.id
                ci.id = store.add_check_in(c, ci)
                flow.saved = Saved(check_in=ci, crisis=crisis_message(
                    ci.crisis_level, prefs.crisis_country), reflection=checkins.reflect(ci))
            if entry is not None and body is not None:
                from bounceback.domain.recovery import JournalEntry
                from bounceback.recovery import crisis

                level = crisis.assess(body).level
                made = JournalEntry(text=body, written_at=self.now(), kind=entry.kind,
                                    prompt=entry.prompt, minutes=entry.minutes,
                                    rejection_id=rejection.id, crisis_level=level)
                made.id = store.add_entry(c, made)
                flow.saved.entry = made
                flow.saved.crisis = worse(flow.saved.crisis, crisis_message(
                    level, prefs.crisis_country))
            if outreach is not None:  # the rotation moves on from them; no suggestion then
                made_at = self.now()
                flow.outreach = Outreach(outreach.person_id, made_at, outreach.reached_out,
                                         message or "", rejection.id)
                flow.outreach.id = store.add_outreach(c, flow.outreach)
                flow.support = None
            # the person's own words get the crisis check; an imported email's text is the
            # employer's, not theirs
            for words in ([text] if email_id is None else []) + (
                    [outreach.message] if outreach is not None else []):
                flow.saved.crisis = worse(flow.saved.crisis,
                                          self.app.lean_writes.crisis_card(words))
            r = store.reader_on(c)
            try:  # after the entry: today's prompt counts it (RecoveryService.reject)
                flow.writing_prompt = self._prompt(r, rejection.id, opened)
            finally:
                r.close()
            return flow

    def from_email(self, email_id: int, on: date | None) -> tuple[str, date | None]:
        """An imported email's text, and the rejection's day: `on`, else the day the email came
        (today at the latest: a sender's clock may run ahead of ours)."""
        from bounceback.storage.readmodel.inbox_queries import email_text

        with self.db.reader() as r:
            found = email_text(r, email_id)
        if found is None:
            raise NotFound(f"no imported email #{email_id}; `bounceback emails` lists them")
        text, received = found
        if on is None and received is not None:
            on = min(received.date(), self.today())
        return text, on

    def _record(self, c: Any, app_id: int, day: date, channel: RejectionChannel, text: str,
                stage_reached: Stage | None, hurt: int | None,
                reasons: list[RejectionReasonEntry] | None) -> Rejection:
        """RejectionsService.record: the rejection and its reasons, the application closed, its
        event, and the practice cards the reasons call for."""
        from bounceback.domain.reasons import check_reason
        from bounceback.storage import core_recovery as store
        from bounceback.storage import core_writes

        entries = list(reasons or [])
        for entry in entries:
            entry.reason = check_reason(entry.reason, allow_custom=True)
        app = core_writes.application(c, app_id)
        if app is None:
            raise NotFound(f"no application #{app_id}")
        if app.outcome is not None and app.outcome != Outcome.GHOSTED:
            raise Conflict(f"#{app_id} ({app.title}) is already closed as {app.outcome.value}; "
                           "nothing was recorded")
        day = self.past_day(day, "the rejection date")
        check_order(app.date_applied, day, "the date applied", "the rejection date")
        reached = stage_reached or app.furthest_stage
        if reached == Stage.SAVED:
            reached = Stage.APPLIED
        rejection_id = store.add_rejection(c, {
            "application_id": app_id, "stage_reached": reached.value, "received_on": day,
            "channel": channel.value, "text": text, "hurt": hurt, "recovery_days": None})
        changes: dict[str, Any] = {"outcome": Outcome.REJECTED.value, "outcome_date": day,
                                   "last_activity": day}
        if reached.rank > app.furthest_stage.rank:
            changes["furthest_stage"] = reached.value
        row = core_writes.row_values(c, app_id, list(changes))
        moved = {k: v for k, v in changes.items() if row is not None and row[k] != v}
        if moved:
            core_writes.update_application(c, app_id, moved)
        core_writes.add_event(c, {
            "application_id": app_id, "kind": EventKind.REJECTION.value,
            "occurred_at": self.moment(day), "origin": Origin.USER.value, "stage": reached.value,
            "round": None, "interview_type": None,
            "summary": f"Rejected at {reached.value} ({channel.value})",
            "details": {"rejection_id": rejection_id}})
        if entries:
            from bounceback.domain.reasons import reason_rows
            from bounceback.storage import core_practice

            store.add_reasons(c, reason_rows(rejection_id, entries))
            core_practice.for_rejection(c, app_id, entries, self.today())
        r = store.reader_on(c)
        try:
            from bounceback.storage.readmodel import timeline_queries as tq

            found = tq.rejection(r, None, rejection_id=rejection_id)
        finally:
            r.close()
        assert found is not None
        return found  # its reasons as kept (a repeat once, one primary), as the ORM's answer

    def _answer(self, r: Any, rejection: Rejection, opened: RecoveryWindow,
                created: bool) -> RejectionFlow:
        """The application as it is now, the acknowledgement and the support suggestion."""
        from bounceback.recovery.acknowledge import full_acknowledgement
        from bounceback.storage.readmodel import own_rows
        from bounceback.storage.readmodel import timeline_queries as tq

        application = tq.application(r, rejection.application_id)
        assert application is not None
        held = [e for e in tq.events(r, rejection.application_id)
                if e.kind == EventKind.INTERVIEW_HELD]
        ack = full_acknowledgement(rejection, application, rounds=len(held), final_round=any(
            e.interview_type == InterviewType.FINAL for e in held))
        return RejectionFlow(
            application=application, rejection=rejection, acknowledgement=ack,
            window=opened, created_application=created,
            support=support.suggest(own_rows.people(r), rejection.stage_reached,
                                    application.company))

    def _prompt(self, r: Any, rejection_id: int, opened: RecoveryWindow
                ) -> writing.WritingPrompt | None:
        from bounceback.services import rejection_reads

        return rejection_reads.prompt(r, rejection_id, WritingKind.EXPRESSIVE,
                                      self.app.preferences(), self.today(), window_now=opened)
