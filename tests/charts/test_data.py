"""The numbers behind the charts: every application counted once, flows that add up."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from bounceback.charts.data import FLOW_STAGES, exit_key, outlook_data
from bounceback.domain.models import Application, Rejection, RejectionReasonEntry
from bounceback.domain.vocabulary import Outcome, Stage
from charts_records import funnel_data, mood_data, reasons_data, sankey_data, weekly_data


def app(furthest: Stage, outcome: Outcome | None = None, i: int = 1, **kw: object) -> Application:
    stage = Stage.ACCEPTED if outcome == Outcome.ACCEPTED else furthest
    return Application(
        company="Acme", role="Analyst", id=i, stage=stage, furthest_stage=furthest,
        outcome=outcome, **kw,  # type: ignore[arg-type]
    )


def assert_flows_add_up(apps: list[Application]) -> None:
    data = sankey_data(apps)
    sent = [a for a in apps if max(a.stage.rank, a.furthest_stage.rank) > Stage.SAVED.rank]
    assert data.applications == len(sent)
    assert data.outflow(Stage.APPLIED.value) == len(sent)
    for stage in FLOW_STAGES[1:]:
        if stage == Stage.ACCEPTED:
            assert data.outflow(stage.value) == 0
        else:
            assert data.inflow(stage.value) == data.outflow(stage.value), stage
        assert data.inflow(stage.value) == data.reached[stage]
    assert sum(data.exits.values()) + data.reached[Stage.ACCEPTED] == len(sent)


def test_rejection_after_interviews_counts_once_at_interviewing() -> None:
    # Rejected after the second interview: one application, one path, leaving at interviewing.
    data = sankey_data([app(Stage.INTERVIEWING, Outcome.REJECTED)])
    assert [(f.source, f.target, f.value) for f in data.flows] == [
        ("applied", "screening", 1),
        ("screening", "interviewing", 1),
        ("interviewing", exit_key("rejected", Stage.INTERVIEWING), 1),
    ]
    assert data.reached[Stage.OFFER] == 0


def test_each_outcome_leaves_at_its_stage() -> None:
    apps = [
        app(Stage.APPLIED, Outcome.GHOSTED, 1),
        app(Stage.APPLIED, None, 2),
        app(Stage.SCREENING, Outcome.WITHDRAWN, 3),
        app(Stage.OFFER, Outcome.WITHDRAWN, 4),  # declined the offer
        app(Stage.OFFER, Outcome.ACCEPTED, 5),
        app(Stage.SAVED, None, 6),  # never sent: not in the search
    ]
    data = sankey_data(apps)
    assert data.applications == 5
    assert data.exits == {
        exit_key("ghosted", Stage.APPLIED): 1,
        exit_key("open", Stage.APPLIED): 1,
        exit_key("withdrawn", Stage.SCREENING): 1,
        exit_key("withdrawn", Stage.OFFER): 1,
    }
    assert data.reached[Stage.ACCEPTED] == 1
    assert_flows_add_up(apps)


def test_furthest_stage_wins_over_current_stage() -> None:
    # Moved back to screening after an interview was cancelled: it still reached interviews.
    moved_back = Application(
        company="Acme", role="Analyst", id=1, stage=Stage.SCREENING,
        furthest_stage=Stage.INTERVIEWING, outcome=Outcome.REJECTED,
    )
    assert sankey_data([moved_back]).reached[Stage.INTERVIEWING] == 1


outcomes = st.sampled_from([None, *Outcome])
stages = st.sampled_from(list(Stage))


@given(st.lists(st.tuples(stages, outcomes), max_size=60))
def test_flows_add_up_for_any_search(pairs: list[tuple[Stage, Outcome | None]]) -> None:
    assert_flows_add_up([app(s, o, i) for i, (s, o) in enumerate(pairs)])


def test_flows_add_up_on_the_made_up_search(search_applications) -> None:
    assert_flows_add_up(search_applications)


def test_funnel_counts_and_conversion() -> None:
    apps = [app(Stage.APPLIED, Outcome.REJECTED, i) for i in range(6)]
    apps += [app(Stage.SCREENING, Outcome.REJECTED, 10 + i) for i in range(2)]
    apps += [app(Stage.INTERVIEWING, None, 20), app(Stage.OFFER, Outcome.ACCEPTED, 21)]
    steps = {s.stage: s for s in funnel_data(apps)}
    assert [steps[s].count for s in FLOW_STAGES] == [10, 4, 2, 1, 1]
    assert steps[Stage.SCREENING].from_previous == 0.4
    assert steps[Stage.OFFER].from_previous == 0.5
    assert steps[Stage.OFFER].from_start == 0.1
    assert steps[Stage.APPLIED].from_previous is None
    assert steps[Stage.INTERVIEWING].open_here == 1


def test_reasons_by_stage_count_each_rejection_once_under_its_main_reason() -> None:
    def rejection(stage: Stage, *reasons: str) -> Rejection:
        entries = [RejectionReasonEntry(r, primary=(i == 0)) for i, r in enumerate(reasons)]
        return Rejection(1, stage, date(2026, 5, 1), reasons=entries)

    data = reasons_data([
        rejection(Stage.INTERVIEWING, "interview_performance", "skill_gap"),
        rejection(Stage.APPLIED, "skill_gap"),
        rejection(Stage.APPLIED, "skill_gap"),
        rejection(Stage.APPLIED),
        rejection(Stage.SCREENING, "my own reason"),
    ])
    assert data.total == 5
    assert data.reasons[0] == "skill_gap"
    assert data.count("skill_gap", Stage.APPLIED) == 2
    assert data.count("skill_gap", Stage.INTERVIEWING) == 0
    assert data.count("not_specified", Stage.APPLIED) == 1
    assert data.count("my own reason", Stage.SCREENING) == 1
    assert data.stages == [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]


def test_mood_averages_each_day_and_marks_rejections_with_recovery() -> None:
    apps = [Application(company="Acme", role="Analyst", id=7)]
    rejection = Rejection(7, Stage.INTERVIEWING, date(2026, 5, 2), id=3, recovery_days=4)
    data = mood_data(
        [(datetime(2026, 5, 2, 9), 2), (datetime(2026, 5, 2, 21), 3), (date(2026, 5, 5), 4)],
        [rejection],
        apps,
    )
    assert [(p.day, p.mood, p.check_ins) for p in data.points] == [
        (date(2026, 5, 2), 2.5, 2),
        (date(2026, 5, 5), 4.0, 1),
    ]
    assert data.rejections[0].label == "Analyst at Acme, after interviews"
    assert data.recoveries[0].recovery_days == 4
    measured = mood_data([], [rejection], apps, recovery_days={3: 6})
    assert measured.rejections[0].recovery_days == 6


def test_weekly_includes_empty_weeks_up_to_today() -> None:
    apps = [
        app(Stage.APPLIED, None, 1, date_applied=date(2026, 3, 2)),  # a Monday
        app(Stage.APPLIED, None, 2, date_applied=date(2026, 3, 8)),  # the Sunday after
        app(Stage.APPLIED, None, 3, date_applied=date(2026, 3, 18)),
        app(Stage.SAVED, None, 4),  # no date: not counted
    ]
    data = weekly_data(apps, goal=2, today=date(2026, 3, 25))
    assert [(w.week, w.applications) for w in data.weeks] == [
        (date(2026, 3, 2), 2),
        (date(2026, 3, 9), 0),
        (date(2026, 3, 16), 1),
        (date(2026, 3, 23), 0),
    ]
    assert data.weeks_on_goal == 1
    assert weekly_data([], goal=5).weeks == []


def test_outlook_keeps_the_last_estimate_of_each_day_within_0_and_1() -> None:
    data = outlook_data(
        [(datetime(2026, 4, 1, 9), 0.2), (datetime(2026, 4, 1, 18), 0.3), (date(2026, 3, 31), 1.4)],
        target=0.8,
    )
    assert [(p.day, p.chance) for p in data.points] == [
        (date(2026, 3, 31), 1.0),
        (date(2026, 4, 1), 0.3),
    ]
