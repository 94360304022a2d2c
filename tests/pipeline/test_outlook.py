"""The offer outlook: closed-form cases, stage and age weighting, how many more, wording."""

from __future__ import annotations

import json
import math

import pytest

from bounceback.domain.errors import InvalidValue
from bounceback.domain.vocabulary import Outcome, Source, Stage
from bounceback.pipeline.beliefs import RateBelief, RateModel, build_model, known_model
from bounceback.pipeline.outlook import compute_outlook, survival
from bounceback.pipeline.priors import TRANSITIONS, Kind
from pipeline.pipekit import TODAY, app


def _known(rates: dict[int, float], *, answer_share: float = 0.5) -> RateModel:
    return known_model(
        {(kind, step): rates[step] for kind in Kind for step in range(len(TRANSITIONS))},
        answer_share={frm: answer_share for frm, _ in TRANSITIONS},
    )


@pytest.mark.parametrize("n", [1, 2, 7, 30])
def test_one_stage_known_rate_is_exactly_one_minus_the_chance_of_all_failing(n: int) -> None:
    model = _known({0: 0.5, 1: 0.5, 2: 0.3})
    apps = [app(Stage.INTERVIEWING) for _ in range(n)]
    outlook = compute_outlook(apps, TODAY, model=model)
    assert outlook.chance == pytest.approx(1 - 0.7**n, abs=1e-12)
    assert outlook.low == pytest.approx(outlook.chance, abs=1e-12)
    assert outlook.high == pytest.approx(outlook.chance, abs=1e-12)


def test_known_rates_multiply_along_the_stages_still_ahead() -> None:
    model = _known({0: 0.1, 1: 0.5, 2: 0.3})
    apps = [app(Stage.APPLIED), app(Stage.SCREENING), app(Stage.INTERVIEWING)]
    outlook = compute_outlook(apps, TODAY, model=model)
    expected = 1 - (1 - 0.1 * 0.5 * 0.3) * (1 - 0.5 * 0.3) * (1 - 0.3)
    assert outlook.chance == pytest.approx(expected, abs=1e-12)
    assert [c.chance for c in outlook.contributions] == pytest.approx([0.3, 0.15, 0.015])


def test_one_stage_beta_rate_matches_the_beta_binomial_closed_form() -> None:
    a, b, n = 5.4, 14.6, 6
    rates = {slot: RateBelief.exact(0.5) for slot in build_model().rates}
    rates.update({(kind, 2): RateBelief(a, b) for kind in Kind})
    model = RateModel(rates, build_model().advance_days, build_model().answer_share)
    outlook = compute_outlook([app(Stage.INTERVIEWING) for _ in range(n)], TODAY, model=model)
    # P(no offer) = E[(1-p)^n] = B(a, b+n) / B(a, b) = prod (b+j) / (a+b+j)
    none = math.prod((b + j) / (a + b + j) for j in range(n))
    assert outlook.chance == pytest.approx(1 - none, abs=5e-4)
    assert outlook.low < outlook.chance < outlook.high


def test_survival_is_one_at_zero_and_falls_with_silence() -> None:
    import numpy as np

    values = survival(np.array([0.0, 7.0, 14.0, 28.0, 60.0]), 14.0)
    assert values[0] == pytest.approx(1.0)
    assert list(values) == sorted(values, reverse=True)
    assert values[2] == pytest.approx(math.exp(-2) * 3)


def test_a_long_silence_lowers_an_applications_chance_but_never_to_zero() -> None:
    model = _known({0: 0.2, 1: 0.5, 2: 0.3})
    fresh = compute_outlook([app(Stage.APPLIED, days_ago=0)], TODAY, model=model)
    old = compute_outlook([app(Stage.APPLIED, days_ago=40)], TODAY, model=model)
    assert fresh.chance == pytest.approx(0.2 * 0.5 * 0.3)
    assert 0 < old.chance < fresh.chance / 2
    # Bayes: P(success | silent t) = pS / (pS + (1-p)(1 - q(1-S)))
    s = math.exp(-2 * 40 / 14) * (1 + 2 * 40 / 14)
    first = 0.2 * s / (0.2 * s + 0.8 * (1 - 0.5 * (1 - s)))
    assert old.chance == pytest.approx(first * 0.5 * 0.3, rel=1e-9)


def test_a_final_round_counts_for_more_than_a_fresh_application() -> None:
    outlook = compute_outlook(
        [app(Stage.APPLIED), app(Stage.SCREENING), app(Stage.INTERVIEWING)], TODAY
    )
    by_stage = {c.stage: c.chance for c in outlook.contributions}
    assert by_stage["interviewing"] > by_stage["screening"] > by_stage["applied"]


