"""Round 27: a recruiter's subject written in pieces ("Site Manager - New Build - Leeds - £60k"),
"Afternoon," opening an email, a "Purpose of the role" heading, an employer's line with its
affiliation in brackets above a title labelled lower down, a department beside the title, an
employer's line under the title that also names its town, a board that says it is one, a
six-digit postcode, a hiring system's page copied with its buttons, and a mail service's
address: each read as the title, the employer and the place a user expects."""

from __future__ import annotations

import pytest

from bounceback.places import is_place
from bounceback.skills.boardchrome import is_board
from bounceback.skills.postings import read_posting


def _fields(text: str, name: str = "posting.txt") -> tuple[str, str, str]:
    posting = read_posting(text.encode(), name)
    return posting.title, posting.company or "", posting.location or ""


_EMAIL = (
    "From: Priya Rowe <priya@larchrecruit.example.co.uk>\n"
    "Subject: {subject}\n\n"
    "{greeting}\n\n"
    "I'm working with a family-owned builder who are adding to their site team this spring.\n\n"
    "THE ROLE\n- Running the site day to day\n- Managing subcontractors\n\n"
    "REQUIREMENTS\n- SMSTS\n- CSCS Black Card\n"
)


@pytest.mark.parametrize(
    ("subject", "title", "place"),
    [
        ("Site Manager - Timber Frame Homes - Harrogate - £55-62k + car", "Site Manager - Timber Frame Homes", "Harrogate"),
        ("[New Role] Quantity Surveyor | York | Up to £48,000", "Quantity Surveyor", "York"),
        ("Part-time Estimator role in Ripon - thought of you", "Part-time Estimator", "Ripon"),
    ],
)
def test_a_recruiters_subject_in_pieces_gives_the_title_and_the_town(
    subject: str, title: str, place: str
) -> None:
    got_title, _company, got_place = _fields(
        _EMAIL.format(subject=subject, greeting="Afternoon,")
    )
    assert got_title == title
    assert got_place == place


def test_a_subject_that_names_no_job_is_not_the_title() -> None:
    title, _company, _place = _fields(
        _EMAIL.format(subject="Quick question - Harrogate", greeting="Afternoon,")
        + "\nSite Manager\n"
    )
    assert title != "Quick question"
    assert "Harrogate" not in title


@pytest.mark.parametrize("greeting", ["Afternoon,", "Morning!", "Evening,"])
def test_a_greeting_alone_is_never_the_title(greeting: str) -> None:
    text = (
        f"{greeting}\n\nHope all is well. A builder I work with is adding to their team.\n\n"
        "THE ROLE\n- Running the site day to day\n\nREQUIREMENTS\n- SMSTS\n"
    )
    title, _company, _place = _fields(text)
    assert greeting.strip(",!").casefold() not in title.casefold()


def test_a_word_that_is_also_a_greeting_may_start_a_title() -> None:
    title, _company, _place = _fields(
        "Morning Shift Baker\nLocation: Leeds\n\nRequirements\n- Food hygiene certificate\n"
    )
    assert title == "Morning Shift Baker"


@pytest.mark.parametrize("heading", ["Purpose of the job", "Purpose of the role", "Role purpose"])
def test_the_line_under_a_purpose_heading_is_no_title(heading: str) -> None:
    title, company, place = _fields(
        "ARTISAN FITTER (SMELTER) - RICHARDS BAY\nRef No: UA-ENG-2026-31\n"
        "Company: Umhlathuze Alloys (Pty) Ltd\nLocation: Richards Bay, KwaZulu-Natal\n\n"
        f"{heading}\nTo carry out planned maintenance on the smelter's equipment (crushers, conveyors,\n"
        "pumps and screens) to ensure safe production.\n\n"
        "Requirements\n- Trade test as a fitter\n"
    )
    assert title.casefold().startswith("artisan fitter")
    assert company == "Umhlathuze Alloys (Pty) Ltd"
    assert place == "Richards Bay, KwaZulu-Natal"


def test_a_heading_named_purpose_is_still_a_title_when_it_is_the_job() -> None:
    title, _company, _place = _fields(
        "Purpose Coordinator\nCompany: Brightleaf Charity Trust\nLocation: Bristol\n\n"
        "About the role\nCoordinate our volunteers.\n"
    )
    assert title == "Purpose Coordinator"


_ADVERT = (
    "WALK-IN INTERVIEW - PGT CHEMISTRY\n\n"
    "{employer}\n"
    "Gachibowli, Hyderabad, Telangana\n\n"
    "Applications are invited from qualified candidates for the academic year 2026-27:\n\n"
    "Post: Post Graduate Teacher (PGT) - Chemistry\n"
    "Salary: Rs. 40,000 - 52,000 per month\n\n"
    "Qualifications:\n1. M.Sc. Chemistry\n2. B.Ed. (mandatory)\n\n"
    "Send your CV to jobs.dps@examplemail.in\n"
)


def test_an_employer_with_its_affiliation_in_brackets_over_a_labelled_title() -> None:
    title, company, place = _fields(
        _ADVERT.format(employer="Deccan Pines School (Affiliated to CBSE, New Delhi)")
    )
    assert title.startswith("Post Graduate Teacher (PGT)")
    assert company == "Deccan Pines School"
    assert place == "Gachibowli, Hyderabad, Telangana"


