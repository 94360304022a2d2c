"""Round 30 (skills33): a general reader of credentials (skills/credentials.py): "X
registration", "registered with the X (ABBR)", "Certificate IV in X", "NVQ Level 3 in X",
"X licence/ticket/card/certificate", read whatever the vocabulary holds, each named for what it
is; only in lines that ask, never under benefits nor where the job offers the training. On
main the two registrations, the second of two awards and the medical fitness certificate were
not read; the other asked-for cases (which the vocabulary or the phrase reader already read
when written alone) and the last two tests are guards."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting

HEAD = "Support Worker\nKestrel Community Care\nTauranga\n\n"


def _asked(text: str, matcher: SkillMatcher) -> set[str]:
    posting = read_posting(HEAD + text, "posting.txt", matcher=matcher)
    return {m.skill for m in posting.skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Current registration with the Social Workers Registration Board (SWRB)", "SWRB registration"),
        ("- Must be registered with the Teaching Council of Aotearoa", "Teaching Council of Aotearoa registration"),
        ("- Certificate IV in Legal Services is highly regarded", "Certificate IV in Legal Services"),
        ("- Certificate IV in Government or Certificate IV in Business Administration", "Certificate IV in Government"),
        ("- NVQ Level 3 in Electrotechnical Services", "NVQ Level 3 in Electrotechnical Services"),
        ("- Diploma in Retail Management or equivalent", "Diploma in Retail Management"),
        ("- Valid Oregon Food Handler card", "Oregon Food Handler card"),
        ("- PLRD licence (Security Officer grade)", "PLRD licence"),
        ("- A current medical fitness certificate", "medical fitness certificate"),
    ],
)  # fmt: skip
def test_a_credential_asked_for_is_read(line: str, skill: str, matcher: SkillMatcher) -> None:
    text = f"About the role\nSupport clients at home.\n\nRequirements\n{line}\n- Reliable transport\n"
    assert skill in _asked(text, matcher)


def test_a_credential_the_job_offers_is_not_asked(matcher: SkillMatcher) -> None:
    text = (
        "About the role\nSupport clients at home.\n\nRequirements\n- Reliable transport\n\n"
        "Benefits\n- Certificate III in Individual Support, paid for by us\n"
        "- We will train you for your Zorvex Handler card\n"
    )
    asked = {s.casefold() for s in _asked(text, matcher)}
    assert not any("individual support" in s or "zorvex" in s for s in asked)


def test_cards_and_checks_that_are_no_credential(matcher: SkillMatcher) -> None:
    text = (
        "Requirements\n- Take credit card payments at the till\n- Carry out quality checks daily\n"
        "- Must have your own gift card float\n- Registered with Northway Staffing Solutions\n"
    )
    asked = {s.casefold() for s in _asked(text, matcher)}
    # what other readers make of these lines is theirs; no credential is read from them
    assert not any(s.endswith((" card", " check", " checks", " registration")) for s in asked)


def test_a_resumes_credentials_are_read(matcher: SkillMatcher) -> None:
    from datetime import date

    from bounceback.skills.resumes import read_resume

    text = (
        "Aoife Brennan\nBus driver, Galway\n\nEXPERIENCE\nBus Driver, Westway Coaches, 2015 - present\n"
        "- Rigid truck deliveries of feed (C licence), forklift unloading\n\n"
        "QUALIFICATIONS\nCertificate III in Commercial Cookery\n\nLICENCES\n"
        "Full Irish driving licence: categories B, C, D, D1\nFAST card holder\n"
    )
    resume = read_resume(text.encode(), "resume.txt", matcher, today=date(2026, 12, 1))
    skills = {m.skill for m in resume.skills}
    assert {"C licence", "D1 licence", "Certificate III in Commercial Cookery"} <= skills
