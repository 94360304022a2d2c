"""A title's own last words stay in the role: "Search", "Campaign" or "Recruitment" after a word
that is not a job's ("Account Manager Paid Search", "Talent Partner Campus Recruitment") and a
private employer's level after a comma ("Marketing Manager, Level 5"); a selection's word after
a complete title ("Clerical Officer Competition") and a public pay grade ("Budget Analyst,
GS-0560-09/11") still go (review of round 35, M2 and M3: mail/roletidy.py). The emails were
written for these tests; none is trained on."""

from __future__ import annotations

import pytest

from bounceback.mail.roletidy import tidied
from mail.mailkit import classify_by_cli

# (from, subject, body, the role)
MAIL = {
    "en_paid_search": (
        "Brightline Careers <careers@brightline.com>",
        "Your application: Account Manager Paid Search",
        "Dear Sam,\n\nThank you for applying for the Account Manager Paid Search role at "
        "Brightline. We will review your application and be in touch.\n\nBrightline Talent",
        "Account Manager Paid Search",
    ),
    "en_product_search": (
        "Kestrel Talent <jobs@kestrel.io>",
        "Application received - Data Scientist Product Search",
        "Hi Priya,\n\nThanks for applying to Kestrel. Our team is reviewing your application."
        "\n\nKestrel Talent",
        "Data Scientist Product Search",
    ),
    "en_campus_recruitment": (
        "Harbour Foods <careers@harbourfoods.co.uk>",
        "Application update: Talent Partner Campus Recruitment",
        "Dear Alex,\n\nThank you for your interest. Unfortunately we have decided not to "
        "progress your application.\n\nHarbour Foods",
        "Talent Partner Campus Recruitment",
    ),
    "en_global_campaign": (
        "Cirrus Careers <talent@cirruspay.com>",
        "Your application: Director Global Campaign",
        "Hello Lee,\n\nWe received your application and will review it shortly.\n\n"
        "Cirrus Talent Team",
        "Director Global Campaign",
    ),
    "en_level": (
        "Northwind HR <hr@northwind.com>",
        "Application for Marketing Manager, Level 5",
        "Thank you for applying for Marketing Manager, Level 5. Unfortunately we have decided "
        "not to proceed.\n\nNorthwind HR",
        "Marketing Manager, Level 5",
    ),
    "en_competition": (  # what kept working: the selection's word after a complete title
        "Public Jobs <noreply@publicjobs.ie>",
        "Clerical Officer Competition - application received",
        "Dear Candidate,\n\nThank you for applying to the Clerical Officer Competition. Your "
        "application has been received.\n\nPublic Jobs",
        "Clerical Officer",
    ),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    return classify_by_cli(tmp_path_factory.mktemp("tails") / "in.jsonl", MAIL)


@pytest.mark.parametrize("key", list(MAIL))
def test_the_role_keeps_its_own_last_words(answers: dict[str, dict[str, object]], key: str) -> None:
    got = answers[key]
    assert got["kind"] != "other"
    assert got["role"] == MAIL[key][3]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Senior Analyst Paid Search", "Senior Analyst Paid Search"),
        ("Engineer Semantic Search", "Engineer Semantic Search"),
        ("Executive Assistant Election Campaign", "Executive Assistant Election Campaign"),
        ("Medewerker Recruitment", "Medewerker Recruitment"),
        ("Ingeniera de Software, Level 3", "Ingeniera de Software, Level 3"),
        ("Entwickler, Level 2", "Entwickler, Level 2"),
        ("Engineer, Level 2", "Engineer, Level 2"),
        # what stays cut: a selection after a complete title, a public grade
        ("Clerical Officer Competition", "Clerical Officer"),
        ("Assistant Professor search", "Assistant Professor"),
        ("Clerical Officer 2026 Campaign", "Clerical Officer 2026"),  # a year between
        ("Administrative Officer (AO) Competition 2026", "Administrative Officer (AO)"),
        ("Budget Analyst, GS-0560-09/11", "Budget Analyst"),
        ("Healthcare Assistant, Band 3", "Healthcare Assistant"),
    ],
)
def test_a_title_tidied(raw: str, want: str) -> None:
    assert tidied(raw) == want
