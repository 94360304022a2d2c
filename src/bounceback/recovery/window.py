"""The recovery window: a few days to process a rejection, sized by how much it hurt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bounceback.domain.errors import InvalidValue
from bounceback.domain.recovery import HURT_MAX, HURT_MIN, RecoveryWindow

WINDOW_MIN_DAYS, WINDOW_MAX_DAYS = 1, 30


def check_hurt(value: object) -> int:
    """How much a rejection hurt, 0 (not at all) to 10 (as much as it gets)."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise InvalidValue(
            f"hurt must be a whole number from {HURT_MIN} to {HURT_MAX}, not {value!r}"
        ) from None
    if not HURT_MIN <= number <= HURT_MAX:
        raise InvalidValue(
            f"hurt is {number}; use {HURT_MIN} (not at all) to {HURT_MAX} (as much as it gets)"
        )
    return number


def check_days(value: object) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise InvalidValue(f"window days must be a whole number, not {value!r}") from None
    if not WINDOW_MIN_DAYS <= number <= WINDOW_MAX_DAYS:
        raise InvalidValue(
            f"window of {number} days; use {WINDOW_MIN_DAYS} to {WINDOW_MAX_DAYS} days"
        )
    return number


def window_days(default_days: int, hurt: int | None = None) -> int:
    """Days of recovery for one rejection (docs/recovery.md, "The recovery window").

    hurt 0-3: one day shorter than the setting (at least 1); 4-6: the setting;
    7-8: one day longer; 9-10: two days longer. No hurt given: the setting.
    """
    days = check_days(default_days)
    if hurt is None:
        return days
    hurt = check_hurt(hurt)
    if hurt <= 3:
        days -= 1
    elif hurt >= 9:
        days += 2
    elif hurt >= 7:
        days += 1
    return max(WINDOW_MIN_DAYS, min(WINDOW_MAX_DAYS, days))


def open_window(
    rejection_id: int,
    received_on: date,
    default_days: int,
    hurt: int | None = None,
    days: int | None = None,
) -> RecoveryWindow:
    """A window starting the day the rejection arrived; `days` overrides the hurt rule."""
    length = check_days(days) if days is not None else window_days(default_days, hurt)
    return RecoveryWindow(
        rejection_id=rejection_id,
        starts_on=received_on,
        days=length,
        hurt=check_hurt(hurt) if hurt is not None else None,
    )


def state(window: RecoveryWindow, today: date) -> str:
    """"upcoming", "open", "closed" (ended early by the candidate) or "ended"."""
    if today < window.starts_on:
        return "upcoming"
    if window.closed_on is not None and window.closed_on <= today:
        return "closed"
    return "open" if today < window.ends_on else "ended"


def open_windows(windows: Iterable[RecoveryWindow], today: date) -> list[RecoveryWindow]:
    """Windows still open today, the one ending first first."""
    return sorted((w for w in windows if w.is_open(today)), key=lambda w: w.ends_on)


def just_ended(
    windows: Iterable[RecoveryWindow], today: date, within_days: int
) -> list[RecoveryWindow]:
    """Windows that ended (or were closed early) in the last `within_days` days: the
    re-invest plan shows for them, unless a newer window is open."""
    result = []
    for w in windows:
        end = min(w.ends_on, w.closed_on) if w.closed_on else w.ends_on
        if end <= today and (today - end).days < within_days:
            result.append(w)
    return sorted(result, key=lambda w: w.ends_on, reverse=True)


@dataclass(frozen=True)
class ReinvestInputs:
    """What the pipeline and learning parts know, handed over as plain data by the service."""

    applications_to_restore: int | None = None  # how many new applications restore the outlook
    chance_now: float | None = None
    offer_target: float | None = None
    weekly_goal: int | None = None
    follow_ups_due: tuple[str, ...] = ()
    feedback_not_requested: tuple[str, ...] = ()
    lessons_to_review: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanStep:
    kind: str  # apply | follow_up | feedback | lessons | plan
    text: str
    source: str = ""


@dataclass(frozen=True)
class ReinvestPlan:
    headline: str
    steps: tuple[PlanStep, ...]


def reinvest_plan(inputs: ReinvestInputs) -> ReinvestPlan:
    """A concrete plan for the day the window ends, built only from what is known."""
    steps: list[PlanStep] = []
    need = inputs.applications_to_restore
    if need and need > 0:
        target = f" back to {inputs.offer_target:.0%}" if inputs.offer_target else ""
        word = "application" if need == 1 else "applications"
        steps.append(
            PlanStep(
                "apply",
                f"Send {need} new {word} to bring your chance of an offer{target}.",
            )
        )
    elif inputs.weekly_goal:
        steps.append(
            PlanStep("apply", f"Keep to your goal of {inputs.weekly_goal} applications this week.")
        )
    for title in inputs.follow_ups_due:
        steps.append(PlanStep("follow_up", f"Follow up on {title}."))
    for title in inputs.feedback_not_requested:
        steps.append(
            PlanStep(
                "feedback",
                f"Ask {title} for feedback; a draft is ready for you to edit.",
                "Talent Board Candidate Experience report 2022: 71 % never get feedback unasked",
            )
        )
    for lesson in inputs.lessons_to_review:
        steps.append(PlanStep("lessons", f"Review: {lesson}."))
    steps.append(
        PlanStep(
            "plan",
            "Decide when and where you will do the first of these: a day, a time and a place.",
            "Van Hooft et al. 2005; Abel, Burger, Carranza & Piraino 2017",
        )
    )
    return ReinvestPlan(
        headline="Your recovery days are over. When you are ready, here is where to pick up.",
        steps=tuple(steps),
    )
