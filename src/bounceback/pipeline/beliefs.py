"""Beta beliefs about conversion rates (prior + own history) and how to sample them.

Each transition of each kind has a Beta(a, b) belief: the prior from evidence.md worth
`prior_weight` applications, plus the candidate's passes and stops. Sampling uses fixed,
stratified quantile levels (a Latin hypercube with a fixed seed): the same inputs always give
the same answer, and a belief that moves up moves every sample up, so more good news can never
lower the estimate through sampling noise.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from bounceback.domain.vocabulary import Stage
from bounceback.pipeline.history import AnswerTimes, TransitionCounts
from bounceback.pipeline.priors import (
    ADVANCE_DAYS,
    ANSWER_SHARE,
    TRANSITIONS,
    WAITING_STAGES,
    Kind,
    prior_rate,
)

if TYPE_CHECKING:
    import numpy as np

DEFAULT_PRIOR_WEIGHT = 20.0
#: A stage's expected answer time counts as this many of the candidate's own timelines.
ANSWER_TIME_PRIOR_WEIGHT = 3.0
DEFAULT_DRAWS = 256
_SEED = 20261125
_GRID = (-20.0, 20.0, 5001)


@dataclass(frozen=True)
class RateBelief:
    """Beta(a, b) over one conversion rate; `known` means the rate is taken as exact."""

    a: float
    b: float
    known: bool = False

    @classmethod
    def exact(cls, rate: float) -> RateBelief:
        return cls(rate, 1.0 - rate, known=True)

    @property
    def mean(self) -> float:
        return self.a / (self.a + self.b)

    @property
    def evidence(self) -> float:
        """How many applications' worth of information the belief holds."""
        return math.inf if self.known else self.a + self.b


Slot = tuple[Kind, int]
SLOTS: tuple[Slot, ...] = tuple((kind, step) for kind in Kind for step in range(len(TRANSITIONS)))


@dataclass(frozen=True)
class RateModel:
    """Everything the estimator believes: rates per slot, answer times and answer shares."""

    rates: Mapping[Slot, RateBelief]
    advance_days: Mapping[Stage, float]
    answer_share: Mapping[Stage, float]
    history_size: int = 0

    def rate(self, kind: Kind, step: int) -> float:
        return self.rates[(kind, step)].mean


def build_model(
    counts: TransitionCounts | None = None,
    times: AnswerTimes | None = None,
    prior_weight: float = DEFAULT_PRIOR_WEIGHT,
) -> RateModel:
    """Priors updated by the candidate's history (Beta-binomial per slot)."""
    counts = counts or TransitionCounts()
    rates: dict[Slot, RateBelief] = {}
    for kind, step in SLOTS:
        prior = prior_rate(kind, step).value
        rates[(kind, step)] = RateBelief(
            prior * prior_weight + counts.passed.get((kind, step), 0),
            (1.0 - prior) * prior_weight + counts.stopped.get((kind, step), 0),
        )
    return RateModel(
        rates=rates,
        advance_days=expected_advance_days(times),
        answer_share={stage: ANSWER_SHARE[stage].value for stage in WAITING_STAGES},
        history_size=counts.total(),
    )


def known_model(
    rates: Mapping[Slot, float],
    advance_days: Mapping[Stage, float] | None = None,
    answer_share: Mapping[Stage, float] | None = None,
) -> RateModel:
    """A model with exact rates (for closed-form checks and simulations)."""
    return RateModel(
        rates={slot: RateBelief.exact(rates[slot]) for slot in SLOTS},
        advance_days=dict(advance_days or {s: ADVANCE_DAYS[s].value for s in WAITING_STAGES}),
        answer_share=dict(answer_share or {s: ANSWER_SHARE[s].value for s in WAITING_STAGES}),
    )


def expected_advance_days(times: AnswerTimes | None = None) -> dict[Stage, float]:
    """Per waiting stage: the prior answer time shrunk toward the candidate's own average."""
    out: dict[Stage, float] = {}
    for stage in WAITING_STAGES:
        prior = ADVANCE_DAYS[stage].value
        own = times.advance.get(stage) if times else None
        total, n = (own.total, own.n) if own is not None else (0, 0)
        w = ANSWER_TIME_PRIOR_WEIGHT
        out[stage] = (prior * w + total) / (w + n)
    return out


@lru_cache(maxsize=1)
def _grid() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    import numpy as np

    y = np.linspace(*_GRID[:2], int(_GRID[2]))
    x = 1.0 / (1.0 + np.exp(-y))
    return x, -np.log1p(np.exp(-y)), -np.log1p(np.exp(y))


@lru_cache(maxsize=8)
def _levels(draws: int) -> dict[Slot, np.ndarray]:
    """Stratified quantile levels, shuffled per slot with a fixed seed (Latin hypercube)."""
    import numpy as np

    rng = np.random.default_rng(_SEED)
    base = (np.arange(draws) + 0.5) / draws
    return {slot: base[rng.permutation(draws)] for slot in SLOTS}


def beta_quantiles(belief: RateBelief, levels: np.ndarray) -> np.ndarray:
    """Quantiles of Beta(a, b) at `levels`, from its distribution function on a logit grid."""
    import numpy as np

    if belief.known:
        return np.full(levels.shape, belief.mean)
    x, log_x, log_1mx = _grid()
    # density of logit(p) is proportional to p^a (1-p)^b
    log_w = belief.a * log_x + belief.b * log_1mx
    w = np.exp(log_w - log_w.max())
    cdf = np.cumsum(w) - 0.5 * w  # mass at each grid point, counted half below it
    cdf /= cdf[-1] + 0.5 * w[-1]
    return np.asarray(np.interp(levels, cdf, x))


def sample_rates(model: RateModel, draws: int = DEFAULT_DRAWS) -> dict[Slot, np.ndarray]:
    """`draws` joint samples of every slot's rate, as one array per slot."""
    levels = _levels(draws)
    return {slot: beta_quantiles(model.rates[slot], levels[slot]) for slot in SLOTS}
