"""Header layouts and pages read from author S's dev half (round six), each as a class: SEEK's
region lines, a town with its district in brackets, Job Bank's "Job posting:" label, Reed's
"Posted ... by EMPLOYER", a label over its value that is not the employer, Naukri's experience
beside the title, and a page whose job data holds only a one-line summary."""

from __future__ import annotations

import pytest

from bounceback.places import is_place
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting
from bounceback.skills.vocabulary import builtin_vocabulary

BODY = (
    "\n\nResponsibilities\n- Keep accurate records of deliveries\n\n"
    "Requirements\n- Forklift licence\n- A positive attitude\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Newcastle, Hunter & Central Coast NSW",
        "Ipswich & Western Suburbs QLD",
        "Hyderabad (HITEC City)",
        "Delta, BC (Tilbury Industrial Park)",
        "Bristol & surrounding areas",
    ],
)
def test_region_lines_and_towns_with_their_district_are_places(line: str) -> None:
    assert is_place(line)


@pytest.mark.parametrize(
    "line",
    [
        "Trades & Services (Transport & Logistics)",
        "Community Services & Development (Aged & Disability Support)",
        "Sales & Marketing",
    ],
)
def test_board_categories_are_not_places(line: str) -> None:
    assert not is_place(line)


@pytest.mark.parametrize(
    ("text", "title", "company", "location"),
    [
        (
            "Disability Support Worker - Casual\nCoastwise Community Living\n"
            "Newcastle, Hunter & Central Coast NSW\n"
            "Community Services & Development (Aged & Disability Support)\n",
            "Disability Support Worker",  # round 25: "Casual" is the job's terms, no part of it
            "Coastwise Community Living",
            "Newcastle, Hunter & Central Coast NSW",
        ),
        (
            "Job posting: Carpenter (Red Seal) – Formwork\nEmployer: Prairie Summit Builders Inc.\n"
            "Job location: Saskatoon, SK S7K 3J8\nStarts as soon as possible\n",
            "Carpenter (Red Seal) – Formwork",
            "Prairie Summit Builders Inc.",
            "Saskatoon",
        ),
        (
            "HR Advisor\nPosted 30 November by Kingsway Residential Care Group  Easy Apply\n"
            "£34,000 - £37,000 per annum\nNorthampton, Northamptonshire\n",
            "HR Advisor",
            "Kingsway Residential Care Group",
            "Northampton",
        ),
        (
            "Data Engineer - PySpark / Azure Databricks | 4-8 yrs | Pune / Bangalore (Hybrid)\n"
            "Kaveri Analytics Solutions\n4.2  (890 Reviews)\n",
            "Data Engineer - PySpark / Azure Databricks",
            "Kaveri Analytics Solutions",
            None,
        ),
        (
            "Staff Nurse - Acute Medical Unit\nBand 5\n\nEmployer\nHarrowfield Hospitals NHS "
            "Foundation Trust\nSite\nHarrowfield General Hospital\nTown\nWakebridge\n",
            "Staff Nurse - Acute Medical Unit",
            "Harrowfield Hospitals NHS Foundation Trust",
            "Wakebridge",
        ),
        (
            "Level 3 Nursery Practitioner\nLittle Acorns Day Nursery (Bramley)\nLeeds LS13\n",
            "Level 3 Nursery Practitioner",
            "Little Acorns Day Nursery (Bramley)",
            "Leeds",
        ),
        (
            "Biomedical Scientist - Blood Sciences\nBand 5\n\nNorthgate Pathology Partnership\n"
            "Hexley Royal Infirmary, Hexley\n",
            "Biomedical Scientist - Blood Sciences",
            "Northgate Pathology Partnership",
            "Hexley",
        ),
    ],
)
def test_header_layouts(text: str, title: str, company: str, location: str | None) -> None:
    posting = read_posting((text + BODY).encode(), "p.txt")
    assert posting.title == title
    assert posting.company == company
    if location is not None:
        assert location in (posting.location or "")


def test_a_label_over_its_value_is_not_the_employer() -> None:
    text = (
        "Social Worker - Children in Need\nDirectorate\nChildren's Services\n"
        "Location\nHalsworth Civic Centre, Halsworth\n"
    )
    posting = read_posting((text + BODY).encode(), "p.txt")
    assert posting.company not in ("Directorate", "Children's Services")


def test_a_one_line_summary_in_the_job_data_gives_way_to_the_page() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org/",'
        '"@type":"JobPosting","title":"Recruiter","hiringOrganization":{"@type":"Organization",'
        '"name":"Bluestem Group"},"description":"Full-cycle recruiting for our plants."}'
        "</script></head><body><h1>Recruiter</h1><h2>What you'll do</h2><ul>"
        "<li>Source candidates via LinkedIn Recruiter and job fairs</li>"
        "<li>Manage candidates and offers in the Workday Recruiting ATS</li>"
        "<li>Conduct background checks and E-Verify</li></ul><h2>What you'll need</h2><ul>"
        "<li>2+ years of full-cycle recruiting experience</li><li>Knowledge of OFCCP compliance"
        "</li></ul><h2>Benefits</h2><p>Medical, dental, vision; 401(k). Apply now.</p>"
        "</body></html>"
    )
    matcher = SkillMatcher(builtin_vocabulary())
    posting = read_posting(page.encode(), "p.html", matcher)
    assert posting.company == "Bluestem Group"
    assert "Workday" in posting.description
    assert any("summary" in w for w in posting.warnings)
    # read from the page (a duty's tool: asked for or, from round eleven, also mentioned)
    assert "LinkedIn Recruiter" in [m.skill for m in posting.skills + posting.mentioned]
