from __future__ import annotations

from datetime import date, timedelta

import pytest

from bounceback.domain.errors import Conflict, InvalidValue
from bounceback.domain.learning import FeedbackStatus
from bounceback.domain.models import Application, Contact
from bounceback.domain.vocabulary import ContactRole, Stage
from bounceback.learning.drafts import draft_request
from bounceback.learning.feedback import (
    SILENCE_NOTE,
    follow_ups_due,
    mark_answered,
    mark_followed_up,
    new_request,
    response_rate,
    time_to_let_go,
)

DAY = date(2026, 11, 2)
APP = Application(company="Larkspur", role="Analyst", id=1)
DRAFT, _ = draft_request(APP, [Contact("Ana", role=ContactRole.HIRING_MANAGER)], Stage.SCREENING)


def request(on: date = DAY):
    return new_request(1, DRAFT, on, Stage.SCREENING)


def test_follow_up_due_after_seven_days_by_default():
    r = request()
    assert r.follow_up_due == DAY + timedelta(days=7)
    assert r.status == FeedbackStatus.SENT
    assert follow_ups_due([r], DAY + timedelta(days=6)) == []
    assert follow_ups_due([r], DAY + timedelta(days=7)) == [r]


def test_follow_up_delay_is_checked():
    with pytest.raises(InvalidValue, match="1 to 60"):
        new_request(1, DRAFT, DAY, Stage.SCREENING, follow_up_days=0)


def test_only_one_follow_up_ever():
    r = request()
    mark_followed_up(r, DAY + timedelta(days=7))
    assert r.status == FeedbackStatus.FOLLOWED_UP
    assert follow_ups_due([r], DAY + timedelta(days=30)) == []
    with pytest.raises(Conflict, match="one is\\s+enough"):
        mark_followed_up(r, DAY + timedelta(days=8))


def test_answered_requests_need_no_follow_up():
    r = mark_answered(request(), DAY + timedelta(days=2))
    assert follow_ups_due([r], DAY + timedelta(days=10)) == []
    with pytest.raises(Conflict):
        mark_followed_up(r, DAY + timedelta(days=10))


def test_silence_after_the_follow_up_means_let_go():
    r = mark_followed_up(request(), DAY + timedelta(days=7))
    assert time_to_let_go([r], DAY + timedelta(days=20)) == []
    assert time_to_let_go([r], DAY + timedelta(days=21)) == [r]


def test_response_rate_keeps_counts_and_waiting_apart():
    today = DAY + timedelta(days=60)
    old = [request(DAY), request(DAY), request(DAY)]
    mark_answered(old[0], DAY + timedelta(days=3))
    fresh = request(today - timedelta(days=2))
    rate = response_rate([*old, fresh], today)
    assert (rate.asked, rate.answered, rate.waiting) == (4, 1, 1)
    assert rate.rate == pytest.approx(1 / 3)
    sentence = rate.sentence()
    assert "1 of 4" in sentence and "71 %" in sentence and "Talent Board" in sentence


def test_no_requests_yet_says_most_never_answer():
    assert response_rate([], DAY).rate is None
    assert "71 %" in SILENCE_NOTE and "Talent Board" in SILENCE_NOTE
    assert SILENCE_NOTE in response_rate([], DAY).sentence()
