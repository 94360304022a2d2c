"""Round 25: a Markdown resume's bold labels ("- **Languages:** TypeScript, Go") read as the
labels of lists, not as skills, and the skills after them found; the job's terms beside its
title ("- Nights", "(FIFO)", "- Fixed Term (22 hours)") and a board's "Listed" date never taken
for the employer; a credential written in title case ("Registered BAS Agent") is the credential;
a mobile crane and slinging are no longer read as overhead crane operation (vocabulary
2026.12.26)."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import posting_skills, read_posting
from bounceback.skills.resumes import read_resume
from tests_now import TODAY


def _resume(text: str, matcher: SkillMatcher, name: str = "cv.md") -> set[str]:
    return {s.casefold() for s in read_resume(text, name, matcher, today=TODAY).skill_names}


def test_a_markdown_resumes_bold_labels_are_no_skills_and_their_lists_are_read(
    matcher: SkillMatcher,
) -> None:
    found = _resume(
        "# Priya Raman\nSoftware Developer\n\n## Technical skills\n\n"
        "- **Languages:** TypeScript, Java, SQL\n"
        "- **Frameworks:** Spring Boot, React\n"
        "- **Data:** PostgreSQL, Redis\n"
        "- **Cloud & Tooling:** Docker, Terraform\n"
        "- **Languages spoken:** English (native), French\n\n"
        "## Experience\n\n- Built **GST** reconciliation reports in [Power BI](https://example.org)\n",
        matcher,
    )
    assert {"typescript", "java", "postgresql", "spring boot", "docker", "english", "french"} <= found
    assert "power bi" in found
    assert not {"languages", "frameworks", "data", "cloud", "languages spoken"} & found
    assert not [s for s in found if "*" in s]


def test_a_label_the_vocabulary_knows_is_still_a_skill(matcher: SkillMatcher) -> None:
    found = _resume(
        "Sam Okafor\nBackend Developer\n\nSkills\n- Python: Django, Flask\n- Stock control: cycle counts\n",
        matcher,
        "cv.txt",
    )
    assert {"python", "django", "flask", "stock control"} <= found


def _fields(text: str, name: str = "posting.txt") -> tuple[str, str, str]:
    posting = read_posting(text.encode(), name)
    return posting.title, posting.company or "", posting.location or ""


@pytest.mark.parametrize(
    ("title_line", "title"),
    [
        ("Class 2 Truck Driver - Nights", "Class 2 Truck Driver"),
        ("Dump Truck Operator (FIFO) - Newman WA", "Dump Truck Operator"),
        ("Biomedical Scientist - 9 Month Contract", "Biomedical Scientist"),
        ("Science Teacher - Fixed Term (18 hours)", "Science Teacher"),
        ("Backend Developer | Intermediate/Senior", "Backend Developer"),
        ("Station Hand - Accommodation Provided", "Station Hand"),
        ("Care Assistant (Part Time, 24 hrs) - Weekends", "Care Assistant"),
    ],
)
def test_the_terms_beside_a_title_are_neither_the_employer_nor_the_title(
    title_line: str, title: str
) -> None:
    got_title, company, _place = _fields(
        f"{title_line}\n\nMarlow & Pike Services Ltd is a family-run business founded in 1998.\n\n"
        "What you'll do\n- Work safely with the team\n\nApply with your CV.\n"
    )
    assert got_title == title
    assert company == "Marlow & Pike Services Ltd"


def test_a_boards_listed_date_is_no_employer() -> None:
    title, company, place = _fields(
        "Roofer\nTauranga, Bay of Plenty\nFull time\nListed Wed, 3 Sep\n\n"
        "Harakeke Roofing Ltd is a local roofing company with a crew of twelve.\n\n"
        "The role\n- Install long run iron roofs\n"
    )
    assert company == "Harakeke Roofing Ltd"
    assert "Listed" not in title
    assert place.startswith("Tauranga")


def test_a_careers_pages_terms_and_its_schools_town_are_read_apart() -> None:
    page = (
        "<html><head><title>Vacancies | Scoil Mhuire Gan Smál, Tullamore</title></head><body>"
        "<h1>Vacancies</h1><h2>Teacher of Geography - Fixed Term (16 hours)</h2>"
        "<p>The Board of Management invites applications for the following post.</p>"
        "<h3>Requirements</h3><ul><li>Registered with the Teaching Council</li></ul>"
        "<p>Apply by email with your CV and a cover letter.</p></body></html>"
    )
    title, company, _place = _fields(page, "vacancy.html")
    assert title == "Teacher of Geography"
    assert company == "Scoil Mhuire Gan Smál"


def test_a_credential_in_title_case_is_the_credential(matcher: SkillMatcher) -> None:
    posting = read_posting(
        b"Bookkeeper\nKestrel Accounting Pty Ltd\nToowoomba QLD\n\nAbout you\n"
        b"- Registered BAS Agent (or eligible to register)\n- Xero and MYOB\n",
        "p.txt",
    )
    asked = {m.skill for m in posting_skills(posting, matcher)}
    assert "registered BAS agent" in asked
    assert "BAS returns" not in asked  # the registration, not the returns it lets you lodge
    resume = "Mia Tran\nBookkeeper\n\nCredentials\n- Registered BAS Agent\n- Xero Advisor\n"
    assert "registered bas agent" in _resume(resume, matcher)


def test_a_mobile_crane_and_the_slinging_around_it_are_not_overhead_cranes(
    matcher: SkillMatcher,
) -> None:
    posting = read_posting(
        b"Crane Operator\nKestrel Lifting Ltd\nLeeds\n\nRequirements\n"
        b"- CPCS A60 mobile crane ticket\n- Slinger signaller card\n- Banksman experience\n",
        "p.txt",
    )
    asked = {m.skill for m in posting_skills(posting, matcher)}
    assert {"mobile crane operation", "slinging"} <= asked
    found = _resume(
        "Dan Moore\nSlinger Signaller\n\nTickets\n- Slinger signaller (CPCS A40)\n- Mobile crane\n",
        matcher,
    )
    assert {"slinging", "mobile crane operation"} <= found
    assert "overhead crane operation" not in found


def test_a_shopping_centre_beside_the_title_is_where_the_store_is_not_the_employer() -> None:
    title, company, _place = _fields(
        "Retail Assistant - Part Time (16 hrs) - Riverside Shopping Centre\n\nLimerick\n\n"
        "Join the team in our Riverside Shopping Centre store.\n\n"
        "Corrib Shoes Ltd is a family shoe retailer with 14 stores across Munster.\n\n"
        "The role\n- Serve customers on the shop floor\n- Process sales on the till\n"
    )
    assert company == "Corrib Shoes Ltd"
    assert title.startswith("Retail Assistant")
