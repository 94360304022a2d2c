"""Where an email belongs: thread, fuzzy company, ATS sender, role; and what it changes."""

from __future__ import annotations

import pytest

from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Outcome, Stage
from bounceback.mail.link import (
    Message,
    ats_platform,
    company_from_sender,
    decide,
    effect,
    match_applications,
)


def app(id: int, company: str, role: str, **changes: object) -> Application:
    made = Application(company=company, role=role, id=id)
    for name, value in changes.items():
        setattr(made, name, value)
    return made


APPS = [
    app(1, "ACME", "Data Analyst"),
    app(2, "Globex Corporation", "Backend Developer"),
    app(3, "Globex Corporation", "Product Designer"),
    app(4, "Initech", "Unknown role"),
]


def msg(kind: str = "rejection", company: str | None = "Acme Inc.", role: str | None = None,
        confidence: float = 0.95, sender: str = "Acme <jobs@acme.com>") -> Message:
    return Message(kind, confidence, company, role, sender, sender.split("<")[-1].rstrip(">"))


def test_acme_inc_is_acme_and_the_role_tells_applications_apart():
    assert decide(msg(), APPS).application_id == 1
    assert [a.id for a in match_applications("globex", "Senior Backend Developer", "", APPS)] == [2]
    both = decide(msg(company="Globex", sender="Globex <jobs@globex.com>"), APPS)
    assert both.action == "review" and both.candidates == [2, 3]


def test_a_role_that_matches_no_application_is_a_new_one_unless_the_role_is_unknown():
    new = decide(msg("application_received", company="Acme", role="Head of Marketing"), APPS)
    assert new.action == "create" and new.proposal == {
        "company": "Acme", "role": "Head of Marketing", "stage": "applied"}
    assert decide(msg(company="Initech", role="Nurse", sender="x <a@b.example>"),
                  APPS).application_id == 4


@pytest.mark.parametrize("kind", ["rejection", "offer", "interview_request", "assessment",
                                  "action_required"])
def test_only_an_acknowledgement_creates_an_application(kind: str) -> None:
    found = decide(msg(kind, company="Umbrella", role="Nurse", confidence=0.99,
                       sender="Umbrella <jobs@umbrella.example>"), APPS)
    assert found.action == "review" and "not in your list" in found.reason
    assert found.proposal["company"] == "Umbrella"  # the user can still accept it


def test_an_acknowledgement_needs_confidence_and_a_role_to_create() -> None:
    sender = "Umbrella <jobs@umbrella.example>"
    sure = decide(msg("application_received", "Umbrella", "Nurse", 0.95, sender), APPS)
    assert sure.action == "create"
    unsure = decide(msg("application_received", "Umbrella", "Nurse", 0.75, sender), APPS)
    assert unsure.action == "review" and "unsure" in unsure.reason
    roleless = decide(msg("application_received", "Umbrella", None, 0.99, sender), APPS)
    assert roleless.action == "review" and "names no role" in roleless.reason


def test_ats_senders_name_the_company():
    assert ats_platform("acme@myworkday.com") == "workday"
    assert ats_platform("no-reply@us.greenhouse-mail.io") == "greenhouse"
    assert ats_platform("friend@gmail.com") is None
    found = decide(msg(company=None, sender="Workday <acme@myworkday.com>"), APPS)
    assert found.application_id == 1
    assert company_from_sender("Globex Recruiting Team <no-reply@greenhouse.io>",
                               "no-reply@greenhouse.io") == "Globex"
    assert company_from_sender("Jordan Smith <jordan@gmail.com>", "jordan@gmail.com") is None


def test_thread_low_confidence_and_other_mail():
    assert decide(msg(company=None), APPS, thread_application_ids=[3]).application_id == 3
    unsure = decide(msg(confidence=0.4), APPS)
    assert unsure.action == "review" and unsure.candidates == [1]
    assert decide(msg(kind="other"), APPS).action == "none"
    assert decide(msg(kind="other"), APPS, thread_application_ids=[2]).action == "link"
    nameless = decide(msg(company=None, sender="someone@gmail.com"), APPS)
    assert nameless.action == "review" and "no company" in nameless.reason


def test_what_each_kind_changes():
    applied = app(1, "Acme", "Analyst")
    assert effect("interview_request", applied).move_to == Stage.SCREENING
    screening = app(1, "Acme", "Analyst", stage=Stage.SCREENING)
    assert effect("interview_request", screening).move_to == Stage.INTERVIEWING
    assert effect("offer", screening).move_to == Stage.OFFER
    assert effect("rejection", screening).reject
    saved = app(1, "Acme", "Analyst", stage=Stage.SAVED)
    assert effect("application_received", saved).move_to == Stage.APPLIED
    closed = app(1, "Acme", "Analyst", outcome=Outcome.REJECTED)
    assert effect("interview_request", closed).review
    assert effect("rejection", closed) == effect("assessment", closed)
