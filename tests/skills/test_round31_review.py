"""Round 31 (review): the review's findings on the employer a posting names only as a page
names its owner (employerplaces.py) and on the credentials a posting asks for (credentials.py).
A person is no employer ("John Smith started this bakery", "Dr Patel opened the practice"), a
numbered list's "(c)" no copyright sign, a careers page's sector ("Hospitality Jobs") or a job
board ("NHS Jobs") no employer; a credential asked for stays asked when the line goes on about
the employer's need ("We have a CSCS card requirement"), about something else it pays
("reimbursement of mileage") or names a year ("Gas Safe registration 2024"). The last tests
are guards: what the round read stays read."""

from __future__ import annotations

import pytest

from bounceback.skills.credentials import find_credentials
from bounceback.skills.evidence import TextIndex
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting

_BODY = (
    "\nWarehouse Operative\n\nWe are looking for a warehouse operative to pick and pack orders on"
    " the day shift.\n\nRequirements\n- Counterbalance forklift licence\n- Experience with"
    " handheld scanners\n\nHow to apply\nSend your CV with two references.\n"
)


def _company(text: str, matcher: SkillMatcher) -> str:
    return read_posting(text, "posting.txt", matcher=matcher).company


@pytest.mark.parametrize(
    "text",
    [
        # finding 3: a person named as the subject of "About us" or of the first prose line
        _BODY
        + "\nAbout us\nJohn Smith started this bakery in 1990 and it has grown to 40 staff.\n",
        _BODY + "\nAbout us\nDr Patel opened the practice in 2005.\n",
        "Mary Jones runs a small cafe in the village and needs help on weekends.\n" + _BODY,
        # finding 4: the third item of a list, not a copyright line
        "Warehouse Operative\n\nEssential criteria:\n(a) Degree in Engineering\n(b) Three years"
        " experience\n(c) Microsoft Excel.\n\nHow to apply\nSend your CV.\n",
        # finding 5: a careers page's sector, and a job board's name
        "Hospitality Jobs\n" + _BODY,
        "NHS Jobs\n" + _BODY,
    ],
    ids=["about-person", "about-title", "first-prose-person", "list-c", "sector-heading", "board"],
)
def test_no_employer_is_made_up(text: str, matcher: SkillMatcher) -> None:
    assert _company(text, matcher) == ""


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Careers at Harlow Foods\n" + _BODY, "Harlow Foods"),
        (_BODY + "\nAbout us\nHarlow Foods makes sauces and pickles for supermarkets.\n", "Harlow Foods"),
        (_BODY + "\nAbout us\nMary Jones Bakery has baked bread in the village since 1990.\n", "Mary Jones Bakery"),
        (_BODY + "\n© 2026 Harlow Foods Ltd\n", "Harlow Foods Ltd"),
        (_BODY + "\nCopyright (c) 2019-2026 Harlow Foods. Registered in England.\n", "Harlow Foods"),
        (_BODY + "\n(c) 2026 Harlow Foods Ltd\n", "Harlow Foods Ltd"),
        (_BODY + "\nHarlow Foods is committed to equal opportunities.\n", "Harlow Foods"),
    ],
)  # fmt: skip
def test_the_employer_a_page_names_is_still_read(
    text: str, company: str, matcher: SkillMatcher
) -> None:
    assert _company(text, matcher) == company


_HEAD = "Support Worker\nKestrel Community Care\nTauranga\n\nAbout the role\nSupport clients.\n\n"


def _text(line: str) -> str:
    return _HEAD + "Requirements\n" + line + "\n- Reliable transport\n"


def _asked(line: str, matcher: SkillMatcher) -> set[str]:
    """The skills the posting asks for, whichever reader read them."""
    return {
        m.skill.casefold() for m in read_posting(_text(line), "posting.txt", matcher=matcher).skills
    }


def _credentials(line: str) -> set[str]:
    """The credentials the credential reader reads alone."""
    text = _text(line)
    return {m.skill.casefold() for m in find_credentials(text, TextIndex(text), [])}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # finding 6: the rest of the clause asks it of the candidate
        ("- We have a CSCS card requirement for all site staff", "cscs card"),
        ("- We have CSCS card holders only on site, so you must hold one", "cscs card"),
        # finding 7: what the employer pays for is the mileage, not the licence
        ("- Must hold SIA Door Supervisor licence, reimbursement of mileage", "sia door supervisor licence"),
        ("- You must hold a CSCS card; we offer competitive pay", "cscs card"),
        # finding 8: a year is no registration number
        ("- Must hold a Gas Safe registration 2024", "gas safe registration"),
    ],
)  # fmt: skip
def test_a_credential_asked_for_stays_asked(line: str, skill: str, matcher: SkillMatcher) -> None:
    assert skill in _credentials(line)
    # and the posting asks for it, whichever reader reads it ("SIA licence" from the vocabulary)
    head = skill.split()[0]
    assert any(s.startswith(head) for s in _asked(line, matcher))


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Your SIA licence fees reimbursed after probation", "sia licence"),
        ("- We offer a free CSCS card to every new starter", "cscs card"),
        ("- We have an FCA registration number 123456", "fca registration"),
        ("- We are registered with the Care Quality Commission (CQC)", "cqc registration"),
        ("- Our CQC registration number 1-234567890", "cqc registration"),
    ],
)  # fmt: skip
def test_the_employers_own_or_offered_credential_is_not_asked(line: str, skill: str) -> None:
    assert skill not in _credentials(line)