def test_a_mail_services_address_is_no_employer_unless_the_text_names_it() -> None:
    text = (
        "Delivery Driver\nLocation: Coventry\n\n"
        "Requirements\n- Full UK driving licence\n\n"
        "Apply to hiring@{domain}\n"
    )
    _t, company, _p = _fields(text.format(domain="examplemail.co.uk"))
    assert company == ""
    _t, company, _p = _fields(
        text.format(domain="royalmail.com") + "\nRoyal Mail delivers to 32 million addresses.\n"
    )
    assert company == "Royal Mail"


def test_a_department_beside_the_title_is_no_employer() -> None:
    page = """<html><head><title>Property Assistant - Residential Property | Farrant Hale LLP</title>
</head><body><nav><a href="/">Home</a> <a href="/people">Our People</a></nav>
<h1>Property Assistant &ndash; Residential Property</h1>
<table><tr><th>Office</th><td>Exeter, Devon</td></tr>
<tr><th>Department</th><td>Residential Property</td></tr></table>
<h2>About Farrant Hale</h2><p>Farrant Hale LLP is a law firm with offices in Exeter and Truro.
Our Residential Property team handles around 900 sales and purchases a year.</p>
<h2>About you</h2><ul><li>Experience of commercial leases</li><li>Touch typing</li></ul>
</body></html>"""
    _title, company, place = _fields(page, "page.html")
    assert company.startswith("Farrant Hale")
    assert place == "Exeter, Devon"


def test_an_employer_beside_the_title_without_a_department_label_stays_the_employer() -> None:
    _title, company, _place = _fields(
        "Barista - Harbour Lane Roasters\nLocation: Whitby\n\n"
        "Harbour Lane Roasters is a small coffee roastery on the harbour.\n\n"
        "Requirements\n- Latte art\n"
    )
    assert company == "Harbour Lane Roasters"


def test_the_employers_line_with_its_town_under_the_title_wins_over_a_kind_of_work() -> None:
    title, company, place = _fields(
        "Care Assistant - Home Care (Drivers)\n"
        "Brightwater Care Services - Whitby, North Yorkshire\n"
        "£12.40 per hour\n\n"
        "About the role\nSupport adults with learning disabilities in their own homes.\n\n"
        "Requirements\n- Full UK driving licence\n"
    )
    assert company == "Brightwater Care Services"
    assert place == "Whitby, North Yorkshire"
    assert title.startswith("Care Assistant")


@pytest.mark.parametrize(
    ("name", "board"),
    [
        ("JobBoard ZA", True),
        ("Coastal Jobs Portal", True),
        ("Careers Board NZ", True),
        ("Boardwalk Jobs Cafe", False),
        ("Portal Engineering Ltd", False),
    ],
)
def test_a_name_that_says_it_is_a_job_board(name: str, board: bool) -> None:
    assert is_board(name) is board


@pytest.mark.parametrize(
    ("place", "known"),
    [
        ("Changi South Lane, Singapore 486123 (East)", True),
        ("Pune 411057", True),
        ("Bengaluru 560 001", True),
        ("Harbour Freight 123456", False),
    ],
)
def test_a_town_with_a_six_digit_postcode_is_a_place(place: str, known: bool) -> None:
    assert is_place(place) is known


@pytest.mark.parametrize(
    "chrome",
    [
        "Skip to main content\nNorthwind Outfitters\nCurrent Openings\nBack to search\n"
        "We use cookies to improve your experience. Accept all cookies\nApply now\n",
        "Northwind Outfitters\nCurrent Openings\nBack to search\nApply now\nShare this job\n",
    ],
)
def test_a_hiring_systems_page_copied_with_its_buttons(chrome: str) -> None:
    title, company, place = _fields(
        chrome + "\nStore Supervisor\nBendigo, VIC · Full time\n\n"
        "About the role\nLead a team of eight in our Bendigo store.\n\n"
        "What you'll need\n- Cash handling\n- Rostering\n"
    )
    assert title == "Store Supervisor"
    assert company == "Northwind Outfitters"
    assert place == "Bendigo, VIC"


def test_a_job_named_in_the_opening_lines_is_never_the_brand() -> None:
    _title, company, _place = _fields(
        "Skip to main content\nStore Supervisor\nCurrent Openings\nBack to search\nApply now\n\n"
        "Store Supervisor\nBendigo, VIC\n\nWhat you'll need\n- Cash handling\n"
    )
    assert company != "Store Supervisor"


_SIGNED = (
    "Subject: Payroll Officer - Galway - €42k\n\n"
    "Hi,\n\nI'm working with a medical devices firm in Galway who need a Payroll Officer.\n\n"
    "Requirements\n- Payroll experience\n\n"
    "Kind regards,\nAoife Byrne\n{role}\n{firm}\n+353 91 555 0101\n"
)


def test_the_recruiters_own_job_in_a_signature_is_no_agency() -> None:
    text = _SIGNED.format(role="Senior Finance Recruiter", firm="Corrib Search Partners")
    posting = read_posting(text.encode(), "posting.txt")
    assert (posting.company, posting.agency) == ("", "Corrib Search Partners")  # round 29


def test_an_agency_whose_name_ends_in_consultants_is_still_the_agency() -> None:
    text = _SIGNED.format(role="Account Manager", firm="Corrib Recruitment Consultants")
    posting = read_posting(text.encode(), "posting.txt")
    assert (posting.company, posting.agency) == ("", "Corrib Recruitment Consultants")  # round 29
