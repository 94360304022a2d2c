"""Round 9: the title, company and location of postings in the layouts that were still read
wrong: addresses in footers and employer blocks, ways of working with their place, USAJOBS'
department and agency, agencies naming their client, references and pay glued to titles,
employers named only by an email address, careers pages' <title>; and bad files refused with
a clear word, nothing stored. Each case failed before this round."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bounceback.domain.skills import UnreadableDocument
from bounceback.skills.postings import read_posting

BODY = (
    "\nResponsibilities\n- Keep accurate records\n- Work safely with the team\n\n"
    "Requirements\n- Two years of experience in a similar role\n- Good communication\n"
)


def fields(text: str, name: str = "posting.txt") -> tuple[str, str, str]:
    p = read_posting(text.encode("utf-8"), name)
    return p.title, p.company, p.location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an employer block at the end, a part a line, the postcode under the town (NHS Jobs)
        (
            "Ward Sister - Band 7 - Stroke Unit\nBrackenfield Hospitals NHS Trust\n"
            + BODY
            + "\nEmployer details\nBrackenfield Hospitals NHS Trust\nBrackenfield General "
            "Hospital\nCastle Road\nScarborough\nYO12 6QL\n",
            (
                "Ward Sister - Band 7 - Stroke Unit",
                "Brackenfield Hospitals NHS Trust",
                "Scarborough",
            ),
        ),
        # the only sign of the employer and the town: a footer line with an Australian address
        (
            "Electrician - Residential Service\n"
            + BODY
            + "\nBrightwire Electrical Pty Ltd | 7 Enterprise Street, Bundaberg QLD 4670 | "
            "(07) 4150 0000\n",
            (
                "Electrician - Residential Service",
                "Brightwire Electrical Pty Ltd",
                "Bundaberg, QLD",
            ),
        ),
        # a one-line Irish address as a signature, Eircode last
        (
            "Barber\n" + BODY + "\nApply in person.\nFadeworks Barber Studio, 3 Bridge Street, "
            "Mallow, Co. Cork, P51 X2Y3\n",
            ("Barber", "Fadeworks Barber Studio", "Mallow, Co. Cork"),
        ),
    ],
)
def test_an_address_names_the_employer_and_the_town(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert fields(text) == expected


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Hybrid - 2 days a week in Manchester", "Hybrid (Manchester)"),
        ("Hybrid: 3 days a week from our Glasgow office", "Hybrid (Glasgow)"),
        ("Remote, Canada", "Remote (Canada)"),
    ],
)
def test_a_way_of_working_keeps_its_place(line: str, location: str) -> None:
    text = f"Payroll Administrator\nMarlow Foods Group\n{line}\n£30,000 a year\n" + BODY
    assert fields(text) == ("Payroll Administrator", "Marlow Foods Group", location)


def test_a_way_of_working_in_the_title_brackets_is_the_place() -> None:
    text = "Support Engineer (Remote, Ireland)\nTidewell Software\n" + BODY
    assert fields(text) == ("Support Engineer", "Tidewell Software", "Remote (Ireland)")


def test_usajobs_names_the_agency_within_its_department() -> None:
    text = (
        "Park Ranger (Interpretation)\nDepartment: Department of the Interior\n"
        "Agency: National Park Service\nSalary: $44,000 - $57,000 per year\n"
        "Location: Moab, UT\n" + BODY
    )
    assert fields(text) == (
        "Park Ranger (Interpretation)",
        "National Park Service (Department of the Interior)",
        "Moab, UT",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenwick Staffing is recruiting on behalf of our client, Larchmont Plastics, a maker of "
        "food packaging.",
        "Fenwick Staffing are working with Larchmont Plastics to recruit a shift technician.",
    ],
)
def test_an_agency_names_its_client_who_is_the_employer(sentence: str) -> None:
    text = f"Shift Technician\nFenwick Staffing\nAkron, OH\n\n{sentence}\n" + BODY
    assert fields(text) == ("Shift Technician", "Larchmont Plastics", "Akron, OH")


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Payroll Officer - Ref No. PAY/2026/031", "Payroll Officer"),
        ("Req ID: 88213 - Radiographer", "Radiographer"),
        ("Job Code: LG-114 | Warehouse Supervisor", "Warehouse Supervisor"),
        ("Warehouse Supervisor £34,000 + Benefits", "Warehouse Supervisor"),
        ("Diesel Mechanic - $4,000 Sign-On Bonus", "Diesel Mechanic"),
    ],
)
def test_references_and_pay_are_no_part_of_the_title(first: str, title: str) -> None:
    text = f"{first}\nHolloway Transport Ltd\nDerby\n" + BODY
    assert fields(text) == (title, "Holloway Transport Ltd", "Derby")


def test_a_boards_role_fact_under_the_description_is_not_the_title() -> None:
    text = (
        "Senior Accountant - Ref No. FIN/77\nNarmada Agro Pvt. Ltd.\n2-5 Yrs | Vadodara\n\n"
        "Job description\n- Month-end closing\n- GST returns\n\nRole: Accounts Manager\n"
        "Employment Type: Full Time, Permanent\n"
    )
    assert fields(text) == ("Senior Accountant", "Narmada Agro Pvt. Ltd.", "Vadodara")


def test_an_email_address_names_the_employer_when_nothing_else_does() -> None:
    text = (
        "Shearing Shed Hand\n\nNear Gore, Southland\n\nWe shear 9,000 ewes a season."
        + BODY
        + "\nEmail your CV to ana@kereruvalleyfarms.co.nz\n"
    )
    assert fields(text)[1] == "Kereruvalley Farms"  # split on the trade word it ends in


def test_the_text_spells_the_employer_of_an_email_domain() -> None:
    text = (
        "Shearing Shed Hand\n\nGore, Southland\n"
        + BODY
        + "\nThe Kereru Valley team.\nEmail your CV to ana@kereruvalley.co.nz\n"
    )
    assert fields(text)[1] == "Kereru Valley"


def test_a_town_near_which_the_employer_farms() -> None:
    text = (
        "# Vineyard Supervisor\n\nPermanent\n\n## About us\n\nRedstone Ridge Wines farms 60 "
        "hectares near Blenheim in Marlborough.\n" + BODY
    )
    assert fields(text, "posting.md")[2] == "Blenheim"


def test_a_careers_page_title_names_the_job_and_og_site_name_the_employer() -> None:
    page = (
        '<html><head><title>Careers | Civil Site Engineer</title><meta property="og:site_name" '
        'content="Stonegate Civil"></head><body><main><h1>Civil Site Engineer</h1><p>Perth, WA</p>'
        "<h2>The role</h2><p>We are looking for a site engineer to join our team. You will "
        "set out works and keep quality records on road projects.</p><h2>About you</h2><ul><li>"
        "Degree in civil engineering</li><li>Experience with 12d Model</li></ul></main></body></html>"
    )
    assert fields(page, "se.html") == ("Civil Site Engineer", "Stonegate Civil", "Perth, WA")


def test_a_short_careers_page_without_h1_is_a_posting_and_its_title_the_heading() -> None:
    page = (
        "<html><head><title>Work With Us - Puddleducks Nurseries</title></head><body>"
        "<nav>Home | Work With Us</nav><div><h2>Early Years Practitioner</h2><p>Setting: "
        "Puddleducks Nurseries, Jesmond, Newcastle</p><p>We are looking for a practitioner "
        "for our toddler room.</p><h3>You will have</h3><ul><li>Level 3 in Early Years</li>"
        "<li>Paediatric first aid</li></ul></div></body></html>"
    )
    assert fields(page, "eyp.html") == (
        "Early Years Practitioner",
        "Puddleducks Nurseries",
        "Newcastle",
    )


def test_careers_is_no_part_of_the_employer_in_a_page_title() -> None:
    page = (
        "<html><head><title>Production Chemist - Ganga Remedies Careers</title></head><body>"
        "<div><h2>Production Chemist</h2><p>Job location: Baddi, Himachal Pradesh</p><h3>Job "
        "description</h3><p>Granulation and compression as per BMR. Experience of 2 years in "
        "a GMP plant is required. Apply with your resume.</p></div></body></html>"
    )
    assert fields(page, "chem.html")[1] == "Ganga Remedies"


def test_utf16_without_its_mark_is_read() -> None:
    text = "Care Assistant\nWe are looking for a care assistant. Requirements: kindness."
    assert read_posting(text.encode("utf-16-le"), "care.txt").title == "Care Assistant"


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"), (bytes(range(256)) * 8, "a binary file")],
)
def test_a_binary_file_is_named_as_such(data: bytes, kind: str) -> None:
    with pytest.raises(UnreadableDocument, match=f"could not read job.txt: it is {kind}, not text"):
        read_posting(data, "job.txt")


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("empty.md", b"", "empty.md is empty"),
        ("noise.txt", bytes(range(256)) * 8, "could not read noise.txt: it is a binary file"),
        ("old.txt", "Café Assistant: duties".encode("cp1252") * 9, "could not read old.txt"),
        (
            "broken.html",
            b"<html><body><div><p>Our garden<p>Roses</div></span><table><tr><td>",
            "broken.html does not look like a job posting",
        ),
    ],
)
def test_bad_files_are_one_clear_line_and_store_nothing(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, name: str, data: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = cli("posting", "import", str(path), "--json")
    assert result.exit_code == 1
    assert said in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output
    assert json.loads(cli("list", "--json").stdout) == []


def test_a_broken_page_that_is_a_posting_is_imported(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "broken-posting.html"
    page.write_text(
        "<html><head><title>Line Cook | Harbour Lights Bistro</title><body><h1>Line Cook<div>"
        "<p>Location: Whitby<p>We are looking for a line cook to join our team</span><ul><li>"
        "Two years of experience on the grill<li>Food hygiene level 2</ul><p>Salary £26,000"
        "<table><tr><td>Apply now",
        encoding="utf-8",
    )
    result = cli("posting", "import", str(page), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert (out["title"], out["company"], out["location"]) == (
        "Line Cook",
        "Harbour Lights Bistro",
        "Whitby",
    )


def test_an_address_under_its_label_gives_the_town_before_the_county() -> None:
    text = (
        "# Clerical Officer\n\n**Organisation:** Kerry County Council\n**Location:**\n"
        "County Buildings, Rathass, Tralee, Co. Kerry, V92 H7VT\n" + BODY
    )
    assert fields(text, "co.md")[2] == "Tralee, Co. Kerry"


def test_a_pages_footer_address_names_the_employer_and_the_town() -> None:
    page = (
        "<html><head><title>Now Hiring: Tree Climber</title></head><body><div><h1>Tree Climber"
        "</h1><p>Full time, $24-$30/hr.</p><h3>What you'll do</h3><ul><li>Prune and remove "
        "trees</li><li>Operate chippers and bucket trucks</li></ul><h3>What we need</h3><ul><li>"
        "Climbing experience</li><li>Valid driver's license</li></ul></div><footer><p>Oakline "
        "Tree Care LLC &middot; 418 Mill Street, Dubuque, IA 52001 &middot; (563) 555-0100</p>"
        "</footer></body></html>"
    )
    assert fields(page, "tree.html") == ("Tree Climber", "Oakline Tree Care LLC", "Dubuque, IA")


def test_about_us_names_the_employer_after_a_lead_in() -> None:
    text = (
        "Bakery Assistant\n\nAbout us\nFounded in 1998, Riverside Bakery supplies bread to cafes "
        "across the county.\n" + BODY
    )
    assert fields(text)[1] == "Riverside Bakery"
