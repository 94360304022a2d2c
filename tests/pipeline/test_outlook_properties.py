"""Properties the outlook must keep whatever the pipeline looks like (Hypothesis).

The applications carry no timeline events here. With events, a new application's own answer
times also update the expected answer time of its stage, which can (rightly) make other silent
applications look staler; the properties are about the rates and the pipeline, not that.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Outcome, Source, Stage
from bounceback.pipeline.beliefs import build_model
from bounceback.pipeline.history import count_transitions
from bounceback.pipeline.outlook import compute_outlook
from bounceback.pipeline.priors import Kind
from pipeline.pipekit import TODAY, app

TOLERANCE = 1e-9
WAITING = [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]
SOURCES = [Source.JOB_BOARD, Source.REFERRAL, Source.RECRUITER, Source.CAREERS_PAGE]


@st.composite
def applications(draw: st.DrawFn, live: bool | None = None) -> Application:
    stage = draw(st.sampled_from(WAITING))
    outcome = None if live else draw(
        st.sampled_from([None, Outcome.REJECTED, Outcome.GHOSTED, Outcome.WITHDRAWN])
        if live is None else st.sampled_from([Outcome.REJECTED, Outcome.GHOSTED])
    )
    if draw(st.booleans()) and live is None:
        stage, outcome = Stage.ACCEPTED, Outcome.ACCEPTED
    age = draw(st.integers(0, 150))
    return app(
        stage,
        days_ago=age + draw(st.integers(0, 30)),
        silent_days=age,
        source=draw(st.sampled_from(SOURCES)),
        tailored=draw(st.booleans()),
        outcome=outcome,
    )


searches = st.lists(applications(), max_size=25)


@settings(max_examples=150, deadline=None)
@given(search=searches, new=applications(live=True))
def test_adding_an_application_never_lowers_the_chance(
    search: list[Application], new: Application
) -> None:
    before = compute_outlook(search, TODAY).chance
    after = compute_outlook([*search, new], TODAY).chance
    assert after >= before - TOLERANCE


@settings(max_examples=150, deadline=None)
@given(search=st.lists(applications(), min_size=1, max_size=25), pick=st.integers(0, 1000))
def test_a_rejection_never_raises_the_chance(search: list[Application], pick: int) -> None:
    live = [i for i, a in enumerate(search) if a.is_live]
    if not live:
        return
    i = live[pick % len(live)]
    rejected = replace(search[i], outcome=Outcome.REJECTED, outcome_date=TODAY)
    before = compute_outlook(search, TODAY).chance
    after = compute_outlook([*search[:i], rejected, *search[i + 1:]], TODAY).chance
    assert after <= before + TOLERANCE


@st.composite
def histories(draw: st.DrawFn) -> list[Application]:
    """Finished applications of one kind: some stopped at each stage, some got offers."""
    source = draw(st.sampled_from(SOURCES))
    out: list[Application] = []
    for stage in WAITING:
        out += [app(stage, source=source, outcome=Outcome.REJECTED)
                for _ in range(draw(st.integers(0, 6)))]
    out += [app(Stage.ACCEPTED, source=source, outcome=Outcome.ACCEPTED)
            for _ in range(draw(st.integers(0, 4)))]
    return out


@settings(max_examples=150, deadline=None)
@given(history=histories(), times=st.integers(1, 5), more=st.integers(1, 20))
def test_more_history_moves_the_rates_toward_the_users_own(
    history: list[Application], times: int, more: int
) -> None:
    counts = count_transitions(history)
    fewer = build_model(count_transitions(history * times))
    larger = build_model(count_transitions(history * (times + more)))
    for slot in fewer.rates:
        passed, stopped = counts.passed.get(slot, 0), counts.stopped.get(slot, 0)
        if passed + stopped == 0:
            assert larger.rates[slot].mean == fewer.rates[slot].mean
            continue
        own = passed / (passed + stopped)
        assert abs(larger.rates[slot].mean - own) <= abs(fewer.rates[slot].mean - own) + 1e-12


@settings(max_examples=60, deadline=None)
@given(offers=st.integers(1, 6), interviews=st.integers(1, 6), live=st.integers(1, 5))
def test_a_history_of_good_interviews_raises_the_chance_more_as_it_grows(
    offers: int, interviews: int, live: int
) -> None:
    """Own interview-to-offer rate above the 27 % prior: more such history, higher chance."""
    good = [app(Stage.OFFER, outcome=Outcome.ACCEPTED) for _ in range(offers)]
    good += [app(Stage.INTERVIEWING, outcome=Outcome.REJECTED) for _ in range(interviews)]
    own = offers / (offers + interviews)
    pipeline = [app(Stage.INTERVIEWING) for _ in range(live)]
    chances = [compute_outlook([*good * k, *pipeline], TODAY).chance for k in (1, 3, 9)]
    if own > 0.27:
        assert chances[0] <= chances[1] + TOLERANCE <= chances[2] + 2 * TOLERANCE
    rate = [build_model(count_transitions(good * k)).rate(Kind.COLD, 2) for k in (1, 3, 9)]
    assert abs(rate[2] - own) <= abs(rate[1] - own) <= abs(rate[0] - own)
