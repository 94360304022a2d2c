"""Round 13: the company and the location of text postings in layouts still read wrong (probes
written for this round, in the classes the lead named: a label and its value, a place split
over labels, agency and client). Each case failed before, except the guards said so."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting

BODY = (
    "\n\nAbout the role\nYou will look after our customers and keep records up to date.\n\n"
    "Requirements\n- Two years of experience in a similar role\n- Good written English\n\n"
    "How to apply\nSend your CV.\n"
)


@pytest.mark.parametrize(
    ("text", "title", "company", "location"),
    [
        # a known label with a dash or a bar where the colon goes
        ("Staff Accountant\nLocation - Pune, Maharashtra, India\nCompany - Vistara Agro Foods Pvt Ltd\n", "Staff Accountant", "Vistara Agro Foods Pvt Ltd", "Pune, Maharashtra, India"),
        ("Location | Christchurch, Canterbury\nCompany | Southern Alps Tourism\nRole | Tour Guide\n", "Tour Guide", "Southern Alps Tourism", "Christchurch, Canterbury"),
        # (a guard) an unknown word before a dash is still a name with its place
        ("Retail Assistant\nMitre 10 Hardware - Nelson\nNelson, Tasman\n", "Retail Assistant", "Mitre 10 Hardware", "Nelson"),
    ],
)  # fmt: skip
def test_a_label_with_a_dash_or_a_bar_is_read_as_with_a_colon(
    text: str, title: str, company: str, location: str
) -> None:
    posting = read_posting((text + BODY).encode(), "posting.txt")
    assert (posting.title, posting.company, posting.location) == (title, company, location)


def test_our_client_labelled_is_the_company_and_the_agency_beside_it() -> None:
    text = (
        "Plumber\nOur client: Coastline Property Maintenance\nAgency: TradeLink Recruitment\n"
        "Area: Gold Coast, QLD\n"
    )
    posting = read_posting((text + BODY).encode(), "posting.txt")
    assert (posting.company, posting.agency) == (
        "Coastline Property Maintenance", "TradeLink Recruitment")
    assert posting.location == "Gold Coast, QLD"


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Administrator\nWorkplace: Hybrid\nOffice: Bristol\nOrganisation: Avon Housing Association\n", "Hybrid (Bristol)"),
        ("Receptionist\nLocation: Remote\nCompany: Brightside Dental\nBased in: Austin, Texas\n", "Remote (Austin, Texas)"),
    ],
)  # fmt: skip
def test_a_way_of_working_under_one_label_and_the_place_under_another(
    text: str, location: str
) -> None:
    """As "Hybrid - 2 days a week in Manchester" reads Hybrid (Manchester): the place is kept."""
    posting = read_posting((text + BODY).encode(), "posting.txt")
    assert posting.location == location


def test_a_way_of_working_alone_stays_when_no_place_follows() -> None:
    text = "Receptionist\nLocation: Remote\nCompany: Brightside Dental\nSalary: $40,000\n"
    assert read_posting((text + BODY).encode(), "posting.txt").location == "Remote"
