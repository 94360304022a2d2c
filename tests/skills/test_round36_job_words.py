"""Round 36 (skills46): a sentence whose subject is the job's holders ("The Administration
Executive will...", "Stewards are...") names no employer; the legal name the text gives as a
subject does, else none. An employer glued to the title ("Boner - Tararua Meat Processors",
"Listed by Tararua Meat Processors") and a firm named for its trade ("Kowhai Vets") stay.
Postings written for these tests (retired rounds 27 and 31 held the kind)."""

from __future__ import annotations

import pytest

from bounceback.skills.jobwords import the_job_itself
from bounceback.skills.postings import read_posting

_SCHOOL = """Administration Executive (School Finance and Operations)

Location: Bedok, Singapore
Employment type: Contract, 2 years

The Administration Executive is responsible for the school's budget, procurement and vendor contracts.

Requirements
- Diploma in business administration or accounting
- Two years of experience in finance or procurement
- Proficiency in Microsoft Excel
"""

_STEWARDS = """EVENT STEWARDS & DOOR SUPERVISORS - ZERO HOURS

Location: Leeds (arena and stadium sites)
Pay: £12.60/hr

We supply crowd safety teams for concerts and football.

Stewards
- Ticket and bag checks at the gates
- Directing fans to their seats

Door Supervisors
- SIA licence required
- Searching and refusing entry where needed
"""


@pytest.mark.parametrize("text", [_SCHOOL, _STEWARDS])
def test_the_jobs_holders_are_no_employer(text: str) -> None:
    assert read_posting(text, "job.txt").company == ""


@pytest.mark.parametrize(
    ("company", "title", "job"),
    [
        ("The Administration Executive", "Administration Executive (School Finance)", True),
        ("Stewards", "EVENT STEWARDS & DOOR SUPERVISORS", True),
        ("Tararua Meat Processors", "Boner - Tararua Meat Processors", False),
        ("Tararua Meat Processors", "Listed by Tararua Meat Processors", False),
        ("Kowhai Vets", "Veterinary Nurse", False),
        ("Northern Pine Outfitters", "Store Manager", False),
    ],
)
def test_the_job_itself(company: str, title: str, job: bool) -> None:
    assert the_job_itself(company, title) is job
