"""Round 34 (skills41): a unit read as the employer gives way to the body that employs (a
page's summary row, a crest's alt text, the line under the title); a title whose first words
name its field ("Health & Safety Advisor") stays whole; a resume's qualifications and an
academic CV's grants, publications, teaching and reviewing. Postings and resumes written for
these tests."""

from __future__ import annotations

from datetime import date

from bounceback.skills.matcher import SkillMatcher
from bounceback.skills.parentbody import parent_body
from bounceback.skills.postings import read_posting
from bounceback.skills.resumes import read_resume
from bounceback.skills.titletidy import first_role

_SUMMARY_PAGE = """<html><head><title>Occupational Therapist - Band 6 | CareersBoardUK</title></head>
<body>
<h1>Occupational Therapist - Community Rehabilitation (Band 6)</h1>
<table class="job-summary">
<tr><th>Employer</th><td>Wyvern Valley Community Health NHS Trust</td></tr>
<tr><th>Location</th><td>Kestrel House, Worcester, WR1 2AB</td></tr>
<tr><th>Salary</th><td>&pound;37,338 - &pound;44,962 per annum</td></tr>
</table>
<div class="job-description">
<h2>Job overview</h2>
<p>Join our community rehabilitation team supporting adults at home after a hospital stay.
You will work with physiotherapists, nurses and social workers to help people regain their
independence, and you will supervise a rehabilitation assistant and occupational therapy
students on placement.</p>
<h2>Main duties</h2>
<ul><li>Carry out functional assessments and home visits</li>
<li>Prescribe equipment and minor adaptations</li></ul>
<h2>Person specification</h2>
<ul><li>HCPC registration as an Occupational Therapist</li><li>Full UK driving licence</li>
<li>Experience of community rehabilitation</li></ul>
<h2>How to apply</h2>
<p>Apply online with your CV and a supporting statement. Closing date 12 January.</p>
</div>
</body></html>"""

_CREST_PAGE = """<html><head><title>Lecturer in Midwifery</title></head><body>
<div class="brand"><img src="crest.svg" alt="University of Farrowdale crest"></div>
<h1>Lecturer in Midwifery</h1>
<table>
<tr><th>School</th><td>School of Nursing and Midwifery</td></tr>
<tr><th>Campus</th><td>Riverside Campus, Farrowdale</td></tr>
<tr><th>Grade</th><td>Grade 7</td></tr>
</table>
<h2>Role summary</h2>
<p>You will teach on our pre-registration midwifery programme and supervise dissertations.</p>
<h2>Person specification</h2>
<ul><li>Registered Midwife on the NMC register</li><li>Master's degree in a relevant subject</li></ul>
<p>The University is a Disability Confident employer.</p>
</body></html>"""

_COUNCIL_PAGE = """<html><head><title>Senior Social Worker - Adult Safeguarding | CareSocialJobs</title></head><body>
<div class="cookies">We and our partners use cookies. <a>Accept</a> <a>Customise</a></div>
<nav><a>CareSocialJobs</a> <a>Jobs</a> <a>Recruiters</a> <a>Salary checker</a></nav>
<h1>Senior Social Worker - Adult Safeguarding</h1>
<div class="meta"><span>Ashby &amp; Kersey City Council</span> |
<span>Hybrid (2 days) - Ashby</span> |
<span>&pound;44,428 - &pound;47,754</span> |
<span>Permanent, 37 hours</span></div>
<p>We are looking for an experienced Senior Social Worker to join our Adult Safeguarding Hub. You will lead Section 42 enquiries under the Care Act 2014 and chair safeguarding strategy meetings.</p>
<h2>What you'll need</h2>
<ul><li>Degree in Social Work</li><li>Current registration with Social Work England</li><li>Full driving licence</li></ul>
<p>Apply</p>
<footer>&copy; CareSocialJobs 2026 | Cookies</footer>
</body></html>"""

_BAR_TEXT = """Bartender - The Copper Still
Leeds

The Copper Still is a busy cocktail bar in Leeds city centre, licensed by Leeds City Council.

What you'll need
- Cocktail making experience
- Cash handling
"""

_HS_TEXT = """Health & Safety Advisor
Northgate Borough Council
Based at: Civic Centre, Northgate

You will advise managers on risk assessments and investigate accidents.
"""


def test_a_summary_rows_employer_and_place_outside_the_description(matcher: SkillMatcher) -> None:
    posting = read_posting(_SUMMARY_PAGE, "ot.html", matcher=matcher)
    # main read only the description's node: "Community Rehabilitation (Band 6)", no place
    assert posting.company == "Wyvern Valley Community Health NHS Trust"
    assert posting.location == "Kestrel House, Worcester, WR1 2AB"


def test_a_school_gives_way_to_the_university_its_crest_names(matcher: SkillMatcher) -> None:
    posting = read_posting(_CREST_PAGE, "lecturer.html", matcher=matcher)
    assert posting.company == "University of Farrowdale"  # main: "School of Nursing and Midwifery"


