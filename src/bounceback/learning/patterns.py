"""Patterns across rejections, honest about sample size: counts beside every rate."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bounceback.domain.learning import Interview
from bounceback.domain.models import Application, Company, Rejection
from bounceback.domain.vocabulary import STAGE_ORDER, Outcome, Stage
from bounceback.learning.families import role_family
from bounceback.learning.interviews import weak_answers
from bounceback.learning.practice import same_question
from bounceback.learning.reasons import reason_label

MIN_FOR_PATTERN = 3
CLEAR_SHARE = 0.4
RATE_MARGIN = 0.15
RECENT_DAYS = 90


@dataclass
class Tally:
    """`count` of `total`, and whether that is enough, and strong enough, to call a pattern."""

    key: str
    count: int
    total: int
    pattern: bool = False
    rate: float | None = field(init=False)

    def __post_init__(self) -> None:
        self.rate = self.count / self.total if self.total else None

    def text(self) -> str:
        rate = self.rate
        return f"{self.count} of {self.total}" + ("" if rate is None else f" ({rate * 100:.0f} %)")


@dataclass
class Delay:
    stage: str
    median_days: float
    count: int


@dataclass
class RepeatedQuestion:
    question: str
    times: int
    application_ids: list[int]


@dataclass
class Comparison:
    """A measure over the last RECENT_DAYS against before, with both sample sizes."""

    measure: str
    recent: float | None
    recent_n: int
    earlier: float | None
    earlier_n: int
    higher_is_better: bool = True
    comparable: bool = field(init=False)
    improved: bool | None = field(init=False)

    def __post_init__(self) -> None:
        self.comparable = self.recent_n >= MIN_FOR_PATTERN and self.earlier_n >= MIN_FOR_PATTERN
        if not self.comparable or self.recent is None or self.earlier is None:
            self.improved = None
        else:
            better = (self.recent > self.earlier) == self.higher_is_better
            self.improved = better and self.recent != self.earlier


@dataclass
class PatternReport:
    applications: int
    rejections: int
    by_stage: list[Tally] = field(default_factory=list)
    by_reason: list[Tally] = field(default_factory=list)
    by_source: list[Tally] = field(default_factory=list)
    by_role_family: list[Tally] = field(default_factory=list)
    by_company_size: list[Tally] = field(default_factory=list)
    by_industry: list[Tally] = field(default_factory=list)
    time_to_rejection: list[Delay] = field(default_factory=list)
    repeated_questions: list[RepeatedQuestion] = field(default_factory=list)
    recent_vs_earlier: list[Comparison] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    enough: bool = field(init=False)
    minimum: int = MIN_FOR_PATTERN

    def __post_init__(self) -> None:
        self.enough = self.rejections >= MIN_FOR_PATTERN


def _shares(keys: Iterable[str]) -> list[Tally]:
    """A distribution: each key's count out of all; a pattern when frequent and a clear share."""
    counts = Counter(keys)
    total = sum(counts.values())
    return [
        Tally(k, n, total, n >= MIN_FOR_PATTERN and n / total >= CLEAR_SHARE)
        for k, n in counts.most_common()
    ]


def _rates(decided: Sequence[Application], key: Callable[[Application], str | None]) -> list[Tally]:
    """Rejection rate per group of decided applications; a pattern when well above the rest."""
    groups: dict[str, list[Application]] = defaultdict(list)
    for app in decided:
        k = key(app)
        if k:
            groups[k].append(app)
    all_rejected = sum(1 for a in decided if a.outcome == Outcome.REJECTED)
    tallies = []
    for k, apps in groups.items():
        rejected = sum(1 for a in apps if a.outcome == Outcome.REJECTED)
        rest_total = len(decided) - len(apps)
        rest_rate = (all_rejected - rejected) / rest_total if rest_total else None
        strong = (
            rejected >= MIN_FOR_PATTERN
            and rest_rate is not None
            and rejected / len(apps) - rest_rate >= RATE_MARGIN
        )
        tallies.append(Tally(k, rejected, len(apps), strong))
    return sorted(tallies, key=lambda t: (-t.total, t.key))


def _delays(apps: Mapping[int, Application], rejections: Sequence[Rejection]) -> list[Delay]:
    by_stage: dict[str, list[int]] = defaultdict(list)
    for r in rejections:
        app = apps.get(r.application_id)
        if app and app.date_applied and r.received_on >= app.date_applied:
            days = (r.received_on - app.date_applied).days
            by_stage[r.stage_reached.value].append(days)
            by_stage["all"].append(days)
    order = ["all", *(s.value for s in STAGE_ORDER)]
    return [
        Delay(s, float(statistics.median(by_stage[s])), len(by_stage[s]))
        for s in order
        if by_stage.get(s)
    ]


