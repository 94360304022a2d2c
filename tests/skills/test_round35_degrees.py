"""Round 35 (skills43): degrees, read in the shapes postings and resumes write them and compared
by level and subject.

On main a degree with several subjects ("Degree in Computer Science, Information Technology or
a related discipline", "Degree in HR or Business plus CIPD Level 5"), a long form ("Bachelor of
Science in Nursing") or a subject before the word ("A Statistics degree is essential") gave no
skill at all, and two names of one degree never met: a resume's "Bachelor of Commerce" left a
posting's "B.Com (Hons)" a gap, "B.E./B.Tech in Computer Science" was not "Degree in Computer
Science", "MSc" not "MSc or PhD in Machine Learning" (`skills/degrees.py`,
`skills/degreenames.py`)."""

from __future__ import annotations

import pytest

from bounceback.domain.skills import Importance, SkillMatch
from bounceback.skills.degrees import find_degrees
from bounceback.skills.evidence import TextIndex
from bounceback.skills.gaps import application_gaps
from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import read_posting
from bounceback.skills.sameskill import Covered, same_skill


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bachelor of Commerce", "B.Com (Hons)"),
        ("B.Sc. Nursing", "Bachelor of Science in Nursing"),
        ("BSc (Hons) Midwifery", "BSc Midwifery"),
        ("Business degree", "Degree in HR or Business"),
        ("B.E./B.Tech in Computer Science", "Degree in Computer Science"),
        ("MSc", "MSc or PhD in Machine Learning"),
        ("National Diploma or BSc in Microbiology", "BSc in Microbiology, Biotechnology"),
        ("B.S. Statistics", "Statistics degree"),
        ("degree in Chemistry", "MSc Chemistry"),
        ("LLB", "Bachelor of Laws"),
        ("Master's in Public Health", "MPH"),
        ("Diploma in Quantity Surveying, Building", "Degree or Diploma in Quantity Surveying"),
    ],
)
def test_two_names_of_one_degree_are_one_skill(a: str, b: str) -> None:
    assert same_skill(a, b) and same_skill(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("B.Com", "M.Com"),
        ("MBA", "Bachelor's degree"),
        ("Microbiology degree", "degree in Chemistry"),
        ("high school diploma", "degree"),
        ("high school diploma", "Diploma in Accounting"),
        ("bed making", "Bachelor's degree"),
        ("MS Office", "MSc"),
        ("master data", "Master's degree"),
        ("BA in English", "BA in History"),
    ],
)
def test_different_degrees_and_words_that_only_look_like_one_stay_apart(a: str, b: str) -> None:
    assert not same_skill(a, b) and not same_skill(b, a)


def _match(skill: str) -> SkillMatch:
    return SkillMatch(
        skill, "test", skill, 0, len(skill), f"We ask for {skill}.", Importance.REQUIRED
    )


def test_a_resume_degree_written_otherwise_closes_the_gap() -> None:
    posting = [_match("B.Com (Hons)"), _match("Degree in HR or Business"), _match("MBA")]
    gaps = application_gaps(posting, {"Bachelor of Commerce", "BSc Business Management"})
    assert [g.skill for g in gaps.required_missing] == ["MBA"]
    assert "B.Com (Hons)" in Covered(["Bachelor of Commerce"])
    assert "M.Com" not in Covered(["Bachelor of Commerce"])


HEAD = "Graduate Analyst\nKestrel Labs\nLeeds\n\nAbout the role\nAnalyse data.\n\n"


def _degrees(lines: str, heading: str = "Requirements") -> set[str]:
    text = HEAD + heading + "\n" + lines + "\n- Reliable and punctual\n"
    return {m.skill for m in find_degrees(text, TextIndex(text), [])}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        (
            "- Degree in Computer Science, Information Technology or a related discipline",
            "Degree in Computer Science, Information Technology",
        ),
        ("- Degree in HR or Business plus CIPD Level 5", "Degree in HR or Business"),
        ("- Bachelor of Science in Nursing from an accredited school", "Bachelor of Science in Nursing"),
        ("- A Statistics degree is essential", "Statistics degree"),
        ("- BSc (Hons) Diagnostic Radiography (or equivalent)", "BSc (Hons) Diagnostic Radiography"),
        ("- MBA preferred", "MBA"),
        ("- Master's degree in Public Policy or Economics", "Master's degree in Public Policy or Economics"),
        ("- Education: B.Tech/B.E. in Any Specialization", "B.Tech/B.E."),
        ("- Degree in geography or completed training as a surveyor", "Degree in geography"),
        ("- LLB and admission as a solicitor", "LLB"),
    ],
)  # fmt: skip
def test_a_degree_asked_for_is_read_whole_without_its_tail(line: str, skill: str) -> None:
    assert skill in _degrees(line)


@pytest.mark.parametrize(
    "line",
    [
        "- Work to a high degree of accuracy",
        "- Maintain vendor master data in SAP",
        "- Design to BS 5839 and BS EN 62305",
        "- Proficient in MS Office",
        "- Based in Boston, MA",
    ],
)
def test_words_that_only_look_like_a_degree_are_no_degree(line: str) -> None:
    assert _degrees(line) == set()


def test_a_degree_the_employer_funds_is_not_asked() -> None:
    assert _degrees("- We fund an MBA for every manager", heading="Benefits") == set()


def test_a_posting_asks_for_the_degree_once_not_for_its_subjects(matcher: SkillMatcher) -> None:
    text = (
        HEAD
        + "Requirements\n- Degree in Computer Science, Information Technology or related discipline\n"
        "- A Statistics degree is essential\n- Bachelor of Science in Nursing\n"
    )
    posting = read_posting(text, "posting.txt", matcher)
    asked = {m.skill for m in posting.skills}
    assert {
        "Degree in Computer Science, Information Technology",
        "Statistics degree",
        "Bachelor of Science in Nursing",
    } <= asked


def test_a_resumes_education_lines_give_their_degrees() -> None:
    text = (
        "EDUCATION\nB.Sc. (Hons) Mathematics, University of Limerick, 2019\nMBA, 2023\n"
        "Jo Bloggs MEng CEng MIMechE\n"
    )
    found = {m.skill for m in find_degrees(text, TextIndex(text), [], resume=True)}
    assert {"B.Sc. (Hons) Mathematics", "MBA", "MEng"} <= found
    assert "MEng CEng MIMechE" not in found  # the letters after a name are no subject
