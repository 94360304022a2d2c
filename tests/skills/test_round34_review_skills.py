"""Round 34 (fixskills34): the round's code review of the skills reader. A "Similar jobs"
sidebar's "Company:" row names another employer (F3); a business named "... Hub" is no unit
of a university it mentions (F5); an ordinary CV's trainees, football refereeing, school
tutorials and self-funded break are no academic skills (F6); a held qualification is named
without its institution (F7). Texts written for these tests."""

from __future__ import annotations

from datetime import date

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.postings import posting_from_html, posting_from_text
from bounceback.skills.resumes import read_resume

_SIDEBAR_PAGE = """<html><body>
<aside><h3>Similar jobs</h3><ul><li><p>Senior Barista</p><p>Company: Beta Roasters Ltd</p>
<p>Location: York</p></li></ul></aside>
<main><h1>Barista</h1><p>Acme Coffee Ltd</p><p>Leeds</p><h2>About the role</h2>
<p>Acme Coffee Ltd is an independent roastery in Leeds. We are looking for a barista to join
our team.</p><h2>Requirements</h2><ul><li>Experience with espresso machines</li>
<li>Customer service skills</li></ul></main></body></html>"""

_OWN_ROW_PAGE = """<html><body>
<div class="summary"><p>Company: Acme Coffee Ltd</p><p>Location: Leeds</p></div>
<main><h1>Barista</h1><h2>About the role</h2><p>We are an independent roastery looking for a
barista to join our team.</p><h2>Requirements</h2><ul><li>Experience with espresso machines</li>
<li>Customer service skills</li></ul></main>
</body></html>"""


def test_a_similar_jobs_sidebars_company_row_is_not_the_employer() -> None:
    posting = posting_from_html(_SIDEBAR_PAGE)
    assert posting.company == "Acme Coffee Ltd"  # main: "Beta Roasters Ltd"
    div = _SIDEBAR_PAGE.replace("<aside>", "<div class='side'>").replace("</aside>", "</div>")
    assert posting_from_html(div).company == "Acme Coffee Ltd"  # headed "Similar jobs"


def test_the_pages_own_company_row_still_names_the_employer() -> None:
    posting = posting_from_html(_OWN_ROW_PAGE)
    assert posting.company == "Acme Coffee Ltd"
    assert posting.location == "Leeds"


_CAFE = """Barista
The Coffee Hub
Leeds

We are an independent café. {sentence}

Responsibilities
- Prepare espresso drinks and serve customers
- Keep the counter clean

Requirements
- Barista experience
- Friendly customer service
"""


def test_a_business_named_hub_keeps_its_name_beside_a_university_it_mentions() -> None:
    for sentence in (
        "Most of our customers come from the University of Leeds.",
        "We sit right next to the University of Leeds campus.",
    ):
        posting = posting_from_text(_CAFE.format(sentence=sentence))
        assert posting.company == "The Coffee Hub", sentence  # main: "University of Leeds"


def test_a_hub_beside_the_title_still_gives_way_to_its_council() -> None:
    text = """Support Worker - Adult Safeguarding Hub
Leeds

Leeds City Council is recruiting a support worker for its safeguarding hub.

Responsibilities
- Support adults at risk
"""
    assert posting_from_text(text).company == "Leeds City Council"


_MANAGER_CV = """Sam Okafor
Store Manager

EXPERIENCE
Store Manager, Brightmart, Leeds, 2019 - present
- Supervised a team of 12 including 3 graduate trainees
- Volunteer referee for the Leeds Sunday League under-12s

Funding
Self-funded career break 2022, travelling in South America

EDUCATION
BA Business, University of Leeds, 2015
"""

_SCHOOL_TEACHER_CV = """Priya Shah
Secondary Teacher

Teaching
Maths to Years 7-11 at Brackenford Academy; ran lunchtime tutorials for GCSE students in room 104.

Education
PGCE, University of Bristol, 2016
"""


def _skills(text: str, matcher: SkillMatcher) -> set[str]:
    resume = read_resume(text, "cv.txt", matcher, today=date(2026, 12, 1))
    return {m.skill for m in resume.skills}


def test_an_ordinary_cv_shows_no_academic_skills(matcher: SkillMatcher) -> None:
    skills = _skills(_MANAGER_CV, matcher)
    for skill in ("postgraduate supervision", "peer review", "grant writing"):
        assert skill not in skills, skill  # main: all three


def test_a_school_teachers_own_degree_is_no_university_taught_at(matcher: SkillMatcher) -> None:
    assert "university teaching" not in _skills(_SCHOOL_TEACHER_CV, matcher)  # main: shown


def test_an_academics_reviewing_and_supervision_still_show(matcher: SkillMatcher) -> None:
    cv = """Dr Ana Ruiz
Lecturer in Ecology, University of Brackenford, 2020 - present
- Supervised 3 PhD students and 2 MSc dissertations
- Reviewer for the Journal of Ecology

Research funding
- 2023 Leverhulme Trust, GBP 90,000 (PI)
"""
    skills = _skills(cv, matcher)
    for skill in ("postgraduate supervision", "peer review", "grant writing"):
        assert skill in skills, skill


def test_a_held_degree_is_named_without_its_institution(matcher: SkillMatcher) -> None:
    skills = _skills(_MANAGER_CV, matcher)
    assert "BA Business" in skills
    assert not any("University of Leeds" in s for s in skills)  # main: "BA Business, University of Leeds"