def _repeated(interviews: Sequence[Interview]) -> list[RepeatedQuestion]:
    groups: list[RepeatedQuestion] = []
    for weak in weak_answers(interviews):
        text = weak.question.question
        for group in groups:
            if same_question(group.question, text):
                group.times += 1
                group.application_ids.append(weak.interview.application_id)
                break
        else:
            groups.append(RepeatedQuestion(text, 1, [weak.interview.application_id]))
    return sorted((g for g in groups if g.times >= 2), key=lambda g: -g.times)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _compare(
    applications: Sequence[Application],
    rejections: Sequence[Rejection],
    interviews: Sequence[Interview],
    today: date,
) -> list[Comparison]:
    cut = today - timedelta(days=RECENT_DAYS)
    recent_r = [r for r in rejections if r.received_on >= cut]
    earlier_r = [r for r in rejections if r.received_on < cut]

    def far(rs: Sequence[Rejection]) -> float | None:
        return _mean([1.0 if r.stage_reached.rank >= Stage.INTERVIEWING.rank else 0.0 for r in rs])

    ratings_recent = [
        float(q.rating) for i in interviews if i.held_on >= cut for q in i.questions if q.rating
    ]
    ratings_earlier = [
        float(q.rating) for i in interviews if i.held_on < cut for q in i.questions if q.rating
    ]
    applied = [a for a in applications if a.date_applied is not None]
    recent_a = [a for a in applied if a.date_applied and a.date_applied >= cut]
    earlier_a = [a for a in applied if a.date_applied and a.date_applied < cut]

    def reached(apps: Sequence[Application]) -> float | None:
        return _mean([1.0 if a.furthest_stage.rank >= Stage.SCREENING.rank else 0.0 for a in apps])

    return [
        Comparison(
            "applications that reached a screen or further",
            reached(recent_a),
            len(recent_a),
            reached(earlier_a),
            len(earlier_a),
        ),
        Comparison(
            "rejections that came after interviews, not before",
            far(recent_r),
            len(recent_r),
            far(earlier_r),
            len(earlier_r),
        ),
        Comparison(
            "average self-rating of interview answers",
            _mean(ratings_recent),
            len(ratings_recent),
            _mean(ratings_earlier),
            len(ratings_earlier),
        ),
    ]


def find_patterns(
    applications: Sequence[Application],
    rejections: Sequence[Rejection],
    interviews: Sequence[Interview] = (),
    companies: Mapping[str, Company] | None = None,
    *,
    today: date,
) -> PatternReport:
    """Everything the rejections have in common, each figure with its count."""
    companies = companies or {}
    apps = {a.id: a for a in applications if a.id is not None}
    decided = [a for a in applications if a.outcome is not None]
    report = PatternReport(applications=len(applications), rejections=len(rejections))
    report.by_stage = _shares(r.stage_reached.value for r in rejections)
    report.by_reason = _shares(r.primary_reason for r in rejections if r.primary_reason)
    report.by_source = _rates(decided, lambda a: a.source.value)
    report.by_role_family = _rates(decided, lambda a: role_family(a.role))

    def size(a: Application) -> str | None:
        return companies[a.company].size if a.company in companies else None

    def industry(a: Application) -> str | None:
        return companies[a.company].industry if a.company in companies else None

    report.by_company_size = _rates(decided, size)
    report.by_industry = _rates(decided, industry)
    report.time_to_rejection = _delays(apps, rejections)
    report.repeated_questions = _repeated(interviews)
    report.recent_vs_earlier = _compare(applications, rejections, interviews, today)
    report.findings = findings(report)
    return report


def findings(report: PatternReport) -> list[str]:
    """Plain sentences for what passes the minimum; a note on sample size when little does."""
    lines: list[str] = []
    if not report.enough:
        lines.append(
            f"With {report.rejections} rejection{'s' if report.rejections != 1 else ''} so far, "
            f"it is too early to call anything a pattern (at least {MIN_FOR_PATTERN} of a kind "
            "are needed). The figures below are just counts."
        )
    for t in report.by_stage:
        if t.pattern:
            lines.append(f"Most rejections came at the {t.key} stage: {t.text()}.")
    for t in report.by_reason:
        if t.pattern:
            lines.append(f"The most common reason is {reason_label(t.key).lower()}: {t.text()}.")
    for label, tallies in (
        ("source", report.by_source),
        ("role family", report.by_role_family),
        ("company size", report.by_company_size),
        ("industry", report.by_industry),
    ):
        for t in tallies:
            if t.pattern:
                lines.append(
                    f"Applications by {label} {t.key!r} ended in rejection more often: {t.text()}."
                )
    for q in report.repeated_questions:
        lines.append(f"A question that was hard more than once: {q.question!r} ({q.times} times).")
    for c in report.recent_vs_earlier:
        if c.improved:
            lines.append(
                f"Recent improvement in {c.measure} (last {RECENT_DAYS} days against before)."
            )
    return lines
