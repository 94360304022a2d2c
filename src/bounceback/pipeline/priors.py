"""The starting beliefs of the offer estimator, each figure with its source in evidence.md.

Every number here is a prior: a starting point that the candidate's own history takes over
as it grows. Figures marked `assumption` have no published source; the user guide says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Source, Stage


class Kind(StrEnum):
    """How an application was made; the estimator keeps separate rates for each."""

    COLD = "cold"
    TAILORED = "tailored"
    REFERRAL = "referral"
    RECRUITER = "recruiter"


#: Kinds a candidate can choose to send more of (a recruiter's call cannot be planned).
SENDABLE_KINDS: tuple[Kind, ...] = (Kind.COLD, Kind.TAILORED, Kind.REFERRAL)

#: The stage transitions the estimator follows, in order.
TRANSITIONS: tuple[tuple[Stage, Stage], ...] = (
    (Stage.APPLIED, Stage.SCREENING),
    (Stage.SCREENING, Stage.INTERVIEWING),
    (Stage.INTERVIEWING, Stage.OFFER),
)

#: The stages a live application can wait in before an offer.
WAITING_STAGES: tuple[Stage, ...] = tuple(step[0] for step in TRANSITIONS)

TAILORED_TAG = "tailored"


def kind_of(application: Application) -> Kind:
    """Referral and recruiter by source; otherwise tailored when tagged so, else cold."""
    if application.source == Source.REFERRAL:
        return Kind.REFERRAL
    if application.source == Source.RECRUITER:
        return Kind.RECRUITER
    if not application.tags:
        return Kind.COLD
    tags = {tag.strip().lower() for tag in application.tags}
    return Kind.TAILORED if TAILORED_TAG in tags else Kind.COLD


@dataclass(frozen=True)
class Figure:
    """One published or assumed number, with where it comes from."""

    value: float
    source: str


# --- Published figures (../shared/research/evidence.md, "Funnel base rates") ---------------

COLD_INTERVIEW_RATE = Figure(
    0.03, "CareerPlug Recruiting Metrics Report 2025; Ashby talent-trends data 2021-2024"
)
REFERRAL_INTERVIEW_RATE = Figure(0.40, "Ashby talent-trends data 2021-2024")
TAILORED_INTERVIEW_RATE = Figure(0.042, "Huntr job search report Q1 2026 (4.2 % vs 2.1 %)")
INTERVIEW_TO_OFFER = Figure(0.27, "CareerPlug Recruiting Metrics Report 2025")
INTERVIEW_PROCESS_DAYS = Figure(23.8, "Glassdoor interview-length study (US average)")

# --- Assumptions (no published figure; the user's history replaces them) -------------------

#: Share of screening calls that lead to interviews. Splits the published
#: application-to-interview rate into two steps so that a screening counts for something.
SCREEN_TO_INTERVIEW = Figure(0.5, "assumption: half of screening calls lead to interviews")
#: Recruiters who reach out have usually read the profile; no published rate, so the
#: estimator starts them at the tailored rate.
RECRUITER_INTERVIEW_RATE = Figure(
    TAILORED_INTERVIEW_RATE.value, "assumption: same as a tailored application"
)
#: Days until an application moves forward, per waiting stage.
ADVANCE_DAYS: dict[Stage, Figure] = {
    Stage.APPLIED: Figure(14.0, "assumption: two weeks for a first answer"),
    Stage.SCREENING: Figure(10.0, "assumption: ten days from a screening call to interviews"),
    Stage.INTERVIEWING: INTERVIEW_PROCESS_DAYS,
}
#: Share of employers who say no rather than fall silent, per waiting stage.
ANSWER_SHARE: dict[Stage, Figure] = {
    Stage.APPLIED: Figure(0.5, "assumption: half of applications get an answer when it is no"),
    Stage.SCREENING: Figure(0.75, "assumption: most screenings end with an answer"),
    Stage.INTERVIEWING: Figure(0.9, "assumption: nearly all interview processes end with one"),
}


def prior_rate(kind: Kind, step: int) -> Figure:
    """The starting conversion rate of transition `step` (index into TRANSITIONS) for `kind`."""
    if step == 2:
        return INTERVIEW_TO_OFFER
    if step == 1:
        return SCREEN_TO_INTERVIEW
    interview = {
        Kind.COLD: COLD_INTERVIEW_RATE,
        Kind.TAILORED: TAILORED_INTERVIEW_RATE,
        Kind.REFERRAL: REFERRAL_INTERVIEW_RATE,
        Kind.RECRUITER: RECRUITER_INTERVIEW_RATE,
    }[kind]
    # applied -> screening x screening -> interviewing = the published applied -> interview rate
    return Figure(
        min(0.99, interview.value / SCREEN_TO_INTERVIEW.value),
        f"{interview.source}, split by: {SCREEN_TO_INTERVIEW.source}",
    )


@dataclass(frozen=True)
class Citation:
    """A line for explanations and docs: what the prior says and who said it."""

    what: str
    source: str


def citations() -> list[Citation]:
    """The sources behind the estimator's starting point, for explanations and `--json`."""
    return [
        Citation("3 % of cold applications reach an interview", COLD_INTERVIEW_RATE.source),
        Citation("40 % of referred candidates reach an interview", REFERRAL_INTERVIEW_RATE.source),
        Citation(
            "tailored resumes reach interviews about twice as often (4.2 %)",
            TAILORED_INTERVIEW_RATE.source,
        ),
        Citation("27 % of interviews lead to a hire", INTERVIEW_TO_OFFER.source),
        Citation(
            "an interview process takes about 24 days", INTERVIEW_PROCESS_DAYS.source
        ),
    ]
