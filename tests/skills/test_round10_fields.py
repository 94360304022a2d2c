"""Round 10: the title, company and location of postings in layouts still read wrong: a job
board's menu pasted before the title, an "About <employer>" heading, the employer named only in
the body ("At X we...", a sign-off), a list of sites under "Sites:", a careers page's table of
facts, a page title's reference and grade. Each case failed before this round."""

from __future__ import annotations

import pytest
from tests.skills.test_round9_fields import BODY, fields


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
    assert fields(text + BODY)[2] == "Derby / Nottingham / Leicester"


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


JSONLD_NO_EMPLOYER = """<!DOCTYPE html><html><head>
<title>Pharmacy Assistant - Careers - Keogh's Pharmacy Group</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting",
"title": "Pharmacy Assistant", "description": "<p>Serve customers and handle prescriptions.</p>",
"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
"addressLocality": "Limerick", "addressCountry": "IE"}}}</script>
</head><body><h1>Pharmacy Assistant</h1></body></html>"""


def test_job_data_without_an_employer_takes_the_page_titles() -> None:
    assert fields(JSONLD_NO_EMPLOYER, "job.html")[1] == "Keogh's Pharmacy Group"


SPANS = """<html><head><title>Vacancy: Teaching Assistant</title></head><body>
<h1>Teaching Assistant (Level 2)</h1>
<div><span class="k">School</span><span class="v">Oakfield Primary School</span></div>
<div><span class="k">Location</span> <span class="v">Darlington</span></div>
<h2>Responsibilities</h2><ul><li>Support pupils in Key Stage 1 and keep records</li></ul>
<h2>Requirements</h2><ul><li>Experience with children; apply online</li></ul>
</body></html>"""


def test_a_label_and_its_value_in_two_spans() -> None:
    # read glued before: "SchoolOakfield Primary School", "LocationDarlington"
    assert fields(SPANS, "job.html") == (
        "Teaching Assistant (Level 2)",
        "Oakfield Primary School",
        "Darlington",
    )


def test_a_recruiters_email_names_the_client_not_the_consultant() -> None:
    text = (
        "Hi Chris,\n\nHope you're well. I'm helping a family-run engineering business who are "
        "hiring a CNC Machinist for their days team. They're called Halford Precision and have "
        "been going for 40 years.\n\nRole: CNC Machinist (Days)\nPay: £16.50 per hour\n"
        "Location: Coventry\n\nLet me know if you'd like to chat.\n\nThanks,\nAmy Hart\n"
        "Senior Consultant\nMidlands Engineering Recruitment\n"
    )
    assert fields(text)[1:] == ("Halford Precision", "Coventry")


def test_our_client_at_a_sentences_start() -> None:
    text = (
        "Warehouse Team Leader\nLocation: Corby, Northamptonshire\nAgency: Swift Staffing "
        "Solutions\n\nOur client, Meridian Home Retail, is a national homeware retailer.\n" + BODY
    )
    assert fields(text)[1] == "Meridian Home Retail"


def test_a_social_post_with_an_emoji_after_the_hiring_call() -> None:
    text = (
        "WE'RE HIRING! 🍕\n\nCasual Pizza Maker wanted at Nonna's Wood Fired in Toowoomba. "
        "Weekends and some weeknights. No experience needed, we'll train you.\n\n"
        "Send us a message or drop your resume in store.\n"
    )
    assert fields(text) == ("Casual Pizza Maker", "Nonna's Wood Fired", "Toowoomba")


def test_the_town_over_its_county_in_an_employer_block() -> None:
    text = (
        "Occupational Therapist\nAshmere and District Community NHS Trust\n" + BODY
        + "\nEmployer details\nEmployer name\nAshmere and District Community NHS Trust\n"
        "Address\nLinden House\nPark Road\nAshmere\nWiltshire\nSN10 2AB\n"
    )
    assert fields(text)[2] == "Ashmere, Wiltshire"


