"""Round 32 (skills38): one notion of "this names a person or a department, not an employer"
(`bounceback.skills.notemployer`), asked by every employer reader: the header lines, the
phrases, the signature and the foot, an HTML page's title, logo, site name and job data.
"John Lewis is hiring" and "Marks and Spencer" stay employers; "Contact Sarah Jones",
"Early Careers", "Graduate Programme", "Talent Acquisition" are none; an agency's unnamed client
stays null. All texts are written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.notemployer import department_heading, not_employer, person_named
from bounceback.skills.postings import read_posting

_REST = (
    "\n\nAbout the role\nServe customers at the bar and keep the floor tidy.\n\nRequirements\n"
    "- Cash handling\n- Customer service experience\n\nHow to apply\nSend your CV by email.\n"
)


def _read(text: str, matcher: SkillMatcher, name: str = "posting.txt") -> tuple[str, str]:
    posting = read_posting(text, name, matcher=matcher)
    return posting.company, posting.agency


@pytest.mark.parametrize(
    "text",
    [
        "Bar Staff\nSarah Jones\nLeeds" + _REST,  # a person's name under the title
        "Bar Staff – Sarah Jones\nLeeds" + _REST,  # after a dash in the title
        "Sarah Jones is hiring a bar person in Leeds" + _REST,
        "Company: Sarah Jones\nTitle: Bar Staff\nLocation: Leeds" + _REST,  # a labelled line
        "Bar Staff\nLeeds" + _REST + "\nPosted by Sarah Jones, Talent Acquisition Partner\n",
        "Bar Staff at Sarah Jones\nLeeds" + _REST,
        "Bar Staff\nEarly Careers\nLeeds" + _REST,  # a careers section's heading
        "Early Careers\nBar Staff\nLeeds" + _REST,
        "Bar Staff\nGraduate Programme\nLeeds" + _REST,
        "Graduate Scheme 2026\nBar Staff\nLeeds" + _REST,
        "Bar Staff\nTalent Acquisition\nLeeds" + _REST,
        "Bar Staff\nLeeds" + _REST + "\nJoin the Talent Acquisition team\n",
        "Bar Staff\nHuman Resources\nLeeds" + _REST,
        "Bar Staff\nPeople Team\nLeeds" + _REST,
        "Bar Staff\nRecruitment Team\nLeeds" + _REST,
        "Bar Staff\nApprenticeships\nLeeds" + _REST,
        "Careers at Early Careers\nBar Staff\nLeeds" + _REST,
    ],
)
def test_a_person_or_a_department_is_no_employer(text: str, matcher: SkillMatcher) -> None:
    assert _read(text, matcher)[0] == ""


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Customer Assistant\nJohn Lewis is hiring\nLocation: Leeds" + _REST, "John Lewis"),
        ("Bar Staff\nJohn Lewis\nLeeds" + _REST, "John Lewis"),
        ("Marks and Spencer\nWarehouse Operative\nBradford" + _REST, "Marks and Spencer"),
        (
            "Kitchen Porter\nThe Old Mill Bistro\nYork" + _REST + "Contact Sarah Jones for details.\n",
            "The Old Mill Bistro",
        ),
        # the heading is passed over and the employer under it read
        ("Early Careers\nGraduate Engineer\nHarlow Foods Ltd\nLeeds" + _REST, "Harlow Foods Ltd"),
    ],
)
def test_an_employer_named_like_a_person_stays(
    text: str, company: str, matcher: SkillMatcher
) -> None:
    assert _read(text, matcher)[0] == company


def test_an_agencys_unnamed_client_stays_null(matcher: SkillMatcher) -> None:
    text = (
        "Forklift Driver\nOur client, a leading distribution business, is looking for a forklift"
        " driver in Wakefield.\n\nRequirements\n- Counterbalance forklift licence\n\nFor more"
        " details contact Sarah Jones.\nFenwick Recruitment is acting as an employment agency.\n"
    )
    assert _read(text, matcher) == ("", "Fenwick Recruitment")


def test_an_html_page_title_naming_a_department(matcher: SkillMatcher) -> None:
    page = (
        "<html><head><title>Bar Staff | Early Careers</title></head><body><h1>Bar Staff</h1>"
        "<p>Location: Leeds</p><p>Full-time, permanent. Salary £24,000 per year.</p>"
        "<h2>Responsibilities</h2><p>Serve customers at the bar and keep the floor tidy.</p>"
        "<h2>Requirements</h2><ul><li>Cash handling</li><li>Customer service experience</li>"
        "</ul><h2>Benefits</h2><p>Staff meals.</p><h2>How to apply</h2><p>Send your CV and apply"
        " by email before the closing date.</p></body></html>"
    )
    assert _read(page, matcher, "posting.html")[0] == ""


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Sarah Jones", True),
        ("Dr Patel", True),
        ("Mary Ann Jones", True),
        ("John Lewis", False),  # a known eponymous business
        ("Marks and Spencer", False),
        ("Mary Jones Bakery", False),
        ("Lee Valley Mechanical", False),  # labelled employers in retired rounds 12 and 16
        ("Lee Homecare", False),
    ],
)
def test_person_named(name: str, person: bool) -> None:
    assert person_named(name) is person


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("Early Careers", True),
        ("Graduate Programme 2026", True),
        ("Talent Acquisition", True),
        ("HR Team", True),
        ("Harlow Foods", False),
        ("Talent Partners Ltd", False),
        ("Graduate Recruitment Bureau Ltd", False),
    ],
)
def test_department_heading(name: str, heading: bool) -> None:
    assert department_heading(name) is heading
    assert not_employer(name) is heading
