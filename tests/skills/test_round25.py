"""Round 25: a Markdown resume's bold labels ("- **Languages:** TypeScript, Go") read as the
labels of lists, not as skills, and the skills after them found."""

from __future__ import annotations

from bounceback.skills.matcher import SkillMatcher
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
