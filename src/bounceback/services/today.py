"""`today`: what is due and what needs attention, from every capability, on one snapshot of the
read model. Nothing here imports the ORM: `bounceback today` starts and answers quickly.

A capability with something for `today` adds its lines here, in the order they are listed
(sections of equal `order` keep it).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from bounceback.services.base import TodayItem, TodaySection
from bounceback.storage.readmodel import due_queries

if TYPE_CHECKING:
    from bounceback.services import Bounceback
    from bounceback.storage.readmodel.reader import Reader

#: Interviews booked this many days ahead show in `today`.
INTERVIEW_DAYS = 7
#: `today` lists this many interviews, and this many tasks; a last line counts the rest.
LISTED = 25


def sections(bb: Bounceback, on: date, whole: str = "") -> list[TodaySection]:
    """Every section; the one named `whole` ("interviews", "tasks", "recovery" or "learning")
    listed in full."""
    from bounceback.learning.feedback import LET_GO_DAYS
    from bounceback.services import recovery_reads
    from bounceback.services.pipeline_reads import PipelineReads

    prefs = bb.preferences()
    with bb.db.reader() as r:
        pipeline = PipelineReads(r, on, prefs, bb.outlooks_kept)
        # the feedback follow-ups with the two counts the page needs (one round trip)
        follow_ups, cards, mail = due_queries.feedback_follow_ups(
            r, on, on - timedelta(days=LET_GO_DAYS),
            None if whole == "learning" else LISTED + 1)
        booked_listed = None if whole == "interviews" else LISTED
        tasks_listed = None if whole == "tasks" else LISTED
        first, last = _interview_span(on, INTERVIEW_DAYS)
        # one round trip for both lists and how many of each there are
        booked, due, booked_n, due_n = due_queries.booked_and_tasks(
            r, first, last, on + timedelta(days=1),
            None if booked_listed is None else booked_listed + 1,
            None if tasks_listed is None else tasks_listed + 1)
        found = (interviews(r, on, listed=booked_listed, rows=booked, total=booked_n)
                 + tasks(r, on, listed=tasks_listed, rows=due, total=due_n) + inbox(r, mail))
        recovery = recovery_reads.today_sections(
            r, on, prefs, pipeline, listed=None if whole == "recovery" else LISTED)
        in_window = any(s.key == "recovery" for s in recovery)
        found += recovery + pipeline.today_sections(in_window) + learning(
            r, on, cards, follow_ups, listed=None if whole == "learning" else LISTED)
    return sorted(found, key=lambda s: s.order)


def _interview_span(on: date, days: int) -> tuple[datetime, datetime]:
    first = datetime.combine(on, time.min)
    return first, first + timedelta(days=days + 1)


def interviews(r: Reader, on: date, days: int = INTERVIEW_DAYS, listed: int | None = LISTED,
               rows: list[tuple[Any, ...]] | None = None, total: int | None = None
               ) -> list[TodaySection]:
    """`rows`: the interviews booked, and `total` how many, when read already
    (`due_queries.booked_and_tasks`)."""
    first, last = _interview_span(on, days)
    if rows is None:
        rows = due_queries.booked_between(r, first, last, None if listed is None else listed + 1)
    items = [
        TodayItem(f"{at:%a %d %b %H:%M}: {role} at {company}"
                  + (f", round {round_}" if round_ else ""),
                  kind="interview", application_id=app_id, due=at.date())
        for at, app_id, company, role, round_ in rows
    ]
    if not items:
        return []
    more = 0
    if listed is not None and len(items) > listed:
        more = (due_queries.count_booked_between(r, first, last) if total is None
                else total) - listed
        items[listed:] = [TodayItem(f"and {more:,} more in the next {days} days: "
                                    "`bounceback calendar export`", kind="more")]
    return [TodaySection(key="interviews", title="Interviews coming up", items=items, order=15,
                         more=more)]


def tasks(r: Reader, on: date, listed: int | None = LISTED,
          rows: list[tuple[int, str, date, int | None, str | None]] | None = None,
          total: int | None = None) -> list[TodaySection]:
    """`rows`: the tasks due, and `total` how many, when read already
    (`due_queries.booked_and_tasks`)."""
    items = []
    by = on + timedelta(days=1)
    if rows is None:
        rows = due_queries.tasks_due(r, by, None if listed is None else listed + 1)
    for _, title, due, app_id, app_title in rows:
        when = "overdue" if due < on else ("today" if due == on else "tomorrow")
        about = f" — {app_title}" if app_title else ""
        items.append(TodayItem(text=f"{title}{about} ({when})", kind="task",
                               application_id=app_id, due=due))
    if not items:
        return []
    more = 0
    if listed is not None and len(items) > listed:
        more = (due_queries.count_tasks_due(r, by) if total is None else total) - listed
        items[listed:] = [TodayItem(f"and {more:,} more due by tomorrow: `bounceback tasks`",
                                    kind="more")]
    return [TodaySection(key="tasks", title="Due", items=items, order=20, more=more)]


def inbox(r: Reader, count: int | None = None) -> list[TodaySection]:
    """A gentle line when imported emails wait for a decision (`count`, when read already)."""
    if count is None:
        count = due_queries.mail_waiting(r)
    if not count:
        return []
    text = (f"{count} imported email{'s' if count != 1 else ''} wait for your decision: "
            "`bounceback inbox review`")
    return [TodaySection("mail-review", "Emails to check", [TodayItem(text, kind="mail")],
                         order=45)]


def learning(r: Reader, on: date, cards: int, rows: list[tuple[Any, ...]],
             listed: int | None = LISTED) -> list[TodaySection]:
    """Feedback follow-ups due (once), requests to let go (the first `listed` of the two, and
    a line counting the rest: `rows`, the first `listed + 1` read), and practice cards due."""
    from bounceback.learning.feedback import LET_GO_DAYS

    items = []
    let_go = on - timedelta(days=LET_GO_DAYS)
    for kind, name, app_id, company, due in rows[:listed]:
        if kind == "due":
            items.append(TodayItem(
                f"Follow up once on your feedback request to {name} "
                f"at {company or 'the company'}", kind="feedback_follow_up",
                application_id=app_id, due=due))
        else:
            items.append(TodayItem(
                f"No answer from {name} at {company or 'the company'} after a follow-up: it is "
                "fine to let this one go; most companies never reply.", kind="feedback_let_go",
                application_id=app_id))
    more = 0
    if listed is not None and len(rows) > listed:
        more = due_queries.count_feedback_follow_ups(r, on, let_go) - listed
        items.append(TodayItem(f"and {more:,} more feedback requests to follow up or let go: "
                               "`bounceback feedback`", kind="more"))
    if cards:
        items.append(TodayItem(f"{cards} practice card{'s' if cards != 1 else ''} due: "
                               "`bounceback practice`", kind="practice_due"))
    if not items:
        return []
    return [TodaySection("learning", "Learn from it", items, order=35, tone="gentle", more=more)]
