"""Round 10: the title, company and location of postings in layouts still read wrong: a job
board's menu pasted before the title, an "About <employer>" heading, the employer named only in
the body ("At X we...", a sign-off), a list of sites under "Sites:", a careers page's table of
facts, a page title's reference and grade. Each case failed before this round."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting

BODY = (
    "\nResponsibilities\n- Keep accurate records\n- Work safely with the team\n\n"
    "Requirements\n- Two years of experience in a similar role\n- Good communication\n"
)


def fields(text: str, name: str = "posting.txt") -> tuple[str, str, str]:
    p = read_posting(text.encode("utf-8"), name)
    return p.title, p.company, p.location


@pytest.mark.parametrize(
    ("menu", "expected"),
    [
        # Indeed's page selected whole: its "What" / "Where" search box is no location label
        (
            "Skip to main content\nFind jobs\nCompany reviews\nFind salaries\nUpload your CV\n"
            "Sign in\nEmployers / Post Job\nWhat\nWhere\nFind jobs\n"
            "Kitchen Porter\nThe Granary Kitchen Ltd\nYork YO1 7HH\n£11.50 an hour\n",
            ("Kitchen Porter", "The Granary Kitchen Ltd", "York YO1 7HH"),
        ),
        # LinkedIn's bar, then the employer over the title
        (
            "LinkedIn\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\n"
            "Tidewater Marine Services\nDeck Hand\nHull, England, United Kingdom · 3 days ago\n",
            ("Deck Hand", "Tidewater Marine Services", "Hull, England, United Kingdom"),
        ),
        # SEEK: the menu, "Back to search results", then the posting
        (
            "Menu\nJob search\nProfile\nCareer advice\nCompany reviews\nSign in\n"
            "Employer site\nBack to search results\nRoof Plumber\nKestrel Roofing Pty Ltd\n"
            "Geelong VIC\nFull time\n",
            ("Roof Plumber", "Kestrel Roofing Pty Ltd", "Geelong VIC"),
        ),
    ],
)
def test_a_boards_menu_before_the_title_is_skipped(
    menu: str, expected: tuple[str, str, str]
) -> None:
    assert fields(menu + BODY) == expected


def test_a_short_title_between_menu_words_is_kept() -> None:
    text = "Menu\nSign in\nForklift Driver\nJobs\nBrackley Haulage Ltd\nLocation: Banbury\n" + BODY
    assert fields(text)[0] == "Forklift Driver"


def test_an_about_the_employer_heading_is_no_title() -> None:
    text = (
        "## Warehouse Storeperson\n\nLocation: Dandenong South VIC 3175\n\n"
        "### About Brolga Freight\nBrolga Freight moves groceries across Victoria.\n" + BODY
    )
    assert fields(text, "posting.md")[:2] == ("Warehouse Storeperson", "Brolga Freight")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Dental Assistant\nBoise, ID 83702\n\nAt Sawtooth Family Dentistry we believe every "
            "patient deserves an unhurried visit.\n",
            "Sawtooth Family Dentistry",
        ),
        (
            "Part-Time Bookkeeper\nLocation: Harrogate\n" + BODY + "\nKind regards,\nJoanne Pike\n"
            "Office Manager\nMillbeck Joinery Ltd\n",
            "Millbeck Joinery Ltd",
        ),
        (
            "Yard Hand\nLocation: Ennis, Co. Clare\n" + BODY + "\nMany thanks,\nPat Quinlan\n"
            "Yard Manager, Fergus Valley Timber\n",
            "Fergus Valley Timber",
        ),
        (
            "Farm Assistant\nLocation: Matamata, Waikato\n" + BODY
            + "\nApply to jobs@kaimaipastures.co.nz\n",
            "Kaimai Pastures",
        ),
    ],
)
def test_the_employer_named_only_in_the_body(text: str, company: str) -> None:
    assert fields(text)[1] == company


def test_a_sites_label_lists_the_places() -> None:
    text = "Multi-Site Maintenance Technician\nGreystone Foods Ltd\nSites: Derby, Nottingham and Leicester\n"
    assert fields(text + BODY)[2] == "Derby, Nottingham and Leicester"


PAGE = """<html><head><title>Research Technician - Job ID 61427 - Grade 6 - University of
Westmoor Careers</title></head><body>
<div><span>Jobs at Westmoor</span></div>
<h2>Research Technician</h2>
<table>
<tr><th>Department</th><td>School of Biosciences</td></tr>
<tr><td><b>Campus</b></td><td>Vancouver, BC (hybrid; fieldwork across the Fraser Valley)</td></tr>
<tr><th>Salary</th><td>$27.46 per hour</td></tr>
</table>
<h2>Responsibilities</h2><ul><li>Prepare samples and keep accurate records</li>
<li>Maintain laboratory equipment</li></ul>
<h2>Requirements</h2><ul><li>Experience in a laboratory; apply with your CV</li></ul>
</body></html>"""


def test_a_careers_pages_table_of_facts() -> None:
    # the cells were read glued ("DepartmentSchool of Biosciences" as the employer), the
    # campus's place lost under its bracket, "Job ID 61427" and "Grade 6" taken for employers
    assert fields(PAGE, "job.html") == (
        "Research Technician",
        "University of Westmoor",
        "Vancouver, BC",
    )
