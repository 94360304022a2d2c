"""Round 32 (fix32s): a review's regressions in round 32's email rules, with the case each rule
was written for kept. An aircraft's or a system's model before a title is the title's own
("A320 Captain", "B737 Captain", "AS400 Developer"); a selection's code still goes
("CAL1029 Planning Officer", "Vacancy A320 Captain" after a code word). Texts written here."""

from __future__ import annotations

import pytest

from bounceback.mail.classify import classify
from bounceback.mail.roleleads import without_lead


@pytest.mark.parametrize(("phrase", "title"), [
    ("A320 Captain", "A320 Captain"),  # round 32 main: "Captain"
    ("B737 Captain", "B737 Captain"),
    ("A350 First Officer", "A350 First Officer"),
    ("AS400 Developer", "AS400 Developer"),
    # the selection's codes the rule was written for still go
    ("CAL1029 Planning Officer", "Planning Officer"),
    ("Campaign 25045 Executive Officer", "Executive Officer"),
    ("Competition #2026-214 Bylaw Enforcement Officer", "Bylaw Enforcement Officer"),
    ("Vacancy VA-25-118 Planning Officer", "Planning Officer"),
    ("Posting A320 Captain", "Captain"),  # a code word before it: a code
])
def test_a_model_code_is_part_of_the_title(phrase: str, title: str) -> None:
    assert without_lead(phrase) == title


def test_an_aircraft_type_stays_in_the_role_of_an_invitation() -> None:
    result = classify(
        "recruitment@skyline-air.example",
        "Interview invitation - A320 Captain",
        "Dear Sam,\n\nWe would like to invite you to an interview for the A320 Captain position "
        "on 12 March at 10:00.\n\nKind regards,\nSkyline Air Recruitment",
    )
    assert result.role == "A320 Captain"
