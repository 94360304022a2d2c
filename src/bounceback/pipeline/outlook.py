"""The chance of at least one offer from the live pipeline, and how many more applications lift it.

Each live application waits at a stage; its chance is the product of the conversion rates still
ahead of it. The first of those is weighed by how long the employer has been silent: answer times
follow a gamma distribution (shape 2) around the stage's expected answer time, and a share of
employers who say no never say it, so silence long past the expected time is bad news but not
certain news. Applications of one kind share their rates, so the chance of at least one offer is
averaged over samples of the rates (that average is the Bayesian predictive chance), and the
spread of the samples gives the interval.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from bounceback.domain.errors import InvalidValue
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Stage
from bounceback.pipeline.beliefs import (
    DEFAULT_DRAWS,
    DEFAULT_PRIOR_WEIGHT,
    RateModel,
    build_model,
    sample_rates,
)
from bounceback.pipeline.history import (
    AnswerTimes,
    EventsByApp,
    TransitionCounts,
    answer_times,
    count_transitions,
    silent_since,
)
from bounceback.pipeline.priors import (
    SENDABLE_KINDS,
    TRANSITIONS,
    WAITING_STAGES,
    Citation,
    Kind,
    citations,
    kind_of,
)
from bounceback.pipeline.wording import count_words, percent, percent_range, plural

if TYPE_CHECKING:
    import numpy as np

#: Beyond this many new applications the answer is "more than MAX_MORE".
MAX_MORE = 1000
#: More than this many applications of a kind is not advice anyone can act on soon (referrals
#: are few): the explanation says what helps most instead of the count.
HUMANE_MORE = {"cold": 30, "tailored": 15, "referral": 5}
#: The interval shown: 80 % of the rate samples fall inside it.
INTERVAL = (0.1, 0.9)
TEN = 10


@dataclass(frozen=True)
class Contribution:
    """One live application's own chance of ending in an offer."""

    application_id: int | None
    title: str
    kind: str
    stage: str
    days_silent: int
    chance: float


@dataclass(frozen=True)
class MoreNeeded:
    """New applications of one kind that would lift the chance to the target."""

    kind: str
    count: int | None  # None: not within MAX_MORE
    chance_after: float


@dataclass(frozen=True)
class Outlook:
    """The answer to "how likely is at least one offer?", for the CLI, the web and JSON."""

    as_of: date
    live_count: int
    chance: float
    low: float
    high: float
    target: float
    contributions: tuple[Contribution, ...]
    offers_in_hand: tuple[str, ...]
    more_needed: tuple[MoreNeeded, ...]
    chance_with_ten_more_cold: float
    referral_in_cold: int | None
    history_size: int
    rates: dict[str, list[float]]
    sources: tuple[Citation, ...]
    explanation: str
    #: live applications not listed in `contributions` (a page shows the first few)
    more_contributions: int = 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat()
        data["interval"] = [self.low, self.high]
        return data


def check_target(target: float) -> float:
    """A target chance must lie strictly between 0 and 1."""
    if not 0.0 < target < 1.0:
        raise InvalidValue(
            f"target {target:g} is outside (0, 1); give a chance such as 0.8 for 80 %"
        )
    return target


def survival(days: np.ndarray, mean_days: float) -> np.ndarray:
    """P(an answer takes longer than `days`) when answer times are gamma(2) around the mean."""
    import numpy as np

    x = 2.0 * np.asarray(days, dtype=float) / max(mean_days, 1e-9)
    return np.exp(-x) * (1.0 + x)


def _chances(
    samples: dict[tuple[Kind, int], np.ndarray],
    model: RateModel,
    kind: Kind,
    step: int,
    ages: np.ndarray,
) -> np.ndarray:
    """(len(ages), draws) chances of an offer for applications waiting at `step`."""
    import numpy as np

    p = samples[(kind, step)][None, :]
    rest = np.ones_like(p)
    for later in range(step + 1, len(TRANSITIONS)):
        rest = rest * samples[(kind, later)][None, :]
    stage = TRANSITIONS[step][0]
    alive = survival(ages, model.advance_days[stage])[:, None]
    quiet = 1.0 - model.answer_share[stage] * (1.0 - alive)
    top = p * alive
    bottom = top + (1.0 - p) * quiet
    with np.errstate(invalid="ignore", divide="ignore"):
        first = np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1.0), p)
    return np.asarray(first * rest)


@dataclass(frozen=True)
class Waiting:
    """Live applications of one kind at one waiting stage, silent since the same day."""

    kind: Kind
    stage: Stage
    since: date | None
    count: int


@dataclass(frozen=True)
class OutlookInputs:
    """All the estimator reads: a handful of numbers, however long the history.

    The read model keeps them current on each write; `outlook_inputs` computes them from the
    applications and their timelines (the reference the read model is tested against)."""

    counts: TransitionCounts
    times: AnswerTimes
    waiting: tuple[Waiting, ...]
    offers: tuple[str, ...]  # titles of the live applications at the offer stage