def test_a_team_beside_the_title_gives_way_to_the_council_under_it(matcher: SkillMatcher) -> None:
    posting = read_posting(_COUNCIL_PAGE, "sw.html", matcher=matcher)
    assert posting.company == "Ashby & Kersey City Council"  # main: "Adult Safeguarding"


def test_a_bar_named_beside_the_title_stays_the_employer(matcher: SkillMatcher) -> None:
    posting = read_posting(_BAR_TEXT, "bar.txt", matcher=matcher)
    assert posting.company == "The Copper Still"  # the council that licenses it employs no one


def test_parent_body_leaves_an_employer_that_is_no_unit() -> None:
    lines = ["Care Assistant", "Hollybank Care Home", "Registered with Whitby Borough Council"]
    assert parent_body("Hollybank Care Home", "Care Assistant", lines) == ""
    assert parent_body("The Council", "Planning Officer", ["Eastmere District Council"]) == (
        "Eastmere District Council"
    )


def test_a_title_whose_first_words_name_its_field_stays_whole(matcher: SkillMatcher) -> None:
    posting = read_posting(_HS_TEXT, "hs.txt", matcher=matcher)
    assert posting.title == "Health & Safety Advisor"  # main: "Health"
    assert first_role("Payroll & Pensions Officer") == "Payroll & Pensions Officer"
    assert first_role("Sales & Marketing Manager") == "Sales & Marketing Manager"
    # several roles a line lists: still the first
    assert first_role("Line Cook, Kitchen Porter and Waiter") == "Line Cook"
    assert first_role("Chef & Kitchen Porter") == "Chef"


_NURSE_CV = """Aroha Tane
Registered Midwife

EDUCATION
Bachelor of Nursing - Harbourside University, Dunmore          2016 - 2019

EXPERIENCE
Midwife, Dunmore Hospital, 2019 - present
- Antenatal and postnatal care on a 24-bed ward
"""

_ACADEMIC_CV = """# Dr Ilse Varga - Curriculum Vitae

## Appointments
2021 - present  Senior Lecturer in Soil Science, University of Brackenford

## Grants
- 2024 National Science Fund, "Carbon in upland peat", $310,000 (PI)
- 2022 Brackenford seed grant, $20,000

## Selected publications
1. Varga I., Holt P. (2025). Peat carbon under drought. *Soil Biology* 12: 40-52.

## Teaching
SOIL 210 Soil Physics (coordinator, 120 students); supervision of 2 PhD and 3 MSc students.

## Service
Reviewer for *Soil Biology* and *Geoderma*.
"""

_SCHOOL_CV = """Tom Reyes
Secondary Teacher

## Teaching
Maths and Physics to Years 9-13 at Brackenford High School.

## Education
Graduate Diploma of Teaching, 2015
"""


def test_a_resumes_degree_is_shown_though_nothing_inside_it_was_read(matcher: SkillMatcher) -> None:
    resume = read_resume(_NURSE_CV, "cv.txt", matcher, today=date(2026, 12, 1))
    assert "Bachelor of Nursing" in {m.skill for m in resume.skills}  # main: nothing inside read


def test_an_academic_cvs_sections_show_their_skills(matcher: SkillMatcher) -> None:
    resume = read_resume(_ACADEMIC_CV, "cv.md", matcher, today=date(2026, 12, 1))
    skills = {m.skill for m in resume.skills}
    for skill in (
        "grant writing",
        "academic publishing",
        "university teaching",
        "postgraduate supervision",
        "peer review",
    ):
        assert skill in skills, skill


def test_a_school_teachers_teaching_section_is_no_university_teaching(
    matcher: SkillMatcher,
) -> None:
    resume = read_resume(_SCHOOL_CV, "cv.md", matcher, today=date(2026, 12, 1))
    skills = {m.skill for m in resume.skills}
    assert "university teaching" not in skills
    assert "grant writing" not in skills


def test_a_unit_gives_way_to_the_logos_employer_not_a_body_a_requirement_names() -> None:
    lines = [
        "Field Agronomist - Smallholder Programme",
        "Registration with the Kenya Institute of Agronomy - desirable",
    ]
    # main: "Smallholder Programme"; the institute the candidate registers with employs no one
    assert parent_body("Smallholder Programme", "Field Agronomist", lines) == ""
    assert parent_body(
        "Smallholder Programme", "Field Agronomist", lines, logo="ShambaSmart Agri Solutions"
    ) == "ShambaSmart Agri Solutions"


def test_a_body_described_by_its_own_sentence_is_the_employer() -> None:
    lines = [
        "Registered Pharmacy Technician - Hospital Pharmacy",
        "We are hiring for inpatient units. Coastline Regional Health serves 800,000 people.",
    ]
    assert parent_body("Hospital Pharmacy", "Registered Pharmacy Technician", lines) == (
        "Coastline Regional Health"
    )