def test_a_place_with_its_way_of_working_after_it() -> None:
    text = "Software Test Analyst\nNorthlight Digital Ltd\nUnited Kingdom (Remote)\n" + BODY
    assert fields(text)[2] == "United Kingdom (Remote)"  # the way of working was left out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a council's breadcrumb trail over the title
        (
            "WRENFORD COUNTY COUNCIL\n\nWorking for Wrenford > Job search > Family Support "
            "Worker\n\nFamily Support Worker (Locality Team East)\n\nLocation: Stenbury\n",
            ("Family Support Worker (Locality Team East)", "", "Stenbury"),
        ),
        # the board's name alone over the title (Job Bank)
        (
            "Job Bank\n\nShipper/receiver\n\nCedar Bay Distributors Inc.\n\nLocation\nSurrey, BC\n",
            ("Shipper/receiver", "Cedar Bay Distributors Inc.", "Surrey, BC"),
        ),
        # a grade after the job's word ("Caseworker I") under the employer
        (
            "Prairie Bend County\n\nEligibility Caseworker I (Public Assistance)\n\nLocation\n"
            "Joliet, IL\n",
            ("Eligibility Caseworker I (Public Assistance)", "Prairie Bend County", "Joliet, IL"),
        ),
    ],
)
def test_the_title_under_a_trail_a_board_or_the_employer(
    text: str, expected: tuple[str, str, str]
) -> None:
    title, company, location = fields(text + BODY)
    assert (title, location) == (expected[0], expected[2])
    assert not expected[1] or company == expected[1]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Support Worker\nMaplegrove Home Health\n• Location: Kitchener-Waterloo Region, ON\n",
         "Kitchener-Waterloo Region, ON"),
        ("Room Attendant\nBrisbane City, QLD  ·  Hotels & Resorts\n", "Brisbane City, QLD"),
        ("Field Interviewer\nBrightwater Survey Research Institute\nLocation\nRural Western "
         "Kentucky (Paducah, Mayfield, Murray area)\n",
         "Rural Western Kentucky (Paducah, Mayfield, Murray area)"),
        ("Statistician\nAgency: National Statistics Administration\nLocation: 1 vacancy in the "
         "following location: Suitland, MD\n", "Suitland, MD"),
    ],
)
def test_a_place_as_written(text: str, location: str) -> None:
    # read before: "Location: Kitchener-...", "QLD" (the town taken for an employer),
    # "Mayfield, Murray area)", "MD"
    assert fields(text + BODY)[2] == location


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Barista\nLocation: Wellington CBD\n\nWelcome to Flat White Collective! We're a "
            "specialty coffee roaster with three cafes.\n" + BODY,
            "Flat White Collective",
        ),
        (
            "Receptionist\nAshford, Kent\n" + BODY + "\nWestgate Vets is a trading name of "
            "Westgate Veterinary Group Limited. Registered in England No. 01234567.\n",
            "Westgate Vets",
        ),
        (
            "Apprentice Mechanic\nLocation: Ballarat VIC\n" + BODY
            + "\nSend your resume to service@goldfieldsautos.com.au\n",
            "Goldfields Autos",
        ),
    ],
)
def test_a_welcome_a_trading_name_or_a_garages_address(text: str, company: str) -> None:
    assert fields(text)[1] == company


