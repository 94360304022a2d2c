"""Context decides what a posting asks for: sections, negation, addresses, grades, fields."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher, extract
from bounceback.skills.occupations import occupation_for
from bounceback.skills.postings import posting_skills, read_posting


def names(text: str, matcher: SkillMatcher, field: str = "") -> set[str]:
    return {m.skill for m in extract(text, matcher, field=field)}


def test_aws_is_the_welding_society_in_a_welders_posting(matcher: SkillMatcher) -> None:
    welding = names("Requirements:\n- AWS Qualified in FCAW and GMAW", matcher, "trades")
    assert "AWS welding certification" in welding and "AWS" not in welding
    assert {"flux-cored welding", "MIG welding"} <= welding
    cloud = names("Requirements:\n- 3 years with AWS, Terraform and Kubernetes", matcher)
    assert "AWS" in cloud and "AWS welding certification" not in cloud


def test_addresses_grades_and_negations_name_no_skill(matcher: SkillMatcher) -> None:
    text = (
        "Requirements:\n"
        "- Send questions to someone@nhs.net or see www.example.net\n"
        "- GCSE grades A to C in English and Maths\n"
        "- Non CDL drivers welcome\n"
        "- Bilingual requirement? No\n"
        "- Forklift licence not required\n"
    )
    found = names(text, matcher)
    assert not found & {".NET", "C", "CDL", "bilingual", "forklift operation"}
    assert "GCSE Maths and English" in found


def test_boilerplate_sections_name_no_skill(matcher: SkillMatcher) -> None:
    text = (
        "Requirements:\n- Use hand tools safely\n- Loading and unloading trucks\n"
        "Benefits:\n- Mentoring and tutoring for apprentices\n"
        "About us:\nOur Staff Bank Recruitment Team runs payroll for 3,000 people.\n"
        "How to apply\nThe interview may be held on Microsoft Teams.\n"
    )
    assert names(text, matcher) == {"hand tools", "loading and unloading"}


def test_required_and_preferred_stay_apart(matcher: SkillMatcher) -> None:
    text = "Essential:\n- Phlebotomy\nDesirable:\n- SystmOne\n- ESR"
    found = {m.skill: m.importance.value for m in extract(text, matcher)}
    assert found == {
        "phlebotomy": "required",
        "SystmOne": "nice_to_have",
        "ESR": "nice_to_have",
    }


def test_the_title_implies_skills_kept_apart(matcher: SkillMatcher) -> None:
    occupation = occupation_for("Plumber Fitter - Leeds")
    assert occupation is not None and "plumbing" in occupation.skills
    posting = read_posting(b"Plumber Fitter\nAcme Ltd\nRequirements: CSCS card", "p.txt")
    named = posting_skills(posting, matcher)
    assert [m.skill for m in named] == ["CSCS card"]
    assert {i.skill for i in posting.implied} == {"plumbing", "pipe fitting"}


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "CDL A Driver - Regional\nRailPros Logistics\nLocation\nHenrico, VA, US\n"
            "Requirements: Class A CDL",
            ("CDL A Driver - Regional", "RailPros Logistics", "Henrico, VA, US"),
        ),
        (
            "Plumber Fitter\nHarwood Building Services · Leeds, England, United Kingdom "
            "(On-site)\n2 weeks ago · Over 100 applicants\nAbout the job\nFit pipework.",
            ("Plumber Fitter", "Harwood Building Services", "Leeds, England, United Kingdom"),
        ),
        (
            "Acme Logistics is hiring a Warehouse Associate in Dallas, TX!\nPick and pack.",
            ("Warehouse Associate", "Acme Logistics", "Dallas, TX"),
        ),
        (
            "Bartender – The Copper Still\nAustin, TX\nWhat you bring: TABC certification",
            ("Bartender", "The Copper Still", "Austin, TX"),
        ),
        (
            "Barista wanted at Bean There Coffee, Dublin 2. Latte art a bonus.",
            ("Barista", "Bean There Coffee", "Dublin 2"),
        ),
    ],
)
def test_fields_from_any_layout(text: str, fields: tuple[str, str, str]) -> None:
    posting = read_posting(text.encode(), "posting.txt")
    assert (posting.title, posting.company, posting.location) == fields


def test_a_posting_that_names_no_company_leaves_it_empty() -> None:
    posting = read_posting(b"Receptionist\nJob description\nGreet visitors at our Bristol office.")
    assert (posting.title, posting.company, posting.location) == ("Receptionist", "", "Bristol")
    assert posting.missing == ["company"]
