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


def _shares(counts: Mapping[str, int]) -> list[Tally]:
    """A distribution: each key's count out of all; a pattern when frequent and a clear share.
    Largest first; equal counts by key."""
    total = sum(counts.values())
    return [
        Tally(k, n, total, n >= MIN_FOR_PATTERN and n / total >= CLEAR_SHARE)
        for k, n in sorted(counts.items(), key=lambda kn: (-kn[1], kn[0])) if n
    ]


def rates_of(groups: Mapping[str, tuple[int, int]], decided: int, all_rejected: int) -> list[Tally]:
    """Rejection rate per group, from (decided, rejected) per group and the totals over every
    decided application; a pattern when well above the rest."""
    tallies = []
    for k, (total, rejected) in groups.items():
        rest_total = decided - total
        rest_rate = (all_rejected - rejected) / rest_total if rest_total else None
        strong = (
            rejected >= MIN_FOR_PATTERN
            and rest_rate is not None
            and rejected / total - rest_rate >= RATE_MARGIN
        )
        tallies.append(Tally(k, rejected, total, strong))
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


@dataclass(frozen=True)
class WeakWording:
    """One wording of a question answered weakly: how often, by which applications, when last."""

    question: str
    times: int
    application_ids: tuple[int, ...]
    last_held: date


def weak_wordings(interviews: Sequence[Interview]) -> list[WeakWording]:
    """Each wording answered weakly, the most recently asked first (equal days by wording)."""
    found: dict[str, tuple[int, list[int], date]] = {}
    for weak in weak_answers(interviews):
        text = weak.question.question
        times, apps, last = found.get(text, (0, [], weak.interview.held_on))
        apps.append(weak.interview.application_id)
        found[text] = (times + 1, apps, max(last, weak.interview.held_on))
    return sorted((WeakWording(t, n, tuple(a), last) for t, (n, a, last) in found.items()),
                  key=lambda w: (-w.last_held.toordinal(), w.question))


def grouped(wordings: Sequence[WeakWording]) -> list[list[WeakWording]]:
    """Wordings of one question (same_question) together, in order; the first names it."""
    groups: list[list[WeakWording]] = []
    for w in wordings:
        for group in groups:
            if same_question(group[0].question, w.question):
                group.append(w)
                break
        else:
            groups.append([w])
    return groups


def repeated(wordings: Sequence[WeakWording]) -> list[RepeatedQuestion]:
    """Questions answered weakly more than once (the most recent wording names each), the most
    often first."""
    found = [RepeatedQuestion(group[0].question, sum(w.times for w in group),
                              [a for w in group for a in w.application_ids])
             for group in grouped(wordings)]
    return sorted((g for g in found if g.times >= 2), key=lambda g: -g.times)


@dataclass(frozen=True)
class Split:
    """A measure's sum and count over the last RECENT_DAYS, and before."""

    recent_sum: float
    recent_n: int
    earlier_sum: float
    earlier_n: int


def comparisons(reached: Split, far: Split, ratings: Split) -> list[Comparison]:
    def mean(total: float, n: int) -> float | None:
        return total / n if n else None

    return [
        Comparison(measure, mean(s.recent_sum, s.recent_n), s.recent_n,
                   mean(s.earlier_sum, s.earlier_n), s.earlier_n)
        for measure, s in (
            ("applications that reached a screen or further", reached),
            ("rejections that came after interviews, not before", far),
            ("average self-rating of interview answers", ratings),
        )
    ]


def _compare(
    applications: Sequence[Application],
    rejections: Sequence[Rejection],
    interviews: Sequence[Interview],
    today: date,
) -> list[Comparison]:
    cut = today - timedelta(days=RECENT_DAYS)

    def split(pairs: Iterable[tuple[bool, float]]) -> Split:
        values = list(pairs)
        recent = [v for is_recent, v in values if is_recent]
        earlier = [v for is_recent, v in values if not is_recent]
        return Split(sum(recent), len(recent), sum(earlier), len(earlier))

    return comparisons(
        split((a.date_applied >= cut, float(a.furthest_stage.rank >= Stage.SCREENING.rank))
              for a in applications if a.date_applied is not None),
        split((r.received_on >= cut, float(r.stage_reached.rank >= Stage.INTERVIEWING.rank))
              for r in rejections),
        split((i.held_on >= cut, float(q.rating)) for i in interviews for q in i.questions
              if q.rating),
    )


@dataclass
class PatternInputs:
    """What the patterns are computed from: counts and sums (the read model keeps them)."""

    applications: int
    rejections: int
    stages: Mapping[str, int]  # rejections by the stage reached
    reasons: Mapping[str, int]  # rejections by primary reason
    rates: Mapping[str, Mapping[str, tuple[int, int]]]  # dimension -> group -> (decided, rejected)
    decided: int
    decided_rejected: int
    delays: list[Delay]
    wordings: list[WeakWording]
    compare: list[Comparison]


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

    def size(a: Application) -> str | None:
        return companies[a.company].size if a.company in companies else None

    def industry(a: Application) -> str | None:
        return companies[a.company].industry if a.company in companies else None

    keys: dict[str, Callable[[Application], str | None]] = {
        "source": lambda a: a.source.value, "family": lambda a: role_family(a.role),
        "size": size, "industry": industry,
    }
    rates: dict[str, dict[str, tuple[int, int]]] = {}
    for dim, key in keys.items():
        groups: dict[str, tuple[int, int]] = {}
        for app in decided:
            k = key(app)
            if k:
                total, rejected = groups.get(k, (0, 0))
                groups[k] = (total + 1, rejected + (app.outcome == Outcome.REJECTED))
        rates[dim] = groups
    return patterns_from(PatternInputs(
        applications=len(applications), rejections=len(rejections),
        stages=Counter(r.stage_reached.value for r in rejections),
        reasons=Counter(r.primary_reason for r in rejections if r.primary_reason),
        rates=rates, decided=len(decided),
        decided_rejected=sum(1 for a in decided if a.outcome == Outcome.REJECTED),
        delays=_delays(apps, rejections), wordings=weak_wordings(interviews),
        compare=_compare(applications, rejections, interviews, today),
    ))


def patterns_from(inputs: PatternInputs) -> PatternReport:
    """The report from its inputs (built from every record above, or kept by the read model)."""
    report = PatternReport(applications=inputs.applications, rejections=inputs.rejections)
    report.by_stage = _shares(inputs.stages)
    report.by_reason = _shares(inputs.reasons)
    by = {dim: rates_of(inputs.rates.get(dim, {}), inputs.decided, inputs.decided_rejected)
          for dim in ("source", "family", "size", "industry")}
    report.by_source, report.by_role_family = by["source"], by["family"]
    report.by_company_size, report.by_industry = by["size"], by["industry"]
    report.time_to_rejection = inputs.delays
    report.repeated_questions = repeated(inputs.wordings)
    report.recent_vs_earlier = inputs.compare
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
