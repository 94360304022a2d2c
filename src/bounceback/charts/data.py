"""The numbers behind every chart, computed from the read model's counts with no plotting
library (tests/charts_records.py works the same counts out from records, to compare)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bounceback.domain.vocabulary import Outcome, Reason, Stage

# The stages a Sankey and a funnel walk through, in order (a saved bookmark was never sent).
FLOW_STAGES: tuple[Stage, ...] = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
    Stage.ACCEPTED,
)
STAGE_NAMES: dict[Stage, str] = {
    Stage.APPLIED: "Applications",
    Stage.SCREENING: "Screens",
    Stage.INTERVIEWING: "Interviews",
    Stage.OFFER: "Offers",
    Stage.ACCEPTED: "Accepted",
}
# Where an application leaves the flow when it does not go further; "open" is still waiting.
EXITS: tuple[str, ...] = ("rejected", "withdrawn", "ghosted", "open")
EXIT_NAMES: dict[str, str] = {
    "rejected": "Rejected",
    "withdrawn": "Withdrew",
    "ghosted": "Ghosted",
    "open": "Still open",
}
REJECTION_STAGES: tuple[Stage, ...] = (
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
)
STAGE_WORDS: dict[Stage, str] = {
    Stage.SAVED: "saved",
    Stage.APPLIED: "after applying",
    Stage.SCREENING: "after a screen",
    Stage.INTERVIEWING: "after interviews",
    Stage.OFFER: "at the offer",
    Stage.ACCEPTED: "after accepting",
}


def reason_label(reason: str) -> str:
    """A reason as people read it: skill_gap -> Skill gap; a user's own words stay as typed."""
    if reason in {r.value for r in Reason}:
        return reason.replace("_", " ").capitalize()
    return reason


# --- Sankey ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Flow:
    """One band of the Sankey: `value` applications went from `source` on to `target`.

    Both ends are node keys: a stage value ("applied"), or "exit:<outcome>@<stage>".
    """

    source: str
    target: str
    value: int


@dataclass
class SankeyData:
    applications: int
    flows: list[Flow]
    reached: dict[Stage, int]

    def inflow(self, node: str) -> int:
        return sum(f.value for f in self.flows if f.target == node)

    def outflow(self, node: str) -> int:
        return sum(f.value for f in self.flows if f.source == node)

    @property
    def exits(self) -> dict[str, int]:
        """Applications that ended at each exit node (rejected@applied -> count)."""
        return {f.target: f.value for f in self.flows if f.target.startswith("exit:")}


def exit_key(outcome: str, stage: Stage) -> str:
    return f"exit:{outcome}@{stage.value}"


def parse_exit_key(key: str) -> tuple[str, Stage]:
    outcome, stage = key.removeprefix("exit:").split("@")
    return outcome, Stage(stage)


def node_label(key: str) -> str:
    """What a Sankey node is called: "Screens", or an exit's outcome ("Rejected")."""
    if key.startswith("exit:"):
        return EXIT_NAMES[parse_exit_key(key)[0]]
    return STAGE_NAMES[Stage(key)]


def furthest_of(stage: Stage, furthest_stage: Stage, outcome: str | None) -> Stage:
    if outcome == Outcome.ACCEPTED.value:
        return Stage.ACCEPTED
    return max(stage, furthest_stage, key=lambda s: s.rank)


#: Sent applications by (the furthest stage they reached, their outcome or "open"): all that
#: the Sankey and the funnel show, whether counted here from records or by the read model.
FlowCounts = Mapping[tuple[Stage, str], int]


