"""Round 35 (skills44): an employer described and kept secret ("Confidential" where a board
shows the employer, "Client: Leading FMCG manufacturer", "Company: Established fintech
scale-up (undisclosed)") names no one: the company stays empty and the agency is kept; a name
that opens with such a word ("Premier Inn", "National Trust") stays the employer. Postings
written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting
from bounceback.skills.unnamedemployer import unnamed, withheld

_BOARD_CARD = """Warehouse Supervisor - Industrial Area
Confidential
Nairobi
Full Time
KES 80,000 - 110,000
2 days ago

Job Summary
Supervise a team of 20 pickers and packers in a busy distribution centre.

Requirements
- Diploma in logistics or supply chain
- 3 years of warehouse supervision
- Experience with an ERP system such as SAP"""

_AGENCY_CLIENT = """# Production Planner

**Agency:** Harrowgate Industrial Recruitment
**Client:** Leading FMCG manufacturer (name on application)
**Location:** Wrexham, Wales
**Salary:** £38,000 - £42,000

Our client makes own-label snacks for the big supermarkets and needs a production planner.

## Requirements
- MRP planning experience in food manufacturing
- Advanced Excel"""

_BRIEF = """Role: Senior Brand Designer (freelance, 3 months)
Company: Established fintech scale-up (undisclosed)
Day rate: £450 - £500
Remote - UK

We're looking for a freelance brand designer to refresh a payments app's visual identity.

Deliverables
- A brand guide and a component library in Figma
- Launch assets for social channels

Send your portfolio and availability."""

_NAMED = """Night Receptionist
Premier Inn
Leeds City Centre

Premier Inn is looking for a night receptionist to check in late guests and keep the lobby safe.

Requirements
- Customer service experience
- Available for night shifts"""


@pytest.mark.parametrize(
    ("text", "name"),
    [(_BOARD_CARD, "card.txt"), (_AGENCY_CLIENT, "planner.md"), (_BRIEF, "brief.txt")],
)
def test_a_secret_employer_leaves_the_company_empty(text: str, name: str) -> None:
    assert read_posting(text.encode(), name).company == ""


def test_the_agency_is_kept_when_its_client_is_secret() -> None:
    posting = read_posting(_AGENCY_CLIENT.encode(), "planner.md")
    assert posting.agency == "Harrowgate Industrial Recruitment"


def test_a_name_opening_with_a_describing_word_stays_the_employer() -> None:
    assert read_posting(_NAMED.encode(), "receptionist.txt").company == "Premier Inn"


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("Confidential", True),
        ("Leading Tier-1 civil & marine contractor", True),
        ("A well-known fintech", True),
        ("Growing Company", True),
        ("Premier Inn", False),
        ("National Trust", False),
        ("Independent Vets Group", False),
        ("Global Freight Solutions Ltd", False),
    ],
)
def test_unnamed(name: str, secret: bool) -> None:
    assert unnamed(name) is secret


def test_withheld() -> None:
    assert withheld(["Sales Executive", "Confidential", "Lagos"])
    assert withheld(["Sales Executive", "Employer: Undisclosed (global bank)"])
    assert not withheld(["Sales Executive", "Please treat your application as confidential."])
