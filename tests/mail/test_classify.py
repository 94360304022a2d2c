"""The packaged email classifier on hard cases written for these tests (not from the corpus)."""

from __future__ import annotations

import pytest

from bounceback.domain.vocabulary import EmailKind
from bounceback.mail.classify import (
    Classifier,
    Overrides,
    classify,
    classify_many,
    default_classifier,
    looks_job_related,
)

ACK_NOT_SELECTED = (
    "Orchard Lane Bakery Careers <careers@orchardlanebakery.co.uk>",
    "Thanks for applying - Shift Baker",
    "Hi Robin,\n\nThank you for applying for the Shift Baker role at Orchard Lane Bakery. "
    "We've got your application and our bakery manager will look through it next week. "
    "If you are not selected for an interview we may not be in touch individually, "
    "as we receive a lot of applications.\n\nOrchard Lane Bakery",
)
REJECTION_REAPPLY = (
    "Orchard Lane Bakery Careers <careers@orchardlanebakery.co.uk>",
    "Your application - Shift Baker",
    "Hi Robin,\n\nThank you for your interest in the Shift Baker role. Unfortunately we have "
    "decided not to progress your application on this occasion. We'd really encourage you to "
    "apply again for future roles with us - we open new vacancies every month.\n\nBest wishes,"
    "\nOrchard Lane Bakery",
)
JOB_ALERT = (
    "Jobs Digest <alerts@jobsdigest.example>",
    "12 new jobs for 'baker' near Bristol",
    "New jobs matching your search:\n\nShift Baker\nOrchard Lane Bakery - Bristol\nApply now\n\n"
    "Pastry Chef\nThe Crumb Room - Bath\nBe an early applicant\n\nBakery Assistant\n"
    "Hillside Foods - Bristol\nActively recruiting\n\nManage alerts | Unsubscribe",
)


def kind(message: tuple[str, str, str]) -> EmailKind:
    return classify(*message).kind


def test_acknowledgement_mentioning_not_selected_is_application_received() -> None:
    assert kind(ACK_NOT_SELECTED) is EmailKind.APPLICATION_RECEIVED


def test_rejection_inviting_a_new_application_is_a_rejection() -> None:
    assert kind(REJECTION_REAPPLY) is EmailKind.REJECTION


def test_job_alert_listing_roles_is_other() -> None:
    assert kind(JOB_ALERT) is EmailKind.OTHER


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (("Maya at Brightforge <no-reply@ashbyhq.com>", "Rescheduled: your interview with Brightforge",
          "Hi Sam, we need to move your interview with Priya from Tuesday 4 March at 14:00 to "
          "Thursday 6 March at 10:30. The video link stays the same. Sorry for the change."),
         EmailKind.INTERVIEW_REQUEST),
        (("HackerRank <support@hackerrank.com>", "Brightforge has invited you to a test",
          "Brightforge has invited you to take the Backend Developer test. Duration: 75 "
          "minutes. The test link is valid for 5 days. Start test."), EmailKind.ASSESSMENT),
        (("Brightforge Talent <donotreply@hirevue.com>", "Complete your HireVue interview",
          "Please record your answers to five questions in your one-way video interview. There "
          "is no live interviewer; complete it within 3 days."), EmailKind.ASSESSMENT),
        (("People Team <people@brightforge.example>", "Background check and documents",
          "Hi Sam, as part of your application we need to run a background check. Please "
          "complete the authorisation form and upload your passport and proof of address in "
          "the portal."), EmailKind.ACTION_REQUIRED),
        (("Lena Ortiz <lena@brightforge.example>", "Offer - Backend Developer",
          "Hi Sam, I'm delighted to offer you the Backend Developer position at Brightforge. "
          "The salary is £62,000 and your offer letter is attached. Please sign and return it "
          "by Friday."), EmailKind.OFFER),
        (("Tariq Bell <tariq@quarrytalent.example>", "Backend role - would you be open to a chat?",
          "Hi Sam, I came across your profile and think you'd be a great fit for a Backend "
          "Developer role with one of our clients in Leeds. Would you be open to a quick chat?"),
         EmailKind.RECRUITER_OUTREACH),
        (("Brightforge Careers <careers@brightforge.example>", "Reset your password",
          "We received a request to reset the password for your candidate account. If you "
          "didn't ask for this, ignore this email; the link expires in 30 minutes."),
         EmailKind.OTHER),
        (("Corner Shop <receipts@cornershop.example>", "Your receipt",
          "Thanks for shopping with us. 2 x coffee £5.40. Paid by card ending 1234."),
         EmailKind.OTHER),
    ],
)
def test_kinds_of_hard_cases(message: tuple[str, str, str], expected: EmailKind) -> None:
    assert kind(message) is expected


