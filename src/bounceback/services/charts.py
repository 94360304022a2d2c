"""Charts, the weekly review and the calendar feed over the user's own data."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback.charts import calendar as ical
from bounceback.charts import catalog, history
from bounceback.charts.data import ChartCounts, ChartInputs, furthest_of, monday, rejection_mark
from bounceback.charts.review import (
    JournalExcerpt,
    MoodEntry,
    PracticeItem,
    RecoveryItem,
    SentItem,
    WeeklyReview,
)
from bounceback.domain.dates import latest_day
from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import InterviewType, Reason, Stage
from bounceback.services import chart_sources as src
from bounceback.services.base import ServicePart
from bounceback.storage.readmodel import chart_queries, queries

if TYPE_CHECKING:
    import plotly.graph_objects as go

OUTLOOK_POINTS = 26  # points on the outlook-over-time chart
OUTLOOK_DRAWS = 400  # samples per point: enough for a line, quick for 5,000 applications
# The feed keeps the last 30 days' items (so a calendar does not lose them at once) and
# everything ahead: older ones stay in the calendar apps that saw them, not in each refresh.
CALENDAR_PAST_DAYS = 30
FEED_FORMAT = "1"  # bump when the entries written from the same rows change
REINVEST_PAST_DAYS = 7  # a "back to the search" day matters only around the day itself
# The feed carries at most this many open tasks (the soonest due) and this many interviews (the
# soonest), and one entry today saying how many more there are: a calendar app shows a few a
# day, and the feed costs the same to build whatever the size of the search.
CALENDAR_MAX_TASKS = 100
CALENDAR_MAX_INTERVIEWS = 100
CALENDAR_MAX_REMINDERS = 100  # feedback follow-ups, the soonest due
CALENDAR_MAX_WINDOWS = 100  # days back to the search after a recovery window, the soonest


class ChartsService(ServicePart):
    _last_feed: tuple[str, bytes] | None = None  # (ETag, body) of the last calendar feed

    # --- charts ---------------------------------------------------------------------------

    def inputs(self, names: Sequence[str] | None = None) -> ChartInputs:
        """Everything the charts in `names` (all when None) need, read once: the read
        model's counts (a row per kind of application or rejection, per day, per rejection
        shown), never every application."""
        wanted = set(names or catalog.CHARTS)
        prefs = self.app.preferences()
        counts = ChartCounts()
        check_ins: list[tuple[date | datetime, int | float]] = []
        recovery: dict[int, int] = {}
        with self.db.reader() as r:
            if wanted & {"sankey", "funnel"}:
                counts.flow = _flow(chart_queries.flow_counts(r))
            if "weekly" in wanted:
                counts.applied_days = chart_queries.applied_days(r)
            if "reasons" in wanted:
                counts.reasons = {(reason or Reason.NOT_SPECIFIED.value, Stage(stage)): n
                                  for (reason, stage), n in chart_queries.reason_counts(r).items()}
            if "mood" in wanted:
                check_ins = list(chart_queries.mood_check_ins(r))
                counts.marks = []
                for day, role, company, stage, mood_days, given, rid in (
                        chart_queries.rejection_marks(r)):
                    title = f"{role} at {company}" if role is not None else None
                    counts.marks.append(rejection_mark(
                        day, title, Stage(stage), given if mood_days is None else mood_days))
                    if mood_days is not None:
                        recovery[rid] = mood_days
        outlook: list[tuple[date, float]] = []
        if "outlook" in wanted:
            outlook = self.outlook_history(prefs.offer_target)
        return ChartInputs(
            check_ins=check_ins,
            recovery_days=recovery,
            outlook=outlook,
            weekly_goal=prefs.weekly_application_goal,
            offer_target=prefs.offer_target,
            today=self.today(),
            counts=counts,
        )

    def data(self, name: str) -> Any:
        name = catalog.resolve(name)
        return catalog.chart_data(name, self.inputs([name]))

    def figure(self, name: str) -> go.Figure:
        name = catalog.resolve(name)
        return catalog.build_figure(name, self.inputs([name]))

    def export(self, name: str, path: Path) -> Path:
        """Write chart `name` to `path`; the format comes from the extension."""
        from bounceback.charts import export

        name = catalog.resolve(name)
        export.check_writable(Path(path))  # before reading anything
        return catalog.export_chart(name, self.inputs([name]), Path(path))

    def outlook_history(self, target: float) -> list[tuple[date, float]]:
        """The chance of at least one offer at the end of past weeks of the search (up to
        OUTLOOK_POINTS, spread over it) and today, each from the waiting groups as they stood
        that week (the read model's weekly changes, pipeline/weekly.py), with rates as known
        now. Reads one row per change of the search's groups: no event, no application."""
        from bounceback.pipeline.beliefs import build_model, sample_rates
        from bounceback.pipeline.outlook import OutlookInputs, Waiting, outlook_from
        from bounceback.pipeline.state import parse_waiting_key
        from bounceback.pipeline.weekly import WEEK, WEEKLY, week_end

        today = self.today()
        prefs = self.app.preferences()
        with self.app.views.pipeline(today) as reads:
            inputs = reads.inputs
            changes: dict[date, list[tuple[str, int]]] = defaultdict(list)
            for (_, key), value in queries.totals(reads.r, WEEKLY).items():
                ends, group = key.split("|", 1)
                changes[date.fromisoformat(ends)].append((group, value))
        now, _ = outlook_from(inputs, today, target=target,
                              prior_weight=prefs.outlook_prior_weight)
        if not changes:
            return [(today, now.chance)] if inputs.waiting else []
        model = build_model(inputs.counts, inputs.times, prefs.outlook_prior_weight)
        samples = sample_rates(model, OUTLOOK_DRAWS)  # one model for every week: drawn once
        first, last = min(changes), week_end(today) - WEEK  # the weeks already over
        weeks = [first + WEEK * n for n in range(max(0, (last - first) // WEEK + 1))]
        step = max(1, -(-len(weeks) // (OUTLOOK_POINTS - 1)))
        shown = set(weeks[::-step][:OUTLOOK_POINTS - 1])  # the last week over among them
        counts: dict[str, int] = {}
        points = []
        for week in weeks:
            for group, value in changes.get(week, []):
                left = counts.get(group, 0) + value
                if left:
                    counts[group] = left
                else:
                    del counts[group]
            if week in shown:
                waiting = tuple(Waiting(*parse_waiting_key(g), n) for g, n in counts.items()
                                if n > 0)
                found, _ = outlook_from(
                    OutlookInputs(inputs.counts, inputs.times, waiting, ()), week, target=target,
                    model=model, draws=OUTLOOK_DRAWS, samples=samples)
                points.append((week, found.chance))
        return [*points, (today, now.chance)]

    # --- weekly review --------------------------------------------------------------------

    def review(self, week: date | None = None) -> WeeklyReview:
        """The week holding `week` (this week when None), Monday to Sunday. What was sent, what
        came back and the recoveries are that week's rows of the read model (never every
        application or rejection); the chance at the end of a past week is the outlook on
        the groups waiting then (the weekly changes the outlook-over-time chart reads)."""
        from bounceback.pipeline.outlook import OutlookInputs, Waiting, outlook_from
        from bounceback.pipeline.state import parse_waiting_key

        today = self.today()
        start = monday(week or today)
        end = start + timedelta(days=7)
        as_of = min(today, end - timedelta(days=1))
        prefs = self.app.preferences()
        with self.app.views.pipeline(today) as reads:
            r = reads.r
            sent = [SentItem(day, title) for day, title in chart_queries.week_sent(r, start, end)]
            answers = chart_queries.week_answers(r, start, end)
            rejections = chart_queries.week_rejections(r, start, end)
            if as_of == today:
                live = chart_queries.live_count(r)
                chance = reads.outlook(contributions=0).chance if live else None
            else:
                waiting = tuple(Waiting(*parse_waiting_key(g), n)
                                for g, n in chart_queries.waiting_at(r, as_of).items())
                live = sum(w.count for w in waiting)
                chance = outlook_from(
                    OutlookInputs(reads.inputs.counts, reads.inputs.times, waiting, ()), as_of,
                    target=prefs.offer_target, prior_weight=prefs.outlook_prior_weight,
                )[0].chance if waiting else None
        check_ins = src.check_ins(self.app)
        week_check_ins = [c for c in check_ins if history.in_week(c.recorded_at, start)]
        journal = [j for j in src.journal(self.app) if history.in_week(j.written_at, start)]
        lessons = [
            lesson.text for lesson in src.lessons(self.app)
            if history.in_week(lesson.created_on, start)
        ]
        practice = [
            PracticeItem(card.last_reviewed, card.question)
            for card in src.practice_cards(self.app)
            if card.last_reviewed and history.in_week(card.last_reviewed, start)
        ]
        return WeeklyReview(
            week_start=start,
            goal=prefs.weekly_application_goal,
            sent=sorted(sent, key=lambda i: (i.day, i.title)),
            replies=history.replies_from(answers, rejections),
            recoveries=[RecoveryItem(title, days) for _, title, _, days in rejections],
            check_ins=[
                MoodEntry(c.recorded_at, c.mood, tuple(e.emotion.value.replace("_", "-")
                                                       for e in c.emotions))
                for c in week_check_ins
            ],
            journal=[JournalExcerpt(j.written_at, j.kind.value, j.text) for j in journal],
            lessons=lessons,
            practice=practice,
            live=live,
            outlook=chance,
            plan=self._plan_lines(),
        )

    def _plan_lines(self) -> list[str]:
        lines = [i.text for i in src.intentions(self.app)]
        goal = self.app.preferences().weekly_application_goal
        return lines or [f"Send {goal} applications, a few at a time on set days."]

    def write_review(
        self, path: Path, *, week: date | None = None, include_private: bool = False
    ) -> Path:
        """The review as HTML, or PDF when the file ends in .pdf (printed by local Chromium)."""
        from bounceback.charts import export
        from bounceback.charts.review import render_html

        path = export.check_writable(Path(path))
        fmt = export.format_for(path, ("html", "pdf"))
        page = render_html(self.review(week), include_private=include_private)
        if fmt == "pdf":
            return export.html_to_pdf(page, path)
        return export.write_atomic(path, page)

    # --- calendar -------------------------------------------------------------------------

    def calendar_items(self) -> list[ical.CalendarItem]:
        return self._items(self._feed_rows())[0]

    def _feed_rows(self) -> _FeedRows:
        """What the feed is made of: only rows in its window of time (the last
        CALENDAR_PAST_DAYS days and everything ahead), read through indexes, on one snapshot."""
        from bounceback.services import feed_windows
        from bounceback.services.pipeline_reads import PipelineReads
        from bounceback.storage.readmodel import chart_queries as q

        today = self.today()
        horizon = today - timedelta(days=CALENDAR_PAST_DAYS)
        # A row dated outside the one date rule (stored before the rule, or by hand) is left out
        # rather than breaking the whole feed: 9999-12-31 plus a day does not exist.
        last = latest_day(today)
        prefs = self.app.preferences()
        with self.db.reader() as r:
            # one row past the bound says there are more; read with how many in all
            interviews, held_n, tasks, due_n = q.held_and_due(
                r, horizon, last, max(CALENDAR_MAX_INTERVIEWS, CALENDAR_MAX_TASKS) + 1)
            more_interviews = more_tasks = 0
            if len(interviews) > CALENDAR_MAX_INTERVIEWS:
                interviews = interviews[:CALENDAR_MAX_INTERVIEWS]
                more_interviews = held_n - len(interviews)
            if len(tasks) > CALENDAR_MAX_TASKS:
                tasks = tasks[:CALENDAR_MAX_TASKS]
                more_tasks = due_n - len(tasks)
            reminders = q.feedback_reminders(r, horizon, last, CALENDAR_MAX_REMINDERS + 1)
            more_reminders = 0
            if len(reminders) > CALENDAR_MAX_REMINDERS:
                reminders = reminders[:CALENDAR_MAX_REMINDERS]
                more_reminders = q.count_feedback_reminders(r, horizon, last) - len(reminders)
            # the soonest to end, by the index on their end (not every window of five weeks)
            windows, more_windows = feed_windows.soonest(
                r, today - timedelta(days=REINVEST_PAST_DAYS), last, prefs.recovery_window_days,
                CALENDAR_MAX_WINDOWS)
            plan, namespace = q.intentions_and_database_id(r)
            intentions = PipelineReads.as_intentions(plan)
        return _FeedRows(today, interviews, tasks, reminders, windows, intentions, namespace,
                         more_interviews, more_tasks, more_reminders, more_windows)

    def _items(self, rows: _FeedRows) -> tuple[list[ical.CalendarItem], str]:
        """The feed's items and the database's id for their UIDs."""
        from bounceback.domain.learning import FeedbackRequest
        from bounceback.domain.models import Task

        last = latest_day(rows.today)
        items: list[ical.CalendarItem] = []
        for app_id, company, role, event_id, when, round_, itype, location in rows.interviews:
            if when.date() > last:
                continue
            items.append(ical.interview_item(
                Application(company=company, role=role, id=app_id), when,
                key=f"{app_id}:{round_ or event_id}",
                kind=InterviewType(itype) if itype else None, round=round_, location=location,
            ))
        for tid, title, due, kind, notes, app_id, company, role in rows.tasks:
            task = Task(title=title, due=due, id=tid, kind=kind, notes=notes,
                        application_id=app_id)
            owner = Application(company=company, role=role, id=app_id) if role else None
            items.append(ical.task_item(task, owner))
        for rid, app_id, name, created, sent, due, company, role in rows.reminders:
            request = FeedbackRequest(application_id=app_id, recipient_name=name,
                                      created_on=created, id=rid, sent_on=sent,
                                      follow_up_due=due)
            item = ical.feedback_reminder_item(
                request, Application(company=company, role=role, id=app_id))
            if item is not None:
                items.append(item)
        for placed in rows.windows:
            items.append(ical.reinvest_item(placed.window, Application(
                company=placed.company, role=placed.role, id=placed.application_id)))
        items.extend(self._plan_blocks(rows.today, rows.intentions))
        for what, whats, more, shown in (
                ("interview", "interviews", rows.more_interviews, CALENDAR_MAX_INTERVIEWS),
                ("open task", "open tasks", rows.more_tasks, CALENDAR_MAX_TASKS),
                ("feedback follow-up", "feedback follow-ups", rows.more_reminders,
                 CALENDAR_MAX_REMINDERS),
                ("day back to the search", "days back to the search", rows.more_windows,
                 CALENDAR_MAX_WINDOWS)):
            if more > 0:
                items.append(ical.CalendarItem(
                    key=f"more:{what}", kind=ical.ItemKind.TASK,
                    title=f"{more:,} more {what if more == 1 else whats} in bounceback",
                    start=rows.today,
                    description=f"This calendar carries the {shown:,} soonest {whats}; "
                                "bounceback keeps them all (`bounceback tasks`, and each "
                                "application's page)."))
        return items, rows.namespace

    def _plan_blocks(self, today: date, intentions: list[Any]) -> list[ical.CalendarItem]:
        """This week's and next week's blocks of the weekly plan's intentions."""
        blocks = []
        for intention in intentions:
            for week in (monday(today), monday(today) + timedelta(days=7)):
                start = datetime.combine(week + timedelta(days=intention.weekday), intention.at)
                count = intention.count
                key = f"{intention.id if intention.id is not None else intention.text}:{week}"
                blocks.append(
                    ical.plan_block_item(
                        key, start, max(30, 30 * count),
                        f"Apply: {count} application{'s' * (count != 1)}",
                        notes=f"Your plan: {intention.text}.",
                    )
                )
        return blocks

    def calendar(self) -> bytes:
        """The whole feed (what /calendar.ics serves), UIDs stable per database."""
        body = self.calendar_feed()[0]
        assert body is not None
        return body

    def calendar_feed(self, if_none_match: str | None = None) -> tuple[bytes | None, str]:
        """The feed and its ETag (a digest of the rows it is made of, and of the day). When
        `if_none_match` (a calendar app's copy) is still current, the body is None: the rows
        are read (the window only, by index) but no entry is built or written."""
        rows = self._feed_rows()
        etag = rows.etag()
        if if_none_match is not None and etag_matches(etag, if_none_match):
            return None, etag
        # The last feed written, reused while the rows read now (this snapshot) are the same:
        # checked on every request, so never an old answer; its DTSTAMP stays the moment the
        # entries were written, as RFC 5545 has it for a published calendar.
        last = self._last_feed
        if last is not None and last[0] == etag:
            return last[1], etag
        items, namespace = self._items(rows)
        body = ical.build_calendar(items, namespace=namespace, stamp=self.now())
        self._last_feed = (etag, body)
        return body, etag

    def _calendar_id(self) -> str:
        """This database's id, set when it was created: two databases (the demo and your own)
        never share UIDs, and moving the database file keeps them. Reading it writes nothing."""
        from bounceback.storage.repos import settings as settings_repo

        with self.db.session() as s:
            return settings_repo.database_id(s)

    def export_calendar(self, path: Path) -> Path:
        from bounceback.charts import export

        path = export.check_writable(Path(path))
        return export.write_atomic(path, self.calendar())


@dataclass(frozen=True)
class _FeedRows:
    today: date
    interviews: list[tuple[Any, ...]]
    tasks: list[tuple[Any, ...]]
    reminders: list[tuple[Any, ...]]
    windows: list[Any]
    intentions: list[Any]
    namespace: str
    more_interviews: int = 0  # past the feed's bound: counted, not carried
    more_tasks: int = 0
    more_reminders: int = 0
    more_windows: int = 0

    def etag(self) -> str:
        """A strong ETag: the same rows on the same day give the same feed, byte for byte but
        its DTSTAMP (the moment it was written, which calendar apps do not compare)."""
        digest = hashlib.blake2b(f"{FEED_FORMAT}\0{self!r}".encode(), digest_size=16)
        return f'"{digest.hexdigest()}"'


def _etags(header: str) -> set[str]:
    """The entity tags of an If-None-Match header (weak ones compared by their value)."""
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def etag_matches(etag: str, header: str) -> bool:
    tags = _etags(header)
    return "*" in tags or etag in tags


def interview_time(event: Event) -> datetime:
    """When the interview is: `details["at"]` (ISO) when recorded, else the event's time."""
    return event.booked_at or event.occurred_at


def _flow(rows: dict[tuple[str, str, str | None], int]) -> dict[tuple[Stage, str], int]:
    """The read model's (stage, furthest stage, outcome) counts as the charts' flow counts."""
    flow: dict[tuple[Stage, str], int] = defaultdict(int)
    for (stage, top, outcome), n in rows.items():
        flow[(furthest_of(Stage(stage), Stage(top), outcome), outcome or "open")] += n
    return dict(flow)
