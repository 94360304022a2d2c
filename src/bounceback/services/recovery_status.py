"""Where recovery stands: open windows, the re-invest plan, the wallowing nudge, resilience,
and the gentle `today` sections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import BouncebackError
from bounceback.domain.models import Application, Rejection
from bounceback.domain.recovery import CrisisLevel, RecoveryWindow
from bounceback.domain.vocabulary import Stage
from bounceback.recovery import crisis, resilience, wallowing, window, writing
from bounceback.services.base import TodayItem, TodaySection
from bounceback.storage.repos import recovery as repo
from bounceback.storage.repos import rejections as rejections_repo

if TYPE_CHECKING:
    from bounceback.services.recovery import RecoveryService


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
    records: list[resilience.RecoveryRecord]
    titles: dict[int, str]
    mood_trend: resilience.Trend | None
    search_trend: resilience.Trend | None
    mood_series: list[resilience.MoodPoint]
    rejections: list[resilience.RejectionMark]


@dataclass
class RecoveryStatus:
    today: date
    open: list[WindowView] = field(default_factory=list)
    ended: list[WindowView] = field(default_factory=list)
    plan: window.ReinvestPlan | None = None
    nudge: wallowing.WallowingNudge | None = None
    resilience: Resilience | None = None
    last_check_in: date | None = None


def _view(w: RecoveryWindow, rejection: Rejection, app: Application, on: date,
          offered: bool) -> WindowView:
    return WindowView(
        rejection_id=w.rejection_id, application_id=app.id or 0, title=app.title,
        stage_reached=rejection.stage_reached, received_on=rejection.received_on, days=w.days,
        hurt=w.hurt, state=window.state(w, on), day_number=w.day_number(on),
        days_left=w.days_left(on), ends_on=w.ends_on, writing_offered=offered,
    )


def _last_search_activity(apps: list[Application]) -> date | None:
    days = [a.date_applied for a in apps if a.date_applied]
    days += [a.last_activity for a in apps if a.outcome is None and a.last_activity]
    return max(days) if days else None


def build_status(svc: RecoveryService, on: date) -> RecoveryStatus:
    prefs = svc.app.preferences()
    with svc.db.session() as s:
        every_rejection = rejections_repo.all_rejections(s)
        windows = svc._windows(s, every_rejection)
        entries = repo.entries(s)
        check_ins = repo.check_ins(s)
    rejections = {r.id: r for r in every_rejection}
    apps = {a.id: a for a in svc.app.applications.list()}
    status = RecoveryStatus(today=on, last_check_in=check_ins[-1].day if check_ins else None)
    for w in windows:
        rejection = rejections.get(w.rejection_id)
        if rejection is None or rejection.application_id not in apps:
            continue
        app = apps[rejection.application_id]
        if w.is_open(on):
            offered = writing.should_offer(w, entries, on) is not None
            status.open.append(_view(w, rejection, app, on, offered))
    if not status.open:
        for w in window.just_ended(windows, on, prefs.wallowing_days_past_window):
            rejection = rejections.get(w.rejection_id)
            if rejection and rejection.application_id in apps:
                status.ended.append(_view(w, rejection, apps[rejection.application_id], on, False))
        if status.ended:
            status.plan = window.reinvest_plan(_reinvest_inputs(svc, status.ended[0], on))
    status.nudge = wallowing.check(
        windows, check_ins, _last_search_activity(list(apps.values())), on,
        wallowing.Thresholds(prefs.wallowing_days_past_window, prefs.wallowing_mood_max),
    )
    status.resilience = _resilience(list(rejections.values()), check_ins, list(apps.values()))
    return status


def _resilience(rejections: list[Rejection], check_ins: list[Any],
                apps: list[Application]) -> Resilience:
    titles = {a.id: a.title for a in apps if a.id is not None}
    records = resilience.records(rejections, check_ins, apps)
    return Resilience(
        records=records,
        titles={r.rejection_id: titles.get(r.application_id, "") for r in records},
        mood_trend=resilience.mood_trend(records),
        search_trend=resilience.search_trend(records),
        mood_series=resilience.mood_series(check_ins),
        rejections=resilience.rejection_marks(rejections, titles),
    )


def build_resilience(svc: RecoveryService) -> Resilience:
    with svc.db.session() as s:
        check_ins = repo.check_ins(s)
    return _resilience(svc.app.rejections.list(), check_ins, svc.app.applications.list())


def _reinvest_inputs(svc: RecoveryService, ended: WindowView, on: date) -> window.ReinvestInputs:
    """What the other capabilities know, each read defensively: a part that is missing or
    fails leaves its step out of the plan rather than breaking `today`."""
    prefs = svc.app.preferences()
    need = chance = None
    try:
        pipeline = getattr(svc.app, "pipeline", None)
        if pipeline is not None and hasattr(pipeline, "outlook"):
            outlook = pipeline.outlook(on=on)
        else:
            from bounceback.pipeline.outlook import compute_outlook

            outlook = compute_outlook(svc.app.applications.list(), on, target=prefs.offer_target)
        counts = [m.count for m in outlook.more_needed if m.count]
        need, chance = (min(counts) if counts else None), outlook.chance
    except (ImportError, BouncebackError, ValueError):
        pass
    follow_ups = tuple(t.title for t in svc.app.tasks.list(due_by=on)[:3])
    feedback: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()
    learning = getattr(svc.app, "learning", None)
    if learning is not None:
        try:
            if ended.stage_reached.rank >= Stage.SCREENING.rank and not learning.feedback_overview(
                ended.application_id
            ).requests:
                feedback = (ended.title,)
            own = [x for x in learning.lessons() if x.application_id == ended.application_id]
            lessons = tuple(x.text for x in own[:3])
        except (AttributeError, BouncebackError):
            pass
    return window.ReinvestInputs(
        applications_to_restore=need, chance_now=chance, offer_target=prefs.offer_target,
        weekly_goal=prefs.weekly_application_goal, follow_ups_due=follow_ups,
        feedback_not_requested=feedback, lessons_to_review=lessons,
    )


def _recent_crisis(svc: RecoveryService, on: date) -> CrisisLevel:
    since = datetime.combine(on - timedelta(days=1), datetime.min.time())
    with svc.db.session() as s:
        levels = [c.crisis_level for c in repo.check_ins(s, since=since)]
        levels += [e.crisis_level for e in repo.entries(s) if e.written_at >= since]
    return CrisisLevel.EXPLICIT if CrisisLevel.EXPLICIT in levels else CrisisLevel.NONE


def today_sections(svc: RecoveryService, on: date) -> list[TodaySection]:
    sections: list[TodaySection] = []
    prefs = svc.app.preferences()
    if _recent_crisis(svc, on) == CrisisLevel.EXPLICIT:
        message = crisis.crisis_message(CrisisLevel.EXPLICIT, prefs.crisis_country)
        if message is not None:
            items = [TodayItem(message.headline, kind="crisis")]
            items += [TodayItem(r.line, kind="crisis") for r in message.resources]
            sections.append(TodaySection("crisis", "Support, right now", items, 0, "crisis"))
    status = build_status(svc, on)
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
        if not checked_today:
            items.append(TodayItem("How are you feeling? (`bounceback checkin`)", kind="checkin"))
        sections.append(TodaySection("recovery", "Taking care", items, 10, "gentle"))
    elif status.plan is not None:
        items = [TodayItem(step.text, kind=step.kind) for step in status.plan.steps]
        sections.append(TodaySection("reinvest", status.plan.headline, items, 30, "neutral"))
    if status.nudge is not None:
        items = [TodayItem(line, kind="nudge") for line in status.nudge.lines]
        sections.append(TodaySection("wallowing", "A gentle word", items, 40, "gentle"))
    return sections


__all__ = ["RecoveryStatus", "Resilience", "WindowView", "build_status"]
