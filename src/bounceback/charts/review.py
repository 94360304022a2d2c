"""The weekly review: a short page on the week, from plain data; private parts only on request."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape

from bounceback.charts.data import monday


@dataclass(frozen=True)
class SentItem:
    day: date
    title: str  # "Data analyst at Acme"


@dataclass(frozen=True)
class ReplyItem:
    day: date
    title: str
    what: str  # "a rejection after interviews", "an interview invitation", "an offer"


@dataclass(frozen=True)
class RecoveryItem:
    title: str
    days: int | None  # days until back on track; None while still recovering


@dataclass(frozen=True)
class MoodEntry:
    """A check-in (private)."""

    when: datetime
    mood: int
    feelings: tuple[str, ...] = ()


@dataclass(frozen=True)
class JournalExcerpt:
    """A journal entry (private): its text appears only with include_private."""

    when: datetime
    kind: str
    text: str = field(repr=False)


@dataclass(frozen=True)
class PracticeItem:
    day: date
    what: str
    minutes: int | None = None


@dataclass
class WeeklyReview:
    week_start: date
    goal: int
    sent: list[SentItem] = field(default_factory=list)
    replies: list[ReplyItem] = field(default_factory=list)
    recoveries: list[RecoveryItem] = field(default_factory=list)
    check_ins: list[MoodEntry] = field(default_factory=list)
    journal: list[JournalExcerpt] = field(default_factory=list)
    lessons: list[str] = field(default_factory=list)
    practice: list[PracticeItem] = field(default_factory=list)
    live: int = 0  # applications still waiting for an answer at the end of the week
    outlook: float | None = None  # chance of at least one offer, 0..1
    plan: list[str] = field(default_factory=list)

    @property
    def week_end(self) -> date:
        return self.week_start + timedelta(days=6)


def week_of(day: date, weeks_back: int = 0) -> date:
    """The Monday of the week holding `day`, `weeks_back` weeks earlier."""
    return monday(day) - timedelta(weeks=weeks_back)


MOOD_WORDS = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "very good"}

_CSS = """
body { font-family: "Liberation Sans", "DejaVu Sans", Helvetica, Arial, sans-serif;
  color: #33414e; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem;
  line-height: 1.5; background: #fff; }
h1 { font-size: 1.7rem; font-weight: 600; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; font-weight: 600; margin: 2rem 0 .5rem;
  border-bottom: 1px solid #e6eaee; padding-bottom: .25rem; }
.sub { color: #6b7884; margin-top: 0; }
.glance { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1.25rem 0; }
.glance div { background: #f3f6f8; border-radius: 8px; padding: .6rem .9rem; min-width: 8rem; }
.glance b { display: block; font-size: 1.4rem; color: #3d6f8e; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; padding: .3rem .5rem .3rem 0; border-bottom: 1px solid #eef1f4;
  vertical-align: top; }
th { color: #6b7884; font-weight: 500; }
.note { color: #6b7884; font-style: italic; }
.private { background: #faf7f2; border-left: 3px solid #d8c497; padding: .5rem .9rem; }
blockquote { margin: .4rem 0 .9rem; white-space: pre-wrap; }
footer { margin-top: 2.5rem; color: #8a96a1; font-size: .85rem; }
@media print { body { margin: 0 auto; } h2 { break-after: avoid; } }
"""


def _day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b}"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


def title_of(review: WeeklyReview) -> str:
    start, end = review.week_start, review.week_end
    left = f"{start.day} {start:%B}" if start.month != end.month else f"{start.day}"
    if start.year != end.year:
        left += f" {start.year}"
    return f"Your week: {left} to {end.day} {end:%B} {end.year}"


def render_html(review: WeeklyReview, *, include_private: bool = False) -> str:
    """The review as one standalone HTML page (inline styles, nothing loaded from anywhere)."""
    parts: list[str] = [f"<h1>{escape(title_of(review))}</h1>", _summary_line(review)]
    parts.append(_glance(review))
    parts.append("<h2>What you sent</h2>")
    parts.append(
        _table(["Day", "Application"], [[_day(s.day), s.title] for s in review.sent])
        if review.sent
        else _note("Nothing sent this week.")
    )
    parts.append("<h2>What came back</h2>")
    parts.append(
        _table(
            ["Day", "Application", "What"],
            [[_day(r.day), r.title, r.what] for r in review.replies],
        )
        if review.replies
        else _note("No replies this week. Silence is common and says little about you.")
    )
    parts.append("<h2>How you felt and recovered</h2>")
    parts.append(_recovery(review))
    parts.append(_private(review) if include_private else _private_left_out(review))
    parts.append("<h2>Lessons added</h2>")
    parts.append(_list(review.lessons) if review.lessons else _note("No new lessons this week."))
    parts.append("<h2>Practice done</h2>")
    parts.append(
        _table(
            ["Day", "Practice", "Minutes"],
            [[_day(p.day), p.what, str(p.minutes or "")] for p in review.practice],
        )
        if review.practice
        else _note("No practice recorded this week.")
    )
    parts.append("<h2>Outlook</h2>")
    parts.append(_outlook(review))
    parts.append("<h2>Next week's plan</h2>")
    parts.append(_list(review.plan) if review.plan else _note("No plan yet: `bounceback plan`."))
    parts.append(
        "<footer>Made by bounceback on your own machine. "
        + ("This copy includes private check-ins and journal entries." if include_private else "")
        + "</footer>"
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{escape(title_of(review))}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_CSS}</style></head><body>" + "\n".join(parts) + "</body></html>\n"
    )


def _summary_line(review: WeeklyReview) -> str:
    sent, goal = len(review.sent), review.goal
    if sent == 0 and not review.replies:
        text = "A quiet week: nothing sent and nothing back. That happens; the plan is below."
    elif sent >= goal:
        text = f"You sent {sent} applications, meeting your goal of {goal}."
    else:
        text = f"You sent {sent} of the {goal} applications you aimed for."
    return f'<p class="sub">{escape(text)}</p>'


def _glance(review: WeeklyReview) -> str:
    cells = [
        (str(len(review.sent)), f"sent (goal {review.goal})"),
        (str(len(review.replies)), "replies"),
        (str(review.live), "still open"),
    ]
    if review.outlook is not None:
        cells.append((f"{review.outlook * 100:.0f}%", "chance of an offer"))
    inner = "".join(f"<div><b>{escape(v)}</b>{escape(label)}</div>" for v, label in cells)
    return f'<div class="glance">{inner}</div>'


def _recovery(review: WeeklyReview) -> str:
    if not review.recoveries:
        return _note("No rejections to recover from this week.")
    rows = [
        [r.title, f"back on track in {r.days} days" if r.days is not None else "still recovering"]
        for r in review.recoveries
    ]
    return _table(["After", "Recovery"], rows)


def _private_left_out(review: WeeklyReview) -> str:
    count = len(review.check_ins) + len(review.journal)
    if not count:
        return ""
    return _note(
        f"{count} private check-ins and journal entries are left out of this copy. "
        "Add --include-private to include them."
    )


def _private(review: WeeklyReview) -> str:
    if not review.check_ins and not review.journal:
        return _note("No check-ins or journal entries this week.")
    parts = ['<div class="private">']
    if review.check_ins:
        rows = [
            [
                f"{_day(c.when.date())} {c.when:%H:%M}",
                f"{c.mood} ({MOOD_WORDS.get(c.mood, '')})",
                ", ".join(c.feelings),
            ]
            for c in review.check_ins
        ]
        parts.append(_table(["When", "Mood", "Feelings"], rows))
    for entry in review.journal:
        parts.append(
            f"<p><b>{escape(_day(entry.when.date()))}</b> · {escape(entry.kind.replace('_', ' '))}"
            f"</p><blockquote>{escape(entry.text)}</blockquote>"
        )
    parts.append("</div>")
    return "".join(parts)


def _outlook(review: WeeklyReview) -> str:
    if review.outlook is None:
        return _note("No estimate yet: it appears once applications are out.")
    return (
        f"<p>{review.live} applications are still open. From them, the chance of at least one "
        f"offer is about {review.outlook * 100:.0f}%: an estimate from base rates and your own "
        "history, not a promise.</p>"
    )
