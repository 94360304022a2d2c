"""The pipeline's answers computed the old way, from every application and its whole timeline:
the reference the read model's answers must equal (importable as `reference_reads`)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bounceback.pipeline.concentration import check_concentration
from bounceback.pipeline.conversion import conversion
from bounceback.pipeline.ghosting import GhostStatus, check_ghosting, company_pace, expected_times
from bounceback.pipeline.outlook import compute_outlook
from bounceback.pipeline.plan import plan_status
from bounceback.services import Bounceback
from bounceback.storage.repos import pipeline as repo


def assert_reads_match_reference(bb: Bounceback, on: date) -> None:
    prefs = bb.preferences()
    apps, events = bb.pipeline.load()
    with bb.db.session() as s:
        snoozed = repo.snoozes(s)
        intentions = repo.list_intentions(s)
    expected = compute_outlook(apps, on, events_by_app=events, target=prefs.offer_target,
                               prior_weight=prefs.outlook_prior_weight)
    with bb.pipeline.reads(on) as reads:
        found = reads.outlook()
        assert found.chance == pytest.approx(expected.chance, rel=1e-9, abs=1e-12)
        assert (found.low, found.high) == pytest.approx((expected.low, expected.high), abs=1e-12)
        assert found.live_count == expected.live_count
        assert found.offers_in_hand == expected.offers_in_hand
        assert found.history_size == expected.history_size
        assert {k: pytest.approx(v) for k, v in expected.rates.items()} == found.rates
        assert [m.count for m in found.more_needed] == [m.count for m in expected.more_needed]
        assert found.explanation == expected.explanation
        assert sorted((c.application_id, c.days_silent, round(c.chance, 12))
                      for c in found.contributions) == sorted(
            (c.application_id, c.days_silent, round(c.chance, 12)) for c in expected.contributions)
        top = reads.outlook(contributions=3)
        assert [round(c.chance, 12) for c in top.contributions] == [
            round(c.chance, 12) for c in expected.contributions[:3]]
        assert top.more_contributions == max(0, len(expected.contributions) - 3)

        warnings = check_concentration(
            apps, on, thin_pipeline_min=prefs.thin_pipeline_min,
            concentration_share=prefs.concentration_share,
            idle_days_warning=prefs.idle_days_warning, contributions=expected.contributions,
            events_by_app=events)
        assert [(w.kind, w.message) for w in reads.warnings()] == [
            (w.kind, w.message) for w in warnings]

        checks = check_ghosting(apps, on, events, ghost_after_factor=prefs.ghost_after_factor,
                                follow_up_wait_days=prefs.follow_up_wait_days,
                                snoozed_until=snoozed)
        assert sorted(map(repr, reads.ghosting())) == sorted(map(repr, checks))
        overdue = [c for c in checks if c.status != GhostStatus.WAITING]
        shown, total = reads.overdue(2)
        assert total == len(overdue)
        assert [c.days_silent for c in shown] == [c.days_silent for c in overdue[:2]]
        assert sorted(map(repr, reads.overdue()[0])) == sorted(map(repr, overdue))

        assert reads.plan() == plan_status(apps, on, prefs.weekly_application_goal, intentions)
        assert reads.conversion() == conversion(apps, on)
        pace = reads.answer_pace()
        assert pace.stages == expected_times(apps, events)
        assert pace.companies == company_pace(apps, events)


def assert_patterns_match_reference(bb: Bounceback, on: date) -> None:
    from dataclasses import replace

    from bounceback.learning.patterns import find_patterns
    from bounceback.storage.repos import applications as apps_repo
    from bounceback.storage.repos import companies as companies_repo
    from bounceback.storage.repos import interviews as interviews_repo
    from bounceback.storage.repos import rejections as rejections_repo

    with bb.db.session() as s:
        expected = find_patterns(
            apps_repo.query(s), rejections_repo.all_rejections(s), interviews_repo.interviews(s),
            {c.name: c for c in companies_repo.list_all(s)}, today=on)
    clock = bb.clock
    try:
        bb.clock = lambda: datetime.combine(on, datetime.min.time())  # type: ignore[method-assign]
        found = bb.views.patterns()
    finally:
        bb.clock = clock  # type: ignore[method-assign]

    def plain(report: object) -> object:
        questions = [replace(q, application_ids=sorted(q.application_ids))
                     for q in report.repeated_questions]  # type: ignore[attr-defined]
        return replace(report, repeated_questions=questions)  # type: ignore[type-var]

    assert plain(found) == plain(expected)


def assert_brief_matches_reference(bb: Bounceback, app_id: int) -> None:
    from bounceback.learning.brief import build_brief
    from bounceback.storage.repos import applications as apps_repo
    from bounceback.storage.repos import companies as companies_repo
    from bounceback.storage.repos import contacts as contacts_repo
    from bounceback.storage.repos import feedback as feedback_repo
    from bounceback.storage.repos import interviews as interviews_repo
    from bounceback.storage.repos import rejections as rejections_repo

    with bb.db.session() as s:
        expected = build_brief(
            apps_repo.get(s, app_id), contacts_repo.list_contacts(s, app_id),
            interviews_repo.interviews(s), feedback_repo.lessons(s), interviews_repo.cards(s),
            applications=apps_repo.query(s), feedback=feedback_repo.feedback(s),
            rejections=rejections_repo.all_rejections(s),
            companies={c.name: c for c in companies_repo.list_all(s)},
            today=bb.clock().date())
    assert bb.learning.brief(app_id) == expected


def assert_gaps_match_reference(bb: Bounceback) -> None:
    from bounceback.domain.skills import ApplicationSkills
    from bounceback.skills.gaps import search_gaps
    from bounceback.storage.repos import skills as skills_repo

    profile = bb.skills.profile()
    with bb.db.session() as s:
        by_app = skills_repo.posting_skills_by_application(s)
        rejected = skills_repo.skill_gap_application_ids(s)
    titles = {a.id: f"#{a.id} {a.title}" for a in bb.applications.list()}
    apps = [ApplicationSkills(i, titles.get(i, f"#{i}"), tuple(found), i in rejected)
            for i, found in by_app.items()]
    expected = search_gaps(apps, profile.names)
    report = bb.skills.search_gaps(limit=1000)
    assert report.gaps == expected
    assert report.applications == len(apps)
    assert report.skill_gap_rejections == sum(1 for a in apps if a.rejected_for_skill_gap)
