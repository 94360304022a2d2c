"""Round 35's review of the skills merge (fixskills35): a title-cased employer that opens with a
describing word ("National Bank", "National Institute for Health and Care Excellence") or holds
a secret-sounding word ("Anonymous Content") is a name; an employer whose name holds Jobs,
Careers or Talent ("JobsOhio", "CareerSource") is a board only where the text uses it as one; a
state after a town ("Worcester, MA: travel ...") is no Master's degree; a degree held covers a
degree asked at its level or below, never above; two degrees of a list are two skills. Postings and lines written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.boardchrome import is_board
from bounceback.skills.degrees import find_degrees
from bounceback.skills.evidence import TextIndex
from bounceback.skills.postings import read_posting
from bounceback.skills.sameskill import Covered
from bounceback.skills.unnamedemployer import unnamed


def _posting(employer: str, title: str, town: str, about: str, extra: str = "") -> str:
    return (
        f"{title}\n{employer}\n{town}\n\n{about}\n\nRequirements\n- Three years of experience\n"
        f"- Strong written communication\n{extra}"
    )


# S1: a title-cased name is a name, whatever its first word


@pytest.mark.parametrize(
    ("employer", "title", "town", "about"),
    [
        (
            "National Institute for Health and Care Excellence",
            "Senior Technical Adviser",
            "Manchester",
            "We produce guidance for health and social care in England.",
        ),
        (
            "National Bank",
            "Financial Advisor",
            "Montreal, QC",
            "Our branch network serves clients across Quebec.",
        ),
        (
            "Anonymous Content",
            "Development Coordinator",
            "Los Angeles, CA",
            "We produce film and television and manage talent.",
        ),
        (
            "Global Alliance for Improved Nutrition",
            "Senior Analyst",
            "Geneva",
            "We work to make healthier diets affordable for everyone.",
        ),
        (
            "Premier Bank",
            "Branch Teller",
            "Youngstown, OH",
            "We are a community bank serving northeast Ohio.",
        ),
    ],
)
def test_a_title_cased_employer_opening_with_a_describing_word_is_kept(
    employer: str, title: str, town: str, about: str
) -> None:
    text = _posting(employer, title, town, about)
    assert read_posting(text.encode(), "posting.txt").company == employer


@pytest.mark.parametrize(
    "name",
    [
        "National Bank",
        "Premier Bank",
        "Global Alliance for Improved Nutrition",
        "National Centre for Social Research",
        "Private Client Partners",
        "Anonymous Content",
        "Banque Nationale du Canada",
        "Independent Office for Police Conduct",
    ],
)
def test_a_name_is_no_secret(name: str) -> None:
    assert not unnamed(name)


@pytest.mark.parametrize(
    "name",
    [
        "Confidential",
        "Confidential Client",
        "Company Confidential",
        "Leading bank",
        "a national bank",
        "A Leading Retailer",
        "Leading Bank",
        "Growing Company",
        "Established fintech scale-up (undisclosed)",
        "Private client",
    ],
)
def test_a_described_or_confidential_employer_stays_unnamed(name: str) -> None:
    assert unnamed(name)


# S2: a board-shaped name is a board only where the text uses it as one


@pytest.mark.parametrize(
    ("employer", "about"),
    [
        ("JobsOhio", "JobsOhio is a private nonprofit economic development corporation."),
        ("CareerSource", "CareerSource connects job seekers with employers in Brevard County."),
        ("BrightTalent", "BrightTalent runs webinars for technology buyers."),
        ("TechTalent", "TechTalent trains and places young software developers."),
    ],
)
def test_an_employer_whose_name_looks_like_a_board_is_kept(employer: str, about: str) -> None:
    text = _posting(employer, "Project Manager", "Columbus, OH", about)
    assert read_posting(text.encode(), "posting.txt").company == employer


@pytest.mark.parametrize(
    "use",
    [
        "Found this job via JobsZA? Tell them you saw it there.",
        "Posted on JobsZA 3 days ago",
        "Apply on JobsZA with your CV.",
        "© 2026 JobsZA",
    ],
)
def test_a_board_shaped_name_the_text_uses_as_a_board_is_no_employer(use: str) -> None:
    lines = ["JobsZA", "Warehouse Supervisor", "Durban", "", use]
    assert is_board("JobsZA", lines)
    assert not is_board("JobsZA", ["JobsZA", "Warehouse Supervisor", "Durban", "", "Apply now."])
    text = _posting("JobsZA", "Warehouse Supervisor", "Durban", use)
    assert read_posting(text.encode(), "posting.txt").company == ""


# S3: a state after a town is no degree


def _degrees(line: str) -> set[str]:
    text = f"Field Auditor\nNorthgate Assurance\nBoston\n\nRequirements\n{line}\n- Excel\n"
    return {m.skill for m in find_degrees(text, TextIndex(text), [])}


@pytest.mark.parametrize(
    "line",
    [
        "- Must live within 30 miles of Worcester, MA: travel to client sites daily",
        "- Must be available to work in Springfield, MA in the office on Mondays",
        "- Must be based near Lowell, MA in order to reach our sites",
        "- Must be able to commute to Cambridge, MA: hybrid three days a week",
        "- Required: be on site in Salem, MA in the mornings",
    ],
)
def test_a_state_after_a_town_is_no_degree(line: str) -> None:
    assert _degrees(line) == set()


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- MA in English Literature required", "MA in English Literature"),
        ("- BS in computer science required", "BS in computer science"),
        ("- BA: Economics or Finance required", "BA: Economics or Finance"),
        ("- MA in marketing or a related subject", "MA in marketing"),
    ],
)
def test_a_bare_degree_with_a_discipline_is_still_read(line: str, skill: str) -> None:
    assert skill in _degrees(line)


# S4: a degree held covers a degree asked at its level or below


@pytest.mark.parametrize(
    ("held", "asked"),
    [
        ("MSc Nursing", "BSc Nursing"),
        ("PhD Physics", "MSc Physics"),
        ("PhD in Chemistry", "a relevant degree"),
        ("Master of Science in Statistics", "Degree in Statistics or Economics"),
        ("MBA", "Bachelor's degree"),
        ("BSc Nursing", "BSc (Hons) Nursing"),
    ],
)
def test_a_higher_degree_covers_a_lower_one(held: str, asked: str) -> None:
    assert asked in Covered([held])


@pytest.mark.parametrize(
    ("held", "asked"),
    [
        ("BSc Nursing", "MSc Nursing"),
        ("Degree", "PhD in Chemistry"),
        ("Degree in Chemistry", "PhD in Chemistry"),
        ("MSc Physics", "PhD Physics"),
        ("a relevant degree", "BSc Nursing"),
        ("BSc", "MSc or PhD in Machine Learning"),
    ],
)
def test_a_lower_or_vaguer_degree_does_not_cover_a_higher_one(held: str, asked: str) -> None:
    assert asked not in Covered([held])


# S6: two degrees of a list are two skills


def test_two_degrees_in_a_list_are_two_skills() -> None:
    assert {"BS in Computer Science", "BS in Math"} <= _degrees(
        "- BS in Computer Science, BS in Math, or equivalent"
    )


@pytest.mark.parametrize(
    "line",
    [
        "- Degree in translation, or a degree in another subject plus 3 years of practice",
        "- Degree in Law, or a degree in a different field and the conversion course",
        "- BSc in Nursing, or a degree in any other subject with 2 years on a ward",
    ],
)
def test_a_degree_in_another_subject_is_no_skill_of_its_own(line: str) -> None:
    found = _degrees(line)
    assert found and not any("other" in s or "different" in s for s in found)
