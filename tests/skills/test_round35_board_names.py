"""Round 35 (skills44): a job board known by the shape of its name ("NurseJobsNZ",
"HospoCareers.com.au", "CareerJunction", "GulfTalent Hub") is no employer where the text uses it
as a board ("mention NurseJobsNZ", "apply now on ..."; since the round's review only then, see
test_round35_fix_review.py), whether or not the text names the employer elsewhere; a name that
only contains such letters ("Jobson Engineering Ltd", "TalentSmart Consulting") stays the
employer. Postings written for these tests."""

from __future__ import annotations

import pytest

from bounceback.skills.boardchrome import is_board
from bounceback.skills.boardnames import board_shaped
from bounceback.skills.postings import read_posting

_BOARD_OVER_TITLE = """NurseJobsNZ
Registered Nurse - Night Shift
Hamilton, Waikato

Kōwhai Gardens Rest Home is looking for a registered nurse for our night team.

Requirements
- Current NCNZ registration and APC
- Aged care experience

Apply through the link below. Please mention NurseJobsNZ when applying."""

_BOARD_ONLY = """Line Cook
HospoCareers.com.au
Fremantle WA

Busy seafood restaurant needs a line cook for dinner service, 4 nights a week.

Requirements
- 2 years on a grill or fryer section
- Food safety certificate

Apply now on HospoCareers.com.au."""

_EMPLOYER = """Maintenance Fitter
Jobson Engineering Ltd
Sheffield

Jobson Engineering Ltd is looking for a maintenance fitter to keep our CNC machines running.

Requirements
- NVQ Level 3 in mechanical maintenance
- Experience with hydraulics and pneumatics"""


def test_a_board_over_the_title_gives_way_to_the_employer_the_text_names() -> None:
    assert (
        read_posting(_BOARD_OVER_TITLE.encode(), "nurse.txt").company == "Kōwhai Gardens Rest Home"
    )


def test_a_board_alone_leaves_the_company_empty() -> None:
    assert read_posting(_BOARD_ONLY.encode(), "cook.txt").company == ""


def test_an_employer_whose_name_holds_a_board_word_stays() -> None:
    assert read_posting(_EMPLOYER.encode(), "fitter.txt").company == "Jobson Engineering Ltd"


@pytest.mark.parametrize(
    ("name", "board"),
    [
        ("JobsZA", True),
        ("CareerJunction", True),
        ("FitCareers.ca", True),
        ("GulfTalent Hub", True),
        ("NurseJobsNZ", True),
        ("Jobson", False),
        ("TalentSmart", False),
        ("Steve Jobs", False),
        ("networkrail.co.uk", False),
    ],
)
def test_board_shaped(name: str, board: bool) -> None:
    assert board_shaped(name) is board
    if board:
        assert is_board(name)
