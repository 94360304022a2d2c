"""Round 25: a Markdown resume's bold labels ("- **Languages:** TypeScript, Go") read as the
labels of lists, not as skills, and the skills after them found; the job's terms beside its
title ("- Nights", "(FIFO)", "- Fixed Term (22 hours)") and a board's "Listed" date never taken
for the employer."""

from __future__ import annotations

import pytest

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting
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
