"""Round 23: an agency's posting that describes its client before naming it, and a client line
that says where the work is."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Hi Priya,\n\nWe have an urgent requirement for a Data Analyst with one of our clients, "
            "a fast-growing freight software company (Corvane Route Systems), for their Pune "
            "office.\n\nSkills: SQL, Power BI\n\nRegards,\nAnil\nTalentway Staffing\n",
            "Corvane Route Systems",
        ),
        (
            "Site Supervisor\n\nOur client, a leading regional housebuilder (Halden Homes), is "
            "looking for a Site Supervisor for a 60-plot scheme.\n\nRequirements:\n"
            "- SMSTS\n- CSCS card\n\nBrightbuild Recruitment\n",
            "Halden Homes",
        ),
    ],
)
def test_a_client_described_then_named_in_brackets_is_the_employer(text: str, company: str) -> None:
    assert read_posting(text.encode(), "posting.txt", None).company == company


def test_a_client_line_gives_the_employer_and_the_site_it_describes() -> None:
    text = (
        "Job title: Warehouse Operative (Nights)\n"
        "Client: Harlow Retail Logistics – their regional distribution centre at Magna Park, "
        "Lutterworth\nPay: £14.10/hr\n\nThe work: picking and loading for stores in Leicester, "
        "Coventry and Rugby.\n\nWhat they're asking for:\n- Counterbalance forklift licence\n\n"
        "Cheers,\nSam\nCrestway Staffing\n"
    )
    posting = read_posting(text.encode(), "posting.txt", None)
    assert posting.company == "Harlow Retail Logistics"
    assert posting.location == "Magna Park, Lutterworth"


def test_a_location_label_still_wins_over_the_client_lines_description() -> None:
    text = (
        "Job title: Warehouse Operative\n"
        "Client: Harlow Retail Logistics – their regional distribution centre at Magna Park, "
        "Lutterworth\nLocation: Daventry\n\nRequirements:\n- Reach truck licence\n"
    )
    assert read_posting(text.encode(), "posting.txt", None).location == "Daventry"


@pytest.mark.parametrize(
    ("subject", "title", "location"),
    [
        ("Confidential opportunity – Legal Secretary – Leeds", "Legal Secretary", "Leeds"),
        ("Exciting opportunity - Payroll Officer, Reading", "Payroll Officer", "Reading"),
        ("Urgent role: Care Assistant, Bolton", "Care Assistant", "Bolton"),
    ],
)
def test_a_recruiters_word_for_the_job_is_no_title(subject: str, title: str, location: str) -> None:
    text = (
        f"Subject: {subject}\n\nHi Jo,\n\nRequirements:\n- Manual handling\n\n"
        "Kind regards,\nAmy\nHarbour Recruitment\n"
    )
    posting = read_posting(text.encode(), "posting.txt", None)
    assert (posting.title, posting.location) == (title, location)
    # no client named: no company, the agency beside it (round 29; was the company)
    assert (posting.company, posting.agency) == ("", "Harbour Recruitment")
