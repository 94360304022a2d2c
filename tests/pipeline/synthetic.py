"""Synthetic job searches drawn from the estimator's own model, for calibration checks.

Each search draws its true conversion rates from the priors (people differ), sends applications
over a few months, lets employers answer (or fall silent) at gamma-distributed times, marks long
silences as ghosted the way a user following the app's advice would, and stops the clock on
"today". What is still waiting then is the live pipeline; its future is simulated to the end, so
we know whether at least one offer came.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Outcome, Source, Stage
from bounceback.pipeline.beliefs import DEFAULT_PRIOR_WEIGHT
from bounceback.pipeline.priors import (
    ADVANCE_DAYS,
    ANSWER_SHARE,
    TRANSITIONS,
    Kind,
    prior_rate,
)

TODAY = date(2026, 11, 25)
GHOST_AFTER_T = 3.0
KIND_WEIGHTS = {Kind.COLD: 0.45, Kind.TAILORED: 0.2, Kind.REFERRAL: 0.2, Kind.RECRUITER: 0.15}


@dataclass
class Search:
    applications: list[Application]
    offer_came: bool  # at least one application live today ended in an offer
    # the employer's answers (each step forward) as the timeline holds them: the silence
    # counts from the last one, not from the last activity (round 18)
    events: dict[int, list[Event]] = field(default_factory=dict)


def _as_application(i: int, kind: Kind, applied: date) -> Application:
    source = {
        Kind.REFERRAL: Source.REFERRAL,
        Kind.RECRUITER: Source.RECRUITER,
    }.get(kind, Source.JOB_BOARD)
    tags = ["tailored"] if kind == Kind.TAILORED else []
    return Application(
        company=f"Company {i}", role="Analyst", id=i + 1, source=source, tags=tags,
        date_applied=applied, last_activity=applied,
    )


def draw_search(rng: random.Random, max_applications: int = 40) -> Search:
    rates = {
        (kind, step): rng.betavariate(
            prior_rate(kind, step).value * DEFAULT_PRIOR_WEIGHT,
            (1 - prior_rate(kind, step).value) * DEFAULT_PRIOR_WEIGHT,
        )
        for kind in Kind
        for step in range(len(TRANSITIONS))
    }
    horizon = rng.choice([30, 60, 120])
    apps: list[Application] = []
    events: dict[int, list[Event]] = {}
    offer_came = False
    kinds, weights = zip(*KIND_WEIGHTS.items(), strict=True)
    for i in range(rng.randint(1, max_applications)):
        kind = rng.choices(kinds, weights)[0]
        applied = TODAY - timedelta(days=rng.randint(0, horizon))
        app = _as_application(i, kind, applied)
        entered = float((applied - TODAY).days)  # days relative to today (<= 0)
        live_at: Stage | None = None
        for step, (frm, to) in enumerate(TRANSITIONS):
            mean = ADVANCE_DAYS[frm].value
            succeeds = rng.random() < rates[(kind, step)]
            answers = succeeds or rng.random() < ANSWER_SHARE[frm].value
            wait = rng.gammavariate(2.0, mean / 2.0) if answers else math.inf
            if live_at is not None:  # already past today: only the future matters
                if not succeeds:
                    break
                continue
            if entered + wait <= 0:
                day = TODAY + timedelta(days=math.floor(entered + wait))
                if succeeds:
                    app.stage = app.furthest_stage = to
                    app.last_activity = day
                    events.setdefault(i + 1, []).append(Event(
                        application_id=i + 1, kind=EventKind.EMAIL_RECEIVED,
                        occurred_at=datetime.combine(day, time(9))))
                    entered += wait
                    if to == Stage.OFFER:
                        app.stage = Stage.ACCEPTED
                        app.outcome, app.outcome_date = Outcome.ACCEPTED, day
                    continue
                app.outcome, app.outcome_date = Outcome.REJECTED, day
                break
            if -entered > GHOST_AFTER_T * mean:
                app.outcome, app.outcome_date = Outcome.GHOSTED, TODAY
                break
            live_at = frm
            if not succeeds:
                break
        else:
            if live_at is not None:
                offer_came = True
        apps.append(app)
    return Search(apps, offer_came, events)
