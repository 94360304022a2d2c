"""Times an interview email proposes: "at 3" is three in the afternoon, a number after a date is
not an hour, and the year comes from the email (or the service's clock), never the wall clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from bounceback.domain.mail import ProposedTime
from bounceback.mail.times import proposed_times
from bounceback.services.mail_sink import interview_at


@pytest.mark.parametrize(("text", "expected"), [
    ("Could you come in on Tuesday 3 March at 3?", "2026-03-03T15:00:00"),
    ("Tuesday 3 March at 10", "2026-03-03T10:00:00"),
    ("Tuesday 3 March at 9:30", "2026-03-03T09:30:00"),
    ("Wednesday 4 March at 2:30", "2026-03-04T14:30:00"),
    ("4 March at 11am", "2026-03-04T11:00:00"),
    ("4 March at 12", "2026-03-04T12:00:00"),
    ("am 4. März um 15 Uhr", "2026-03-04T15:00:00"),
    ("4 March at 08:00", "2026-03-04T08:00:00"),
])
def test_an_hour_of_the_day(text: str, expected: str) -> None:
    [found] = proposed_times(text, 2026)
    assert found.when is not None and found.when.isoformat() == expected


def test_a_number_after_a_date_is_not_an_hour() -> None:
    [found] = proposed_times("Interviews on 3 March, 10 candidates are invited.", 2026)
    assert found.when == datetime(2026, 3, 3, 0, 0)


def test_a_time_without_a_year_takes_the_emails_year_or_the_services() -> None:
    proposed = (ProposedTime("Tuesday 3 March at 3", datetime(2000, 3, 3, 15, 0), False),)
    assert interview_at(proposed, datetime(2027, 2, 20, 9, 0)) == "2027-03-03T15:00:00"
    assert interview_at(proposed, datetime(2027, 3, 10, 9, 0)) == "2028-03-03T15:00:00"  # ahead
    assert interview_at(proposed, None, datetime(2031, 1, 5, 12, 0)) == "2031-03-03T15:00:00"


def test_the_classifier_reads_no_clock(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bounceback.mail.classify import Classifier, default_classifier

    monkeypatch.setenv("BOUNCEBACK_NOW", "2031-06-01T10:00:00")
    result = Classifier(default_classifier().model).classify(
        "Dana Cole <dana@brightforge.example>", "Interview invitation: Backend Developer",
        "Hi Sam, we'd like to invite you to interview. Would Tuesday 3 March at 3 suit you?")
    assert [(t.year_given, t.when.hour if t.when else None) for t in result.proposed_times] == [
        (False, 15)]
    assert all(t.when is None or t.when.year != 2031 for t in result.proposed_times)
