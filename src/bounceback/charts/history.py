"""The search as it stood on a past day, and what happened in one week, from the timeline."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from bounceback.charts.data import STAGE_WORDS, monday
from bounceback.charts.review import ReplyItem
from bounceback.domain.vocabulary import EventKind, Stage

# --- one week, for the review ---------------------------------------------------------------

_REPLY_WORDS: dict[EventKind, str] = {
    EventKind.INTERVIEW_SCHEDULED: "an interview invitation",
    EventKind.ASSESSMENT: "an assessment to complete",
    EventKind.OFFER: "an offer",
    EventKind.FEEDBACK_RECEIVED: "feedback on a rejection",
}


def in_week(value: date | datetime | None, week_start: date) -> bool:
    if value is None:
        return False
    day = value.date() if isinstance(value, datetime) else value
    return monday(day) == week_start


def replies_from(
    answers: Iterable[tuple[date, str, str, str | None]],
    rejections: Iterable[tuple[date, str, str, int | None]],
) -> list[ReplyItem]:
    """Interview invitations, assessments, offers and feedback from the timelines (day,
    title, event kind, stage), and the rejections received (day, title, stage reached, ...),
    in the review's words, by day."""
    items: list[ReplyItem] = []
    for day, title, kind, stage in answers:
        what = _REPLY_WORDS.get(EventKind(kind))
        if what is None:
            continue
        if kind == EventKind.INTERVIEW_SCHEDULED.value and stage == Stage.SCREENING.value:
            what = "a screening call"
        items.append(ReplyItem(day, title, what))
    for day, title, stage_reached, _ in rejections:
        items.append(ReplyItem(day, title, f"a no, {STAGE_WORDS[Stage(stage_reached)]}"))
    return sorted(items, key=lambda r: (r.day, r.title))
