"""Beta beliefs: prior plus history, quantiles that match the distribution, monotone sampling."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bounceback.domain.vocabulary import Stage
from bounceback.pipeline.beliefs import (
    RateBelief,
    beta_quantiles,
    build_model,
    expected_advance_days,
    sample_rates,
)
from bounceback.pipeline.history import AnswerTimes, TransitionCounts
from bounceback.pipeline.priors import Kind

LEVELS = (np.arange(400) + 0.5) / 400


@pytest.mark.parametrize(("a", "b"), [(1.2, 18.8), (5.4, 14.6), (10, 10), (0.6, 19.4), (300, 700)])
def test_quantile_samples_have_the_beta_mean_and_variance(a: float, b: float) -> None:
    q = beta_quantiles(RateBelief(a, b), LEVELS)
    mean = a / (a + b)
    var = a * b / ((a + b) ** 2 * (a + b + 1))
    assert q.mean() == pytest.approx(mean, rel=2e-3)
    assert q.var() == pytest.approx(var, rel=3e-2)


def test_the_median_of_beta_2_2_is_one_half_and_its_quartile_is_known() -> None:
    q = beta_quantiles(RateBelief(2, 2), np.array([0.5, 0.25]))
    assert q[0] == pytest.approx(0.5, abs=1e-4)
    # F(x) = 3x^2 - 2x^3 = 0.25 at x = 0.326352
    assert q[1] == pytest.approx(0.326352, abs=1e-4)


@given(
    a=st.floats(0.5, 500), b=st.floats(0.5, 500), more=st.floats(0.01, 50),
)
def test_more_successes_move_every_sample_up(a: float, b: float, more: float) -> None:
    low = beta_quantiles(RateBelief(a, b), LEVELS)
    high = beta_quantiles(RateBelief(a + more, b), LEVELS)
    fewer = beta_quantiles(RateBelief(a, b + more), LEVELS)
    assert np.all(high >= low - 1e-12)
    assert np.all(fewer <= low + 1e-12)


def test_history_adds_to_the_prior_pseudo_counts() -> None:
    counts = TransitionCounts()
    counts.passed[(Kind.COLD, 2)] = 3
    counts.stopped[(Kind.COLD, 2)] = 1
    model = build_model(counts, prior_weight=20)
    belief = model.rates[(Kind.COLD, 2)]
    assert belief.a == pytest.approx(0.27 * 20 + 3)
    assert belief.b == pytest.approx(0.73 * 20 + 1)
    assert model.history_size == 4
    assert model.rates[(Kind.REFERRAL, 2)].evidence == pytest.approx(20)


def test_answer_times_shrink_toward_the_users_own_average() -> None:
    times = AnswerTimes()
    assert expected_advance_days(times)[Stage.APPLIED] == pytest.approx(14.0)
    times.advance[Stage.APPLIED].extend([4, 4, 4])
    assert expected_advance_days(times)[Stage.APPLIED] == pytest.approx((14 * 3 + 12) / 6)
    times.advance[Stage.APPLIED].extend([4] * 97)
    assert expected_advance_days(times)[Stage.APPLIED] == pytest.approx(4.3, abs=0.01)


def test_samples_are_fixed_for_a_model() -> None:
    model = build_model()
    first, second = sample_rates(model), sample_rates(model)
    assert all(np.array_equal(first[k], second[k]) for k in first)
    assert not math.isclose(float(first[(Kind.COLD, 0)].std()), 0.0)