#: (kind, waiting stage, days silent) -> the own chance of an application in that group
GroupChances = dict[tuple[Kind, Stage, int], float]


def age_of(since: date | None, today: date) -> int:
    return max(0, (today - since).days) if since else 0


def outlook_inputs(
    applications: Iterable[Application], events_by_app: EventsByApp | None = None
) -> OutlookInputs:
    apps = list(applications)
    events_by_app = events_by_app or {}
    groups: dict[tuple[Kind, Stage, date | None], int] = defaultdict(int)
    offers: list[str] = []
    for app in apps:
        if not app.is_live:
            continue
        if app.stage == Stage.OFFER:
            offers.append(app.title)
        if app.stage in WAITING_STAGES:
            since = silent_since(app, events_by_app.get(app.id, ()) if app.id is not None else ())
            groups[(kind_of(app), app.stage, since)] += 1
    return OutlookInputs(
        counts=count_transitions(apps),
        times=answer_times(apps, events_by_app),
        waiting=tuple(Waiting(k, st, since, n) for (k, st, since), n in groups.items()),
        offers=tuple(offers),
    )


def compute_outlook(
    applications: Iterable[Application],
    today: date,
    *,
    events_by_app: EventsByApp | None = None,
    target: float = 0.8,
    prior_weight: float = DEFAULT_PRIOR_WEIGHT,
    model: RateModel | None = None,
    draws: int = DEFAULT_DRAWS,
) -> Outlook:
    """The offer outlook of the live applications on `today`, with every contribution."""
    apps = list(applications)
    events_by_app = events_by_app or {}
    outlook, chances = outlook_from(
        outlook_inputs(apps, events_by_app), today, target=target, prior_weight=prior_weight,
        model=model, draws=draws,
    )
    members = []
    for app in apps:
        if app.is_live and app.stage in WAITING_STAGES:
            since = silent_since(app, events_by_app.get(app.id, ()) if app.id is not None else ())
            members.append((app.id, app.title, kind_of(app), app.stage, since))
    return with_contributions(outlook, chances, members, today)


def with_contributions(
    outlook: Outlook,
    chances: GroupChances,
    members: Iterable[tuple[int | None, str, Kind, Stage, date | None]],
    today: date,
) -> Outlook:
    """The outlook with the contributions of `members` (id, title, kind, stage, silent since),
    highest chance first; applications of one chance keep the order they are given in."""
    found = []
    for app_id, title, kind, stage, since in members:
        age = age_of(since, today)
        chance = chances.get((kind, stage, age))
        if chance is not None:
            found.append(Contribution(app_id, title, kind.value, stage.value, age, chance))
    found.sort(key=lambda c: -c.chance)
    return Outlook(**{**outlook.__dict__, "contributions": tuple(found)})


