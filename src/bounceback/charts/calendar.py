"""The search's dates as iCalendar: interviews, follow-ups, feedback reminders, re-invest days,
plan blocks, each with an alarm and a UID that stays the same when the item changes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

from bounceback.domain.learning import FeedbackRequest
from bounceback.domain.models import Application, Task
from bounceback.domain.recovery import RecoveryWindow
from bounceback.domain.vocabulary import InterviewType

PRODID = "-//bounceback//job search calendar//EN"
MORNING = timedelta(hours=9)  # all-day items ring at 9:00 on the day


class ItemKind(StrEnum):
    INTERVIEW = "interview"
    FOLLOW_UP = "follow_up"
    FEEDBACK_REMINDER = "feedback_reminder"
    REINVEST = "reinvest"
    PLAN_BLOCK = "plan_block"
    TASK = "task"


@dataclass(frozen=True)
class CalendarItem:
    """One calendar entry. `key` names what it is about ("interview:42:2"), never its content,
    so the UID survives a new time or title and calendar apps replace the entry."""

    key: str
    kind: ItemKind
    title: str
    start: date | datetime
    end: date | datetime | None = None
    description: str = ""
    location: str = ""
    alarms: tuple[timedelta, ...] = ()  # offsets from the start; negative is before

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)


def uid_for(key: str, namespace: str = "") -> str:
    """A stable UID: the same key in the same database always gives the same UID."""
    digest = hashlib.sha256(f"{namespace}\0{key}".encode()).hexdigest()[:24]
    return f"{digest}@bounceback"


def _end(item: CalendarItem) -> date | datetime:
    if item.end is not None:
        return item.end
    if isinstance(item.start, datetime):
        return item.start + timedelta(hours=1)
    return item.start + timedelta(days=1)


def build_calendar(
    items: Iterable[CalendarItem],
    *,
    name: str = "Job search (bounceback)",
    namespace: str = "",
    stamp: datetime,
) -> bytes:
    """A whole VCALENDAR; `stamp` is the DTSTAMP (the service's now).

    Written line by line (RFC 5545: escaped text, folded lines, CRLF): the feed holds every
    interview, task and reminder, and building each as a library object cost a millisecond an
    entry. The tests read it back with the icalendar library."""
    stamp = stamp.astimezone(UTC)
    lines = [
        "BEGIN:VCALENDAR", f"PRODID:{_text(PRODID)}", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", f"X-WR-CALNAME:{_text(name)}",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H",
    ]
    stamped = f"DTSTAMP:{_time(stamp)}"
    seen: set[str] = set()
    for item in sorted(items, key=_sort_key):
        uid = uid_for(item.key, namespace)
        if uid in seen:  # one entry per thing, even if two sources name it
            continue
        seen.add(uid)
        title = _text(item.title)
        lines += ["BEGIN:VEVENT", f"UID:{uid}", stamped, f"SUMMARY:{title}",
                  _moment("DTSTART", item.start), _moment("DTEND", _end(item)),
                  f"CATEGORIES:{_text(item.kind.value.replace('_', ' '))}"]
        if item.all_day:
            lines.append("TRANSP:TRANSPARENT")
        if item.description:
            lines.append(f"DESCRIPTION:{_text(item.description)}")
        if item.location:
            lines.append(f"LOCATION:{_text(item.location)}")
        for offset in item.alarms:
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{title}",
                      f"TRIGGER:{_duration(offset)}", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) for line in lines).encode("utf-8")


def _text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped."""
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _time(value: datetime) -> str:
    if value.tzinfo is not None:
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%dT%H%M%S")


def _moment(name: str, value: date | datetime) -> str:
    """A DATE-TIME (floating when naive, UTC when aware) or a DATE."""
    if isinstance(value, datetime):
        return f"{name}:{_time(value)}"
    return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"


@lru_cache(maxsize=64)
def _duration(offset: timedelta) -> str:
    sign = "-" if offset < timedelta(0) else ""
    left = abs(offset)
    days, seconds = left.days, left.seconds
    out = f"{sign}P"
    if days:
        out += f"{days}D"
    if seconds or not days:
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        out += "T" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + (
            f"{secs}S" if secs or not (hours or minutes) else "")
    return out


def _fold(line: str) -> str:
    """The line with CRLF, folded every 75 octets (never inside a UTF-8 character)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(len(data), start + limit)
        while end < len(data) and (data[end] & 0xC0) == 0x80:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines start with a space
    return "\r\n ".join(parts) + "\r\n"


def _sort_key(item: CalendarItem) -> tuple[datetime, str]:
    start = item.start
    if not isinstance(start, datetime):
        start = datetime.combine(start, time.min)
    return (start.replace(tzinfo=None), item.key)


# --- items from the records of the search ---------------------------------------------------

_INTERVIEW_WORDS: dict[InterviewType, str] = {
    InterviewType.PHONE_SCREEN: "Phone screen",
    InterviewType.TECHNICAL: "Technical interview",
    InterviewType.BEHAVIOURAL: "Behavioural interview",
    InterviewType.CASE: "Case interview",
    InterviewType.PANEL: "Panel interview",
    InterviewType.FINAL: "Final interview",
    InterviewType.TAKE_HOME_REVIEW: "Take-home review",
    InterviewType.OTHER: "Interview",
}


def interview_item(
    app: Application,
    when: datetime,
    *,
    key: str,
    kind: InterviewType | None = None,
    round: int | None = None,
    minutes: int = 60,
    location: str = "",
) -> CalendarItem:
    """An interview, with a reminder the day before (to prepare) and one an hour before."""
    what = _INTERVIEW_WORDS[kind or InterviewType.OTHER]
    if round:
        what += f", round {round}"
    return CalendarItem(
        key=f"interview:{key}",
        kind=ItemKind.INTERVIEW,
        title=f"{what}: {app.title}",
        start=when,
        end=when + timedelta(minutes=minutes),
        description=(
            "Before it, read the interview brief in bounceback: what went well before, "
            "and the answers worth practising."
        ),
        location=location,
        alarms=(timedelta(days=-1), timedelta(hours=-1)),
    )


def task_item(task: Task, app: Application | None = None) -> CalendarItem:
    """A reminder on its due day (follow-ups and other to-dos), ringing in the morning."""
    kind = ItemKind.FOLLOW_UP if "follow" in task.kind else ItemKind.TASK
    title = task.title
    if app is not None and app.company not in task.title:
        title += f" ({app.title})"
    return CalendarItem(
        key=f"task:{task.id if task.id is not None else task.title}",
        kind=kind,
        title=title,
        start=task.due,
        description=task.notes,
        alarms=(MORNING,),
    )


def feedback_reminder_item(request: FeedbackRequest, app: Application) -> CalendarItem | None:
    """The day to follow up once on a request for feedback that has no answer yet."""
    if request.follow_up_due is None or request.answered_on or request.closed_on:
        return None
    if request.follow_up_sent_on is not None:
        return None
    return CalendarItem(
        key=f"feedback:{request.id if request.id is not None else app.id}",
        kind=ItemKind.FEEDBACK_REMINDER,
        title=f"Follow up on your feedback request: {app.title}",
        start=request.follow_up_due,
        description=(
            f"A short, polite follow-up to {request.recipient_name}, once. Most candidates never "
            "hear why (Talent Board 2022: 71 %), so any answer is a bonus."
        ),
        alarms=(MORNING,),
    )


def reinvest_item(window: RecoveryWindow, app: Application | None = None) -> CalendarItem:
    """The first day after a recovery window: the day to turn back to the search."""
    about = f" after {app.title}" if app is not None else ""
    return CalendarItem(
        key=f"reinvest:{window.rejection_id}",
        kind=ItemKind.REINVEST,
        title="Back to the search",
        start=window.ends_on,
        description=(
            f"Your recovery window{about} ends today. Open bounceback for a short, concrete plan "
            "for this week."
        ),
        alarms=(MORNING,),
    )


def plan_block_item(
    key: str, start: datetime, minutes: int, title: str, notes: str = ""
) -> CalendarItem:
    """A block of the weekly plan (when and where you will apply: Van Hooft et al. 2005)."""
    return CalendarItem(
        key=f"plan:{key}",
        kind=ItemKind.PLAN_BLOCK,
        title=title,
        start=start,
        end=start + timedelta(minutes=minutes),
        description=notes,
        alarms=(timedelta(minutes=-10),),
    )
