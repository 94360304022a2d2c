"""Round 26: a unit beside the title written with its short name ("Coronary Care Unit (CCU)"), a
department over a page's heading ("Engineering") or a street ("North 3rd Street, ...") is never
taken for the employer; a Canadian federal department on a "Department:" line is."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting


def _fields(text: str, name: str = "posting.txt") -> tuple[str, str, str]:
    posting = read_posting(text.encode(), name)
    return posting.title, posting.company or "", posting.location or ""


def test_a_unit_beside_the_title_with_its_short_name_is_part_of_the_title() -> None:
    title, company, _place = _fields(
        "Registered Nurse - Coronary Care Unit (CCU)\n"
        "Vacancy 5521 | Ashgrove Private Hospital | Ashgrove QLD\n\n"
        "About the role\nOur 8-bed unit cares for patients after major surgery.\n\n"
        "Requirements\n- Registration with AHPRA\n- Advanced life support\n"
    )
    assert company == "Ashgrove Private Hospital"
    assert title == "Registered Nurse - Coronary Care Unit (CCU)"


def test_an_employer_beside_the_title_is_still_the_employer() -> None:
    _title, company, _place = _fields(
        "Bartender - The Copper Still\nLocation: Galway\n\n"
        "The Copper Still is a busy city-centre bar.\n\n"
        "Requirements\n- Cocktail experience\n- Cash handling\n"
    )
    assert company == "The Copper Still"


_PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<header><a class="brand" href="/">{brand}</a><a href="/careers">Careers</a></header>
<div><p class="eyebrow">{eyebrow}</p><h1>Backend Engineer</h1>
<p>{meta}</p></div>
<div><p>Harrowgate Labs builds stock software for independent bookshops. Over 300 shops run
Harrowgate Labs every day.</p>
<h3>You'll need</h3><ul><li>3+ years of Python</li><li>Experience with PostgreSQL</li>
<li>Experience with Docker</li></ul>
<h3>What you'll do</h3><ul><li>Build APIs for our stock service</li></ul></div>
</body></html>"""


@pytest.mark.parametrize(
    ("title", "eyebrow"),
    [
        # "Engineering" over the heading; the <title> names the employer the text names twice
        ("Backend Engineer – Harrowgate Labs", "Engineering"),
        # the <title> names a product line the text never repeats: the header's employer stays
        ("Backend Engineer – Stockroom", "Harrowgate Labs"),
        # the heading's own part is a team, not the employer
        ("Backend Engineer – Platform | Careers | Harrowgate Labs", "Harrowgate Labs"),
    ],
)
def test_the_employer_of_a_page_whose_heading_has_a_word_over_it(title: str, eyebrow: str) -> None:
    page = _PAGE.format(title=title, brand="harrowgate", eyebrow=eyebrow, meta="Bristol, UK · Hybrid")
    posting = read_posting(page.encode(), "job.html")
    assert posting.company == "Harrowgate Labs"


def test_a_street_before_the_town_is_no_employer() -> None:
    page = _PAGE.format(
        title="Sales Associate",
        brand="",
        eyebrow="",
        meta="North 3rd Street, Fremont, Seattle, WA &bull; Part time (20 hours/week)",
    )
    posting = read_posting(page.encode(), "job.html")
    assert "Street" not in posting.company
    assert "Seattle, WA" in posting.location


@pytest.mark.parametrize(
    ("department", "employer"),
    [
        (
            "Fisheries and Oceans Canada (DFO) – Ecosystems Management Branch",
            "Fisheries and Oceans Canada",
        ),
        ("Natural Resources Canada", "Natural Resources Canada"),
    ],
)
def test_a_canadian_departments_name_is_the_employer(department: str, employer: str) -> None:
    _title, company, place = _fields(
        "Policy Analyst (EC-05)\n\n"
        f"Department: {department}\n"
        "Location: Ottawa, Ontario\n"
        "Salary: $88,000 to $95,000\n\n"
        "Duties\nYou will analyse programme data and brief senior management.\n\n"
        "Essential qualifications\n- A degree in economics or public policy\n"
        "- Experience writing briefing notes\n"
    )
    assert company == employer
    assert place.startswith("Ottawa")


def test_a_team_named_as_the_department_is_still_no_employer() -> None:
    _title, company, _place = _fields(
        "Customer Success Manager\n\n"
        "Department: Customer Success\n"
        "Location: Toronto, Ontario\n\n"
        "Requirements\n- Experience with Salesforce\n- Account management\n"
    )
    assert company == ""