def test_company_role_and_platform_are_read() -> None:
    result = classify(
        "Brightforge Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Brightforge",
        "Hi Sam, thanks for applying for the Backend Developer position at Brightforge. "
        "We'll review your application shortly.\n\nPowered by Greenhouse",
    )
    assert result.kind is EmailKind.APPLICATION_RECEIVED
    assert result.company == "Brightforge"
    assert result.role == "Backend Developer"
    assert result.platform == "Greenhouse"
    assert 0.0 < result.confidence <= 1.0


def test_interview_request_lists_proposed_times() -> None:
    result = Classifier(default_classifier().model).classify(
        "Dana Cole <dana@brightforge.example>", "Interview invitation: Backend Developer",
        "Hi Sam, we'd like to invite you to interview. Would Tuesday 3 March at 10:30 or "
        "Wednesday 4 March at 2:15 pm suit you?", year=2026,
    )
    assert result.kind is EmailKind.INTERVIEW_REQUEST
    assert [t.when.isoformat() if t.when else None for t in result.proposed_times] == [
        "2026-03-03T10:30:00", "2026-03-04T14:15:00"]


def test_html_bodies_are_read_as_text() -> None:
    html = ("<html><head><style>p{color:red}</style></head><body><div style='display:none'>"
            "preview</div><p>Unfortunately, we will not be moving forward with your application "
            "for the <b>Store Manager</b> role.</p></body></html>")
    result = classify("Kestrel <jobs@kestrel.example>", "Your application", html)
    assert result.kind is EmailKind.REJECTION
    assert result.role == "Store Manager"


def test_empty_and_missing_parts_do_not_fail() -> None:
    result = classify("", "", "")
    assert result.kind in set(EmailKind)
    assert result.company is None and result.role is None


def test_overrides_win_for_that_message_and_for_a_sender() -> None:
    overrides = Overrides()
    clf = Classifier(default_classifier().model, overrides)
    assert clf.classify(*REJECTION_REAPPLY).kind is EmailKind.REJECTION
    overrides.correct(*REJECTION_REAPPLY, EmailKind.OTHER)
    fixed = clf.classify(*REJECTION_REAPPLY)
    assert fixed.kind is EmailKind.OTHER and fixed.confidence == 1.0 and fixed.overridden
    assert clf.classify(*ACK_NOT_SELECTED).kind is EmailKind.APPLICATION_RECEIVED
    overrides.set_sender("careers@orchardlanebakery.co.uk", "other")
    assert clf.classify(*ACK_NOT_SELECTED).kind is EmailKind.OTHER


def test_classify_many_keeps_order_and_takes_dicts() -> None:
    results = classify_many([ACK_NOT_SELECTED, REJECTION_REAPPLY, JOB_ALERT])
    assert [r.kind for r in results] == [
        EmailKind.APPLICATION_RECEIVED, EmailKind.REJECTION, EmailKind.OTHER]
    dicts = classify_many([{"from": REJECTION_REAPPLY[0], "subject": REJECTION_REAPPLY[1],
                            "body": REJECTION_REAPPLY[2]}, {}])
    assert dicts[0].kind is EmailKind.REJECTION and len(dicts) == 2


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        ("Acme <no-reply@us.greenhouse-mail.io>", "Quick update"),
        ("Acme Careers <careers@acme.example>", "Hello"),
        ("Jo Smith <jo@acme.example>", "Interview next week"),
        ("Acme <acme@myworkday.com>", "Thanks!"),
        ("Dan <dan@agency.example>", "Senior Nurse opportunity in Leeds"),
        ("HR <hr@school.example>", "Your application"),
    ],
)
def test_prefilter_keeps_job_mail(sender: str, subject: str) -> None:
    assert looks_job_related(sender, subject)


@pytest.mark.parametrize(
    ("sender", "subject"),
    [
        ("Amazon <auto-confirm@amazon.co.uk>", "Your order has dispatched"),
        ("Mum <mum@example.com>", "Sunday lunch?"),
        ("Spotify <no-reply@spotify.com>", "Your receipt from Spotify"),
        ("Bank <alerts@bank.example>", "Your statement is ready"),
    ],
)
def test_prefilter_rules_out_everyday_mail(sender: str, subject: str) -> None:
    assert not looks_job_related(sender, subject)