def test_priors_give_published_rates_and_referrals_count_for_more() -> None:
    model = build_model()
    cold = model.rate(Kind.COLD, 0) * model.rate(Kind.COLD, 1)
    assert cold == pytest.approx(0.03)  # CareerPlug 2025, Ashby: 3 % reach an interview
    assert model.rate(Kind.REFERRAL, 0) * model.rate(Kind.REFERRAL, 1) == pytest.approx(0.40)
    assert model.rate(Kind.COLD, 2) == pytest.approx(0.27)
    outlook = compute_outlook([app(), app(source=Source.REFERRAL)], TODAY)
    kinds = {c.kind: c.chance for c in outlook.contributions}
    assert kinds["referral"] > 5 * kinds["cold"]
    assert outlook.referral_in_cold is not None and outlook.referral_in_cold > 5


def test_no_single_application_is_a_sure_thing() -> None:
    history = [app(Stage.OFFER, outcome=Outcome.ACCEPTED) for _ in range(3)]
    outlook = compute_outlook([*history, app(Stage.INTERVIEWING, excitement=5)], TODAY)
    assert outlook.chance < 0.6
    assert "sure thing" in outlook.explanation


def test_how_many_more_reaches_the_target_and_one_fewer_does_not() -> None:
    apps = [app(Stage.APPLIED, days_ago=d) for d in range(0, 20, 4)]
    outlook = compute_outlook(apps, TODAY, target=0.5)
    model = build_model(*_history(apps))
    for more in outlook.more_needed:
        assert more.count is not None and more.count > 0
        assert more.chance_after >= 0.5
        kind = Kind(more.kind)
        extra = [app(source=_source(kind), tailored=kind == Kind.TAILORED)
                 for _ in range(more.count - 1)]
        fewer = compute_outlook([*apps, *extra], TODAY, model=model, target=0.5)
        assert fewer.chance < 0.5
    counts = {m.kind: m.count for m in outlook.more_needed}
    assert counts["referral"] < counts["tailored"] < counts["cold"]


def _history(apps):  # type: ignore[no-untyped-def]
    from bounceback.pipeline.history import answer_times, count_transitions

    return count_transitions(apps), answer_times(apps)


def _source(kind: Kind) -> Source:
    return Source.REFERRAL if kind == Kind.REFERRAL else Source.JOB_BOARD


def test_empty_pipeline_is_an_answer_not_an_error() -> None:
    outlook = compute_outlook([app(Stage.APPLIED, outcome=Outcome.REJECTED)], TODAY)
    assert outlook.chance == 0 and outlook.live_count == 0
    assert outlook.explanation.startswith("No live applications: the chance is 0 until you apply.")
    assert all(m.count for m in outlook.more_needed)


def test_offers_in_hand_are_named_and_not_counted_as_chances() -> None:
    offer = app(Stage.OFFER, company="Globex")
    outlook = compute_outlook([offer, app()], TODAY)
    assert outlook.offers_in_hand == ("Analyst at Globex",)
    assert outlook.live_count == 1
    assert "You have one offer in hand (Analyst at Globex)." in outlook.explanation


@pytest.mark.parametrize("target", [0.0, 1.0, -0.2, 1.5])
def test_a_target_outside_zero_and_one_is_refused(target: float) -> None:
    with pytest.raises(InvalidValue, match="outside"):
        compute_outlook([app()], TODAY, target=target)


def test_explanation_reads_like_the_issue_and_json_round_trips() -> None:
    apps = [app(Stage.APPLIED, days_ago=d) for d in (1, 3, 5, 8)]
    apps += [app(Stage.SCREENING, days_ago=10, silent_days=2), app(Stage.INTERVIEWING)]
    apps += [app(Stage.APPLIED, source=Source.REFERRAL, days_ago=2)]
    outlook = compute_outlook(apps, TODAY)
    text = outlook.explanation
    assert text.startswith("Your seven active applications give about a")
    assert "of at least one offer; ten more cold applications would raise it to about" in text
    assert "!" not in text
    data = json.loads(json.dumps(outlook.to_dict()))
    assert data["chance"] == pytest.approx(outlook.chance)
    assert len(data["contributions"]) == 7
    assert {m["kind"] for m in data["more_needed"]} == {"cold", "tailored", "referral"}
    assert data["interval"][0] <= data["chance"] <= data["interval"][1]


def test_same_inputs_give_the_same_answer() -> None:
    apps = [app(Stage.APPLIED, days_ago=d) for d in range(10)]
    assert compute_outlook(apps, TODAY) == compute_outlook(apps, TODAY)
