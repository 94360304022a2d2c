"""Gaps per application and across the search, weighted by skill-gap rejections."""

from __future__ import annotations

from bounceback.domain.skills import ApplicationSkills, Importance, SkillMatch
from bounceback.skills.gaps import application_gaps, learning_plan, search_gaps


def match(skill: str, importance: Importance = Importance.REQUIRED) -> SkillMatch:
    return SkillMatch(skill, "test", skill, 0, len(skill), f"You know {skill}.", importance)


def test_application_gaps_split_required_and_nice() -> None:
    posting = [match("SQL"), match("Python"), match("dbt", Importance.NICE_TO_HAVE)]
    gaps = application_gaps(posting, {"sql"})
    assert [g.skill for g in gaps.required_missing] == ["Python"]
    assert [g.skill for g in gaps.nice_missing] == ["dbt"]
    assert gaps.required_missing[0].evidence == "You know Python."
    assert gaps.coverage == 0.5


def test_search_gaps_weigh_skill_gap_rejections() -> None:
    apps = [
        ApplicationSkills(
            1, "#1 A", (match("Kubernetes"), match("Go")), rejected_for_skill_gap=True
        ),
        ApplicationSkills(2, "#2 B", (match("Go"), match("Terraform"))),
        ApplicationSkills(3, "#3 C", (match("Go"), match("Terraform"))),
        ApplicationSkills(4, "#4 D", (match("Rust", Importance.NICE_TO_HAVE),)),
    ]
    gaps = search_gaps(apps, profile={"Python"})
    scores = {g.skill: g.score for g in gaps}
    assert scores == {"Go": 5.0, "Kubernetes": 3.0, "Terraform": 2.0, "Rust": 0.5}
    assert [g.skill for g in gaps] == ["Go", "Kubernetes", "Terraform", "Rust"]
    go = gaps[0]
    assert (go.postings, go.skill_gap_rejections, go.required_in) == (3, 1, 3)
    assert go.applications == ["#1 A", "#2 B", "#3 C"]


def test_skills_in_the_profile_are_not_gaps() -> None:
    apps = [ApplicationSkills(1, "#1", (match("Go"),), True)]
    assert search_gaps(apps, profile={"go"}) == []


def test_learning_plan_says_why_and_where() -> None:
    apps = [
        ApplicationSkills(1, "#1 A", (match("Go"),), True),
        ApplicationSkills(2, "#2 B", (match("Go"),)),
    ]
    step = learning_plan(search_gaps(apps, set()))[0]
    assert step.skill == "Go" and step.applications == ("#1 A", "#2 B")
    assert "2 postings asked for it (2 as a requirement)" in step.why
    assert "1 application that ended with a skill-gap rejection" in step.why