def sankey_from(counts: FlowCounts) -> SankeyData:
    """Each application counted once: it flows stage by stage to the furthest it reached,
    then leaves there by its outcome (or stays "open")."""
    bands: Counter[tuple[str, str]] = Counter()
    reached: Counter[Stage] = Counter()
    total = 0
    for (top, outcome), n in counts.items():
        if top == Stage.SAVED:  # a bookmark never entered the search
            continue
        total += n
        rank = FLOW_STAGES.index(top)
        for stage in FLOW_STAGES[: rank + 1]:
            reached[stage] += n
        for here, there in zip(FLOW_STAGES[:rank], FLOW_STAGES[1 : rank + 1], strict=True):
            bands[(here.value, there.value)] += n
        if top != Stage.ACCEPTED and outcome != Outcome.ACCEPTED.value:
            bands[(top.value, exit_key(outcome, top))] += n
    order = {s.value: i for i, s in enumerate(FLOW_STAGES)}

    def sort_key(item: tuple[tuple[str, str], int]) -> tuple[int, int, int]:
        (source, target), _ = item
        is_exit = target.startswith("exit:")
        exit_rank = EXITS.index(parse_exit_key(target)[0]) if is_exit else -1
        return (order[source], 0 if is_exit else 1, exit_rank)

    flows = [Flow(s, t, v) for (s, t), v in sorted(bands.items(), key=sort_key) if v]
    return SankeyData(
        applications=total,
        flows=flows,
        reached={stage: reached[stage] for stage in FLOW_STAGES},
    )


# --- Funnel ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStep:
    stage: Stage
    count: int
    from_previous: float | None  # share of the previous step that reached this one
    from_start: float | None  # share of all applications that reached this one
    open_here: int  # still waiting at this stage: the rates can still rise


def funnel_from(counts: FlowCounts) -> list[FunnelStep]:
    reached: Counter[Stage] = Counter()
    open_here: Counter[Stage] = Counter()
    for (top, outcome), n in counts.items():
        if top == Stage.SAVED:
            continue
        for stage in FLOW_STAGES[: FLOW_STAGES.index(top) + 1]:
            reached[stage] += n
        if outcome == "open" and top != Stage.ACCEPTED:
            open_here[top] += n
    steps: list[FunnelStep] = []
    start = reached[Stage.APPLIED]
    previous: int | None = None
    for stage in FLOW_STAGES:
        count = reached[stage]
        steps.append(
            FunnelStep(
                stage=stage,
                count=count,
                from_previous=(count / previous) if previous else None,
                from_start=(count / start) if start and stage != Stage.APPLIED else None,
                open_here=open_here[stage],
            )
        )
        previous = count
    return steps


# --- Rejection reasons ----------------------------------------------------------------------


@dataclass
class ReasonsData:
    """counts[reason][stage]: rejections whose main reason was `reason`, at `stage`."""

    reasons: list[str]
    stages: list[Stage]
    counts: dict[str, dict[Stage, int]]
    total: int

    def count(self, reason: str, stage: Stage) -> int:
        return self.counts.get(reason, {}).get(stage, 0)


def reasons_from(per_reason: Mapping[tuple[str, Stage], int]) -> ReasonsData:
    """Each rejection once, under its main reason ("not_specified" when it gave none):
    `per_reason` counts rejections by (main reason, stage reached)."""
    counts: dict[str, dict[Stage, int]] = defaultdict(lambda: defaultdict(int))
    total = 0
    for (reason, stage), n in per_reason.items():
        if stage == Stage.SAVED:
            stage = Stage.APPLIED
        counts[reason][stage] += n
        total += n
    reasons = sorted(counts, key=lambda r: (-sum(counts[r].values()), reason_label(r)))
    used = {stage for per in counts.values() for stage in per}
    stages = [s for s in REJECTION_STAGES if s in used] + sorted(
        used - set(REJECTION_STAGES), key=lambda s: s.rank
    )
    return ReasonsData(
        reasons=reasons,
        stages=stages,
        counts={r: dict(counts[r]) for r in reasons},
        total=total,
    )


# --- Mood and recovery ----------------------------------------------------------------------


@dataclass(frozen=True)
class MoodPoint:
    """The average mood (1 very low .. 5 very good) of the check-ins of one day."""

    day: date
    mood: float
    check_ins: int


