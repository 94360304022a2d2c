"""The demo's skills rows: a posting per application, two resume versions, which went where."""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, time, timedelta
from typing import Any

from bounceback.demo.builder import DemoDocument

# Skills each kind of role asks for (required first, then nice to have), in the vocabulary's
# canonical names and categories.
ROLE_SKILLS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Data Engineer": (("Python", "SQL", "Airflow", "ETL", "Docker"), ("dbt", "Snowflake", "Kafka")),
    "Junior Data Scientist": (
        ("Python", "SQL", "statistics", "machine learning"),
        ("R", "A/B testing"),
    ),
    "Supply Chain Analyst": (
        ("Microsoft Excel", "SAP", "inventory management"),
        ("demand planning", "Power BI"),
    ),
    "Operations Analyst": (("Microsoft Excel", "SQL", "process improvement"), ("Power BI", "Lean")),
    "Operations Coordinator": (
        ("Microsoft Excel", "scheduling", "stakeholder management"),
        ("SAP",),
    ),
    "Product Analyst": (("SQL", "A/B testing", "data analysis"), ("Python", "Looker")),
}
DEFAULT_SKILLS = (
    ("SQL", "Microsoft Excel", "Power BI", "data visualisation", "communication"),
    ("Python", "Tableau", "dbt"),
)
CATEGORIES = {
    "Python": "programming", "SQL": "programming", "R": "programming",
    "Airflow": "data", "ETL": "data", "dbt": "data", "Snowflake": "data", "Kafka": "data",
    "statistics": "data", "machine learning": "data", "A/B testing": "data", "Power BI": "data",
    "Tableau": "data", "Looker": "data", "data visualisation": "data", "data analysis": "data",
    "Docker": "cloud and devops", "Microsoft Excel": "office software", "SAP": "office software",
    "inventory management": "logistics", "demand planning": "logistics", "Lean": "logistics",
    "process improvement": "management", "scheduling": "management",
    "stakeholder management": "management", "communication": "communication",
}  # fmt: skip
REQUIRED_LINES = (
    "Confident with {s} in day-to-day work",
    "Experience with {s}",
    "Strong {s} skills",
    "You have used {s} on real projects",
)
NICE_LINES = ("{s} would be a plus", "Experience with {s} is desirable")
RESUME_V1 = ("SQL", "Microsoft Excel", "Power BI", "communication", "data analysis", "statistics")
RESUME_V2 = (*RESUME_V1, "Python", "data visualisation", "stakeholder management", "A/B testing")


def _resume_text(skills: tuple[str, ...]) -> str:
    lines = [
        "Alex Morgan",
        "Data Analyst",
        "",
        "Experience",
        "Analyst, Harbourside Retail, 2021 - present",
    ]
    lines += [f"- Used {s} every week." for s in skills]
    return "\n".join(lines)


def _skill_row(
    owner: str, owner_id: int, skill: str, position: int, evidence: str, **extra: Any
) -> dict[str, Any]:
    return {
        owner: owner_id,
        "skill": skill,
        "category": CATEGORIES.get(skill, ""),
        "matched": skill,
        "years": None,
        "evidence": evidence,
        "source": "builtin",
        "position": position,
        **extra,
    }


def extend(doc: DemoDocument) -> None:
    rng = random.Random(doc.seed * 31 + 6)
    companies = {c["id"]: c["name"] for c in doc.rows("companies")}
    resumes = []
    for version, skills in ((1, RESUME_V1), (2, RESUME_V2)):
        text = _resume_text(skills)
        imported = doc.today - timedelta(days=120 if version == 1 else 45)
        resume_id = doc.add(
            "resumes",
            {
                "uid": doc.uid(),
                "name": "analyst-cv",
                "version": version,
                "file_name": f"analyst-cv-{version}.md",
                "file_format": "markdown",
                "text": text,
                "digest": hashlib.sha256(text.encode()).hexdigest(),
                "titles": ["Data Analyst", "Analyst"],
                "years": {s: 3.5 for s in skills[:3]},
                "imported_at": datetime.combine(imported, time(20)),
            },
        )
        for position, skill in enumerate(skills):
            doc.add(
                "resume_skills",
                _skill_row(
                    "resume_id", resume_id, skill, position * 10, f"Used {skill} every week."
                ),
            )
        resumes.append((resume_id, imported))
    for app in doc.rows("applications"):
        required, nice = ROLE_SKILLS.get(app["role"], DEFAULT_SKILLS)
        company = companies.get(app["company_id"], "")
        lines = [
            f"{company} is looking for a {app['role']} to join a small, friendly team.",
            "",
            "Requirements:",
        ]
        evidence: list[tuple[str, str, str]] = []
        for skill in required:
            line = rng.choice(REQUIRED_LINES).format(s=skill)
            lines.append(f"• {line}")
            evidence.append((skill, line, "required"))
        lines += ["", "Nice to have:"]
        for skill in nice:
            line = rng.choice(NICE_LINES).format(s=skill)
            lines.append(f"• {line}")
            evidence.append((skill, line, "nice_to_have"))
        applied: date = app.get("date_applied") or doc.today
        posting_id = doc.add(
            "postings",
            {
                "uid": doc.uid(),
                "application_id": app["id"],
                "title": app["role"],
                "company": company,
                "location": app.get("location") or "",
                "remote": app.get("remote"),
                "salary_min": app.get("salary_min"),
                "salary_max": app.get("salary_max"),
                "salary_currency": app.get("salary_currency"),
                "salary_period": "year" if app.get("salary_min") else None,
                "employment_type": "full time",
                "date_posted": applied - timedelta(days=rng.randint(1, 9)),
                "url": "",
                "description": "\n".join(lines),
                "source_format": "html-text",
                "file_name": "",
                "warnings": [],
                "imported_at": datetime.combine(applied, time(9)),
            },
        )
        for position, (skill, line, importance) in enumerate(evidence):
            doc.add(
                "posting_skills",
                _skill_row(
                    "posting_id", posting_id, skill, position * 40, line, importance=importance
                ),
            )
        if app.get("date_applied") is not None:
            resume_id = resumes[1][0] if applied >= resumes[1][1] else resumes[0][0]
            doc.add("application_resumes", {"application_id": app["id"], "resume_id": resume_id})
