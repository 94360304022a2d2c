"""Skill matching: no false hits on ordinary words, the right skill on overlaps, context."""

from __future__ import annotations

import pytest

from bounceback.domain.skills import Importance
from bounceback.skills.matcher import SkillMatcher, extract


def names(text: str, matcher: SkillMatcher) -> list[str]:
    return [m.skill for m in extract(text, matcher)]


@pytest.mark.parametrize(
    "text",
    [
        "We go above and beyond for our customers. Go to our website to apply.",
        "Go-getters welcome; the Go-live date is in March.",
        "You will have excellent people skills and excel in a busy team.",
        "Excel at listening and you will do well here.",
        "We value trust, and rust-proofing the trailers is part of the job.",
        "Our R&D team reports to the C-suite.",
        "Vitamin C and grade C results are not needed.",
        "Install French doors and German-made windows.",
        "Send your CV to the hiring manager; the rest of the team will meet you.",
        "Chef de partie wanted for a fish restaurant.",
        "Measure airflow through the ducts before commissioning.",
    ],
)
def test_ordinary_words_are_not_skills(text: str, matcher: SkillMatcher) -> None:
    tech = {"Go", "Microsoft Excel", "Rust", "R", "C", "French", "German", "REST APIs", "Airflow"}
    assert tech.isdisjoint(names(text, matcher)), names(text, matcher)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("You will write backend services in Go and Python.", "Go"),
        ("Statistical modelling in R or Python.", "R"),
        ("Embedded C programming for microcontrollers.", "C"),
        ("Rust is a plus for the systems work.", "Rust"),
        ("Advanced Excel (pivot tables).", "Microsoft Excel"),
        ("Fluent French is essential.", "French"),
        ("Build Airflow DAGs for the data pipelines.", "Airflow"),
        ("Experience charting in Epic EHR.", "Epic"),
    ],
)
def test_ambiguous_skills_are_found_in_context(
    text: str, skill: str, matcher: SkillMatcher
) -> None:
    assert skill in names(text, matcher)


def test_symbols_and_overlaps_pick_the_whole_name(matcher: SkillMatcher) -> None:
    found = names("C++ and C# developers; Microsoft Excel; Node.js; Objective-C.", matcher)
    assert found == ["C++", "C#", "Microsoft Excel", "Node.js", "Objective-C"]


def test_a_bullet_takes_its_context_from_the_list(matcher: SkillMatcher) -> None:
    text = "Nice to have:\n- Terraform\n- Go\n- Kafka\n"
    assert names(text, matcher) == ["Terraform", "Go", "Kafka"]


def test_case_sensitive_entries_match_only_as_written(matcher: SkillMatcher) -> None:
    assert "dbt" in names("Transformations in dbt and Snowflake.", matcher)
    assert "dbt" not in names("Trained in DBT (dialectical behaviour therapy).", matcher)


def test_importance_follows_sections_and_cues(matcher: SkillMatcher) -> None:
    text = (
        "Requirements:\n- 3+ years of SQL\n- Docker\n\nNice to have:\n- Terraform\n\n"
        "Kubernetes is a plus."
    )
    found = {m.skill: m for m in extract(text, matcher)}
    assert found["SQL"].importance is Importance.REQUIRED
    assert found["SQL"].years == 3
    assert found["Docker"].importance is Importance.REQUIRED
    assert found["Terraform"].importance is Importance.NICE_TO_HAVE
    assert found["Kubernetes"].importance is Importance.NICE_TO_HAVE


def test_each_skill_keeps_its_sentence_as_evidence(matcher: SkillMatcher) -> None:
    text = "We sell boats. You will keep the books in Xero and run payroll for 30 staff."
    found = {m.skill: m for m in extract(text, matcher)}
    assert found["Xero"].evidence == "You will keep the books in Xero and run payroll for 30 staff."
    assert found["payroll"].evidence == found["Xero"].evidence


def test_non_software_fields_are_covered(matcher: SkillMatcher) -> None:
    text = (
        "Medication administration and wound care. Cold calling and Salesforce. "
        "Forklift licence and order picking. Lesson planning and phonics. MIG welding and "
        "fault finding."
    )
    categories = {m.category for m in extract(text, matcher)}
    assert {"clinical skills", "sales", "logistics", "teaching", "trades"} <= categories
