"""Round 36 (skills46): a unit read as the employer gives way to the body the posting names,
also when the unit is known by the line it stands on ("Place Directorate - Planning and
Building Control") or holds a faculty after a comma ("Department of Physics, Faculty of
Science"). A department a colon labels ("Department: Rural Economic Development Canada") is
the employer itself. Postings written for these tests (retired round 31 held the kind)."""

from __future__ import annotations

import pytest

from bounceback.skills.parentbody import is_unit
from bounceback.skills.postings import read_posting

_DUTIES = """
Key duties
- Manage a caseload of applications and write reports
- Use ArcGIS Pro and Uniform to record decisions

Person specification
- A degree in a relevant subject
- Experience in a similar role
"""

_DIRECTORATE_LINE = (
    """PRINCIPAL ENVIRONMENTAL HEALTH OFFICER

Communities Directorate - Housing and Public Protection
Salary: Grade 10
Location: Kendal

Fellside District Council is seeking an experienced officer to lead its food safety team.
"""
    + _DUTIES
)

_FACULTY = (
    """# Research Technician - Soft Matter Laboratory

**Department of Physics, Faculty of Science**
**Northgate Lakes University** · Thunder Bay, Ontario
"""
    + _DUTIES
    + "\nNorthgate Lakes University is committed to employment equity.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "employer"),
    [
        (_DIRECTORATE_LINE, "job.txt", "Fellside District Council"),
        (_FACULTY, "job.md", "Northgate Lakes University"),
    ],
)
def test_unit_gives_way_to_the_body(text: str, name: str, employer: str) -> None:
    assert read_posting(text, name).company == employer


def test_is_unit_by_its_line_and_by_a_faculty_inside() -> None:
    lines = ["Place Directorate - Planning and Building Control", "Salary: Grade 9"]
    assert is_unit("Planning and Building Control", "Planning Officer", lines)
    assert is_unit("Department of Chemistry, Faculty of Science", "Technician", [])
    labelled = ["Department: Rural Economic Development Canada", "Branch: Strategic Policy"]
    assert not is_unit("Rural Economic Development Canada", "Policy Analyst", labelled)


@pytest.mark.parametrize(
    ("line", "company", "place"),
    [
        ("NAIL TECH WANTED - Glow Nail Lounge, Katy TX (Fulshear/Cinco Ranch area)",
         "Glow Nail Lounge", "Katy TX (Fulshear/Cinco Ranch area)"),
        ("Barber wanted at Sharp Lines Barbers, Leeds (city centre)",
         "Sharp Lines Barbers", "Leeds (city centre)"),
    ],
)
def test_wanted_line_with_an_area_in_brackets(line: str, company: str, place: str) -> None:
    """A "wanted" line gives its employer and place when the place ends in an area in
    brackets (retired round 30)."""
    text = (
        line
        + "\n\nFull time or part time, busy shop with regular clients.\n\nMust have:\n"
        + "- A state licence\n- Two years of experience\n- Good customer service\n"
    )
    posting = read_posting(text, "job.txt")
    assert (posting.company, posting.location) == (company, place)
