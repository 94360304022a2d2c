"""What one application adds to the search's learning figures (patterns, the brief), for the
read model: rejection rates by source, role family and kind of company, rejections by stage and
reason, interview answers rated, and the questions answered weakly.

`learning_share` is the per-application part of `find_patterns`; the read model keeps the sum
over applications, so the patterns page reads a handful of totals instead of every record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from bounceback.domain.learning import Interview
from bounceback.domain.models import Application, Company, Rejection
from bounceback.domain.vocabulary import Outcome, Stage
from bounceback.learning.families import role_family
from bounceback.learning.interviews import is_weak

# Reasons that say nothing about the candidate: their emails teach nothing for the next interview.
NOTHING_TO_LEARN = (
    None,
    "not_specified",
    "stronger_candidates",
    "internal_candidate",
    "position_closed",
)

DECIDED = "decided"  # key "dimension:value" or "all": applications with an outcome
DECIDED_REJECTED = "decided_rej"  # the same keys: those of them that were rejections
REJ_STAGE = "rej_stage"  # key: the stage reached
REJ_REASON = "rej_reason"  # key: the primary reason
RATED_N = "rated_n"  # key "": interview answers with a rating
RATED_SUM = "rated_sum"  # key "": their ratings, summed
REACHED = "reached"  # key "": applications sent that reached a screen or further
DIMENSIONS = ("source", "family", "size", "industry")


@dataclass(frozen=True)
class WeakQuestion:
    """A question this application's interviews answered weakly: how often, and when last."""

    question: str
    times: int
    last_held: date
    # the latest weak answer (its round held last; the first round and question of that day):
    # what the brief shows
    interview_id: int | None = None
    question_id: int | None = None


@dataclass
class LearningShare:
    totals: dict[tuple[str, str], int] = field(default_factory=dict)
    weak: list[WeakQuestion] = field(default_factory=list)
    role_family: str = "other"
    learnable: bool = False  # has feedback, or a rejection text that can teach something


def dimensions(app: Application, company: Company | None) -> dict[str, str | None]:
    return {
        "source": app.source.value,
        "family": role_family(app.role),
        "size": company.size if company else None,
        "industry": company.industry if company else None,
    }


def learning_share(
    app: Application,
    company: Company | None,
    rejection: Rejection | None,
    interviews: Sequence[Interview],
    has_feedback: bool = False,
) -> LearningShare:
    share = LearningShare(role_family=role_family(app.role))
    totals: dict[tuple[str, str], int] = {}

    def add(name: str, key: str, value: int = 1) -> None:
        totals[(name, key)] = totals.get((name, key), 0) + value

    if app.outcome is not None:
        rejected = app.outcome == Outcome.REJECTED
        add(DECIDED, "all")
        if rejected:
            add(DECIDED_REJECTED, "all")
        for dim, value in dimensions(app, company).items():
            if value:
                add(DECIDED, f"{dim}:{value}")
                if rejected:
                    add(DECIDED_REJECTED, f"{dim}:{value}")
    if app.date_applied is not None and app.furthest_stage.rank >= Stage.SCREENING.rank:
        add(REACHED, "")
    if rejection is not None:
        add(REJ_STAGE, rejection.stage_reached.value)
        if rejection.primary_reason:
            add(REJ_REASON, rejection.primary_reason)
    weak: dict[str, int] = {}
    latest: dict[str, tuple[tuple[int, int, int], date, int | None, int | None]] = {}
    for interview in interviews:
        for position, q in enumerate(interview.questions):
            if q.rating:
                add(RATED_N, "")
                add(RATED_SUM, "", q.rating)
            if is_weak(q, interview):
                weak[q.question] = weak.get(q.question, 0) + 1
                rank = (-interview.held_on.toordinal(), interview.id or 0, position)
                if q.question not in latest or rank < latest[q.question][0]:
                    latest[q.question] = (rank, interview.held_on, interview.id, q.id)
    share.weak = [WeakQuestion(text, n, latest[text][1], latest[text][2], latest[text][3])
                  for text, n in sorted(weak.items())]
    share.totals = {k: v for k, v in totals.items() if v}
    share.learnable = has_feedback or bool(
        rejection is not None and rejection.text and rejection.primary_reason not in NOTHING_TO_LEARN
    )
    return share
