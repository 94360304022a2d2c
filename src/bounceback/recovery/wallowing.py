"""Noticing when low mood and a quiet search last well past the window, and nudging gently."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bounceback.domain.recovery import CheckIn, RecoveryWindow
from bounceback.recovery.window import state

# Words that shame or blame; no user-facing text of this package may contain them.
SHAMING_WORDS = (
    "lazy", "wallow", "excuse", "should have", "pathetic", "snap out", "get over it",
    "toughen", "weak", "failure", "give up", "stop feeling", "no reason to feel", "just move on",
    "everything happens for a reason", "!",
)


@dataclass(frozen=True)
class Thresholds:
    """Settings wallowing_days_past_window and wallowing_mood_max (docs/recovery.md)."""

    days_past_window: int = 7
    mood_max: int = 2


@dataclass(frozen=True)
class WallowingNudge:
    rejection_id: int
    days_past_window: int
    mean_mood: float
    quiet_since: date
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _last_ended(windows: Iterable[RecoveryWindow], today: date) -> RecoveryWindow | None:
    ended = [w for w in windows if state(w, today) in ("ended", "closed")]
    if not ended:
        return None
    return max(ended, key=lambda w: _end(w))


def _end(window: RecoveryWindow) -> date:
    return min(window.ends_on, window.closed_on) if window.closed_on else window.ends_on


def check(
    windows: Iterable[RecoveryWindow],
    check_ins: Iterable[CheckIn],
    last_search_activity: date | None,
    today: date,
    thresholds: Thresholds = Thresholds(),
) -> WallowingNudge | None:
    """A nudge when all three hold, else None:

    1. no recovery window is open, and the latest one ended at least
       `days_past_window` days ago;
    2. at least one check-in since it ended, and both the latest check-in's mood and the mean
       mood since it ended are at most `mood_max`;
    3. no search activity (a new application, a stage change, a follow-up) since it ended.
    """
    windows = list(windows)
    if any(state(w, today) == "open" for w in windows):
        return None
    last = _last_ended(windows, today)
    if last is None:
        return None
    end = _end(last)
    past = (today - end).days
    if past < thresholds.days_past_window:
        return None
    since = sorted((c for c in check_ins if c.day >= end), key=lambda c: c.recorded_at)
    if not since:
        return None
    mean = sum(c.mood for c in since) / len(since)
    if since[-1].mood > thresholds.mood_max or mean > thresholds.mood_max:
        return None
    if last_search_activity is not None and last_search_activity >= end:
        return None
    quiet_since = max(d for d in (last_search_activity, last.starts_on) if d is not None)
    lines = (
        f"Your check-ins have been low for a while (a mood of {mean:.1f} out of 5 on average "
        f"since {end:%d %b}), and the search has been quiet since {quiet_since:%d %b}.",
        "That is a heavy stretch, and a common one in a long search. You do not have to carry "
        "it alone: this is a good moment to talk to someone you trust.",
        "When you feel ready, one small step is enough: twenty minutes on one application, or "
        "one follow-up message.",
        "If the low mood stays with you most days, talking to a doctor or a counsellor can help "
        "too; losing work weighs on mental health for many people (Paul & Moser 2009).",
    )
    return WallowingNudge(last.rejection_id, past, round(mean, 1), quiet_since, lines)
