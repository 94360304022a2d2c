"""Round 14: the company and the location of postings in layouts read wrong in the held halves of
the labelled folders (fresh set 11 and author S, read this round). Each probe is written anew,
with made-up employers, in the layout of one miss; each failed on main."""

from __future__ import annotations

from bounceback.skills.postings import read_posting

BODY = (
    "\n\nAbout the role\nYou will look after our customers and keep records up to date.\n\n"
    "Requirements\n- Two years of experience in a similar role\n- Good written English\n\n"
    "How to apply\nSend your CV.\n"
)


def _read(text: str, name: str = "posting.txt") -> tuple[str, str, str]:
    posting = read_posting((text + BODY).encode(), name)
    return posting.title, posting.company, posting.location


def test_a_boards_list_of_similar_jobs_names_neither_the_employer_nor_the_place() -> None:
    text = (
        "JobsNorth.ca\nFind Jobs | Career Resources | For Employers | Sign In\n\n"
        "Similar jobs you may like:\n"
        "  Assistant Store Manager - Eastgate Mall, ON - $52,000\n"
        "  Key Holder (Part-time) - Vaughan Mills, ON - $18.50/hr\n\n"
        "----------\n\nStore Manager\nOttawa, ON (Rideau Centre)\n$68,000 a year\n\n"
        "At Larchwood Outfitters, we believe the best days are spent outside.\n"
    )
    _title, company, location = _read(text)
    assert company == "Larchwood Outfitters"
    assert location.startswith("Ottawa, ON")


def test_a_careers_sites_breadcrumb_opens_with_the_employer() -> None:
    text = (
        "**Kestrelwerk Systems** › Careers › Legal\n\n# Legal Counsel (m/f/d)\n\n"
        "📍 Hamburg, Germany · Full-time\n"
    )
    assert _read(text, "posting.md")[1] == "Kestrelwerk Systems"


def test_a_markdown_page_its_top_heading_its_agency_and_its_table_of_facts() -> None:
    """USAJOBS pasted as markdown: the top heading is the title, the agency after the
    department is the employer, and a two-cell table row is a labelled line."""
    text = (
        "# Budget Analyst\n\n**Department of Agriculture — Rural Housing Service**\n\n"
        "| | |\n|---|---|\n| **Series & grade** | GS-0560-11 |\n"
        "| **Locations** | 2 vacancies in the following locations: Denver, CO · Boise, ID |\n"
    )
    assert _read(text, "posting.md") == (
        "Budget Analyst",
        "Rural Housing Service",
        "Denver, CO / Boise, ID",
    )


def test_a_private_advertiser_on_seek_signs_off_in_te_reo() -> None:
    """SEEK's category line is no employer; "Ngā mihi nui," opens a sign-off whose employer
    is the line under the role ("Team Leader, Whānau Team" names a team)."""
    text = (
        "Youth Worker - Whānau Team\nPrivate advertiser\nWhanganui, Manawatū\n"
        "Youth Work (Community Services & Development)\nFull time\n\n"
        "Kia ora, we are looking for a youth worker.\n\nNgā mihi nui,\n\nAroha Ngata\n"
        "Team Leader, Whānau Team\nTe Puna Ora Trust\n"
    )
    assert _read(text) == ("Youth Worker - Whānau Team", "Te Puna Ora Trust", "Whanganui, Manawatū")


def test_a_brand_name_under_the_title_and_remote_in_a_town() -> None:
    """Indeed: title, employer, "Remote in Phoenix, AZ". A brand's run-together name is no job
    ("QuillPay Financial" is not a financial analyst), and the line that says where the remote
    job is beats the title's "Remote (Arizona Residents)"."""
    text = (
        "Customer Service Representative - Remote (Arizona Residents)\nQuillPay Financial\n"
        "Remote in Tucson, AZ\n$18 an hour - Full-time\n"
    )
    assert _read(text) == (
        "Customer Service Representative",
        "QuillPay Financial",
        "Remote (Tucson, AZ)",
    )


def test_a_civil_service_department_for_and_its_details_label() -> None:
    text = (
        "Policy Analyst (Senior Executive Officer)\n\nDepartment for Coastal Communities\n\n"
        "Apply before 11:55 pm on Monday 4th January 2027\n\nDetails\nReference number\n384517\n"
        "Location\nPlymouth, Exeter\n"
    )
    assert _read(text)[1] == "Department for Coastal Communities"
