"""Role families from job titles, so that rejections can be compared across similar roles."""

from __future__ import annotations

import re

# First match wins, so the more specific families come first ("data engineer" is data).
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("data", ("data", "analyst", "analytics", "scientist", "machine learning", "ml ", "bi ")),
    ("design", ("designer", "design", "ux", "ui ", "researcher")),
    ("product", ("product manager", "product owner", "product lead", "head of product")),
    ("engineering", ("engineer", "developer", "programmer", "devops", "sre", "architect")),
    ("management", ("head of", "director", "vp ", "chief", "manager")),
    ("marketing", ("marketing", "content", "seo", "brand", "social media", "growth")),
    ("sales", ("sales", "account executive", "business development", "account manager")),
    ("support", ("support", "customer success", "customer service", "helpdesk")),
    ("finance", ("accountant", "finance", "financial", "controller", "bookkeeper", "audit")),
    ("people", ("hr ", "human resources", "recruiter", "talent", "people partner")),
    ("operations", ("operations", "logistics", "supply chain", "warehouse", "coordinator")),
    ("healthcare", ("nurse", "clinical", "physician", "pharmac", "therapist", "care ")),
    ("education", ("teacher", "lecturer", "tutor", "trainer", "instructor")),
    ("legal", ("lawyer", "solicitor", "paralegal", "legal", "counsel")),
)


def role_family(title: str) -> str:
    """The family of a job title, or "other" when none fits."""
    text = " " + re.sub(r"[^a-z0-9 ]+", " ", title.lower()) + " "
    text = re.sub(r"\s+", " ", text)
    for family, words in FAMILIES:
        if any(word in text or f" {word.strip()} " in text for word in words):
            return family
    return "other"
