"""Round 20: a direct employer's ordinary mail does not read as an agency's ("the client
relationship", "a client call", "client-facing experience" are the employer's own business),
while an agency's mail about a client it does not name still does; Recruitee's
`recruiteemail.com` is a platform, not an agency read by the "recruit" in its name. Emails
written for these tests."""

from __future__ import annotations

import pytest

from bounceback.mail.agencymail import unnamed_client, writes_as_agency
from bounceback.mail.company import gather
from bounceback.mail.features import read
from bounceback.mail.platforms import platform_of_domain
from bounceback.mail.sender import sender_facts, speaks_of_client


@pytest.mark.parametrize("low", [
    "we went with someone with more hands-on client-facing experience",
    "so much of this job is the client relationship, which we felt was missing",
    "sorry, the panel has a client call that is overrunning: can we do 4pm?",
    "we have had to cancel the role, as the client project it supported was shelved",
    "thank you for your interest in the client service associate position",
    "something came up with our client work on thursday, could we move to friday?",
])
def test_client_as_the_first_half_of_a_compound_is_not_an_agencys_client(low: str) -> None:
    assert not speaks_of_client(low)
    assert not writes_as_agency(low, "")


@pytest.mark.parametrize("low", [
    "the client would like to meet you on tuesday",
    "i have a role with a local government client in the north",
    "the client has come back with feedback on your interview",
    "our client, a regional bank, is hiring a payroll officer",
    "i've got a client in daventry looking for class 1 drivers",
])
def test_an_agency_speaking_of_its_client_still_writes_as_one(low: str) -> None:
    assert writes_as_agency(low, "")


def test_a_phrase_that_ends_before_client_is_not_an_unnamed_client() -> None:
    text = "we went with a candidate with more hands-on client experience"
    assert not unnamed_client(text, client_only=True)
    assert unnamed_client("I'm recruiting for a tier 1 iron ore client", client_only=True)


def test_recruitees_mail_domain_is_a_platform_not_an_agency() -> None:
    assert platform_of_domain("recruiteemail.com") == "Recruitee"
    sender = "Vantaggio Foods <no-reply@recruiteemail.com>"
    assert sender_facts(sender)[2] == "ats"
    subject = "Your application for Warehouse Lead"
    body = "Thank you for applying to Vantaggio Foods. We will review your application."
    _, facts = gather(sender, read(subject, body), subject)
    assert not facts.agency


@pytest.mark.parametrize(("sender", "agency"), [
    ("EPSO - European Personnel Selection Office <no-reply@epso.europa.eu>", False),
    ("Careers <jobs@northfieldresearch.org>", False),
    ("Recruitment <hr@staffordshirecouncil.org.uk>", False),
    ("People Team <people@lab.ox.ac.uk>", False),
    ("Laura <laura@everstaffsolutions.com>", True),
    ("Tom <tom@kestrelsearch.co.uk>", True),
])
def test_a_public_body_or_a_research_institute_is_not_an_agency(sender: str,
                                                                agency: bool) -> None:
    assert sender_facts(sender)[5] is agency
