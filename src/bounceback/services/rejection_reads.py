"""The web's recovery pages read through the lean read layer (plain DB-API, one snapshot, no ORM
session): a rejection's page (`/rejections/:id`: the application's timeline with its rejection,
the acknowledgement, the window and today's writing prompt, the support suggestion), a saved
check-in (`?checkin=ID` after the form's redirect, on that page and on `/checkin`) and the
writing page's prompt (`/journal/write`). What RecoveryService's methods (`for_page`,
`writing_prompt`, `saved_check_in`, `suggest_support`) give, from the same rows:
tests/web/test_lean_recovery_pages.py renders each page both ways on both engines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from bounceback.domain.models import Timeline
from bounceback.domain.recovery import RecoveryWindow, WritingKind
from bounceback.domain.vocabulary import EventKind, InterviewType
from bounceback.recovery import window, writing
from bounceback.storage.readmodel import own_rows
from bounceback.storage.readmodel import timeline_queries as tq
from bounceback.storage.readmodel.reader import Reader, as_date

if TYPE_CHECKING:
    from bounceback.config import Preferences
    from bounceback.services.recovery import RejectionPage, Saved


@dataclass(frozen=True)
class RejectionView:
    """What a rejection's page reads: the timeline (with the rejection) and, when recovery is
    on, its parts, the support people, the suggestion (when asked for) and a saved check-in
    (when the page names one)."""

    timeline: Timeline
    recovery: RejectionPage | None
    people: list[Any] | None = None
    suggestion: Any = None
    saved: Saved | None = None
    prefs: Preferences | None = None  # read in the same snapshot


def window_for(r: Reader, rejection_id: int) -> RecoveryWindow | None:
    """The rejection's stored window, or None."""
    row = r.one("SELECT rejection_id, starts_on, days, hurt, closed_on FROM recovery_windows "
                "WHERE rejection_id = :id", id=rejection_id)
    if row is None:
        return None
    return RecoveryWindow(rejection_id=row[0], starts_on=as_date(row[1]),  # type: ignore[arg-type]
                          days=row[2], hurt=row[3], closed_on=as_date(row[4]))


def default_window(rejection: Any, days: int) -> RecoveryWindow:
    """The window every rejection gets when none is stored (RecoveryService._window)."""
    hurt = rejection.hurt if rejection.hurt is not None and 0 <= rejection.hurt <= 10 else None
    return window.open_window(rejection.id, rejection.received_on, days, hurt)


def prompt(r: Reader, rejection_id: int, kind: WritingKind, prefs: Preferences, today: date,
           window_now: RecoveryWindow | None = None) -> writing.WritingPrompt | None:
    """Today's prompt for this rejection's window, or None (RecoveryService.writing_prompt)."""
    if window_now is not None and window_now.rejection_id == rejection_id:
        found = window_now
    else:
        stored = window_for(r, rejection_id)
        if stored is None:
            rejection = tq.rejection(r, None, rejection_id=rejection_id)
            if rejection is None:
                return None
            stored = default_window(rejection, prefs.recovery_window_days)
        found = stored
    session = writing.should_offer(found, own_rows.journal(r, rejection_id=rejection_id), today)
    return writing.prompt_for(kind, session, prefs.writing_minutes) if session else None


def rejection_page(r: Reader, rejection_id: int, *, recovery: bool, prefs: Preferences,
                   today: date) -> RejectionView | None:
    """The rejection's page, or None when there is no such rejection."""
    from bounceback.recovery.acknowledge import full_acknowledgement
    from bounceback.services.recovery import RejectionPage

    known = tq.rejection(r, None, rejection_id=rejection_id)
    found = tq.timeline(r, known.application_id, known) if known is not None else None
    if found is None or found.rejection is None:
        return None
    if not recovery:
        return RejectionView(found, None)
    rejection = found.rejection
    held = [e for e in found.events if e.kind == EventKind.INTERVIEW_HELD]
    ack = full_acknowledgement(rejection, found.application, rounds=len(held),
                               final_round=any(e.interview_type == InterviewType.FINAL
                                               for e in held))
    shown = window_for(r, rejection_id) or default_window(rejection, prefs.recovery_window_days)
    return RejectionView(found, RejectionPage(ack, shown, prompt(
        r, rejection_id, WritingKind.EXPRESSIVE, prefs, today, window_now=shown)))


def saved_check_in(r: Reader, check_in_id: int, country: str) -> Saved | None:
    """A stored check-in as it was answered when saved, or None when there is none."""
    from bounceback.recovery import checkin, crisis
    from bounceback.services.recovery import Saved

    found = own_rows.check_ins(r, check_in_id=check_in_id)
    if not found:
        return None
    return Saved(check_in=found[0], crisis=crisis.crisis_message(found[0].crisis_level, country),
                 reflection=checkin.reflect(found[0]))


# ---- for the pages: each one snapshot ------------------------------------------------------


def page_of(bb: Any, rejection_id: int, *, recovery: bool, check_in: int | None = None,
            suggest: bool = False) -> RejectionView:
    """The rejection's page, everything it shows from one snapshot (NotFound when there is no
    such rejection): with recovery on, the support people, the check-in `check_in` when it is
    this rejection's, and the suggestion when `suggest` or a check-in was just saved."""
    from dataclasses import replace

    from bounceback.config import Preferences
    from bounceback.domain.errors import NotFound
    from bounceback.recovery import support
    from bounceback.storage.readmodel import queries

    today = bb.clock().date()
    with bb.db.reader() as r:
        prefs = Preferences().with_values(queries.settings(r))
        found = rejection_page(r, rejection_id, recovery=recovery, prefs=prefs, today=today)
        if found is None:
            raise NotFound(f"no rejection #{rejection_id}")
        if not recovery:
            return replace(found, prefs=prefs)
        people = own_rows.people(r)
        saved = saved_check_in(r, check_in, prefs.crisis_country) if check_in else None
    if saved is not None and (saved.check_in is None
                              or saved.check_in.rejection_id != rejection_id):
        saved = None
    rejection = found.timeline.rejection
    assert rejection is not None
    suggestion = support.suggest(people, rejection.stage_reached, found.timeline.application
                                 .company) if suggest or saved is not None else None
    return replace(found, people=people, suggestion=suggestion, saved=saved, prefs=prefs)


def saved_of(bb: Any, check_in_id: int) -> Saved | None:
    country = bb.preferences().crisis_country
    with bb.db.reader() as r:
        return saved_check_in(r, check_in_id, country)


def prompt_of(bb: Any, rejection_id: int | None, kind: WritingKind
              ) -> tuple[Preferences, writing.WritingPrompt | None]:
    """The writing page's reads in one snapshot: the preferences and today's prompt for this
    rejection (None without one)."""
    from bounceback.config import Preferences
    from bounceback.storage.readmodel import queries

    today = bb.clock().date()
    with bb.db.reader() as r:
        prefs = Preferences().with_values(queries.settings(r))
        found = prompt(r, rejection_id, kind, prefs, today) if rejection_id else None
    return prefs, found


