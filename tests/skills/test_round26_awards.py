"""Round 26: a qualification named by its award and its subject is one skill, as written
("Certificate III in Hospitality or Commercial Cookery", not "hospitality"); skills/awards.py."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import posting_skills, read_posting


def _asked(text: str, matcher: SkillMatcher) -> set[str]:
    posting = read_posting(text.encode(), "posting.txt")
    return {m.skill.casefold() for m in posting_skills(posting, matcher)}


def _requirements(line: str) -> str:
    return (
        "Laboratory Analyst\nNorthvale Foods Ltd\nLocation: Leicester\n\n"
        "About the role\nYou will test raw materials and finished products in our laboratory.\n\n"
        f"Requirements:\n- {line}\n- Experience with HPLC\n"
    )


@pytest.mark.parametrize(
    ("line", "whole", "pieces"),
    [
        (
            "Certificate III in Hospitality or Commercial Cookery",
            "certificate iii in hospitality or commercial cookery",
            {"hospitality", "commercial cookery"},
        ),
        ("Level 3 Diploma in Childcare", "level 3 diploma in childcare", {"childcare"}),
        (
            "B.Tech in Mechanical or Production Engineering",
            "b.tech in mechanical or production engineering",
            {"production engineering", "b.tech in mechanical"},
        ),
        (
            "NVQ Level 2 in Warehousing and Storage",
            "nvq level 2 in warehousing and storage",
            {"storage", "nvq level 2 in warehousing"},
        ),
    ],
)
def test_a_qualification_is_asked_for_whole_not_its_subjects_words(
    line: str, whole: str, pieces: set[str], matcher: SkillMatcher
) -> None:
    asked = _asked(_requirements(line), matcher)
    assert whole in asked
    assert not pieces & asked
    assert "hplc" in asked


def test_two_qualifications_joined_by_or_stay_two(matcher: SkillMatcher) -> None:
    asked = _asked(_requirements("BSc Nursing or Bachelor of Nursing"), matcher)
    assert {"bsc nursing", "bachelor of nursing"} <= asked
    assert "bsc nursing or bachelor of nursing" not in asked


def test_a_subject_named_as_a_skill_outside_a_qualification_is_still_that_skill(
    matcher: SkillMatcher,
) -> None:
    asked = _asked(_requirements("Experience of childcare in a nursery setting"), matcher)
    assert "childcare" in asked
