"""An application as it stood on a past day, from its timeline (the review, the outlook over
time)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from bounceback.domain.models import Application, Event
from bounceback.domain.vocabulary import EventKind, Stage

_ADVANCES = (EventKind.STAGE_CHANGED, EventKind.OFFER)


def application_as_of(app: Application, events: Sequence[Event], day: date) -> Application | None:
    """The application as it was at the end of `day`: None if not sent yet; stage from the
    timeline's moves up to that day; no outcome if it ended later."""
    if app.date_applied is None or app.date_applied > day:
        return None
    stage = Stage.APPLIED
    for event in events:
        moved = event.stage
        if (
            event.kind in _ADVANCES
            and moved is not None
            and moved != Stage.ACCEPTED
            and event.occurred_at.date() <= day
            and moved.rank > stage.rank
        ):
            stage = moved
    if app.outcome is not None and app.outcome_date is not None and app.outcome_date <= day:
        return app
    top = min(stage, app.furthest_stage, key=lambda s: s.rank)
    top = top if top.rank >= Stage.APPLIED.rank else Stage.APPLIED
    return replace(app, stage=top, furthest_stage=top, outcome=None, outcome_date=None)
