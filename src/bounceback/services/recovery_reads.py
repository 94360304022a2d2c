"""Where recovery stands, from the read model and the last weeks' rows: open windows, the
re-invest plan, the wallowing nudge, resilience over time, and the gentle `today` sections.

A window lasts at most WINDOW_MAX_DAYS, so `today` reads only the windows that started in the
last weeks (and those near the latest one, for the nudge); resilience comes from the records
the read model keeps per rejection. No ORM: `today --json` starts quickly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from bounceback.domain.recovery import CheckIn, CrisisLevel, JournalEntry, RecoveryWindow
from bounceback.domain.vocabulary import Stage
from bounceback.recovery import resilience, wallowing, window, writing
from bounceback.services.base import TodayItem, TodaySection
from bounceback.storage.readmodel import recovery_queries as q
from bounceback.storage.readmodel import window_ends

if TYPE_CHECKING:
    from bounceback.config import Preferences
    from bounceback.services.pipeline_reads import PipelineReads
    from bounceback.storage.readmodel.reader import Reader


@dataclass
class WindowView:
    rejection_id: int
    application_id: int
    title: str
    stage_reached: Stage
    received_on: date
    days: int
    hurt: int | None
    state: str
    day_number: int
    days_left: int
    ends_on: date
    writing_offered: bool = False


@dataclass
class Resilience:
    records: list[resilience.RecoveryRecord]  # oldest first; the latest `limit` when asked
    titles: dict[int, str]
    mood_trend: resilience.Trend | None
    search_trend: resilience.Trend | None
    mood_series: list[resilience.MoodPoint]
    rejections: list[resilience.RejectionMark]
    total: int = 0  # rejections in all


@dataclass
class RecoveryStatus:
    today: date
    open: list[WindowView] = field(default_factory=list)  # the first `listed` when asked
    open_total: int = 0  # windows open, listed or not
    ended: list[WindowView] = field(default_factory=list)
    plan: window.ReinvestPlan | None = None
    nudge: wallowing.WallowingNudge | None = None
    resilience: Resilience | None = None
    last_check_in: date | None = None


@dataclass(frozen=True)
class Placed:
    """A window with its rejection and application."""

    window: RecoveryWindow
    application_id: int
    company: str
    role: str
    stage_reached: Stage
    received_on: date

    @property
    def title(self) -> str:
        return f"{self.role} at {self.company}"


def windows_since(r: Reader, first: date, on: date, default_days: int,
                  ended_after: date | None = None) -> list[Placed]:
    """Every window starting between `first` and `on`: stored ones, and the default one of each
    rejection that has none stored (every rejection gets its days of recovery). `ended_after`:
    of the stored ones, those ending after that day and those that ended last by `on`
    (recovery_queries.windows_between)."""
    rows = None
    if ended_after is not None:  # read by the day they end (window_ends.recent)
        longest = min(window.WINDOW_MAX_DAYS, default_days + 2)  # a default one at the most
        rows = window_ends.recent(r, first, on, ended_after, longest)
    out = []
    for row in rows if rows is not None else q.windows_between(r, first, on, ended_after):
        rejection_id, application_id, company, role, stage, received_on, hurt, starts, days, closed = row
        if starts is None:  # no stored window: the default one
            hurt = hurt if hurt is not None and 0 <= hurt <= 10 else None
            found = window.open_window(rejection_id, received_on, default_days, hurt)
        else:
            found = RecoveryWindow(rejection_id, starts, days, hurt, closed)
        out.append(Placed(found, application_id, company, role, stage, received_on))
    return sorted(out, key=lambda p: (p.window.starts_on, p.window.rejection_id))


def _view(p: Placed, on: date, offered: bool) -> WindowView:
    w = p.window
    return WindowView(
        rejection_id=w.rejection_id, application_id=p.application_id, title=p.title,
        stage_reached=p.stage_reached, received_on=p.received_on, days=w.days, hurt=w.hurt,
        state=window.state(w, on), day_number=w.day_number(on), days_left=w.days_left(on),
        ends_on=w.ends_on, writing_offered=offered,
    )


#: What `today` read of recovery in one statement (recovery_queries.glance).
Glance = tuple[set[str], datetime | None, date | None, date | None]


def recent_windows(r: Reader, on: date, prefs: Preferences, known: Glance | None = None
                   ) -> list[Placed]:
    """The windows `today` needs: those that may be open or have just ended, and of those near
    the latest one, those that ended last (the wallowing nudge's). Of the stored windows that
    start in those weeks, only these are read: at 50,000 applications a thousand windows start
    in five weeks, and a hundred or so are open or just ended."""
    back = window.WINDOW_MAX_DAYS + prefs.wallowing_days_past_window + 1
    first = on - timedelta(days=back)
    latest = q.latest_window_start(r, on) if known is None else known[2]
    if latest is not None:
        first = min(first, latest - timedelta(days=window.WINDOW_MAX_DAYS + 1))
    ended_after = on - timedelta(days=prefs.wallowing_days_past_window)
    return windows_since(r, first, on, prefs.recovery_window_days, ended_after)


def in_window(r: Reader, on: date, prefs: Preferences) -> bool:
    first = on - timedelta(days=window.WINDOW_MAX_DAYS + 1)
    return any(p.window.is_open(on) for p in windows_since(r, first, on, prefs.recovery_window_days,
                                                           ended_after=on))


def build_status(
    r: Reader, on: date, prefs: Preferences, pipeline: PipelineReads | None = None,
    with_resilience: bool = True, known: Glance | None = None, listed: int | None = None,
) -> RecoveryStatus:
    """Where recovery stands on `on`; with `listed`, only the first `listed` open windows are
    worked out (`open_total` counts them all): a career centre's search has a hundred open."""
    last = q.last_check_in(r) if known is None else known[1]
    status = RecoveryStatus(today=on, last_check_in=last.date() if last else None)
    open_now = _open_listed(r, on, prefs, listed) if listed is not None else []
    if open_now:  # open windows: nothing ended matters (no plan, no nudge)
        status.open_total = open_now.pop()  # type: ignore[assignment]
        placed: list[Placed] = open_now
    else:
        placed = recent_windows(r, on, prefs, known)
        open_now = [p for p in placed if p.window.is_open(on)]
        status.open_total = len(open_now)
        if listed is not None:
            open_now = open_now[:listed]
    windows = [p.window for p in placed]
    if open_now:
        entries = _entries(r, [p.window.rejection_id for p in open_now])
        for p in open_now:
            offered = writing.should_offer(p.window, entries, on) is not None
            status.open.append(_view(p, on, offered))
    else:
        by_id = {p.window.rejection_id: p for p in placed}
        for w in window.just_ended(windows, on, prefs.wallowing_days_past_window):
            status.ended.append(_view(by_id[w.rejection_id], on, False))
        if status.ended:
            status.plan = window.reinvest_plan(_reinvest_inputs(r, status.ended[0], on, prefs,
                                                                pipeline))
    status.nudge = _nudge(r, windows, on, prefs, known)
    if with_resilience:
        status.resilience = build_resilience(r)
    return status


def _open_listed(r: Reader, on: date, prefs: Preferences, listed: int) -> list[Any]:
    """The first `listed` windows open on `on` (placed, in `windows_since`'s order), then how
    many are open; empty when none is."""
    longest = min(window.WINDOW_MAX_DAYS, prefs.recovery_window_days + 2)
    rows, total = window_ends.open_on(r, on, listed, longest)
    found: list[Any] = []
    for row in rows:
        rejection_id, application_id, company, role, stage, received_on, hurt, starts, days, closed = row
        if starts is None:  # no stored window: the default one, when it is open
            hurt = hurt if hurt is not None and 0 <= hurt <= 10 else None
            made = window.open_window(rejection_id, received_on, prefs.recovery_window_days, hurt)
            if not made.is_open(on):
                continue
            total += 1
        else:
            made = RecoveryWindow(rejection_id, starts, days, hurt, closed)
        found.append(Placed(made, application_id, company, role, stage, received_on))
    if not total:
        return []
    found.sort(key=lambda p: (p.window.starts_on, p.window.rejection_id))
    return [*found[:listed], total]


def _entries(r: Reader, rejection_ids: list[int]) -> list[JournalEntry]:
    from bounceback.domain.recovery import WritingKind

    return [JournalEntry(text="", written_at=at, rejection_id=rid, kind=WritingKind.FREE)
            for rid, at in q.entry_days(r, rejection_ids)]


def _nudge(r: Reader, windows: list[RecoveryWindow], on: date, prefs: Preferences,
           known: Glance | None = None) -> Any:
    ended = [w for w in windows if window.state(w, on) in ("ended", "closed")]
    if not ended or any(window.state(w, on) == "open" for w in windows):
        return None
    end = max(wallowing._end(w) for w in ended)
    check_ins = [CheckIn(mood=m, recorded_at=at) for at, m in q.check_ins_since(
        r, datetime.combine(end, time.min))]
    return wallowing.check(
        windows, check_ins, q.last_search_activity(r) if known is None else known[3], on,
        wallowing.Thresholds(prefs.wallowing_days_past_window, prefs.wallowing_mood_max),
    )


def build_resilience(r: Reader, limit: int | None = None) -> Resilience:
    """Records per rejection (the latest `limit`, or all), their trends, and, with every
    record, the mood series and rejection marks the charts draw."""
    total, means = q.trends(r)  # the counts and the trends' halves: two round trips
    total, rows = q.resilience_records(r, limit, total)
    records = [resilience.RecoveryRecord(rid, app_id, received, mood, nxt)
               for rid, app_id, received, mood, nxt, _ in rows]
    titles = {row[0]: row[5] for row in rows}
    trends = {}
    for column, what in (("mood_days", "recovery"), ("next_days", "time back to applying")):
        found = means[column]
        trends[column] = resilience.trend_from(*found, what) if found else None
    return Resilience(
        records=records, titles=titles, mood_trend=trends["mood_days"],
        search_trend=trends["next_days"],
        mood_series=[] if limit is not None else [
            resilience.MoodPoint(day, round(mood, 2)) for day, mood in q.mood_by_day(r)],
        rejections=[] if limit is not None else [
            resilience.RejectionMark(day, rid, title) for day, rid, title in q.rejection_marks(r)],
        total=total,
    )


def _reinvest_inputs(r: Reader, ended: WindowView, on: date, prefs: Preferences,
                     pipeline: PipelineReads | None) -> window.ReinvestInputs:
    """What the other capabilities know, read from the same snapshot."""
    from bounceback.services.pipeline_reads import PipelineReads

    reads = pipeline or PipelineReads(r, on, prefs)
    outlook = reads.outlook(contributions=0)
    counts = [m.count for m in outlook.more_needed if m.count]
    feedback: tuple[str, ...] = ()
    if ended.stage_reached.rank >= Stage.SCREENING.rank and not q.has_feedback_request(
            r, ended.application_id):
        feedback = (ended.title,)
    return window.ReinvestInputs(
        applications_to_restore=min(counts) if counts else None, chance_now=outlook.chance,
        offer_target=prefs.offer_target, weekly_goal=prefs.weekly_application_goal,
        follow_ups_due=tuple(q.task_titles_due(r, on, 3)),
        feedback_not_requested=feedback,
        lessons_to_review=tuple(q.lessons_of(r, ended.application_id, 3)),
    )


def _crisis_since(on: date) -> datetime:
    return datetime.combine(on - timedelta(days=1), time.min)


def recent_crisis(r: Reader, on: date, levels: set[str] | None = None) -> CrisisLevel:
    if levels is None:
        levels = q.crisis_levels_since(r, _crisis_since(on))
    return CrisisLevel.EXPLICIT if CrisisLevel.EXPLICIT.value in levels else CrisisLevel.NONE


def today_sections(r: Reader, on: date, prefs: Preferences,
                   pipeline: PipelineReads | None = None, listed: int | None = None
                   ) -> list[TodaySection]:
    """Crisis support, the open windows (the first `listed`, and a line counting the rest),
    the re-invest plan when one just ended, the wallowing nudge."""
    sections: list[TodaySection] = []
    known = q.glance(r, on, _crisis_since(on))  # four looks in one round trip
    if recent_crisis(r, on, known[0]) == CrisisLevel.EXPLICIT:
        from bounceback.recovery import crisis

        message = crisis.crisis_message(CrisisLevel.EXPLICIT, prefs.crisis_country)
        if message is not None:
            items = [TodayItem(message.headline, kind="crisis")]
            items += [TodayItem(res.line, kind="crisis") for res in message.resources]
            items.append(TodayItem(message.emergency_line, kind="crisis"))
            sections.append(TodaySection("crisis", "Support, right now", items, 0, "crisis"))
    status = build_status(r, on, prefs, pipeline, with_resilience=False, known=known,
                          listed=listed)
    if status.open:
        items = []
        checked_today = status.last_check_in == on
        for view in status.open:
            items.append(TodayItem(
                f"Day {view.day_number} of {view.days} after the no from {view.title}. "
                "Go gently today.", kind="recovery", application_id=view.application_id,
            ))
            if view.writing_offered:
                items.append(TodayItem(
                    f"If you like: {prefs.writing_minutes} minutes of private writing "
                    "(`bounceback journal write`).", kind="writing",
                ))
        more = status.open_total - len(status.open)
        if more:
            items.append(TodayItem(f"and {more:,} more recovery windows open: "
                                   "`bounceback recovery`", kind="more"))
        if not checked_today:
            items.append(TodayItem("How are you feeling? (`bounceback checkin`)", kind="checkin"))
        sections.append(TodaySection("recovery", "Taking care", items, 10, "gentle", more=more))
    elif status.plan is not None:
        items = [TodayItem(step.text, kind=step.kind) for step in status.plan.steps]
        sections.append(TodaySection("reinvest", status.plan.headline, items, 30, "neutral"))
    if status.nudge is not None:
        items = [TodayItem(line, kind="nudge") for line in status.nudge.lines]
        sections.append(TodaySection("wallowing", "A gentle word", items, 40, "gentle"))
    return sections
