"""Calibration: of the searches given about 30 %, about 30 % end with an offer, across the range.

Searches are simulated from known rates (pipeline/synthetic.py: rates drawn per search from the
priors, gamma answer times, silent no's, ghosting after long silence). Stated tolerance: in every
band holding at least 60 searches, the observed share of searches with an offer lies within
3 standard errors + 2 points of the mean estimate; overall, within 1.5 points.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import replace
from functools import cache

import pytest

from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import Stage
from bounceback.pipeline.beliefs import build_model
from bounceback.pipeline.history import count_transitions
from bounceback.pipeline.outlook import compute_outlook
from bounceback.pipeline.priors import WAITING_STAGES
from pipeline.synthetic import TODAY, Search, draw_search

SEARCHES = 2500
BANDS = [0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0001]
Estimator = Callable[[list[Application], dict[int, list[Event]]], float]


@cache
def _searches() -> list[Search]:
    rng = random.Random(20261125)
    return [draw_search(rng) for _ in range(SEARCHES)]


def _check(searches: list[Search], estimate: Estimator) -> tuple[list[str], int, float]:
    """(bands out of tolerance, bands checked, overall gap)."""
    pairs = [
        (estimate(s.applications, s.events), s.offer_came)
        for s in searches
        if any(a.is_live for a in s.applications)
    ]
    failures, checked = [], 0
    for low, high in zip(BANDS, BANDS[1:], strict=False):
        band = [(p, y) for p, y in pairs if low <= p < high]
        if len(band) < 60:
            continue
        predicted = sum(p for p, _ in band) / len(band)
        observed = sum(y for _, y in band) / len(band)
        se = math.sqrt(max(predicted * (1 - predicted), 0.01) / len(band))
        checked += 1
        if abs(observed - predicted) > 3 * se + 0.02:
            failures.append(f"{low:.2f}-{high:.2f}: said {predicted:.3f}, saw {observed:.3f}")
    gap = sum(y for _, y in pairs) / len(pairs) - sum(p for p, _ in pairs) / len(pairs)
    return failures, checked, gap


@pytest.mark.slow  # thousands of simulated searches on fixed dates of their own
def test_the_estimate_is_calibrated_against_simulated_searches() -> None:
    failures, checked, gap = _check(
        _searches(), lambda apps, events: compute_outlook(apps, TODAY, events_by_app=events).chance
    )
    assert failures == []
    assert checked >= 7  # the bands really span the range
    assert abs(gap) <= 0.015


@pytest.mark.slow
def test_the_check_has_teeth() -> None:
    """Estimators that ignore silence or stage would fail the same check."""
    searches = _searches()[:1500]

    def blind_to_silence(apps: list[Application], events: dict[int, list[Event]]) -> float:
        model = build_model(count_transitions(apps))
        forever = {stage: 1e9 for stage in model.advance_days}
        return compute_outlook(apps, TODAY, events_by_app=events,
                               model=replace(model, advance_days=forever)).chance

    def blind_to_stage(apps: list[Application], events: dict[int, list[Event]]) -> float:
        fresh = [replace(a, stage=Stage.APPLIED) if a.stage in WAITING_STAGES else a for a in apps]
        return compute_outlook(fresh, TODAY, events_by_app=events).chance

    _, _, gap = _check(searches, blind_to_silence)
    assert gap < -0.03  # it promises more than the searches deliver
    failures, _, gap = _check(searches, blind_to_stage)
    assert failures and gap > 0.05  # it promises less
