from __future__ import annotations

from datetime import date, timedelta

from bounceback.domain.learning import Interview, InterviewQuestion
from bounceback.domain.models import Application, Company, Rejection, RejectionReasonEntry
from bounceback.domain.vocabulary import Outcome, Source, Stage
from bounceback.learning.patterns import MIN_FOR_PATTERN, find_patterns

TODAY = date(2026, 11, 25)


def app(
    i,
    role="Data Analyst",
    source=Source.JOB_BOARD,
    company="Co",
    outcome=Outcome.REJECTED,
    applied=TODAY - timedelta(days=40),
    furthest=Stage.INTERVIEWING,
):
    return Application(
        company=company,
        role=role,
        id=i,
        source=source,
        outcome=outcome,
        date_applied=applied,
        furthest_stage=furthest,
    )


def rejection(i, stage=Stage.INTERVIEWING, reason="interview_performance", days=20, applied=None):
    received = (applied or TODAY - timedelta(days=40)) + timedelta(days=days)
    return Rejection(i, stage, received, reasons=[RejectionReasonEntry(reason, primary=True)])


def test_too_few_rejections_is_said_plainly_and_nothing_is_a_pattern():
    report = find_patterns([app(1)], [rejection(1)], today=TODAY)
    assert not report.enough
    assert "too early" in report.findings[0]
    assert report.by_stage[0].text() == "1 of 1 (100 %)"
    assert not any(t.pattern for t in report.by_stage + report.by_reason)


def test_stage_and_reason_patterns_with_counts():
    apps = [app(i) for i in range(1, 6)]
    rejections = [rejection(i) for i in range(1, 4)] + [
        rejection(4, Stage.APPLIED, "skill_gap", 5),
        rejection(5, Stage.APPLIED, "fit", 5),
    ]
    report = find_patterns(apps, rejections, today=TODAY)
    top = report.by_stage[0]
    assert (top.key, top.count, top.total, top.pattern) == ("interviewing", 3, 5, True)
    assert report.by_reason[0].key == "interview_performance" and report.by_reason[0].pattern
    assert any("3 of 5 (60 %)" in line for line in report.findings)
    delays = {d.stage: (d.median_days, d.count) for d in report.time_to_rejection}
    assert delays["interviewing"] == (20.0, 3)
    assert delays["applied"] == (5.0, 2)
    assert delays["all"][1] == 5


def test_source_rates_need_a_minimum_and_a_margin():
    apps = [app(i, source=Source.JOB_BOARD) for i in range(1, 5)]
    apps += [app(i, source=Source.REFERRAL, outcome=Outcome.ACCEPTED) for i in range(5, 8)]
    apps += [app(8, source=Source.REFERRAL)]
    rejections = [rejection(i) for i in (1, 2, 3, 4, 8)]
    report = find_patterns(apps, rejections, today=TODAY)
    by = {t.key: t for t in report.by_source}
    assert (by["job_board"].count, by["job_board"].total, by["job_board"].pattern) == (4, 4, True)
    assert (by["referral"].count, by["referral"].total, by["referral"].pattern) == (1, 4, False)


def test_company_size_and_industry_when_known():
    companies = {"Big": Company("Big", size="enterprise", industry="banking")}
    apps = [app(i, company="Big") for i in range(1, 4)] + [
        app(4, company="Small", outcome=Outcome.ACCEPTED)
    ]
    report = find_patterns(
        apps, [rejection(i) for i in range(1, 4)], companies=companies, today=TODAY
    )
    assert [(t.key, t.count, t.total) for t in report.by_company_size] == [("enterprise", 3, 3)]
    assert report.by_industry[0].key == "banking"


def test_role_family_is_compared():
    apps = [
        app(1, role="Data Engineer"),
        app(2, role="Backend Developer", outcome=Outcome.ACCEPTED),
    ]
    report = find_patterns(apps, [rejection(1)], today=TODAY)
    assert {t.key for t in report.by_role_family} == {"data", "engineering"}


def test_questions_answered_poorly_more_than_once():
    q = "Tell me about a time you failed"
    interviews = [
        Interview(1, TODAY - timedelta(days=30), questions=[InterviewQuestion(q, rating=2)]),
        Interview(2, TODAY - timedelta(days=10), questions=[InterviewQuestion(q + "?", rating=1)]),
        Interview(3, TODAY - timedelta(days=5), questions=[InterviewQuestion("Why us?", rating=1)]),
    ]
    report = find_patterns([], [], interviews, today=TODAY)
    assert [(r.times, sorted(r.application_ids)) for r in report.repeated_questions] == [
        (2, [1, 2])
    ]
    assert any("more than once" in line for line in report.findings)


def test_recent_against_earlier_shows_improvement_only_with_enough_data():
    old = TODAY - timedelta(days=200)
    new = TODAY - timedelta(days=20)
    interviews = [
        Interview(1, old, questions=[InterviewQuestion(f"old {i}", rating=2) for i in range(3)]),
        Interview(2, new, questions=[InterviewQuestion(f"new {i}", rating=4) for i in range(3)]),
    ]
    report = find_patterns([], [], interviews, today=TODAY)
    rating = report.recent_vs_earlier[2]
    assert (rating.recent, rating.recent_n, rating.earlier, rating.earlier_n) == (4.0, 3, 2.0, 3)
    assert rating.improved is True
    few = find_patterns(
        [],
        [],
        interviews[:1] + [Interview(2, new, questions=[InterviewQuestion("x", rating=5)])],
        today=TODAY,
    )
    assert few.recent_vs_earlier[2].improved is None
    assert MIN_FOR_PATTERN == 3
