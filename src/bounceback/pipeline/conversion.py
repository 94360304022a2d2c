"""Stage-to-stage conversion, overall and by kind, recent against all time, always with counts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.pipeline.history import TransitionCounts, count_transitions
from bounceback.pipeline.priors import TRANSITIONS, Kind, kind_of
from bounceback.pipeline.wording import rate_with_count

#: Below this many finished applications a step shows counts only, no percentage.
MIN_COUNT_FOR_RATE = 5
RECENT_DAYS = 30


@dataclass(frozen=True)
class StepRate:
    """One transition: passed of decided, and how many are still waiting at its start."""

    step: str  # "applied → screening"
    passed: int
    decided: int
    waiting: int

    @property
    def rate(self) -> float | None:
        """None when there are too few decided applications to call it a rate."""
        if self.decided < MIN_COUNT_FOR_RATE:
            return None
        return self.passed / self.decided

    @property
    def text(self) -> str:
        words = rate_with_count(self.passed, self.decided, MIN_COUNT_FOR_RATE)
        return f"{words}, {self.waiting} waiting" if self.waiting else words


@dataclass(frozen=True)
class Funnel:
    """The steps for one group of applications (all, or one kind) over one period."""

    label: str
    applications: int
    steps: tuple[StepRate, ...]


@dataclass(frozen=True)
class Conversion:
    """Funnels for the last RECENT_DAYS days and all time, overall and per kind."""

    as_of: date
    recent: tuple[Funnel, ...]
    all_time: tuple[Funnel, ...]
    min_count: int = MIN_COUNT_FOR_RATE


def _only_saved(application: Application) -> bool:
    return application.stage == Stage.SAVED and application.furthest_stage == Stage.SAVED


def _step_name(step: int) -> str:
    frm, to = TRANSITIONS[step]
    return f"{frm.value} → {to.value}"


def funnel(label: str, applications: Iterable[Application]) -> Funnel:
    """Counts per step: passed, decided (passed or stopped) and waiting at its start."""
    apps = [a for a in applications if not _only_saved(a)]
    waiting = {frm: sum(1 for a in apps if a.is_live and a.stage == frm) for frm, _ in TRANSITIONS}
    return funnel_from(label, len(apps), count_transitions(apps), waiting)


def funnel_from(
    label: str, applications: int, counts: TransitionCounts, waiting: Mapping[Stage, int]
) -> Funnel:
    """The funnel from its totals (the read model keeps them): passed and stopped per step of
    the counted kinds, and live applications waiting per stage."""
    steps = []
    for step, (frm, _to) in enumerate(TRANSITIONS):
        passed = sum(v for (_k, s), v in counts.passed.items() if s == step)
        stopped = sum(v for (_k, s), v in counts.stopped.items() if s == step)
        steps.append(StepRate(_step_name(step), passed, passed + stopped, waiting.get(frm, 0)))
    return Funnel(label, applications, tuple(steps))


def _funnels(apps: list[Application]) -> tuple[Funnel, ...]:
    out = [funnel("all", apps)]
    for kind in Kind:
        mine = [a for a in apps if kind_of(a) == kind]
        if mine:
            out.append(funnel(kind.value, mine))
    return tuple(out)


def conversion(applications: Iterable[Application], today: date) -> Conversion:
    """Recent funnels hold the applications sent in the last RECENT_DAYS days."""
    apps = [a for a in applications if not _only_saved(a)]
    start = today - timedelta(days=RECENT_DAYS)
    recent = [a for a in apps if a.date_applied is not None and a.date_applied > start]
    return Conversion(as_of=today, recent=_funnels(recent), all_time=_funnels(apps))
