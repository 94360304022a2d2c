"""Reading resumes from PDF, DOCX, Markdown and text; skills, titles and years per skill."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback.domain.skills import UnreadableDocument
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.resumes import read_resume
from skills_documents import blank_pdf, docx_file, encrypted_text_pdf, text_pdf

DATA = Path(__file__).resolve().parents[1] / "data" / "skills"
TODAY = date(2026, 11, 25)
NURSE = [
    "Margaret Okafor",
    "Registered Nurse",
    "Staff Nurse, St Luke's Hospital, 2019 - present",
    "Wound care, phlebotomy and medication administration on a surgical ward.",
    "Healthcare Assistant, Meadow View Care Home, 2016 - 2019",
    "Personal care and dementia care.",
]


def test_markdown_resume(matcher: SkillMatcher) -> None:
    r = read_resume((DATA / "resume.md").read_bytes(), "resume.md", matcher, today=TODAY)
    assert r.name == "resume" and r.file_format == "markdown"
    assert {"Python", "Go", "Django", "PostgreSQL", "Kubernetes"} <= r.skill_names
    assert r.years["Python"] == 6  # stated: "6 years of Python"
    assert r.years["Django"] == 3  # Jan 2018 - Feb 2021, the role that mentions it
    assert r.years["PostgreSQL"] == 9  # two roles, 2018 to now
    assert "Senior Developer" in r.titles and "Backend Developer" in r.titles
    assert len(r.digest) == 64


def test_text_resume(matcher: SkillMatcher) -> None:
    r = read_resume(
        (DATA / "resume.txt").read_bytes(), "resume.txt", matcher, name="nurse", today=TODAY
    )
    assert r.name == "nurse"
    assert {"Epic", "IV therapy", "ACLS", "dementia care"} <= r.skill_names
    assert r.years["dementia care"] == 3
    assert r.titles[:2] == ["Registered Nurse", "Staff Nurse"]


def test_pdf_resume(matcher: SkillMatcher) -> None:
    r = read_resume(text_pdf(NURSE), "cv.pdf", matcher, today=TODAY)
    assert r.file_format == "pdf"
    assert {
        "wound care",
        "phlebotomy",
        "medication administration",
        "personal care",
    } <= r.skill_names
    assert r.years["wound care"] == 8


def test_docx_resume(matcher: SkillMatcher) -> None:
    data = docx_file(NURSE[:4], table=[["Skills", "Basic Life Support, triage"]])
    r = read_resume(data, "cv.docx", matcher, today=TODAY)
    assert r.file_format == "docx"
    assert {"wound care", "Basic Life Support", "triage"} <= r.skill_names


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (encrypted_text_pdf(NURSE, "secret"), "cv.pdf", "password-protected"),
        (blank_pdf(), "scan.pdf", "no text layer"),
        (b"%PDF-1.4\nthis is not really a pdf", "broken.pdf", "damaged"),
        (b"PK\x03\x04 not a real zip", "cv.docx", "not a valid Word"),
        ("Résumé".encode("latin-1") + b" Nurse with wound care skills", "cv.txt", "not UTF-8"),
        (b"old word", "cv.doc", "old Word .doc"),
    ],
)
def test_unreadable_resumes_say_what_to_do(
    data: bytes, name: str, message: str, matcher: SkillMatcher
) -> None:
    with pytest.raises(UnreadableDocument, match=message) as caught:
        read_resume(data, name, matcher, today=TODAY)
    assert name in str(caught.value)
    assert "paste the text" in str(caught.value) or "encoding" in str(caught.value)


def test_roles_with_titles_employers_and_dates() -> None:
    from datetime import date

    from bounceback.skills.resumes import resume_roles

    text = (
        "Lucia Hernandez\n"
        "Bartender, Rainey Street Social (01/2022 - present)\n"
        "Craft cocktails.\n"
        "**Staff Nurse, Ward 14 (Acute Medicine)** — Leeds Teaching Hospitals NHS Trust\n"
        "March 2019 – Dec 2021\n"
    )
    roles = [r.to_dict() for r in resume_roles(text, date(2026, 12, 1))]
    assert roles == [
        {
            "title": "Bartender",
            "organisation": "Rainey Street Social",
            "start": "2022-01",
            "end": "present",
        },
        {
            "title": "Staff Nurse",
            "organisation": "Leeds Teaching Hospitals NHS Trust",
            "start": "2019-03",
            "end": "2021-12",
        },
    ]


def test_two_column_export_reads_each_column(matcher: SkillMatcher) -> None:
    # A two-column resume saved as text: both columns on one line, a wide gutter between.
    text = (
        "Ciara Brennan\n"
        "Procurement Officer                              Galway\n\n"
        "Core Competencies                                Systems\n"
        "Tender evaluation                                SAP Ariba\n"
        "Contract management                              Power BI\n\n"
        "SOFTWARE          CostX, Excel, Procore\n\n"
        "Procurement Officer, Western Health, Galway          2021 - Present\n"
        "* Chair tender evaluation panels\n"
    )
    r = read_resume(text, "cv.txt", matcher, today=TODAY)
    assert {"contract management", "Power BI", "CostX", "Procore"} <= r.skill_names
    assert not any("Systems" in s or "SOFTWARE" in s for s in r.skill_names)
    assert [(role.title, role.start.year, role.current) for role in r.roles] == [
        ("Procurement Officer", 2021, True)
    ]


def test_markdown_tables_of_tickets_and_skills(matcher: SkillMatcher) -> None:
    text = "\n".join(
        [
            "# Jarrah Collins",
            "## Tickets & Licences",
            "| Ticket | Detail |",
            "|---|---|",
            "| Confined space entry | RIIWHS202E |",
            "| Working at heights | RIIWHS204E |",
            "## Core competencies",
            "| Assessment | Intervention | Tools |",
            "|---|---|---|",
            "| Functional assessments | Falls prevention | COPM |",
        ]
    )
    r = read_resume(text, "cv.md", matcher, today=TODAY)
    assert {"confined space entry", "functional assessments", "falls prevention", "COPM"} <= (
        r.skill_names
    )
    # the columns' names and a unit's code in its own cell are no skills
    assert not any("|" in s or s in {"Ticket", "RIIWHS202E", "Tools"} for s in r.skill_names)


def test_roles_of_trades_titles_are_read() -> None:
    from bounceback.skills.resumes import resume_roles

    text = "\n".join(
        [
            "Work history",
            "Climbing Arborist, Treescape Canterbury, 2019-present",
            "Groundsman, Garden City Tree Care, 2016-2019",
            "2014 - 2016   Quantity Surveyor, Mulcahy McDonagh, Dublin",
        ]
    )
    roles = resume_roles(text, TODAY)
    assert [(r.title, r.organisation) for r in roles] == [
        ("Climbing Arborist", "Treescape Canterbury"),
        ("Groundsman", "Garden City Tree Care"),
        ("Quantity Surveyor", "Mulcahy McDonagh"),
    ]