def outlook_from(
    inputs: OutlookInputs,
    today: date,
    *,
    target: float = 0.8,
    prior_weight: float = DEFAULT_PRIOR_WEIGHT,
    model: RateModel | None = None,
    draws: int = DEFAULT_DRAWS,
    samples: dict[Any, Any] | None = None,
) -> tuple[Outlook, GroupChances]:
    """The outlook from its inputs (without contributions), and the own chance per group.
    `samples`: the model's `sample_rates(model, draws)`, when several days share one model."""
    import numpy as np

    check_target(target)
    if model is None:
        model = build_model(inputs.counts, inputs.times, prior_weight)
    if samples is None:
        samples = sample_rates(model, draws)

    groups: dict[tuple[Kind, int], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    waiting = 0
    for w in inputs.waiting:
        groups[(w.kind, WAITING_STAGES.index(w.stage))][age_of(w.since, today)] += w.count
        waiting += w.count

    log_none = np.zeros(draws)
    own: GroupChances = {}
    for (kind, step), by_age in sorted(groups.items()):
        keys = sorted(by_age)
        pi = _chances(samples, model, kind, step, np.array(keys, dtype=float))
        counts = np.array([by_age[k] for k in keys], dtype=float)
        with np.errstate(divide="ignore"):
            log_none += (counts[:, None] * np.log1p(-pi)).sum(axis=0)
        for key, mean in zip(keys, pi.mean(axis=1), strict=True):
            own[(kind, WAITING_STAGES[step], key)] = float(mean)

    per_new = {
        kind: np.prod([samples[(kind, s)] for s in range(len(TRANSITIONS))], axis=0)
        for kind in Kind
    }
    with np.errstate(divide="ignore"):
        log_new = {kind: np.log1p(-per_new[kind]) for kind in Kind}

    def chance_with(kind: Kind, n: int) -> float:
        return float(np.mean(-np.expm1(log_none + n * log_new[kind])))

    draws_chance = -np.expm1(log_none)
    chance = float(np.mean(draws_chance))
    low, high = (float(v) for v in np.quantile(draws_chance, INTERVAL))
    more = tuple(_more_needed(kind, chance, target, chance_with) for kind in SENDABLE_KINDS)
    one_referral = chance_with(Kind.REFERRAL, 1)
    referral_in_cold = _smallest(lambda n: chance_with(Kind.COLD, n) >= one_referral)
    rates = {
        kind.value: [model.rate(kind, s) for s in range(len(TRANSITIONS))] for kind in Kind
    }
    outlook = Outlook(
        as_of=today,
        live_count=waiting,
        chance=chance,
        low=low,
        high=high,
        target=target,
        contributions=(),
        offers_in_hand=inputs.offers,
        more_needed=more,
        chance_with_ten_more_cold=chance_with(Kind.COLD, TEN),
        referral_in_cold=referral_in_cold,
        history_size=model.history_size,
        rates=rates,
        sources=tuple(citations()),
        explanation="",
    )
    return _with_explanation(outlook), own


def _smallest(reaches: Any) -> int | None:
    """The smallest n in 1..MAX_MORE for which `reaches(n)` holds (it is monotone), or None."""
    if not reaches(MAX_MORE):
        return None
    low, high = 1, MAX_MORE
    while low < high:
        mid = (low + high) // 2
        if reaches(mid):
            high = mid
        else:
            low = mid + 1
    return low


def _reached(chance: float, target: float) -> bool:
    """At the target as the user reads it: a chance shown as '80 %' needs no more to reach 80 %."""
    return chance >= target or percent(chance) == percent(target)


def _more_needed(kind: Kind, chance: float, target: float, chance_with: Any) -> MoreNeeded:
    if _reached(chance, target):
        return MoreNeeded(kind.value, 0, chance)
    n = _smallest(lambda k: chance_with(kind, k) >= target)
    return MoreNeeded(kind.value, n, chance_with(kind, n if n is not None else MAX_MORE))


def _a_chance(p: float) -> str:
    text = percent(p)
    if not text[0].isdigit():
        return f"a chance of {text}"
    article = "an" if text.startswith(("8", "11 ", "18 ")) else "a"
    return f"about {article} {text} chance"


def _what_helps(o: Outlook) -> str:
    """Below the target: the kinds of application that reach it within reason, best first,
    and no bleak count of hundreds (a long way off is said in words)."""
    names = {"referral": ("referral", None), "tailored": ("tailored application", None),
             "cold": ("more cold application", None)}
    reachable = [
        plural(m.count, *names[m.kind]) for m in sorted(o.more_needed, key=lambda m: m.count or 0)
        if m.count is not None and 0 < m.count <= HUMANE_MORE.get(m.kind, 0) and m.kind in names
    ]
    worth = (
        f"one referral is worth about {count_words(o.referral_in_cold)} cold applications"
        if o.referral_in_cold is not None and o.referral_in_cold > 1 else ""
    )
    helps = "What helps most: a referral, then an application tailored to the posting"
    helps += f" ({worth})." if worth else "."
    if reachable:
        return (f"Reaching {percent(o.target)} would take about {' or '.join(reachable)}. "
                + helps)
    return (f"{percent(o.target)} is a long way from here, which is normal early on and just "
            f"after a no: it comes from many applications over weeks, not from one. " + helps)


def _with_explanation(o: Outlook) -> Outlook:
    parts: list[str] = []
    if o.offers_in_hand:
        parts.append(
            f"You have {plural(len(o.offers_in_hand), 'offer')} in hand "
            f"({'; '.join(o.offers_in_hand)})."
        )
    other = " other" if o.offers_in_hand else ""
    if o.live_count == 0:
        parts.append(
            "No other applications are waiting on an answer."
            if o.offers_in_hand
            else "No live applications: the chance is 0 until you apply."
        )
    else:
        verb = "gives" if o.live_count == 1 else "give"
        noun = "application" if o.live_count == 1 else "applications"
        after = percent(o.chance_with_ten_more_cold)
        ten_more = (
            f"ten more cold applications would raise it to about {after}"
            if after != percent(o.chance) else
            "ten more cold applications would barely move it"
        )
        parts.append(
            f"Your {count_words(o.live_count)}{other} active {noun} {verb} "
            f"{_a_chance(o.chance)} ({percent_range(o.low, o.high)}) of "
            f"{'at least one more offer' if o.offers_in_hand else 'at least one offer'}; "
            f"{ten_more}."
        )
    if not _reached(o.chance, o.target):
        parts.append(_what_helps(o))
    elif o.referral_in_cold is not None and o.referral_in_cold > 1:
        parts.append(
            f"One referral is worth about {count_words(o.referral_in_cold)} cold applications."
        )
    if o.live_count:
        parts.append(
            "No single application is a sure thing, however well it went: "
            "keep applying while you wait."
        )
    if o.history_size:
        parts.append(
            "The rates blend published hiring figures with your own history "
            f"({plural(o.history_size, 'stage outcome')} so far)."
        )
    else:
        parts.append(
            "The rates are published hiring figures for now; your own history takes over "
            "as it grows."
        )
    return Outlook(**{**o.__dict__, "explanation": " ".join(parts)})
