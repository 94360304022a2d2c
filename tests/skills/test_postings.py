"""Reading postings: JSON-LD (broken, several), microdata, plain pages, text, Markdown, bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback.domain.skills import Importance, NotAPosting, UnreadableDocument
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting

DATA = Path(__file__).resolve().parents[1] / "data" / "skills"


def read(name: str, matcher: SkillMatcher):  # type: ignore[no-untyped-def]
    return read_posting((DATA / name).read_bytes(), name, matcher)


def test_json_ld_fields_and_clean_description(matcher: SkillMatcher) -> None:
    p = read("posting_jsonld.html", matcher)
    assert (p.title, p.company, p.location) == (
        "Backend Engineer (Go)",
        "Larkspur Freight",
        "Rotterdam, NL",
    )
    assert p.salary is not None and (p.salary.minimum, p.salary.maximum, p.salary.currency) == (
        65000,
        80000,
        "EUR",
    )
    assert p.employment_type == "full time" and p.date_posted == date(2026, 10, 2)
    assert "<" not in p.description and "&amp;" not in p.description
    assert "• Solid SQL and PostgreSQL." in p.description
    skills = {m.skill: m for m in p.skills}
    # the sentence that asks for Go, not the duty that names it first (round 18)
    assert skills["Go"].evidence.startswith("4+ years of backend development, mostly in Go")
    assert skills["Kafka"].importance is Importance.NICE_TO_HAVE
    assert skills["Docker"].importance is Importance.REQUIRED


def test_broken_json_ld_is_mended(matcher: SkillMatcher) -> None:
    p = read("posting_broken_jsonld.html", matcher)
    assert p.title == "Staff Nurse, Cardiology Ward"
    assert p.company == "Riverside Health Trust"
    assert p.salary is not None and p.salary.minimum == 31000
    assert "administer medications" in p.description and "&lt;" not in p.description
    found = {m.skill: m.importance for m in p.skills}
    assert found["IV therapy"] is Importance.NICE_TO_HAVE
    assert {"patient assessment", "medication administration", "Basic Life Support"} <= set(found)


def test_several_blocks_pick_the_posting_the_page_is_about(matcher: SkillMatcher) -> None:
    p = read("posting_multiple.html", matcher)
    assert p.title == "Warehouse Team Leader"
    assert p.salary is not None and p.salary.period == "hour"
    assert any("not valid JSON" in w for w in p.warnings)
    assert any("2 job postings" in w for w in p.warnings)
    assert "forklift operation" in {m.skill for m in p.skills}


def test_microdata(matcher: SkillMatcher) -> None:
    p = read("posting_microdata.html", matcher)
    assert p.source_format == "microdata"
    assert (p.title, p.company, p.location) == (
        "Year 4 Class Teacher",
        "Oakfield Primary School",
        "Bristol, UK",
    )
    assert {"lesson planning", "classroom management", "teaching licence"} <= {
        m.skill for m in p.skills
    }


def test_page_without_structured_data_uses_the_text(matcher: SkillMatcher) -> None:
    p = read("posting_plain.html", matcher)
    assert p.source_format == "html-text"
    assert p.title == "Sales Development Representative"
    assert p.company == "Brightwell Software"
    assert p.location == "Manchester (hybrid)"
    assert p.salary is not None and p.salary.minimum == 28000
    assert "Home" not in p.description.split("\n")[0]  # navigation left out
    assert {"cold calling", "HubSpot", "Salesforce"} <= {m.skill for m in p.skills}


def test_a_page_that_is_not_a_posting_is_refused(matcher: SkillMatcher) -> None:
    with pytest.raises(NotAPosting, match="paste its text instead"):
        read("not_a_posting.html", matcher)


def test_markdown_and_text(matcher: SkillMatcher) -> None:
    md = read("posting.md", matcher)
    assert (md.title, md.company, md.location) == (
        "Data Analyst",
        "Greenleaf Grocers",
        "Remote (UK)",
    )
    assert md.remote is True
    assert {m.skill: m.importance for m in md.skills}["dbt"] is Importance.NICE_TO_HAVE
    txt = read("posting.txt", matcher)
    assert (txt.title, txt.company) == ("Electrician (Commercial)", "Harwood Building Services")
    assert txt.salary is not None and txt.salary.period == "hour"
    assert "Rust" not in {m.skill for m in txt.skills}


def test_pasted_text(matcher: SkillMatcher) -> None:
    p = read_posting(
        "Barista\n\nWe need a barista with latte art and cash handling. Apply now.", None, matcher
    )
    assert p.title == "Barista"
    assert {"barista skills", "cash handling"} <= {m.skill for m in p.skills}


def test_unknown_encoding_is_refused_with_what_to_do() -> None:
    data = (
        "Sales Assistant\nRequirements: café experience, customer service and cash handling "
        "on a busy till."
    ).encode("cp1252")
    with pytest.raises(UnreadableDocument, match="not UTF-8.*--encoding"):
        read_posting(data, "posting.txt")
    assert "café" in read_posting(data, "posting.txt", encoding="cp1252").description


def test_declared_charset_of_a_page_is_used() -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Chef</title></head><body><main>'
        "<h1>Commis Chef</h1><p>Requirements: food safety, knife skills and a calm head in a "
        "busy kitchen. Salary £24k. Apply with your CV; experience in a caf\xe9 helps, and so "
        "does a love of seasonal food.</p></main></body></html>"
    ).encode("cp1252")
    assert "café" in read_posting(page, "chef.html").description


@pytest.mark.parametrize("data", [b"", b"   \n  "])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(UnreadableDocument, match="empty"):
        read_posting(data, "empty.txt")


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (
            "# Hotel Receptionist — The Lantern Hotel\n\n**Location:** Inverness\n\n"
            "## Requirements\n- Customer service in hospitality\n- Cash handling\n",
            "Hotel Receptionist",
            "The Lantern Hotel",
        ),
        (
            "# English Teacher (Adults) — Lingua Bridge School\n\n**Location:** Valencia\n\n"
            "## Requirements\n- CELTA or TESOL certificate\n",
            "English Teacher (Adults)",
            "Lingua Bridge School",
        ),
        (
            "# Sales Development Representative — Loomwork\n\nLoomwork makes software.\n\n"
            "## Your week\n- Cold calling\n\n## You\n- Resilient and curious\n",
            "Sales Development Representative",
            "Loomwork",
        ),
    ],
)
def test_markdown_heading_names_title_and_employer(text: str, title: str, company: str) -> None:
    p = read_posting(text, "posting.md")
    assert (p.title, p.company) == (title, company)


@pytest.mark.parametrize(
    ("text", "name", "company", "location"),
    [
        (  # LinkedIn: the hiring team's member is not the employer
            "Halvorsen Drug & Wellness\nCertified Pharmacy Technician\nEau Claire, WI · 1 week ago\n"
            "\nEasy Apply   Save\n\nMeet the hiring team\nKristin Aabel\nPharmacy District Manager\n"
            "\nAbout the job\nYou will process prescriptions.\n\nRequired:\n- PTCB certification\n",
            "posting.txt",
            "Halvorsen Drug & Wellness",
            "Eau Claire, WI",
        ),
        (  # Naukri: a walk-in venue is an address; "Noida( Sector 62 )" is Noida
            "Customer Care Executive - International Voice Process\nNirmaan BPO Services\n"
            "3.4 ★ 1.2K Reviews\n\n0 - 3 Yrs\nNoida( Sector 62 )\n\nJob description\n"
            "Handle inbound calls.\n\nWalk-in details\nVenue: Nirmaan Tower, Plot A-19, Sector 62, "
            "Noida\n\nDepartment: Customer Success, Service & Operations\n",
            "posting.txt",
            "Nirmaan BPO Services",
            "Noida",
        ),
        (  # NHS Jobs: the town of an address
            "Staff Nurse - Acute Medical Unit\nNorthmoor Teaching Hospitals NHS Foundation Trust\n\n"
            "Job locations: Pinderfields Lane Hospital, Aberford Road, Wakefield, WF1 9ZZ\n\n"
            "Job summary\nYou will care for acutely unwell adults.\n",
            "posting.txt",
            "Northmoor Teaching Hospitals NHS Foundation Trust",
            "Wakefield",
        ),
        (  # a careers page: table cells glued to their labels, "Careers at" in the page title
            "<html><head><title>Data Analyst | Careers at Coastal Rivers Water</title></head><body>"
            "<div>Coastal Rivers Water - Careers</div><p>Home / Work with us / Data Analyst</p>"
            "<h1>Data Analyst</h1><table><tr><td>Location:</td><td>Geelong VIC</td></tr>"
            "<tr><td>Categories:</td><td>Information Technology, Data &amp; Analytics</td></tr>"
            "</table><p>You will write SQL and build Power BI reports. Apply now. "
            "Requirements: experience with SQL. Salary $98,500.</p></body></html>",
            "posting.html",
            "Coastal Rivers Water",
            "Geelong VIC",
        ),
    ],
)
def test_board_layouts_name_the_employer_and_town(
    text: str, name: str, company: str, location: str
) -> None:
    p = read_posting(text, name)
    assert (p.company, p.location) == (company, location)
