"""Tailoring hints: what the resume sent leaves out although the profile shows it."""

from __future__ import annotations

from bounceback.domain.skills import Importance, SkillMatch
from bounceback.skills.tailoring import TAILORING_EVIDENCE, tailoring_hints


def match(skill: str, importance: Importance = Importance.REQUIRED) -> SkillMatch:
    return SkillMatch(skill, "test", skill, 0, 1, f"Posting wants {skill}.", importance)


def test_hints_are_profile_skills_missing_from_the_resume_sent() -> None:
    posting = [
        match("Kafka", Importance.NICE_TO_HAVE),
        match("SQL"),
        match("Python"),
        match("Rust"),
    ]
    profile = {
        "Kafka": "cv v1: “Kafka streams”",
        "SQL": "added by you",
        "Python": "cv v2: “Python”",
    }
    hints = tailoring_hints(posting, resume_skills={"python"}, profile_evidence=profile)
    assert [h.skill for h in hints] == [
        "SQL",
        "Kafka",
    ]  # required first; Rust is not in the profile
    assert hints[1].posting_evidence == "Posting wants Kafka."
    assert hints[1].profile_evidence == "cv v1: “Kafka streams”"


def test_the_advice_cites_its_source() -> None:
    assert "Huntr" in TAILORING_EVIDENCE and "4.2 %" in TAILORING_EVIDENCE
