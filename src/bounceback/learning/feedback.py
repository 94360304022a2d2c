"""Feedback requests over time: one follow-up, never more; silence named kindly; response rate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bounceback.domain.errors import Conflict, InvalidValue
from bounceback.domain.learning import Draft, Feedback, FeedbackRequest, FeedbackStatus
from bounceback.domain.vocabulary import Stage

FOLLOW_UP_DAYS = 7
LET_GO_DAYS = 14
NEVER_ANSWER_SHARE = 0.71

SILENCE_NOTE = (
    "Most companies never answer these requests: about 71 % of candidates in North America "
    "never hear why they were turned down (Talent Board Candidate Experience report 2022). "
    "Silence says nothing about you; the request is still worth sending."
)


def new_request(
    application_id: int,
    draft: Draft,
    today: date,
    stage_reached: Stage,
    contact_id: int | None = None,
    follow_up_days: int = FOLLOW_UP_DAYS,
) -> FeedbackRequest:
    """Record a request as sent today, with its one follow-up due `follow_up_days` later."""
    if not 1 <= follow_up_days <= 60:
        raise InvalidValue(
            f"follow-up after {follow_up_days} days is not usable; choose 1 to 60 days (default 7)"
        )
    return FeedbackRequest(
        application_id=application_id,
        recipient_name=draft.to_name,
        recipient_email=draft.to_email,
        contact_id=contact_id,
        created_on=today,
        tone=draft.tone,
        stage_reached=stage_reached,
        subject=draft.subject,
        body=draft.body,
        sent_on=today,
        follow_up_due=today + timedelta(days=follow_up_days),
        placeholder=draft.placeholder,
    )


def mark_followed_up(request: FeedbackRequest, today: date) -> FeedbackRequest:
    """The single follow-up was sent; a second one is refused."""
    if request.follow_up_sent_on is not None:
        raise Conflict(
            f"a follow-up was already sent on {request.follow_up_sent_on.isoformat()}; one is "
            "enough. If there is still no answer, it is kinder to yourself to let it go."
        )
    if request.answered_on is not None:
        raise Conflict("this request was already answered; no follow-up is needed")
    request.follow_up_sent_on = today
    request.follow_up_due = None
    return request


def mark_answered(request: FeedbackRequest, today: date) -> FeedbackRequest:
    request.answered_on = today
    request.follow_up_due = None
    return request


def follow_ups_due(requests: Sequence[FeedbackRequest], today: date) -> list[FeedbackRequest]:
    """Requests whose single follow-up is due: sent, unanswered, not yet followed up."""
    return [
        r
        for r in requests
        if r.status == FeedbackStatus.SENT
        and r.follow_up_due is not None
        and r.follow_up_due <= today
    ]


def time_to_let_go(requests: Sequence[FeedbackRequest], today: date) -> list[FeedbackRequest]:
    """Followed up once, still silent after two weeks: time to stop waiting."""
    return [
        r
        for r in requests
        if r.status == FeedbackStatus.FOLLOWED_UP
        and r.follow_up_sent_on is not None
        and (today - r.follow_up_sent_on).days >= LET_GO_DAYS
    ]


@dataclass
class ResponseRate:
    """How many requests got an answer, with the counts beside the rate."""

    asked: int
    answered: int
    waiting: int

    @property
    def rate(self) -> float | None:
        decided = self.asked - self.waiting
        return self.answered / decided if decided else None

    def sentence(self) -> str:
        if self.asked == 0:
            return "No feedback requests yet. " + SILENCE_NOTE
        rate = self.rate
        share = "" if rate is None else f" ({rate * 100:.0f} % of those no longer pending)"
        return (
            f"{self.answered} of {self.asked} requests answered{share}; {self.waiting} still "
            f"waiting. For comparison, about {NEVER_ANSWER_SHARE * 100:.0f} % of candidates never "
            "hear back (Talent Board 2022), so any answer is a good result."
        )


def waiting_cuts(today: date) -> tuple[date, date]:
    """A sent request waits (response_rate) while it was sent after the first of these days
    and, when followed up, followed up after the second: the same rule as days, for a count
    the database makes (storage/readmodel/own_rows.requests_waiting)."""
    return (today - timedelta(days=FOLLOW_UP_DAYS + LET_GO_DAYS),
            today - timedelta(days=LET_GO_DAYS))


def response_rate(requests: Sequence[FeedbackRequest], today: date) -> ResponseRate:
    """Answered against asked; a request still inside its waiting time counts as waiting."""
    sent = [r for r in requests if r.sent_on is not None]
    answered = sum(1 for r in sent if r.answered_on is not None)
    waiting = sum(
        1
        for r in sent
        if r.answered_on is None
        and r.closed_on is None
        and not (r.follow_up_sent_on and (today - r.follow_up_sent_on).days >= LET_GO_DAYS)
        and r.sent_on is not None
        and (today - r.sent_on).days < FOLLOW_UP_DAYS + LET_GO_DAYS
    )
    return ResponseRate(asked=len(sent), answered=answered, waiting=waiting)


@dataclass
class FeedbackOverview:
    requests: list[FeedbackRequest]
    feedback: list[Feedback]
    follow_ups_due: list[FeedbackRequest]
    time_to_let_go: list[FeedbackRequest]
    asked: int
    answered: int
    waiting: int
    response_rate: float | None
    summary: str


def overview(requests: list[FeedbackRequest], given: list[Feedback], today: date
             ) -> FeedbackOverview:
    """The requests and the feedback received, with what is due and the response rate
    (`feedback list`, the web's feedback part)."""
    rate = response_rate(requests, today)
    return FeedbackOverview(
        requests=requests,
        feedback=given,
        follow_ups_due=follow_ups_due(requests, today),
        time_to_let_go=time_to_let_go(requests, today),
        asked=rate.asked,
        answered=rate.answered,
        waiting=rate.waiting,
        response_rate=rate.rate,
        summary=rate.sentence(),
    )