@dataclass(frozen=True)
class RejectionMark:
    day: date
    label: str  # "Data analyst at Acme, after interviews"
    recovery_days: int | None = None  # days until the candidate was back on track


@dataclass
class MoodData:
    points: list[MoodPoint]
    rejections: list[RejectionMark]

    @property
    def recoveries(self) -> list[RejectionMark]:
        return [r for r in self.rejections if r.recovery_days is not None]


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def mood_points(check_ins: Iterable[tuple[date | datetime, int | float]]) -> list[MoodPoint]:
    by_day: dict[date, list[float]] = defaultdict(list)
    for when, mood in check_ins:
        by_day[_day(when)].append(float(mood))
    return [
        MoodPoint(day=d, mood=sum(v) / len(v), check_ins=len(v)) for d, v in sorted(by_day.items())
    ]


def rejection_mark(day: date, title: str | None, stage: Stage, days: int | None) -> RejectionMark:
    """A rejection on the mood chart: "Data analyst at Acme, after interviews"."""
    return RejectionMark(day=day, label=f"{title or 'an application'}, {STAGE_WORDS[stage]}",
                         recovery_days=days)


# --- Applications per week ------------------------------------------------------------------


@dataclass(frozen=True)
class WeekCount:
    week: date  # the Monday
    applications: int


@dataclass
class WeeklyData:
    weeks: list[WeekCount]
    goal: int

    @property
    def weeks_on_goal(self) -> int:
        return sum(1 for w in self.weeks if w.applications >= self.goal)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_from(
    per_day: Mapping[date, int], goal: int, today: date | None = None
) -> WeeklyData:
    """Applications sent in each week (Monday to Sunday), empty weeks included, up to today,
    from the applications sent each day."""
    counts: Counter[date] = Counter()
    for day, n in per_day.items():
        counts[monday(day)] += n
    if not counts:
        return WeeklyData(weeks=[], goal=goal)
    first = min(counts)
    last = max(max(counts), monday(today)) if today else max(counts)
    weeks = []
    week = first
    while week <= last:
        weeks.append(WeekCount(week=week, applications=counts[week]))
        week += timedelta(days=7)
    return WeeklyData(weeks=weeks, goal=goal)


# --- Chance of at least one offer -----------------------------------------------------------


@dataclass(frozen=True)
class OutlookPoint:
    day: date
    chance: float  # 0..1: the chance of at least one offer from the live pipeline that day


@dataclass
class OutlookData:
    points: list[OutlookPoint]
    target: float


def outlook_data(
    points: Iterable[tuple[date | datetime, float]] | Iterable[OutlookPoint], target: float
) -> OutlookData:
    """One point a day (the last estimate of the day wins), clipped to 0..1, in date order."""
    per_day: dict[date, float] = {}
    for point in points:
        day, chance = (point.day, point.chance) if isinstance(point, OutlookPoint) else point
        per_day[_day(day)] = min(1.0, max(0.0, float(chance)))
    return OutlookData(
        points=[OutlookPoint(d, c) for d, c in sorted(per_day.items())], target=target
    )


# --- Everything a chart may need, gathered once ---------------------------------------------


@dataclass
class ChartCounts:
    """What the charts show, counted by the read model (so a chart reads its counts, not
    every application): each is None when not asked for."""

    flow: FlowCounts | None = None
    reasons: Mapping[tuple[str, Stage], int] | None = None
    applied_days: Mapping[date, int] | None = None
    marks: list[RejectionMark] | None = None


@dataclass
class ChartInputs:
    """Plain data for every chart: the read model's counts (tests/charts_records.py makes them
    from records), the check-ins and the outlook's points."""

    check_ins: Sequence[tuple[date | datetime, int | float]] = ()
    recovery_days: dict[int, int] = field(default_factory=dict)
    outlook: Sequence[tuple[date | datetime, float]] = ()
    weekly_goal: int = 5
    offer_target: float = 0.8
    today: date | None = None
    counts: ChartCounts = field(default_factory=ChartCounts)
