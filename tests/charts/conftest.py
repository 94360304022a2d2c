"""A made-up job search for chart tests: deterministic, realistic rates, any size."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bounceback.charts.data import ChartInputs
from bounceback.domain.models import Application, Rejection, RejectionReasonEntry
from bounceback.domain.vocabulary import Outcome, Reason, Stage
from charts_records import counts_from_records

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "charts"
COMPANIES = ["Acme", "Northwind", "Globex", "Initech", "Umbrella Health", "Hooli", "Vandelay"]
ROLES = ["Data analyst", "Product analyst", "Analytics engineer", "BI developer"]
REASON_WEIGHTS = {
    Reason.NOT_SPECIFIED: 30,
    Reason.STRONGER_CANDIDATES: 18,
    Reason.SKILL_GAP: 14,
    Reason.EXPERIENCE_LEVEL: 9,
    Reason.INTERVIEW_PERFORMANCE: 8,
    Reason.POSITION_CLOSED: 6,
    Reason.ASSESSMENT_RESULT: 5,
    Reason.INTERNAL_CANDIDATE: 4,
    Reason.FIT: 3,
    Reason.COMPENSATION: 2,
    Reason.LOGISTICS: 1,
}


def make_search(n: int, seed: int = 7, today: date = date(2026, 11, 20)) -> ChartInputs:
    """`n` applications over n/5 weeks, with rejections, check-ins and a daily outlook, as the
    charts read them (counted)."""
    apps, rejections, check_ins, outlook = make_records(n, seed, today)
    return ChartInputs(
        counts=counts_from_records(apps, rejections),
        check_ins=check_ins,
        outlook=outlook,
        weekly_goal=5,
        offer_target=0.8,
        today=today,
    )


def make_records(n: int, seed: int = 7, today: date = date(2026, 11, 20)) -> tuple[
        list[Application], list[Rejection], list[tuple[datetime, int]], list[tuple[date, float]]]:
    """The made-up search's records: applications, rejections, check-ins, outlook points."""
    rng = random.Random(seed)
    weeks = max(n // 5, 4)
    start = today - timedelta(weeks=weeks)
    apps: list[Application] = []
    rejections: list[Rejection] = []
    for i in range(n):
        applied = start + timedelta(days=rng.randrange(weeks * 7))
        top = Stage.APPLIED
        for nxt, chance in ((Stage.SCREENING, 0.25), (Stage.INTERVIEWING, 0.5), (Stage.OFFER, 0.3)):
            if rng.random() >= chance:
                break
            top = nxt
        age = (today - applied).days
        roll = rng.random()
        outcome: Outcome | None
        if top == Stage.OFFER:
            outcome = Outcome.ACCEPTED if roll < 0.4 else Outcome.WITHDRAWN if roll < 0.7 else None
        elif age < 14:
            outcome = None
        else:
            outcome = (
                Outcome.REJECTED if roll < 0.55 else Outcome.GHOSTED if roll < 0.9
                else Outcome.WITHDRAWN if roll < 0.95 else None
            )
        stage = Stage.ACCEPTED if outcome == Outcome.ACCEPTED else top
        app = Application(
            company=rng.choice(COMPANIES),
            role=rng.choice(ROLES),
            id=i + 1,
            date_applied=applied,
            stage=stage,
            furthest_stage=stage,
            outcome=outcome,
        )
        apps.append(app)
        if outcome == Outcome.REJECTED:
            reason = rng.choices(list(REASON_WEIGHTS), weights=list(REASON_WEIGHTS.values()))[0]
            received = min(applied + timedelta(days=rng.randrange(5, 40)), today)
            rejections.append(
                Rejection(
                    application_id=app.id or 0,
                    stage_reached=top,
                    received_on=received,
                    id=len(rejections) + 1,
                    reasons=[RejectionReasonEntry(reason.value, primary=True)],
                    recovery_days=rng.randint(1, 9) if top != Stage.APPLIED else None,
                )
            )
    check_ins = []
    mood = 3.5
    for day in range(weeks * 7):
        when = datetime.combine(start + timedelta(days=day), datetime.min.time()).replace(hour=20)
        mood = min(5.0, max(1.0, mood + rng.uniform(-0.6, 0.6) + (3.5 - mood) * 0.2))
        if rng.random() < 0.6:
            check_ins.append((when, round(mood)))
    outlook = []
    chance = 0.3
    for day in range(weeks * 7):
        chance = min(0.97, max(0.05, chance + rng.uniform(-0.04, 0.05)))
        outlook.append((start + timedelta(days=day), chance))
    return apps, rejections, check_ins, outlook


@pytest.fixture(scope="session")
def search() -> ChartInputs:
    return make_search(120)


@pytest.fixture(scope="session")
def search_applications() -> list[Application]:
    """The made-up search's applications, as records."""
    return make_records(120)[0]


@pytest.fixture(scope="session")
def search_rejections() -> list[Rejection]:
    """The made-up search's rejections, as records."""
    return make_records(120)[1]


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
