"""Concentration warnings: thin pipeline, hope or chance on one application, idle while waiting."""

from __future__ import annotations

from bounceback.domain.vocabulary import Outcome, Stage
from bounceback.pipeline.concentration import WarningKind, check_concentration
from bounceback.pipeline.outlook import compute_outlook
from pipeline.pipekit import TODAY, app


def _kinds(apps, **kw):  # type: ignore[no-untyped-def]
    return {w.kind for w in check_concentration(apps, TODAY, **kw)}


def test_a_healthy_pipeline_gets_no_warning() -> None:
    apps = [app(days_ago=d, excitement=3) for d in range(0, 12, 2)]
    assert check_concentration(apps, TODAY) == []


def test_a_thin_pipeline_is_named_with_the_threshold() -> None:
    warnings = check_concentration([app(), app(days_ago=2)], TODAY, thin_pipeline_min=5)
    assert [w.kind for w in warnings] == [WarningKind.THIN]
    assert warnings[0].message.startswith("Only two applications are waiting on an answer.")
    assert "at least five" in warnings[0].message
    assert warnings[0].advice == "Keep applying while you wait."
    assert _kinds([app(), app()], thin_pipeline_min=2) == set()


def test_hope_on_one_application_is_flagged_by_excitement_share() -> None:
    apps = [app(excitement=5, company="Dreamco")] + [app(excitement=1) for _ in range(4)]
    warnings = check_concentration(apps, TODAY)
    hope = next(w for w in warnings if w.kind == WarningKind.HOPE)
    assert "Dreamco" in hope.message and "56 %" in hope.message
    assert WarningKind.HOPE not in _kinds(apps, concentration_share=0.6)


def test_chance_resting_on_one_application_is_flagged_from_the_outlook() -> None:
    apps = [app(Stage.INTERVIEWING)] + [app(days_ago=d) for d in range(5)]
    outlook = compute_outlook(apps, TODAY)
    kinds = _kinds(apps, contributions=outlook.contributions)
    assert WarningKind.CHANCE in kinds
    assert WarningKind.CHANCE not in _kinds(apps)


def test_one_late_stage_application_and_nothing_else_moving() -> None:
    final = app(Stage.INTERVIEWING, days_ago=20, silent_days=1, company="Globex")
    stale = [app(days_ago=30) for _ in range(5)]
    warnings = check_concentration([final, *stale], TODAY)
    lone = warnings[0]
    assert lone.kind == WarningKind.LONE_LATE_STAGE and lone.application_id == final.id
    assert "Globex" in lone.message and "other candidates" in lone.message
    assert WarningKind.LONE_LATE_STAGE not in _kinds([final, *stale, app(days_ago=2)])


def test_no_new_application_while_waiting_is_flagged_after_the_idle_days() -> None:
    apps = [app(days_ago=d) for d in (8, 9, 10, 11, 12)]
    warnings = check_concentration(apps, TODAY, idle_days_warning=7)
    idle = next(w for w in warnings if w.kind == WarningKind.IDLE)
    assert idle.message.startswith("No new application in eight days while you wait on five")
    assert WarningKind.IDLE not in _kinds(apps, idle_days_warning=9)
    closed = [app(days_ago=30, outcome=Outcome.REJECTED)]
    assert WarningKind.IDLE not in _kinds(closed)
