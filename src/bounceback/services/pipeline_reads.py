"""The pipeline's reads, from the read model: the outlook, its warnings, ghosting, the weekly
plan, conversion and answer times, and the pipeline's lines in `today`.

Everything here runs on a handful of totals (transitions, answer times, live applications by
silence) and on the rows a page shows, read through indexes: no timeline is read again, and
the ORM is not imported (the CLI's read commands start quickly).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from bounceback.pipeline import state as st
from bounceback.pipeline.priors import WAITING_STAGES, Kind
from bounceback.services.base import TodayItem, TodaySection
from bounceback.storage.readmodel import days, queries

if TYPE_CHECKING:
    from bounceback.config import Preferences
    from bounceback.memo import Memo
    from bounceback.pipeline.concentration import PipelineWarning
    from bounceback.pipeline.conversion import Conversion
    from bounceback.pipeline.ghosting import CompanyPace, ExpectedTime, GhostCheck
    from bounceback.pipeline.outlook import GroupChances, Outlook, OutlookInputs
    from bounceback.pipeline.plan import Intention, PlanStatus
    from bounceback.storage.readmodel.reader import Reader

#: `today` lists this many overdue applications; the rest are one line pointing to `ghost`.
TODAY_GHOST_ITEMS = 3
#: An application revived by a late answer is good news in `today` for this many days.
REVIVAL_NEWS_DAYS = 7
_NAMES = (st.PASSED, st.STOPPED, st.ADVANCE_N, st.ADVANCE_SUM, st.COMPANY_N, st.COMPANY_SUM,
          st.WAITING, st.HOPE_N, st.HOPE_SUM, st.APPS)


@dataclass(frozen=True)
class PipelineReport:
    """What `bounceback outlook` and the web dashboard show: the outlook and its warnings."""

    outlook: Outlook
    warnings: list[PipelineWarning]

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return {**self.outlook.to_dict(), "warnings": [asdict(w) for w in self.warnings]}


@dataclass(frozen=True)
class AnswerPace:
    """How long answers take: per stage (prior blended with own) and per company (own only)."""

    stages: list[ExpectedTime]
    companies: list[CompanyPace]


class PipelineReads:
    """One snapshot (`r`), one day, the user's preferences; `kept`: the outlooks worked out
    before, kept by this person's service (`Bounceback.outlooks_kept`)."""

    def __init__(self, r: Reader, today: date, prefs: Preferences,
                 kept: Memo[Any, Any] | None = None) -> None:
        self.r = r
        self.today = today
        self.prefs = prefs
        self.kept = kept
        # the warnings' top application when the outlook's contributions were read first
        self._first: list[queries.Member] = []

    @cached_property
    def _read(self) -> tuple[Any, ...]:
        """The weeks' applications, the last day sent, the pipeline's totals (each page reading
        the pipeline needs the three), the plan's intentions and the recent revivals (`today`
        shows both, the outlook the plan): one round trip."""
        since = datetime.combine(self.today - timedelta(days=REVIVAL_NEWS_DAYS), time.min)
        return queries.tallies_plan_and_revivals(self.r, self.today, list(_NAMES), since)

    @cached_property
    def _tallies(self) -> tuple[dict[date, int], date | None, dict[tuple[str, str], int]]:
        return self._read[0], self._read[1], self._read[2]

    @cached_property
    def found(self) -> dict[tuple[str, str], int]:
        return self._tallies[2]

    @cached_property
    def inputs(self) -> OutlookInputs:
        from bounceback.pipeline.outlook import OutlookInputs, Waiting

        return OutlookInputs(
            counts=queries.transition_counts(self.found),
            times=queries.answer_times(self.found),
            waiting=tuple(Waiting(k, s, since, n)
                          for k, s, since, n in queries.waiting_groups(self.found)),
            offers=tuple(title for _, title in self._offers_and_hope[0]),
        )

    @cached_property
    def _offers_and_hope(self) -> tuple[list[tuple[int, str]], tuple[int, str, int] | None]:
        """The offers in hand and, when the warnings will ask (two or more hopes), the most
        hoped-for application: one round trip for both."""
        hoped = self._total(st.HOPE_N) >= 2 and self._total(st.HOPE_SUM) > 0
        return queries.offers_and_hope(self.r, hoped)

    def _total(self, name: str) -> int:
        return sum(v for (n, _), v in self.found.items() if n == name)

    # ---- the outlook ---------------------------------------------------------------------

    def outlook(self, target: float | None = None, contributions: int | None = None) -> Outlook:
        """The outlook; `contributions`: list only that many (highest chance first)."""
        from bounceback.pipeline.outlook import check_target, with_contributions

        target = check_target(self.prefs.offer_target if target is None else target)
        found, chances = self._estimate(target)
        self.chances = chances
        self._first = []
        if contributions is None:
            return with_contributions(found, chances, queries.waiting_members(self.r), self.today)
        members = self._top_members(chances, contributions)
        self._first = members[:1]  # the warnings' top one, when it is asked for next
        shown = with_contributions(found, chances, members, self.today)
        return replace(shown, more_contributions=max(0, found.live_count - len(members)))

    def _estimate(self, target: float) -> tuple[Outlook, GroupChances]:
        """The estimator's outlook and own chances, worked out once per change: kept under
        everything it is worked out from (the pipeline's totals as this snapshot has them, the
        offers, the day, the target, the prior's weight), so a write that changes any of them
        is a new key, and a kept one is what working it out again gives (the estimator draws
        at fixed levels). Kept by one person's service, never another's."""
        from bounceback.pipeline.outlook import outlook_from

        weight = self.prefs.outlook_prior_weight
        key = (frozenset(self.found.items()), self.inputs.offers, self.today, target, weight)
        found = self.kept.find(key) if self.kept is not None else None
        if found is None:
            found = outlook_from(self.inputs, self.today, target=target, prior_weight=weight)
            if self.kept is not None:
                self.kept.keep(key, found)
        return found  # type: ignore[no-any-return]

    def _ranked(self, chances: GroupChances) -> list[tuple[float, Kind, Any, Any]]:
        """The waiting groups, highest own chance first (worked out once per outlook)."""
        from bounceback.pipeline.outlook import age_of

        kept = getattr(self, "_ranked_for", None)
        if kept is not None and kept[0] is chances:
            return kept[1]
        ranked = []
        for w in self.inputs.waiting:
            chance = chances.get((w.kind, w.stage, age_of(w.since, self.today)))
            if chance is not None:
                ranked.append((chance, w.kind, w.stage, w.since))
        ranked.sort(key=lambda g: -g[0])
        self._ranked_for = (chances, ranked)
        return ranked

    def _top_members(self, chances: GroupChances, limit: int) -> list[queries.Member]:
        """The `limit` applications with the highest chance; equal chances in listing order.
        Only the groups needed to reach `limit` are asked for (their counts are known), in
        one query."""
        counts = {(w.kind, w.stage, w.since): w.count for w in self.inputs.waiting}
        groups: list[tuple[int, Any, Any, Any]] = []
        covered, rank, last = 0, -1, None
        for chance, kind, stage, since in self._ranked(chances):
            if chance != last:
                if covered >= limit:
                    break  # a whole level of equal chances is in: ties keep listing order
                rank, last = rank + 1, chance
            groups.append((rank, kind, stage, since))
            covered += counts.get((kind, stage, since), 0)
        return queries.ranked_members(self.r, groups, limit)

    def report(self, target: float | None = None, contributions: int | None = None) -> PipelineReport:
        found = self.outlook(target, contributions)
        return PipelineReport(found, self.warnings())

    # ---- warnings --------------------------------------------------------------------------

    def warnings(self) -> list[PipelineWarning]:
        """Thin pipeline, hope or chance on one application, no application while waiting."""
        from bounceback.pipeline.concentration import Concentration, warnings_from

        prefs = self.prefs
        if not hasattr(self, "chances"):
            self.outlook(contributions=0)
        waiting = self._total(st.WAITING)
        lone = None
        late = sum(w.count for w in self.inputs.waiting if w.stage.value == "interviewing")
        if late == 1:
            (lone_id, lone_title), = queries.interviewing(self.r, 1)
            cut = self.today - timedelta(days=prefs.idle_days_warning)
            if not queries.others_moving(self.r, lone_id, cut):
                lone = (lone_id, lone_title)
        hope = None
        hope_n, hope_sum = self._total(st.HOPE_N), self._total(st.HOPE_SUM)
        if hope_n >= 2 and hope_sum > 0:
            top = self._offers_and_hope[1]
            if top is not None:
                hope = (top[0], top[1], top[2] / hope_sum)
        chance = None
        ranked, n, total = self._chance_spread()
        if n >= 2 and total > 0:
            # the first of the contributions just read, if any were (the same ranking)
            first = self._first or self._top_members(self.chances, 1)
            (top_id, top_title, *_), = first
            chance = (top_id, top_title, ranked[0][0] / total)
        last = self._applied[1]
        facts = Concentration(
            waiting=waiting, lone=lone, hope=hope, chance=chance,
            idle_days=(self.today - last).days if last else None,
        )
        return warnings_from(facts, thin_pipeline_min=prefs.thin_pipeline_min,
                             concentration_share=prefs.concentration_share,
                             idle_days_warning=prefs.idle_days_warning)

    def _chance_spread(self) -> tuple[list[tuple[float, Kind, Any, Any]], int, float]:
        """The waiting groups with a chance, highest first, how many applications they hold
        and their chances' sum (the chance warning's share is the first's over the sum)."""
        ranked = [g for g in self._ranked(self.chances) if g[0] > 0]
        counts = Counter()  # type: Counter[tuple[Any, ...]]
        for w in self.inputs.waiting:
            counts[(w.kind, w.stage, w.since)] += w.count
        n = sum(counts[(k, s, since)] for _, k, s, since in ranked)
        total = sum(c * counts[(k, s, since)] for c, k, s, since in ranked)
        return ranked, n, total

    def concentrated(self) -> bool:
        """Whether `warnings` holds the hope or the chance warning (one application carrying
        the search), as a coach's card shows it: the same shares and cut, without what only
        the warnings' words need (the top application's title: a read) nor the other
        warnings' reads (the lone late stage's two), nor the outlook's contributions."""
        from bounceback.pipeline.outlook import check_target

        cut = self.prefs.concentration_share
        hope_n, hope_sum = self._total(st.HOPE_N), self._total(st.HOPE_SUM)
        if hope_n >= 2 and hope_sum > 0:
            top = self._offers_and_hope[1]
            if top is not None and top[2] / hope_sum > cut:
                return True
        self.chances = self._estimate(check_target(self.prefs.offer_target))[1]
        ranked, n, total = self._chance_spread()
        return n >= 2 and total > 0 and ranked[0][0] / total > cut

    # ---- ghosting --------------------------------------------------------------------------

    @cached_property
    def expected(self) -> dict[Any, float]:
        from bounceback.pipeline.beliefs import expected_advance_days

        return expected_advance_days(self.inputs.times)

    def _check(self, row: tuple[Any, ...], stage: Any) -> GhostCheck:
        from bounceback.pipeline.ghosting import ghost_check, usual_days

        app_id, company, role, since, followed, snooze = row[:6]
        return ghost_check(app_id, f"{role} at {company}", company, stage, since, followed,
                           snooze, self.today, usual_days(self.expected, stage),
                           ghost_after_factor=self.prefs.ghost_after_factor,
                           follow_up_wait_days=self.prefs.follow_up_wait_days)

    def overdue(self, limit: int | None = None) -> tuple[list[GhostCheck], int]:
        """Applications past the usual answer time (not waiting), longest silence first, and
        how many there are in all."""
        from bounceback.pipeline.ghosting import overdue_after, usual_days

        stages = []
        for stage in WAITING_STAGES:
            follow, ghost = overdue_after(usual_days(self.expected, stage),
                                          self.prefs.ghost_after_factor)
            stages.append((stage, self.today - timedelta(days=follow),
                           self.today - timedelta(days=ghost)))
        rows, total = queries.overdue(
            self.r, stages, self.today,
            self.today - timedelta(days=self.prefs.follow_up_wait_days), limit)
        return [self._check(row, row[7]) for row in rows], total

    def ghosting(self) -> list[GhostCheck]:
        """Every live application waiting on an answer, longest silence first."""
        checks = [self._check((a, c, ro, since, f, z), s)
                  for a, c, ro, s, since, f, z in queries.waiting_rows(self.r) if since is not None]
        return sorted(checks, key=lambda c: -c.days_silent)

    def answer_pace(self) -> AnswerPace:
        from bounceback.pipeline.ghosting import company_pace_from, expected_times_from

        times = self.inputs.times
        return AnswerPace(expected_times_from(times), company_pace_from(times))

    # ---- plan and conversion ---------------------------------------------------------------

    @cached_property
    def _applied(self) -> tuple[dict[date, int], date | None]:
        """Applications sent per week and the last day one went out: read once, together (the
        plan and the warnings each need one)."""
        return self._tallies[0], self._tallies[1]

    @cached_property
    def _plan_and_revivals(self) -> tuple[list[queries.IntentionRow], list[queries.Revival]]:
        """The plan's intentions and the recent revivals (read with the tallies)."""
        return self._read[3], self._read[4]

    def intentions(self) -> list[Intention]:
        return self.as_intentions(self._plan_and_revivals[0])

    @staticmethod
    def as_intentions(rows: list[queries.IntentionRow]) -> list[Intention]:
        from bounceback.pipeline.plan import Intention

        out = []
        for intention_id, weekday, at, place, count in rows:
            hour, minute = (int(part) for part in at.split(":"))
            out.append(Intention(weekday, time(hour, minute), place, count, id=intention_id))
        return out

    def plan(self) -> PlanStatus:
        from bounceback.pipeline.plan import plan_from

        return plan_from(self._applied[0], self.today,
                         self.prefs.weekly_application_goal, self.intentions())

    def conversion(self) -> Conversion:
        from bounceback.pipeline.conversion import RECENT_DAYS, Conversion, funnel_from
        from bounceback.pipeline.history import TransitionCounts, transitions_for

        all_counts = queries.transition_counts(self.found)
        groups = queries.waiting_groups(self.found)
        apps = {Kind(k): v for (n, k), v in self.found.items() if n == st.APPS}

        def funnels(counts: TransitionCounts, sizes: dict[Kind, int],
                    waiting: list[tuple[Kind, Any, int]]) -> tuple[Any, ...]:
            def of(kinds: set[Kind]) -> tuple[TransitionCounts, dict[Any, int]]:
                mine = TransitionCounts()
                for (k, step), v in counts.passed.items():
                    if k in kinds:
                        mine.passed[(k, step)] += v
                for (k, step), v in counts.stopped.items():
                    if k in kinds:
                        mine.stopped[(k, step)] += v
                at: Counter[Any] = Counter()
                for k, stage, v in waiting:
                    if k in kinds:
                        at[stage] += v
                return mine, at

            out = [funnel_from("all", sum(sizes.values()), *of(set(Kind)))]
            for kind in Kind:
                if sizes.get(kind):
                    out.append(funnel_from(kind.value, sizes[kind], *of({kind})))
            return tuple(out)

        start = self.today - timedelta(days=RECENT_DAYS)
        recent_counts = TransitionCounts()
        recent_sizes: Counter[Kind] = Counter()
        recent_waiting: Counter[tuple[Kind, Any]] = Counter()
        for kind, stage, furthest, outcome, live, n in days.recent_apps(self.r, start):
            if stage.value == "saved" and furthest.value == "saved":
                continue
            recent_sizes[kind] += n
            for k, step, passed in transitions_for(kind, stage, furthest, outcome):
                (recent_counts.passed if passed else recent_counts.stopped)[(k, step)] += n
            if live and stage in WAITING_STAGES:
                recent_waiting[(kind, stage)] += n
        return Conversion(
            as_of=self.today,
            recent=funnels(recent_counts, dict(recent_sizes),
                           [(k, s, v) for (k, s), v in recent_waiting.items()]),
            all_time=funnels(all_counts, apps, [(k, s, n) for k, s, _, n in groups]),
        )

    # ---- today -----------------------------------------------------------------------------

    def revivals(self) -> list[TodayItem]:
        """Applications revived by a late answer in the last few days: good news."""
        from bounceback.pipeline.ghosting import revival_message

        return [TodayItem(revival_message(company, title, at.date(), stage), kind="revived",
                          application_id=app_id)
                for app_id, company, title, at, stage in self._plan_and_revivals[1]]

    def today_sections(self, in_window: bool) -> list[TodaySection]:
        plan = self.plan()
        sections = [TodaySection("plan", "This week's plan", [TodayItem(plan.message, kind="plan")],
                                 order=30)]
        items = self.revivals()
        if in_window:
            # A recovery window is open: nothing pushy until it ends (issue 4).
            if items:
                sections.append(TodaySection("pipeline", "Good news", items, order=40, tone="gentle"))
            return sections
        items += [
            TodayItem(f"{w.message} {w.advice}", kind=w.kind.value, application_id=w.application_id)
            for w in self.warnings()
        ]
        overdue, total = self.overdue(TODAY_GHOST_ITEMS)
        for check in overdue:
            items.append(TodayItem(f"{check.title}: {check.message}", kind=check.status.value,
                                   application_id=check.application_id))
        if total > TODAY_GHOST_ITEMS:
            more = total - TODAY_GHOST_ITEMS
            items.append(TodayItem(
                f"{more} more application{'s' if more != 1 else ''} past the usual answer time: "
                "see `bounceback ghost`.", kind="ghost_more",
            ))
        if items:
            sections.append(TodaySection(
                "pipeline", "Keep more than one door open", items, order=40, tone="gentle",
            ))
        return sections

