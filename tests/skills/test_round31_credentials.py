"""Round 31 (skills35): the general reader of credentials (skills/credentials.py) narrowed after
round 30's review. Each case is read by the reader itself, on its own (`find_credentials` with
nothing found before it), as the posting's import runs it. On main: an employer's award
("Investors in People accreditation") and its own registration ("We are registered with the
Care Quality Commission", "our FCA registration number") were read as asked; "Certificate in
Careers and Care" was cut to "Certificate in Care"; a duty's verb stayed in the name ("Maintain
Zorvex card"); lines offering the credential ("fees reimbursed", "provided", "the company will
pay") were read; and capitals on the noun ("Zorvex Card", "Forklift Licence") were missed."""

from __future__ import annotations

import pytest

from bounceback.skills.credentials import find_credentials
from bounceback.skills.evidence import TextIndex

HEAD = "Support Worker\nKestrel Community Care\nTauranga\n\nAbout the role\nSupport clients.\n\n"


def _read(lines: str) -> set[str]:
    text = HEAD + "Requirements\n" + lines + "\n- Reliable transport\n"
    return {m.skill for m in find_credentials(text, TextIndex(text), [])}


@pytest.mark.parametrize(
    "line",
    [
        "- Must be reliable. We hold Investors in People accreditation",
        "- We have Investors in People accreditation and you must have a car",
        "- Must be reliable. We are registered with the Care Quality Commission.",
        "- Must be reliable. Kestrel Ltd is registered with the Zorvex Board (ZB).",
        "- Must have experience. Our Zorvex registration number is 123456.",
        "- Must be confident. Regulated by the Zorvex Authority, Zorvex registration 55512.",
        "- Must be reliable\n- Our Zorvex accreditation means we are trusted",
    ],
)  # fmt: skip
def test_the_employers_own_registration_or_award_is_not_asked(line: str) -> None:
    assert _read(line) == set()


@pytest.mark.parametrize(
    "line",
    [
        "- Must have a car\n- Your Zorvex licence fees reimbursed",
        "- Must have a car\n- Zorvex card provided",
        "- Must have a car\n- The company will pay for your Zorvex licence",
        "- Must have a car\n- If you don't hold a Zorvex card, we'll cover the cost",
        "- Must have a car\n- Company-paid Zorvex card and uniform",
        "- Must have a car\n- Free Zorvex Handler card for every starter",
    ],
)  # fmt: skip
def test_a_credential_the_job_offers_is_not_asked(line: str) -> None:
    assert _read(line) == set()


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Certificate in Careers and Care is essential", "Certificate in Careers and Care"),
        ("- Maintain Zorvex card", "Zorvex card"),
        ("- Must hold a Zorvex Card", "Zorvex card"),
        ("- Zorvex Handler Licence essential", "Zorvex Handler licence"),
        ("- Must hold a Zorvex Operator Ticket", "Zorvex Operator ticket"),
        ("- Must hold a current zorvex handler LICENCE", "zorvex handler licence"),
        ("- Must hold a valid Zorvex card (we will check it at interview)", "Zorvex card"),
        ("- Registered with the Zorvex Board; your registration number is needed", "Zorvex Board registration"),
        ("- We have a requirement for a valid Zorvex licence", "Zorvex licence"),
    ],
)  # fmt: skip
def test_a_credential_asked_for_is_named_whole(line: str, skill: str) -> None:
    assert skill in _read(line)


def test_a_credential_the_vocabulary_names_is_stored_once(bb) -> None:  # type: ignore[no-untyped-def]
    """The vocabulary's "GDC registration", then "GDC Registration" in another asking line (read
    by the reader once the noun reads in any case): one skill, not two rows of one name (the
    database refused the posting)."""
    text = (
        "Dental Nurse\nBrightsmile Dental\nLeeds\n\nRequirements\n- Current GDC registration\n"
        "- Experience with Dentally software\n\nWe are an equal opportunities employer.\n\n"
        "Licence/Certification:\nGDC Registration (required)\n\nWork Location: In person\n"
    )
    result = bb.skills.import_posting(text.encode(), "dental.txt")
    names = [m.skill for m in result.posting.skills]
    assert names.count("GDC registration") == 1
