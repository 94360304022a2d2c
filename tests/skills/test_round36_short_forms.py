"""Round 36 (skills46): an employer the text calls by a short form ("The ETB", "Lee Valley ETB",
"The Municipality", "the Studio") is named by the full name the posting gives once, in a
letterhead's capitals or before the acronym in brackets. A full name stays as it is, and a
place in brackets is no acronym's expansion. Postings written for these tests (retired rounds 8
and 31 held the kind)."""

from __future__ import annotations

import pytest

from bounceback.skills.postings import read_posting
from bounceback.skills.shortforms import full_name

_DUTIES = """
Duties
- Plan and deliver lessons to groups of learners
- Keep attendance and assessment records on Moodle
- Carry out risk assessments in the workshop

Requirements
- A recognised qualification in the trade
- Three years of experience in industry
"""

_LETTERHEAD_ACRONYM = (
    """NORTH SHANNON EDUCATION AND TRAINING BOARD
Further Education Division

Post: Instructor - Carpentry and Joinery
Location: Limerick Training Centre
"""
    + _DUTIES
    + "\nNorth Shannon ETB is an equal opportunities employer. The ETB welcomes applications through Irish.\n"
)

_LETTERHEAD_KIND = (
    """DRAKENSTEIN HILLS LOCAL MUNICIPALITY
DIRECTORATE: COMMUNITY SERVICES

VACANCY: LIBRARIAN (POST LEVEL 7)
CENTRE: Paarl
"""
    + _DUTIES
    + "\nThe Municipality is an equal opportunity employer. Canvassing will disqualify.\n"
)

_BRACKETS = (
    """Research Technician (m/f/d)

The Centre for Coastal Ecology Studies (CCES) in Kiel is looking for a research technician.
"""
    + _DUTIES
    + "\nThe CCES is an equal opportunity employer and welcomes applications from all.\n"
)


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (_LETTERHEAD_ACRONYM, "North Shannon Education and Training Board"),
        (_LETTERHEAD_KIND, "Drakenstein Hills Local Municipality"),
        (_BRACKETS, "Centre for Coastal Ecology Studies"),
    ],
)
def test_short_form_named_in_full(text: str, employer: str) -> None:
    assert read_posting(text, "job.txt").company == employer


@pytest.mark.parametrize(
    ("short", "lines", "full"),
    [
        ("The ETB", ["KILDARE AND WICKLOW EDUCATION AND TRAINING BOARD", "The ETB is..."],
         "Kildare and Wicklow Education and Training Board"),
        ("Lee Valley ETB", ["LEE VALLEY EDUCATION AND TRAINING BOARD"],
         "Lee Valley Education and Training Board"),
        ("the Studio", ["Harrow Lane Animation Studio is hiring a compositor."],
         "Harrow Lane Animation Studio"),
        ("The HIMM", ["Hanseatic Institute for Molecular Medicine (HIMM), Hamburg"],
         "Hanseatic Institute for Molecular Medicine"),
        # a full name stays; a place in brackets expands no acronym; no full name, nothing
        ("Somerset Downs Council", ["Somerset Downs District Council"], ""),
        ("DIRFT", ["a distribution centre based in Daventry (DIRFT)"], ""),
        ("The Municipality", ["The Municipality is an equal opportunity employer."], ""),
    ],
)
def test_full_name(short: str, lines: list[str], full: str) -> None:
    assert full_name(short, lines) == full
