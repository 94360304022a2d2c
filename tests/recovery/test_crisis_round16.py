"""Round 16 of the crisis check: a job search's own letters are no farewell in romanised Hindi.

Statements and everyday lines written for these tests (not copied from the training authors).
"""

from __future__ import annotations

import pytest

from bounceback.domain.recovery import CrisisLevel
from bounceback.recovery.crisis import assess, rules_only

# "letter likh diya" (wrote the letter) read as a farewell whatever the letter was: a cover
# letter and the week's plan got the FULL message on main (the n-gram model agreeing).
JOB_LETTERS = [
    "Maine cover letter likh diya hai. Friday ko course khatam ho jayega.",
    "aaj resignation letter likh diya, next month se nayi company join karunga",
    "HR ke liye offer letter likh diya, kal sign karna hai",
    "maine application letter likh diya hai, ab bas reply ka intezaar",
    "Boss ke liye leave letter likh diya, shaadi me jaana hai",
]

# The farewell itself still reads.
FAREWELLS = [
    "sabke liye letter likh diya hai, ab zarurat nahi padegi",
    "maine letter likh diya hai maa ke liye, maaf karna",
]


@pytest.mark.parametrize("text", JOB_LETTERS)
def test_a_job_searchs_letter_is_no_farewell(text: str) -> None:
    assert not any("r3b_farewell" in s for s in rules_only(text).signs)
    assert assess(text, encoder=False).level != CrisisLevel.EXPLICIT


@pytest.mark.parametrize("text", FAREWELLS)
def test_a_letter_left_for_someone_still_reads(text: str) -> None:
    assert "hi:r3b_farewell" in rules_only(text).signs
    assert rules_only(text).level == CrisisLevel.EXPLICIT