def _remote_page(location: str) -> str:
    return (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "JobPosting", "title": "DevOps Engineer", "hiringOrganization": {"name": '
        '"Northwind Cloud"}, "jobLocationType": "TELECOMMUTE", ' + location
        + '"applicantLocationRequirements": {"@type": "Country", "name": "USA"}, '
        '"description": "<p>Run our platform.</p>"}</script></head><body></body></html>'
    )


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("", "Remote (USA)"),  # was "Remote": the country a remote worker may live in was lost
        (
            '"jobLocation": {"@type": "Place", "address": {"addressLocality": "Minneapolis", '
            '"addressRegion": "MN", "addressCountry": "US"}}, ',
            "Minneapolis, MN, US (Remote, USA)",  # was the office alone: no sign of remote
        ),
    ],
)
def test_a_remote_job_in_job_data_says_where_from(location: str, expected: str) -> None:
    assert fields(_remote_page(location), "job.html")[2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the menu as one line, a cookie banner, then the posting (the menu was the title)
        (
            "Home   Find jobs   Company reviews   Salary guide\nSign in  |  Employers / Post Job\n\n"
            "We use cookies to personalise content. By clicking \"Accept all\" you agree to our "
            "Cookie Policy, which explains how we use them on this site.  [Accept all]  "
            "[Manage preferences]\n\nLine Cook - Evenings - $19/hr\nJuniper Table Bistro\n"
            "Spokane, WA 99201\n",
            # round 25: "Evenings" is the job's terms, no part of its title
            ("Line Cook", "Juniper Table Bistro", "Spokane, WA 99201"),
        ),
        # a council's own site: its name over a breadcrumb and a menu is the employer
        (
            "Harlow Vale District Council - Jobs and careers\nHome > Council and democracy > "
            "Jobs and careers > Current vacancies\n\nAccessibility | A-Z of services | Report it "
            "| Pay it | Apply for it\n\nEstates Officer (Ref: EST0931) - Grade 7 - £31,000 - "
            "£33,500\n\nLocation: Harlow Vale Civic Centre, Market Street, Harlow Vale, HV2 1AB "
            "(hybrid - at least 2 days a week in the office)\n",
            (
                "Estates Officer - Grade 7",
                "Harlow Vale District Council",
                # round 15: the town before the postcode, not the whole address
                "Harlow Vale",
            ),
        ),
    ],
)
def test_a_sites_menu_banner_and_name(text: str, expected: tuple[str, str, str]) -> None:
    assert fields(text + BODY) == expected


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Leeds or Manchester", "Leeds / Manchester"),  # as a tracker lists them (round 11)
        ("Pune (Hinjewadi Phase 3) / Pune (Wakad)", "Pune (Hinjewadi Phase 3) / Pune (Wakad)"),
    ],
)
def test_several_places_under_the_title(line: str, location: str) -> None:
    text = f"Site Engineer\nHallam Civil Projects Ltd\n{line}\n" + BODY
    assert fields(text)[2] == location


def test_a_suburb_and_a_rand_salary_are_not_employers() -> None:
    text = (
        "Front Office Agent (Reception)\nSea Point, Cape Town, Western Cape\nPermanent  |  "
        "R11 500 - R13 500 per month\n" + BODY + "\nSend your CV to Harbourlight Guest House, "
        "who are an equal opportunity employer.\n"
    )
    title, company, location = fields(text)
    assert (title, location) == ("Front Office Agent (Reception)", "Sea Point, Cape Town, Western Cape")
    assert company not in ("Sea Point", "R11 500")


def test_a_name_with_particles_beside_the_place() -> None:
    text = "# Paralegal\n\n**Mokoena Van der Berg Inc.** | Cape Town CBD, Western Cape | Permanent\n"
    assert fields(text + BODY, "posting.md")[1:] == (
        "Mokoena Van der Berg Inc.",
        "Cape Town CBD, Western Cape",
    )


CAREERS = """<html><head><title>Claims Analyst — Fernhollow Mutual Careers</title></head><body>
<p class="eyebrow">Claims &amp; Operations</p>
<h1>Claims Analyst</h1>
<p>Location: Halifax, NS</p>
<h2>Responsibilities</h2><ul><li>Review claims and keep accurate records</li></ul>
<h2>Requirements</h2><ul><li>Two years of experience; apply online</li></ul>
</body></html>"""

BANNER = """<html><head><title>Careers | Sous Chef | The Harbour Kitchen, Cobh</title></head><body>
<h1>Join Our Team</h1>
<h2>Sous Chef</h2>
<p>Location: Cobh, Co. Cork</p>
<h2>Responsibilities</h2><ul><li>Run the pass and keep accurate records</li></ul>
<h2>Requirements</h2><ul><li>Two years of experience; apply online</li></ul>
</body></html>"""


def test_a_careers_sites_title_and_banner() -> None:
    # "Claims & Operations" over the heading is a team; "Join Our Team" is no job
    assert fields(CAREERS, "job.html")[:2] == ("Claims Analyst", "Fernhollow Mutual")
    assert fields(BANNER, "job.html")[0] == "Sous Chef"
